import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { PartnerCard } from '@/features/partner/partner-card';
import { ResultCount } from '@/components/ui/result-count';
import { PartnersListDocument } from '@/graphql/generated/graphql';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { loadOr404 } from '@/lib/load-or-404';
import { parsePageRequest } from '@/lib/search-params';

export async function generateMetadata({ params }: PageProps<'/[locale]/partners'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'partners' });
  return { title: t('metaTitle'), description: t('lead') };
}

/** Partners by name, each with its first programs and open requests. */
export default async function PartnersPage({ params, searchParams }: PageProps<'/[locale]/partners'>) {
  await pageLocale(params);
  const page = parsePageRequest(await searchParams);
  const [t, result] = await Promise.all([
    getTranslations('partners'),
    // A hand-edited cursor the API rejects is a page that does not exist.
    loadOr404(() => queryApi({ query: PartnersListDocument, variables: { ...page } })),
  ]);
  const partners = result.partners.edges.map((edge) => edge.node);

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
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
      <Pagination pathname="/partners" query={{}} pageInfo={result.partners.pageInfo} current={page} />
    </>
  );
}
