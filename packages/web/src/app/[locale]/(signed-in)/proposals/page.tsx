import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '@/components/ui/access-notice';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterActions } from '@/components/ui/filter-actions';
import { FilterForm } from '@/components/ui/filter-form';
import { FilterChoiceField } from '@/components/ui/form-controls';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ProposalListItem } from '@/features/proposal/proposal-list-item';
import { ProposalInboxDocument } from '@/graphql/generated/graphql';
import { getPathname, Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { loadOr404 } from '@/lib/load-or-404';
import { parseProposalSearch, proposalFiltersOf } from '@/features/proposal/proposal-search';
import { parsePageRequest } from '@/lib/search-params';
import { getViewer } from '@/lib/session';
import {
  cooperativesOf,
  isAdmin,
  partnersOf,
  takesPartInProposals,
} from '@/features/account/viewer-organisations';
import { PROPOSAL_KINDS, PROPOSAL_SIDES, PROPOSAL_STATUSES } from '@/lib/workspace-enum-values';

export async function generateMetadata({ params }: PageProps<'/[locale]/proposals'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'proposals' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/**
 * The proposal inbox of the viewer's side(s): first what waits for them, longest waiting first;
 * then the others (waiting for the other party, or closed). Filters and the page of the second
 * list are in the URL.
 */
export default async function ProposalsPage({ params, searchParams }: PageProps<'/[locale]/proposals'>) {
  const locale = await pageLocale(params);
  const raw = await searchParams;
  const search = parseProposalSearch(raw);
  const page = parsePageRequest(raw);
  const [t, enums, viewer] = await Promise.all([
    getTranslations('proposals'),
    getTranslations('proposal.enums'),
    getViewer(),
  ]);

  if (!takesPartInProposals(viewer)) {
    return <AccessNotice title={t('notForYouTitle')} body={t('notForYouBody')} />;
  }

  const filters = proposalFiltersOf(search);
  const data = await loadOr404(() =>
    queryApi({
      query: ProposalInboxDocument,
      variables: { yourTurn: filters.yourTurn, others: filters.others, ...page },
    }),
  );
  const yourTurn = data.yourTurn.edges.map((edge) => edge.node);
  const others = data.others.edges.map((edge) => edge.node);
  const cooperatives = cooperativesOf(viewer);
  const partners = partnersOf(viewer);
  const offerSide = isAdmin(viewer) || (cooperatives.length > 0 && partners.length > 0);
  const onlyCooperative = search.cooperative
    ? (cooperatives.find((cooperative) => cooperative.id === search.cooperative)?.name ??
      t('thisCooperative'))
    : null;
  const now = new Date();
  const query = { ...search };
  const action = getPathname({ href: '/proposals', locale });

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      {onlyCooperative ? (
        <p className="mb-4 text-sm text-stone-700">
          {t('onlyCooperative', { name: onlyCooperative })}{' '}
          <Link href={{ pathname: '/proposals', query: { ...search, cooperative: undefined } }}>
            {t('showAll')}
          </Link>
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-6 md:grid-cols-[16rem_minmax(0,1fr)]">
        <FilterForm action={action} label={t('filters')}>
          {search.cooperative ? <input type="hidden" name="cooperative" value={search.cooperative} /> : null}
          <FilterChoiceField
            name="status"
            label={t('status')}
            anyLabel={t('anyStatus')}
            options={PROPOSAL_STATUSES.map((status) => ({ value: status, label: enums(`status.${status}`) }))}
            value={search.status}
          />
          <FilterChoiceField
            name="kind"
            label={t('kind')}
            anyLabel={t('anyKind')}
            options={PROPOSAL_KINDS.map((kind) => ({ value: kind, label: enums(`kind.${kind}`) }))}
            value={search.kind}
          />
          {offerSide ? (
            <FilterChoiceField
              name="side"
              label={t('side')}
              anyLabel={t('anySide')}
              options={PROPOSAL_SIDES.map((side) => ({ value: side, label: enums(`side.${side}`) }))}
              value={search.side}
            />
          ) : null}
          <FilterActions resetHref={action} />
        </FilterForm>

        <div className="min-w-0 space-y-8">
          <section aria-labelledby="your-turn-title">
            <h2 id="your-turn-title" className="text-xl font-semibold">
              {t('yourTurnTitle')}{' '}
              <span className="text-base font-normal text-stone-600">
                ({data.yourTurn.totalCount ?? yourTurn.length})
              </span>
            </h2>
            <p className="mb-3 text-sm text-stone-600">{t('yourTurnLead')}</p>
            {yourTurn.length === 0 ? (
              <EmptyState title={t('yourTurnEmpty')} />
            ) : (
              <ul className="space-y-3" aria-labelledby="your-turn-title">
                {yourTurn.map((proposal) => (
                  <li key={proposal.id}>
                    <ProposalListItem proposal={proposal} isYourTurn now={now} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="others-title">
            <h2 id="others-title" className="text-xl font-semibold">
              {t('othersTitle')}{' '}
              <span className="text-base font-normal text-stone-600">
                ({data.others.totalCount ?? others.length})
              </span>
            </h2>
            <p className="mb-3 text-sm text-stone-600">{t('othersLead')}</p>
            {others.length === 0 ? (
              <EmptyState title={t('othersEmpty')} />
            ) : (
              <ul className="space-y-3" aria-labelledby="others-title">
                {others.map((proposal) => (
                  <li key={proposal.id}>
                    <ProposalListItem proposal={proposal} isYourTurn={false} now={now} />
                  </li>
                ))}
              </ul>
            )}
            <Pagination pathname="/proposals" query={query} pageInfo={data.others.pageInfo} current={page} />
          </section>

          <section aria-labelledby="new-title" className="rounded-lg border border-stone-200 bg-white p-4">
            <h2 id="new-title" className="font-semibold">
              {t('newTitle')}
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-stone-700">
              {partners.length > 0 ? (
                <li>
                  {t('newAsPartner')} <Link href="/cooperatives">{t('findCooperatives')}</Link>
                </li>
              ) : null}
              {cooperatives.some((cooperative) => cooperative.isBoard) ? (
                <li>
                  {t('newAsCooperative')} <Link href="/partners">{t('findPartners')}</Link>
                </li>
              ) : null}
              {partners.length === 0 && !cooperatives.some((cooperative) => cooperative.isBoard) ? (
                <li>{t('newAsOther')}</li>
              ) : null}
            </ul>
          </section>
        </div>
      </div>
    </>
  );
}
