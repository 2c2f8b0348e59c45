import type { Metadata } from 'next';
import NextLink from 'next/link';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AccessNotice } from '@/components/ui/access-notice';
import { Badge } from '@/components/ui/badge';
import { CaseloadList } from '@/features/mentor/caseload-list';
import { CaseloadViewForm } from '@/features/mentor/caseload-view-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { DealStatusBadge, PooledBadge } from '@/features/proposal/proposal-badges';
import {
  MentorSupervisedCaseloadsDocument,
  MentorWorkspaceDocument,
  MentorWorkspaceViewerDocument,
  type CaseloadCooperativeFragment,
} from '@/graphql/generated/graphql';
import { getPathname, Link, redirect } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import {
  arrangeCaseload,
  CASELOAD_GAPS,
  gapsOf,
  gapTally,
  DEFAULT_CASELOAD_SORT,
  parseCaseloadView,
  waitingByCooperative,
  type CaseloadView,
} from '@/features/mentor/caseload-gaps';
import { formatDate } from '@/lib/format';
import { dateInputValue } from '@/lib/date-input';

export async function generateMetadata({ params }: PageProps<'/[locale]/mentor'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'mentorWorkspace' });
  return { title: t('metaTitle') };
}

/**
 * The mentor workspace: the caseload with what each cooperative still lacks (filter and order in
 * the URL), a PMO's BAs with their caseloads, and the proposals the mentor brokers.
 */
export default async function MentorPage({ params, searchParams }: PageProps<'/[locale]/mentor'>) {
  const locale = await pageLocale(params);
  const view = parseCaseloadView(await searchParams);
  const [t, enums, viewerData] = await Promise.all([
    getTranslations('mentorWorkspace'),
    getTranslations('enums'),
    queryApi({ query: MentorWorkspaceViewerDocument }),
  ]);
  if (!viewerData.viewer) return redirect({ href: '/sign-in', locale });
  const mentorId = viewerData.viewer.memberships.find((membership) => membership.mentor)?.mentor?.id;
  if (!mentorId) {
    return (
      <AccessNotice title={t('forbiddenTitle')} body={t('forbiddenBody')}>
        <Link href="/">{t('backHome')}</Link>
      </AccessNotice>
    );
  }

  const data = await queryApi({ query: MentorWorkspaceDocument, variables: { mentorId } });
  const mentor = data.mentor;
  if (!mentor) notFound();
  const caseload = mentor.caseload.edges.map((edge) => edge.node);
  const today = dateInputValue(new Date().toISOString());
  const waiting = waitingByCooperative(caseload, today);
  const supervised = mentor.supervisedMentors.edges.map((edge) => edge.node);
  // A PMO's BAs' caseloads come in a second query (one query would pass the API's cost limit).
  const supervisedCaseloads = new Map(
    supervised.length === 0
      ? []
      : ((
          await queryApi({ query: MentorSupervisedCaseloadsDocument, variables: { mentorId } })
        ).mentor?.supervisedMentors.edges.map((edge) => [edge.node.id, edge.node.caseload] as const) ?? []),
  );
  const brokered = data.brokered.edges.map((edge) => edge.node);
  const action = getPathname({ href: '/mentor', locale });
  const isFiltered = Boolean(view.gap || view.stage);

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')}>
        <span className="font-medium text-stone-800">{mentor.name}</span>
        <Badge tone="brand">{enums(`mentorRole.${mentor.role}`)}</Badge>
        {mentor.regency ? <span className="text-sm text-stone-600">{mentor.regency.name}</span> : null}
      </PageHeader>

      <div className="grid grid-cols-1 gap-6 md:grid-cols-[17rem_minmax(0,1fr)]">
        <CaseloadViewForm action={action} view={view} />

        <div className="min-w-0 space-y-10">
          {caseload.length > 0 || supervised.length === 0 ? (
            <section aria-labelledby="caseload-title">
              <h2 id="caseload-title" className="text-xl font-semibold">
                {t('caseloadTitle')}
              </h2>
              <p className="mt-1 mb-3 text-sm text-stone-600">
                {t('caseloadCount', { count: mentor.caseload.totalCount ?? caseload.length })}
              </p>
              {caseload.length === 0 ? (
                <EmptyState title={t('emptyCaseload')} hint={t('emptyCaseloadHint')} />
              ) : (
                <>
                  <GapSummary caseload={caseload} action={action} view={view} label={t('gapSummary')} />
                  <CaseloadSection
                    entries={arrangeCaseload(caseload, view, waiting)}
                    isFiltered={isFiltered}
                    action={action}
                  />
                </>
              )}
            </section>
          ) : null}

          {supervised.length > 0 ? (
            <section aria-labelledby="supervised-title">
              <h2 id="supervised-title" className="text-xl font-semibold">
                {t('supervisedTitle')}
              </h2>
              <p className="mt-1 mb-3 text-sm text-stone-600">
                {t('supervisedCount', { count: mentor.supervisedMentors.totalCount ?? supervised.length })}
              </p>
              <ul className="space-y-3">
                {supervised.map((ba) => {
                  const baCaseload = supervisedCaseloads.get(ba.id)?.edges.map((edge) => edge.node) ?? [];
                  const withGaps = baCaseload.filter((cooperative) => gapsOf(cooperative).length > 0).length;
                  const total = ba.caseload.totalCount ?? baCaseload.length;
                  return (
                    <li key={ba.id}>
                      <details
                        className="rounded-lg border border-stone-200 bg-white"
                        data-testid="supervised-mentor"
                      >
                        <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-2 gap-y-1 px-4 py-2">
                          <span className="font-semibold text-stone-900">{ba.name}</span>
                          <Badge tone="neutral">{enums(`mentorRole.${ba.role}`)}</Badge>
                          <span className="text-sm text-stone-600">
                            {t('baSummary', { count: total, withGaps })}
                          </span>
                        </summary>
                        <div className="border-t border-stone-200 p-3">
                          {baCaseload.length === 0 ? (
                            <p className="text-sm text-stone-600">{t('baEmpty')}</p>
                          ) : (
                            <>
                              {total > baCaseload.length ? (
                                <p className="mb-2 text-sm text-stone-600">
                                  {t('baShowing', { shown: baCaseload.length, total })}
                                </p>
                              ) : null}
                              <CaseloadSection
                                entries={arrangeCaseload(
                                  baCaseload,
                                  view,
                                  waitingByCooperative(baCaseload, today),
                                )}
                                isFiltered={isFiltered}
                                action={action}
                                headingLevel={4}
                              />
                            </>
                          )}
                        </div>
                      </details>
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby="brokered-title">
            <h2 id="brokered-title" className="text-xl font-semibold">
              {t('brokeredTitle')}
            </h2>
            <p className="mt-1 mb-3 text-sm text-stone-600">{t('brokeredLead')}</p>
            {brokered.length === 0 ? (
              <EmptyState title={t('noBrokered')} hint={t('noBrokeredHint')} />
            ) : (
              <ul className="space-y-3">
                {brokered.map((proposal) => (
                  <li key={proposal.id}>
                    <article
                      className="rounded-lg border border-stone-200 bg-white p-4"
                      data-testid="brokered-deal"
                    >
                      <h3 className="font-semibold">
                        <Link href={`/proposals/${encodeURIComponent(proposal.id)}`}>{proposal.title}</Link>
                      </h3>
                      <p className="mt-0.5 text-sm text-stone-600">
                        {t('dealParties', {
                          cooperative: proposal.cooperative?.name ?? '—',
                          partner: proposal.partner?.name ?? '—',
                        })}
                      </p>
                      <div className="mt-2 flex flex-wrap items-center gap-1.5">
                        <DealStatusBadge status={proposal.status} />
                        <Badge tone="muted">{t(`dealKind.${proposal.kind}`)}</Badge>
                        {proposal.isPooled ? <PooledBadge /> : null}
                        {proposal.isAwaitingDraftApproval ? (
                          <Badge tone="progress">{t('awaitingApproval')}</Badge>
                        ) : null}
                      </div>
                      <p className="mt-2 text-xs text-stone-600">
                        {t('updatedAt', { date: formatDate(proposal.updatedAt, locale) })}
                      </p>
                    </article>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </>
  );
}

/** How many cooperatives lack each thing; each count filters the list to them. */
async function GapSummary({
  caseload,
  action,
  view,
  label,
}: {
  caseload: CaseloadCooperativeFragment[];
  action: string;
  view: CaseloadView;
  label: string;
}) {
  const t = await getTranslations('mentorWorkspace');
  const tally = gapTally(caseload);
  return (
    <ul aria-label={label} className="mb-4 flex flex-wrap gap-2 text-sm">
      {CASELOAD_GAPS.map((gap) => (
        <li key={gap}>
          {/* `action` is already localised, so next/link rather than the locale-adding Link. */}
          <NextLink
            href={`${action}?${new URLSearchParams({ gap, ...(view.sort === DEFAULT_CASELOAD_SORT ? {} : { sort: view.sort }) })}`}
            aria-current={view.gap === gap ? 'true' : undefined}
            className={`inline-flex min-h-11 items-center gap-1.5 rounded-md border px-3 no-underline hover:no-underline ${
              view.gap === gap
                ? 'border-brand-600 bg-brand-50 text-brand-800'
                : 'border-stone-300 bg-white text-stone-800 hover:bg-stone-100'
            }`}
          >
            <span className="font-semibold tabular-nums">{tally[gap]}</span>
            {t(`gaps.${gap}`)}
          </NextLink>
        </li>
      ))}
    </ul>
  );
}

/** A caseload arranged as the view asks, or why nothing is shown. */
function CaseloadSection({
  entries,
  isFiltered,
  action,
  headingLevel,
}: {
  entries: ReturnType<typeof arrangeCaseload<CaseloadCooperativeFragment>>;
  isFiltered: boolean;
  action: string;
  headingLevel?: 3 | 4;
}) {
  if (entries.length === 0 && isFiltered) return <FilteredEmpty action={action} />;
  return <CaseloadList entries={entries} headingLevel={headingLevel} />;
}

async function FilteredEmpty({ action }: { action: string }) {
  const t = await getTranslations('mentorWorkspace');
  return (
    <EmptyState title={t('noMatch')} hint={t('noMatchHint')}>
      <NextLink href={action}>{t('showAll')}</NextLink>
    </EmptyState>
  );
}
