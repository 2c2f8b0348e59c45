import { useTranslations } from 'next-intl';
import type { ProposalKind, ProposalStatus } from '@/graphql/generated/graphql';
import { Badge, type BadgeTone } from '@/components/ui/badge';

const STATUS_TONE: Record<ProposalStatus, BadgeTone> = {
  DRAFT: 'muted',
  SUBMITTED: 'progress',
  UNDER_REVIEW: 'progress',
  NEGOTIATING: 'progress',
  ACCEPTED: 'positive',
  COMPLETED: 'positive',
  DECLINED: 'neutral',
  WITHDRAWN: 'neutral',
  EXPIRED: 'neutral',
  CANCELLED: 'neutral',
};

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const t = useTranslations('proposal.enums.status');
  return <Badge tone={STATUS_TONE[status]}>{t(status)}</Badge>;
}

/** The status of a proposal in a workspace list (brokered deals, pipelines), in the workspaces' words. */
export function DealStatusBadge({ status }: { status: ProposalStatus }) {
  const t = useTranslations('roleWorkspaces.proposalStatus');
  return <Badge tone={STATUS_TONE[status]}>{t(status)}</Badge>;
}

/** A pooled offer: several cooperatives answer one request together. */
export function PooledBadge() {
  const t = useTranslations('proposal.pool');
  return <Badge tone="brand">{t('badge')}</Badge>;
}

export function ProposalKindBadge({ kind }: { kind: ProposalKind }) {
  const t = useTranslations('proposal.enums.kind');
  return <Badge tone="brand">{t(kind)}</Badge>;
}
