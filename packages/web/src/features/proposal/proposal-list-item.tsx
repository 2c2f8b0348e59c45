import { useTranslations } from 'next-intl';
import type { ProposalListItemFragment, ProposalSide } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { PooledBadge, ProposalKindBadge, ProposalStatusBadge } from './proposal-badges';
import { TermsSummary } from './terms-summary';
import { TurnInfo } from './turn-info';

interface ProposalListItemProps {
  proposal: ProposalListItemFragment;
  isYourTurn: boolean;
  now: Date;
}

/** A proposal in the inbox: title (the link), the two parties, the latest terms, whose turn. */
export function ProposalListItem({ proposal, isYourTurn, now }: ProposalListItemProps) {
  const t = useTranslations('proposal');
  const partyNames: Record<ProposalSide, string> = {
    COOPERATIVE: proposal.cooperative?.name ?? t('enums.side.COOPERATIVE'),
    PARTNER: proposal.partner?.name ?? t('enums.side.PARTNER'),
  };
  const terms = proposal.latestTerms;
  return (
    <article
      className={`rounded-lg border bg-white p-4 ${isYourTurn ? 'border-brand-600' : 'border-stone-200'}`}
    >
      <div className="flex flex-wrap gap-1.5">
        <ProposalStatusBadge status={proposal.status} />
        <ProposalKindBadge kind={proposal.kind} />
        {proposal.isPooled ? <PooledBadge /> : null}
      </div>
      <h3 className="mt-2 text-base font-semibold break-words">
        <Link href={`/proposals/${encodeURIComponent(proposal.id)}`}>{proposal.title}</Link>
      </h3>
      <p className="mt-0.5 text-sm text-stone-600">{t('between', partyNames)}</p>
      <p className="mt-1 text-sm">
        <span className="text-stone-600">{t('terms.latestShort', { version: terms.version })}: </span>
        <TermsSummary terms={terms} />
      </p>
      <div className="mt-2">
        <TurnInfo
          turn={proposal.turn ?? null}
          turnSince={proposal.turnSince ?? null}
          expiresAt={proposal.expiresAt ?? null}
          isYourTurn={isYourTurn}
          partyNames={partyNames}
          now={now}
          compact
        />
      </div>
    </article>
  );
}
