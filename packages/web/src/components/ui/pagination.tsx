import { useTranslations } from 'next-intl';
import type { PageCursorsFragment } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import type { PageRequest } from '@/lib/search-params';

interface PaginationProps {
  /** The list's path without the locale, e.g. "/cooperatives". */
  pathname: string;
  /** The list's current filters, kept on every page. */
  query: Record<string, string | undefined>;
  pageInfo: PageCursorsFragment;
  current: PageRequest;
}

const LINK_CLASSES =
  'inline-flex min-h-11 items-center rounded-md border border-stone-300 bg-white px-4 font-medium text-stone-800 no-underline hover:bg-stone-100 hover:no-underline';

/**
 * Previous/next links with Relay cursors in the URL (`?after=…`), so every page is server-rendered,
 * shareable and works without JavaScript. Relay's hasPreviousPage is only reliable when paging
 * backwards (and hasNextPage forwards), so the direction we came from counts too.
 */
export function Pagination({ pathname, query, pageInfo, current }: PaginationProps) {
  const t = useTranslations('pagination');
  const filters = Object.fromEntries(
    Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const hasPrevious = pageInfo.hasPreviousPage || Boolean(current.after);
  const hasNext = pageInfo.hasNextPage || Boolean(current.before);
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav aria-label={t('label')} className="mt-6 flex justify-between gap-3">
      {hasPrevious && pageInfo.startCursor ? (
        <Link
          className={LINK_CLASSES}
          rel="prev"
          href={{ pathname, query: { ...filters, before: pageInfo.startCursor } }}
        >
          <span aria-hidden="true">←&nbsp;</span>
          {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      {hasNext && pageInfo.endCursor ? (
        <Link
          className={LINK_CLASSES}
          rel="next"
          href={{ pathname, query: { ...filters, after: pageInfo.endCursor } }}
        >
          {t('next')}
          <span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : null}
    </nav>
  );
}
