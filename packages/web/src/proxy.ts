import createIntlProxy from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_COOKIE, routing } from './i18n/routing';
import { apiUrl } from './lib/api-url';

/** A visitor who picked a language gets it back on unprefixed URLs (from the locale cookie). */
const localeProxyForReturningChoice = createIntlProxy(routing);

/**
 * Everyone else gets Bahasa Indonesia, whatever their browser's Accept-Language says: many phones
 * in Indonesia are set to English, and the product is Indonesian first. English is one tap away.
 */
const localeProxyForNewVisitor = createIntlProxy({ ...routing, localeDetection: false });

/**
 * One origin for the browser: /graphql is rewritten to the API (so its httpOnly session cookie is
 * first-party and CORS stays closed); every other page goes through next-intl's locale routing.
 * The rewrite lives here rather than in next.config's `rewrites()`, which are frozen at build
 * time: here API_URL is read per request, so one build serves dev, e2e and production.
 */
const DOCUMENT_FILE_PATH = /^\/documents\/[A-Za-z0-9_-]{1,200}\/file$/;

export default function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/graphql') {
    return NextResponse.rewrite(new URL(`/graphql${request.nextUrl.search}`, apiUrl()));
  }
  // Document files (upload and download) live on the API too, behind the same session cookie.
  if (DOCUMENT_FILE_PATH.test(request.nextUrl.pathname)) {
    return NextResponse.rewrite(new URL(request.nextUrl.pathname, apiUrl()));
  }
  const hasChosenLocale = request.cookies.has(LOCALE_COOKIE);
  return hasChosenLocale ? localeProxyForReturningChoice(request) : localeProxyForNewVisitor(request);
}

export const config = {
  // Pages, /graphql and document files; not Next's own assets or files with an extension.
  matcher: ['/graphql', '/documents/:id/file', '/((?!_next|_vercel|.*\\..*).*)'],
};
