import type { Metadata, Viewport } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from './site-header';
import { routing } from '@/i18n/routing';
import type { Messages } from '@/i18n/messages';
import { requestNonce } from '@/lib/request-nonce';

/** Only what client components read is sent to the browser, not every page's text. */
const CLIENT_NAMESPACES = [
  'common',
  'language',
  'errors',
  'regionPicker',
  'signIn',
] as const satisfies readonly (keyof Messages)[];

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'common' });
  return {
    title: { default: t('appName'), template: `%s · ${t('appName')}` },
    description: t('tagline'),
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#a51616',
};

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const messages = await getMessages();
  const [t, nonce] = await Promise.all([getTranslations('common'), requestNonce()]);
  const clientMessages = Object.fromEntries(
    CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]),
  );

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Without JavaScript, list filters that fold on a phone (FilterForm) are simply shown. The
            policy allows only styles bearing this request's nonce. */}
        <noscript>
          <style nonce={nonce}>{'.filter-fields.hidden{display:block}'}</style>
        </noscript>
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-white px-4 py-2 font-medium focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader />
          <main
            id="main"
            tabIndex={-1}
            className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none"
          >
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
