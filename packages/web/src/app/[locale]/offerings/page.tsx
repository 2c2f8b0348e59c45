import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { placeOf } from '@/features/region/places';
import { OfferingCard } from '@/features/offering/offering-card';
import { OfferingFilterForm } from '@/features/offering/offering-filter-form';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { OfferingsListDocument, RegionPickerLevelsDocument } from '@/graphql/generated/graphql';
import { getPathname } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { loadOr404 } from '@/lib/load-or-404';
import { pickerLevelsOf, pickerLevelsVariables } from '@/features/region/picker-levels';
import { offeringFilterOf, parseOfferingSearch, parsePageRequest, searchQuery } from '@/lib/search-params';

export async function generateMetadata({ params }: PageProps<'/[locale]/offerings'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'offerings' });
  return { title: t('metaTitle'), description: t('lead') };
}

/** Published offerings of all cooperatives, filtered by kind, commodity and region. */
export default async function OfferingsPage({ params, searchParams }: PageProps<'/[locale]/offerings'>) {
  const locale = await pageLocale(params);
  const raw = await searchParams;
  const search = parseOfferingSearch(raw);
  const page = parsePageRequest(raw);
  const [t, regions, result] = await Promise.all([
    getTranslations('offerings'),
    queryApi({
      query: RegionPickerLevelsDocument,
      variables: pickerLevelsVariables(search.region, 'VILLAGE'),
    }),
    // A hand-edited cursor the API rejects is a page that does not exist.
    loadOr404(() =>
      queryApi({ query: OfferingsListDocument, variables: { filter: offeringFilterOf(search), ...page } }),
    ),
  ]);
  const offerings = result.offerings.edges.map((edge) => edge.node);

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="grid grid-cols-1 gap-6 md:grid-cols-[18rem_minmax(0,1fr)]">
        <OfferingFilterForm
          action={getPathname({ href: '/offerings', locale })}
          search={search}
          regionLevels={pickerLevelsOf(regions)}
        />
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="sr-only">
            {t('title')}
          </h2>
          <ResultCount text={t('results', { count: result.offerings.totalCount ?? offerings.length })} />
          {offerings.length === 0 ? (
            <EmptyState title={t('empty')} hint={t('emptyHint')} />
          ) : (
            <ul className="space-y-3">
              {offerings.map((offering) => (
                <li key={offering.id}>
                  <OfferingCard
                    offering={offering}
                    cooperative={{
                      id: offering.cooperative.id,
                      name: offering.cooperative.name,
                      place: placeOf(offering.cooperative.village),
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
          <Pagination
            pathname="/offerings"
            query={searchQuery({ ...search })}
            pageInfo={result.offerings.pageInfo}
            current={page}
          />
        </section>
      </div>
    </>
  );
}
