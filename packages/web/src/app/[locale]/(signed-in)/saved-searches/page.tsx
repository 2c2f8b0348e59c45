import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { SavedSearchesDocument } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { kindOf } from '@/features/search/search-page';
import { toQueryString } from '@/lib/search-params';
import { deleteSavedSearchAction } from '@/app/[locale]/search/actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/saved-searches'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'search' });
  return { title: t('savedTitle') };
}

/** The viewer's saved searches: run one again (the /search URL of its criteria) or delete it. */
export default async function SavedSearchesPage({
  params,
  searchParams,
}: PageProps<'/[locale]/saved-searches'>) {
  const locale = await pageLocale(params);
  const raw = await searchParams;
  const [t, enums, data] = await Promise.all([
    getTranslations('search'),
    getTranslations('enums'),
    queryApi({ query: SavedSearchesDocument, variables: { first: 20 } }),
  ]);
  const saved = data.savedSearches.edges.map((edge) => edge.node);
  return (
    <>
      <PageHeader title={t('savedTitle')} lead={t('savedLead')} />
      {raw.deleted === '1' ? (
        <p role="status" className="mb-3 text-sm font-medium text-green-800">
          {t('deleted')}
        </p>
      ) : null}
      {saved.length === 0 ? (
        <EmptyState title={t('savedEmpty')} hint={t('savedEmptyHint')} />
      ) : (
        <ul className="space-y-3" data-testid="saved-searches">
          {saved.map((search) => {
            const kind = search.types.length === 1 ? kindOf(search.types[0]) : undefined;
            const href = `/search${toQueryString({
              q: search.q,
              type: kind,
              region: search.regionCode,
              commodity: search.commodity,
            })}`;
            const facts = [
              kind ? t(`type.${kind}`) : t('allTypes'),
              search.regionCode,
              search.commodity ? enums(`commodity.${search.commodity}`) : null,
            ].filter(Boolean);
            return (
              <li
                key={search.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-200 bg-white p-4"
              >
                <div>
                  <p className="font-semibold">{search.name}</p>
                  <p className="text-sm text-stone-600">
                    “{search.q}” · {facts.join(' · ')}
                  </p>
                </div>
                <div className="flex gap-2">
                  <Link
                    href={href}
                    className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-medium text-white no-underline hover:bg-brand-800 hover:no-underline"
                  >
                    {t('run')}
                  </Link>
                  <form action={deleteSavedSearchAction}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="id" value={search.id} />
                    <button
                      type="submit"
                      aria-label={t('deleteLabel', { name: search.name })}
                      className="min-h-11 rounded-md border border-stone-300 px-4 font-medium text-stone-800 hover:bg-stone-100"
                    >
                      {t('delete')}
                    </button>
                  </form>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
