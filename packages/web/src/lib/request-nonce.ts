import { headers } from 'next/headers';

/**
 * The nonce of this request's Content-Security-Policy (made by proxy.ts), for the few inline
 * scripts the app writes itself; Next stamps its own scripts with it. Undefined outside a page
 * request (none is made for /graphql) — a script without it is then refused, not let through.
 */
export async function requestNonce(): Promise<string | undefined> {
  const policy = (await headers()).get('content-security-policy') ?? '';
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
}
