import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { Link } from '@/i18n/navigation';
import { getViewer } from '@/lib/session';
import { workspaceLinksFor } from '@/features/account/workspace-links';
import { HeaderSearch } from '@/features/search/header-search';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { NavLinks } from '@/components/layout/nav-links';

/** Who is signed in: their name (to their account page) or a sign-in link. */
async function ViewerLink() {
  const t = await getTranslations('common');
  const viewer = await getViewer();
  const className =
    'inline-flex min-h-11 max-w-[11rem] items-center truncate rounded-md px-3 text-sm font-medium';
  if (!viewer) {
    return (
      <Link
        href="/sign-in"
        className={`${className} bg-brand-700 text-white hover:bg-brand-800 hover:no-underline`}
      >
        {t('signIn')}
      </Link>
    );
  }
  return (
    <Link
      href="/sign-in"
      aria-label={t('account', { name: viewer.user.name })}
      data-testid="viewer-name"
      className={`${className} border border-stone-300 text-stone-800`}
    >
      <span className="truncate">{viewer.user.name}</span>
    </Link>
  );
}

/** The signed-in viewer's workspaces (features/account/workspace-links.ts): a row of its own, only when there are any. */
async function WorkspaceNav() {
  const [t, viewer] = await Promise.all([getTranslations(), getViewer()]);
  const links = workspaceLinksFor(viewer, t);
  if (links.length === 0) return null;
  return (
    <div className="border-t border-stone-100 bg-stone-50">
      <div className="mx-auto max-w-6xl px-4">
        <NavLinks label={t('workspace.nav.label')} items={links} />
      </div>
    </div>
  );
}

/**
 * Two rows, in reading order: the brand, the search box and who is signed in; then the sections
 * and the language. On a 360 px phone the search box and the language wrap onto rows of their own
 * rather than overflow. It composes features (the search box, the viewer's workspaces), so it
 * lives beside the layout that shows it rather than in components/.
 */
export async function SiteHeader() {
  const t = await getTranslations('common');
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 pt-2">
        <Link
          href="/"
          className="flex min-h-11 items-center gap-2 text-lg font-bold text-stone-900 no-underline"
        >
          <span
            aria-hidden="true"
            className="inline-block h-5 w-5 rounded-sm bg-gradient-to-b from-brand-600 from-50% to-white to-50% ring-1 ring-stone-300"
          />
          {t('appName')}
        </Link>
        <HeaderSearch />
        <ViewerLink />
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 px-4 pb-1">
        <NavLinks />
        {/* useSearchParams needs a Suspense boundary; the fallback keeps the row's height. */}
        <Suspense fallback={<span className="min-h-11" />}>
          <LanguageSwitcher />
        </Suspense>
      </div>
      <WorkspaceNav />
    </header>
  );
}
