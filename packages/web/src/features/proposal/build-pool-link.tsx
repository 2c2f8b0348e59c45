import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getViewer } from '@/lib/session';
import { cooperativesOf } from '@/features/account/viewer-organisations';

/**
 * "Susun penawaran gabungan" beside an open request, for the viewers who may lead a pooled offer:
 * a cooperative's chair or board, or a mentor (for their caseload). The pools page shows which
 * suggested pools they may offer; nothing here for anyone else.
 */
export async function BuildPoolLink({ requestId }: { requestId: string }) {
  const viewer = await getViewer();
  const may =
    cooperativesOf(viewer).some((cooperative) => cooperative.isBoard) ||
    Boolean(viewer?.roles.includes('MENTOR'));
  if (!may) return null;
  const t = await getTranslations('proposal.poolOffer');
  return (
    <Link href={`/requests/${encodeURIComponent(requestId)}/pools`} className="text-sm font-medium">
      {t('buildLink')}
    </Link>
  );
}
