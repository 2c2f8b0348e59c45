import { useTranslations } from 'next-intl';
import type { CaseloadCooperativeFragment } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import type { CaseloadEntry, CooperativeWaiting } from './caseload-gaps';
import { daysSince } from '@/lib/format';
import { placeOf } from '@/features/region/places';
import { GapBadges } from './gap-badges';
import { StageBadge } from '@/components/ui/status-badges';

/**
 * A caseload as cards (they fit a 360 px phone): the cooperative (to its profile), where it is,
 * its stage, what it lacks, and a link to draft a proposal for it.
 */
export function CaseloadList({
  entries,
  headingLevel = 3,
}: {
  entries: readonly CaseloadEntry<CaseloadCooperativeFragment>[];
  headingLevel?: 3 | 4;
}) {
  const t = useTranslations('mentorWorkspace');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="space-y-3">
      {entries.map(({ cooperative, gaps, waiting }) => (
        <li key={cooperative.id}>
          <article
            className="rounded-lg border border-stone-200 bg-white p-4"
            data-testid="caseload-cooperative"
          >
            <Heading className="text-base font-semibold">
              <Link href={`/cooperatives/${encodeURIComponent(cooperative.id)}`}>{cooperative.name}</Link>
            </Heading>
            <p className="mt-0.5 text-sm text-stone-600">{placeOf(cooperative.village, 2)}</p>
            <div className="mt-2 flex flex-wrap items-center gap-1.5">
              <span className="sr-only">{t('stageLabel')}</span>
              <StageBadge stage={cooperative.stage} />
            </div>
            {waiting ? <WaitingNotes cooperativeId={cooperative.id} waiting={waiting} /> : null}
            <div className="mt-2">
              <GapBadges gaps={gaps} />
            </div>
            <p className="mt-3">
              <Link
                href={{ pathname: '/proposals/new', query: { cooperative: cooperative.id } }}
                aria-label={t('draftProposalFor', { cooperative: cooperative.name })}
                className="inline-flex min-h-11 items-center rounded-md border border-stone-300 bg-white px-3 text-sm font-medium text-stone-800 no-underline hover:bg-stone-100 hover:no-underline"
              >
                {t('draftProposal')}
              </Link>
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}

/** What waits on the cooperative, most pressing first, each leading to where it is done. */
function WaitingNotes({ cooperativeId, waiting }: { cooperativeId: string; waiting: CooperativeWaiting }) {
  const t = useTranslations('mentorWorkspace.waiting');
  const notes: { key: string; text: string; href: string }[] = [];
  if (waiting.onTurn > 0) {
    notes.push({
      key: 'turn',
      text: t('onTurn', {
        count: waiting.onTurn,
        days: waiting.waitingSince ? daysSince(waiting.waitingSince) : 0,
      }),
      href: `/proposals?cooperative=${encodeURIComponent(cooperativeId)}`,
    });
  }
  if (waiting.draftsAwaitingApproval > 0) {
    notes.push({
      key: 'drafts',
      text: t('drafts', { count: waiting.draftsAwaitingApproval }),
      href: `/proposals?cooperative=${encodeURIComponent(cooperativeId)}`,
    });
  }
  if (waiting.documentsToRenew > 0) {
    notes.push({
      key: 'documents',
      text: t('documents', { count: waiting.documentsToRenew }),
      href: `/cooperatives/${encodeURIComponent(cooperativeId)}#documents`,
    });
  }
  if (notes.length === 0) return null;
  return (
    <ul aria-label={t('label')} className="mt-2 space-y-1 text-sm">
      {notes.map((note) => (
        <li
          key={note.key}
          className="rounded-md border border-amber-300 bg-amber-50 px-2 py-1 text-amber-950"
        >
          <Link href={note.href} className="text-amber-950">
            {note.text}
          </Link>
        </li>
      ))}
    </ul>
  );
}
