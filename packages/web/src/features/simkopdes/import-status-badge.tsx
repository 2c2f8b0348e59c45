import { useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { SimkopdesImportStatus } from '@/graphql/generated/graphql';

const TONE: Record<SimkopdesImportStatus, BadgeTone> = {
  UPLOADED: 'progress',
  CHECKING: 'progress',
  CHECKED: 'brand',
  QUEUED: 'progress',
  APPLYING: 'progress',
  APPLIED: 'positive',
  FAILED: 'neutral',
  UNDONE: 'muted',
  DISCARDED: 'muted',
};

/** Where a SIMKOPDES import run stands, in words. */
export function ImportStatusBadge({ status }: { status: SimkopdesImportStatus }) {
  const t = useTranslations('simkopdes.status');
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
