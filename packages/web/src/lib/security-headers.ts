/**
 * The web app's security headers. The Content-Security-Policy carries a fresh nonce per page
 * request (proxy.ts makes it and hands it to Next in the request's own CSP header, from which
 * Next stamps its framework and page scripts); the other headers are the same on every response
 * and come from next.config.ts, so static files and Next's own 404 carry them too.
 */
import FIXED_SECURITY_HEADERS from './fixed-security-headers.json';

/** 128 random bits, base64: unguessable, and a valid CSP nonce. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/** A Host header fit to name in a policy: a DNS name or bracketed IPv6 address, optional port. */
const HOST_HEADER = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export interface PagePolicyOptions {
  nonce: string;
  /** The request's Host header, for the same-origin WebSocket of the notification bell. */
  host: string | null;
  /** `next dev` needs eval (React's server error stacks) and injects its overlay's styles. */
  development: boolean;
}

/**
 * The policy of a page:
 * - scripts only with this request's nonce; 'strict-dynamic' lets those scripts load Next's
 *   chunks, and nothing else runs (no inline handlers, no foreign hosts);
 * - <style> elements need the nonce too (Tailwind is one same-origin stylesheet), but style
 *   attributes are allowed: the dashboard's bar charts set their widths server-side with
 *   `style="width: …%"`, which no nonce can cover, and an attribute can restyle but not run code;
 * - connections only to this origin, over HTTP(S) and WebSocket (GraphQL and the bell's
 *   subscription both go to the same-origin /graphql); 'self' covers ws: in current browsers, the
 *   explicit ws:/wss: host covers older ones;
 * - no plugins, no <base> elsewhere, forms post only here, and no framing at all.
 */
export function pageContentSecurityPolicy({ nonce, host, development }: PagePolicyOptions): string {
  const webSocketOrigins = host && HOST_HEADER.test(host) ? [`ws://${host}`, `wss://${host}`] : [];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    'style-src': ["'self'", development ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...webSocketOrigins],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * Sent with every response: by next.config.ts `headers()`, and by server.mjs on the uploads it
 * streams to the API itself (hence a JSON file, which that plain-JavaScript server reads too).
 * - Content-Security-Policy: for responses that are not pages (scripts, styles, images, Next's
 *   static 404) nothing may run or be framed; a page request gets pageContentSecurityPolicy
 *   instead, set by proxy.ts.
 * - Strict-Transport-Security: browsers ignore it over plain http (localhost), so it is safe to
 *   send everywhere. Two years, subdomains included; no `preload`, which is a separate,
 *   deliberate registration.
 * - Permissions-Policy: nothing in the product uses these browser features; a file input still
 *   opens the camera app.
 */
export const SECURITY_HEADERS: readonly { key: string; value: string }[] = FIXED_SECURITY_HEADERS;
