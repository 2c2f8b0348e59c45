import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { RegionPicker } from '@/features/region/region-picker';
import { ResultCount } from '@/components/ui/result-count';
import { SearchResultCard } from '@/features/search/search-result-card';
import {
  RegionPickerLevelsDocument,
  SearchResultsDocument,
  type SearchResultsQuery,
} from '@/graphql/generated/graphql';
import { Link, getPathname } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { COMMODITIES } from '@/lib/enum-values';
import { queryApi } from '@/lib/apollo/server-client';
import { loadOr404 } from '@/lib/load-or-404';
import { pickerLevelsOf, pickerLevelsVariables } from '@/features/region/picker-levels';
import { PAGE_SIZE, toQueryString } from '@/lib/search-params';
import {
  SEARCH_KINDS,
  parseSearchPage,
  resultCount,
  searchPageQuery,
  searchVariables,
  type SearchKind,
} from '@/features/search/search-page';
import { getViewer } from '@/lib/session';
import { saveSearchAction } from './actions';

const SUGGESTIONS = ['sawit Sanggau', 'karet', 'lada Bengkayang', 'Bank'];

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'search' });
  return { title: t('metaTitle'), description: t('lead') };
}

const CHIP =
  'inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium no-underline hover:no-underline';

/** Search results: every kind of object, ranked by the API, with kind chips, filters and "more". */
export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const locale = await pageLocale(params);
  const raw = await searchParams;
  const state = parseSearchPage(raw);
  const t = await getTranslations('search');
  const enums = await getTranslations('enums');
  const [regions, viewer, result] = await Promise.all([
    queryApi({
      query: RegionPickerLevelsDocument,
      variables: pickerLevelsVariables(state.region, 'VILLAGE'),
    }),
    getViewer(),
    state.q
      ? loadOr404(() =>
          queryApi({
            query: SearchResultsDocument,
            variables: {
              q: state.q,
              ...searchVariables(state),
              first: PAGE_SIZE,
              after: state.after ?? null,
            },
          }),
        )
      : Promise.resolve(null as SearchResultsQuery | null),
  ]);
  const hits = result?.search.edges.map((edge) => edge.node) ?? [];
  const count = result ? resultCount(result.search, hits.length) : null;
  const criteria = { ...state, after: undefined };
  const saved = raw.saved === '1';
  const saveError = typeof raw.saveError === 'string' ? raw.saveError : null;

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="grid grid-cols-1 gap-6 md:grid-cols-[18rem_minmax(0,1fr)]">
        <form
          action={getPathname({ href: '/search', locale })}
          method="get"
          className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
        >
          <div>
            <label htmlFor="search-q" className="block text-sm font-medium">
              {t('queryLabel')}
            </label>
            <input
              id="search-q"
              name="q"
              type="search"
              required
              maxLength={200}
              defaultValue={state.q}
              className="mt-1 min-h-11 w-full rounded-md border border-stone-300 px-3"
            />
          </div>
          {state.type ? <input type="hidden" name="type" value={state.type} /> : null}
          {/* A new choice in the URL renders a fresh picker with the server's lists. */}
          <RegionPicker
            key={state.region ?? ''}
            legend={t('regionLabel')}
            mode={{ kind: 'filter', submitOnPick: true }}
            maxLevel="VILLAGE"
            value={state.region}
            levels={pickerLevelsOf(regions)}
          />
          <div>
            <label htmlFor="search-commodity" className="block text-sm font-medium">
              {t('commodityLabel')}
            </label>
            <select
              id="search-commodity"
              name="commodity"
              defaultValue={state.commodity ?? ''}
              className="mt-1 min-h-11 w-full rounded-md border border-stone-300 bg-white px-3"
            >
              <option value="">{t('anyCommodity')}</option>
              {COMMODITIES.map((commodity) => (
                <option key={commodity} value={commodity}>
                  {enums(`commodity.${commodity}`)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="min-h-11 w-full rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800"
          >
            {t('apply')}
          </button>
        </form>

        <section aria-labelledby="search-results-title">
          <h2 id="search-results-title" className="sr-only">
            {t('title')}
          </h2>
          {state.q ? (
            <nav aria-label={t('typesLabel')} className="mb-3 flex flex-wrap gap-2">
              {[undefined, ...(Object.keys(SEARCH_KINDS) as SearchKind[])].map((kind) => {
                const current = state.type === kind;
                return (
                  <Link
                    key={kind ?? 'all'}
                    href={`/search${toQueryString(searchPageQuery({ ...criteria, type: kind }))}`}
                    aria-current={current ? 'page' : undefined}
                    className={`${CHIP} ${current ? 'border-brand-700 bg-brand-700 text-white' : 'border-stone-300 bg-white text-stone-800'}`}
                  >
                    {t(`type.${kind ?? 'all'}`)}
                  </Link>
                );
              })}
            </nav>
          ) : null}

          {count ? <ResultCount text={t(count.message, { count: count.count, q: state.q })} /> : null}
          {result && !result.search.matchesEveryWord ? (
            <p className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
              {t('partialMatch', { matched: result.search.wordsMatched, total: result.search.wordCount })}
            </p>
          ) : null}

          {state.q ? (
            <div className="mb-4">
              {saved ? (
                <p role="status" className="text-sm font-medium text-green-800">
                  {t('saved')} <Link href="/saved-searches">{t('savedSearches')}</Link>
                </p>
              ) : viewer ? (
                <form action={saveSearchAction} className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="q" value={state.q} />
                  {state.type ? <input type="hidden" name="type" value={state.type} /> : null}
                  {state.region ? <input type="hidden" name="region" value={state.region} /> : null}
                  {state.commodity ? <input type="hidden" name="commodity" value={state.commodity} /> : null}
                  <label className="text-sm">
                    <span className="block font-medium">{t('saveNameLabel')}</span>
                    <input
                      name="name"
                      defaultValue={state.q}
                      maxLength={80}
                      required
                      className="mt-1 min-h-11 rounded-md border border-stone-300 px-3"
                    />
                  </label>
                  <button
                    type="submit"
                    className="min-h-11 rounded-md border border-brand-700 px-4 font-medium text-brand-800 hover:bg-brand-50"
                  >
                    {t('save')}
                  </button>
                </form>
              ) : (
                <Link href="/sign-in" className="text-sm">
                  {t('signInToSave')}
                </Link>
              )}
              {saveError ? (
                <p role="alert" className="mt-2 text-sm text-red-800">
                  {t('saveFailed', { message: saveError })}
                </p>
              ) : null}
            </div>
          ) : null}

          {!state.q ? (
            <EmptyState title={t('startTitle')} hint={t('startHint')}>
              <Suggestions label={t('suggestions')} />
            </EmptyState>
          ) : hits.length === 0 ? (
            <EmptyState title={t('empty', { q: state.q })} hint={t('emptyHint')}>
              <Suggestions label={t('suggestions')} />
            </EmptyState>
          ) : (
            <ol className="space-y-3">
              {hits.map((hit) => (
                <li key={`${hit.__typename}:${hit.id}`}>
                  <SearchResultCard hit={hit} />
                </li>
              ))}
            </ol>
          )}

          {result?.search.pageInfo.hasNextPage && result.search.pageInfo.endCursor ? (
            <nav className="mt-6 flex justify-end">
              <Link
                rel="next"
                href={`/search${toQueryString(searchPageQuery({ ...criteria, after: result.search.pageInfo.endCursor }))}`}
                className="inline-flex min-h-11 items-center rounded-md border border-stone-300 bg-white px-4 font-medium text-stone-800 no-underline hover:bg-stone-100 hover:no-underline"
              >
                {t('more')}
                <span aria-hidden="true">&nbsp;→</span>
              </Link>
            </nav>
          ) : null}
        </section>
      </div>
    </>
  );
}

function Suggestions({ label }: { label: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap justify-center gap-2">
      {SUGGESTIONS.map((q) => (
        <li key={q}>
          <Link
            href={`/search${toQueryString({ q })}`}
            className={`${CHIP} border-stone-300 bg-white text-stone-800`}
          >
            {q}
          </Link>
        </li>
      ))}
    </ul>
  );
}
