import { isIP } from 'node:net';
import createIntlProxy from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { LOCALE_COOKIE, routing } from '@/i18n/routing';
import { apiUrl } from '@/lib/api-url';
import { PEER_ADDRESS_FROM_SOCKET_ENV } from '@/lib/peer-address';
import { createNonce, pageContentSecurityPolicy } from '@/lib/security-headers';

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

/**
 * SIMKOPDES uploads and exports (admins and Dinas offices), files on the API as well. In
 * production server.mjs streams the uploads to the API before they reach here; under `next dev`
 * they come here, and bodies over Next's 10 MB are cut.
 */
const SIMKOPDES_FILE_PATHS: ReadonlySet<string> = new Set(['/simkopdes/imports', '/simkopdes/export']);

/** Emails' one-click unsubscribe (RFC 8058): mail clients POST the List-Unsubscribe URL. */
const EMAIL_UNSUBSCRIBE_PATH = '/email/unsubscribe';

/** Headers by which a client could claim an address of its choosing. */
const CLIENT_ADDRESS_HEADERS = ['x-forwarded-for', 'x-real-ip', 'forwarded'] as const;

/**
 * The request as forwarded to the API. The API counts sign-in attempts per address and believes
 * X-Forwarded-For from this server, so only the address of the connection this server accepted
 * goes there, never what the client wrote. server.mjs puts that address, from the socket, in
 * X-Forwarded-For before Next sees the request, and says so by setting the environment flag; run
 * without it (`next dev`), nothing is forwarded and the API sees this server's own address.
 */
function apiRequestHeaders(request: NextRequest): Headers {
  const headers = new Headers(request.headers);
  for (const name of CLIENT_ADDRESS_HEADERS) headers.delete(name);
  const peerAddress =
    process.env[PEER_ADDRESS_FROM_SOCKET_ENV] === 'true' ? request.headers.get('x-forwarded-for') : null;
  if (peerAddress && isIP(peerAddress)) headers.set('x-forwarded-for', peerAddress);
  return headers;
}

function rewriteToApi(request: NextRequest, pathAndQuery: string): NextResponse {
  return NextResponse.rewrite(new URL(pathAndQuery, apiUrl()), {
    request: { headers: apiRequestHeaders(request) },
  });
}

export default function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/graphql') {
    return rewriteToApi(request, `/graphql${request.nextUrl.search}`);
  }
  // Document files (upload and download) live on the API too, behind the same session cookie.
  if (DOCUMENT_FILE_PATH.test(request.nextUrl.pathname)) {
    return rewriteToApi(request, request.nextUrl.pathname);
  }
  if (request.nextUrl.pathname === EMAIL_UNSUBSCRIBE_PATH && request.method === 'POST') {
    return rewriteToApi(request, `${EMAIL_UNSUBSCRIBE_PATH}${request.nextUrl.search}`);
  }
  if (SIMKOPDES_FILE_PATHS.has(request.nextUrl.pathname)) {
    return rewriteToApi(request, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  }

  // Next reads the nonce from the request's own CSP header and stamps it on its scripts.
  const policy = pageContentSecurityPolicy({
    nonce: createNonce(),
    host: request.headers.get('host'),
    development: process.env.NODE_ENV === 'development',
  });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const pageRequest = new NextRequest(request, { headers });

  const hasChosenLocale = pageRequest.cookies.has(LOCALE_COOKIE);
  const response = hasChosenLocale
    ? localeProxyForReturningChoice(pageRequest)
    : localeProxyForNewVisitor(pageRequest);
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Pages, /graphql, document and SIMKOPDES files; not Next's own assets or files with an extension.
  matcher: [
    '/graphql',
    '/documents/:id/file',
    '/simkopdes/imports',
    '/simkopdes/export',
    '/email/unsubscribe',
    '/((?!_next|_vercel|.*\\..*).*)',
  ],
};
