import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { PartnerCard } from '@/features/partner/partner-card';
import { PartnerFilterForm } from '@/features/partner/partner-filter-form';
import { pickerLevelsOf, pickerLevelsVariables } from '@/features/region/picker-levels';
import { ResultCount } from '@/components/ui/result-count';
import { PartnersListDocument, RegionPickerLevelsDocument } from '@/graphql/generated/graphql';
import { getPathname } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { loadOr404 } from '@/lib/load-or-404';
import { parsePageRequest, parsePartnerSearch, partnerFilterOf, searchQuery } from '@/lib/search-params';

export async function generateMetadata({ params }: PageProps<'/[locale]/partners'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'partners' });
  return { title: t('metaTitle'), description: t('lead') };
}

/** Partners by name, filtered by name, kind, region served and commodity, each with its first listings. */
export default async function PartnersPage({ params, searchParams }: PageProps<'/[locale]/partners'>) {
  const locale = await pageLocale(params);
  const raw = await searchParams;
  const search = parsePartnerSearch(raw);
  const page = parsePageRequest(raw);
  const [t, regions, result] = await Promise.all([
    getTranslations('partners'),
    queryApi({
      query: RegionPickerLevelsDocument,
      variables: pickerLevelsVariables(search.region, 'REGENCY'),
    }),
    // A hand-edited cursor the API rejects is a page that does not exist.
    loadOr404(() =>
      queryApi({ query: PartnersListDocument, variables: { filter: partnerFilterOf(search), ...page } }),
    ),
  ]);
  const partners = result.partners.edges.map((edge) => edge.node);

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="grid grid-cols-1 gap-6 md:grid-cols-[18rem_minmax(0,1fr)]">
        <PartnerFilterForm
          action={getPathname({ href: '/partners', locale })}
          search={search}
          regionLevels={pickerLevelsOf(regions)}
        />
        <section aria-labelledby="partners-results-title" className="min-w-0">
          <h2 id="partners-results-title" className="sr-only">
            {t('title')}
          </h2>
          <ResultCount text={t('results', { count: result.partners.totalCount ?? partners.length })} />
          {partners.length === 0 ? (
            <EmptyState title={t('empty')} />
          ) : (
            <ul className="space-y-4">
              {partners.map((partner) => (
                <li key={partner.id}>
                  <PartnerCard partner={partner} />
                </li>
              ))}
            </ul>
          )}
          <Pagination
            pathname="/partners"
            query={searchQuery({ ...search })}
            pageInfo={result.partners.pageInfo}
            current={page}
          />
        </section>
      </div>
    </>
  );
}
