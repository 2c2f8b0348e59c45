import { useTranslations } from 'next-intl';
import type { ProposalStatus } from '../graphql/generated/graphql';
import { Badge, type BadgeTone } from './badge';

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

/** The status of a proposal in a workspace list (brokered deals, pipelines). */
export function DealStatusBadge({ status }: { status: ProposalStatus }) {
  const t = useTranslations('roleWorkspaces.proposalStatus');
  return <Badge tone={STATUS_TONE[status]}>{t(status)}</Badge>;
}
