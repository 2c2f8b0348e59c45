import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CooperativeCard } from '@/features/cooperative/cooperative-card';
import { CooperativeFilterForm } from '@/features/cooperative/cooperative-filter-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { DiscoverCooperativesDocument, RegionPickerLevelsDocument } from '@/graphql/generated/graphql';
import { getPathname } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { loadOr404 } from '@/lib/load-or-404';
import { pickerLevelsOf, pickerLevelsVariables } from '@/features/region/picker-levels';
import {
  cooperativeFilterOf,
  parseCooperativeSearch,
  parsePageRequest,
  searchQuery,
} from '@/lib/search-params';

export async function generateMetadata({ params }: PageProps<'/[locale]/cooperatives'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'discover' });
  return { title: t('metaTitle'), description: t('lead') };
}

/** Discover cooperatives: filters in the URL, results rendered on the server, cursor pages. */
export default async function DiscoverPage({ params, searchParams }: PageProps<'/[locale]/cooperatives'>) {
  const locale = await pageLocale(params);
  const raw = await searchParams;
  const search = parseCooperativeSearch(raw);
  const page = parsePageRequest(raw);
  const [t, regions, result] = await Promise.all([
    getTranslations('discover'),
    queryApi({
      query: RegionPickerLevelsDocument,
      variables: pickerLevelsVariables(search.region, 'VILLAGE'),
    }),
    // A hand-edited cursor the API rejects is a page that does not exist.
    loadOr404(() =>
      queryApi({
        query: DiscoverCooperativesDocument,
        variables: { filter: cooperativeFilterOf(search), ...page },
      }),
    ),
  ]);
  const cooperatives = result.cooperatives.edges.map((edge) => edge.node);

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      {/* On a phone the filters come first; this jumps straight to what they found. */}
      <p className="mb-4 md:hidden">
        <a href="#results-title" className="font-medium">
          {t('results', { count: result.cooperatives.totalCount ?? cooperatives.length })} ↓
        </a>
      </p>
      <div className="grid grid-cols-1 gap-6 md:grid-cols-[18rem_minmax(0,1fr)]">
        <CooperativeFilterForm
          action={getPathname({ href: '/cooperatives', locale })}
          search={search}
          regionLevels={pickerLevelsOf(regions)}
        />
        <section aria-labelledby="results-title">
          <h2 id="results-title" tabIndex={-1} className="sr-only">
            {t('title')}
          </h2>
          <ResultCount
            text={t('results', { count: result.cooperatives.totalCount ?? cooperatives.length })}
          />
          {cooperatives.length === 0 ? (
            <EmptyState title={t('empty')} hint={t('emptyHint')} />
          ) : (
            <ul className="space-y-3">
              {cooperatives.map((cooperative) => (
                <li key={cooperative.id}>
                  <CooperativeCard cooperative={cooperative} />
                </li>
              ))}
            </ul>
          )}
          <Pagination
            pathname="/cooperatives"
            query={searchQuery({ ...search })}
            pageInfo={result.cooperatives.pageInfo}
            current={page}
          />
        </section>
      </div>
    </>
  );
}
