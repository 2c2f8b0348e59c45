import { createHmac, timingSafeEqual } from 'node:crypto';
import { EmailKind } from '../account/account.entity';

/**
 * Unsubscribe links: `<user id>.<kind>.<signature>`, the signature an HMAC-SHA256 of both with
 * EMAIL_LINK_SECRET. Whoever holds a mail can turn that kind of mail off for its recipient, and
 * nothing else; no sign-in is needed (RFC 8058 one-click), and no token is stored.
 */

const signatureOf = (secret: string, userId: number, kind: EmailKind) =>
  createHmac('sha256', secret).update(`unsubscribe:${userId}:${kind}`).digest('base64url').slice(0, 32);

export function unsubscribeToken(secret: string, userId: number, kind: EmailKind): string {
  return `${userId}.${kind}.${signatureOf(secret, userId, kind)}`;
}

/** The user and kind a token stands for, or null when it is malformed or not ours. */
export function readUnsubscribeToken(
  secret: string,
  token: string,
): { userId: number; kind: EmailKind } | null {
  const match = /^(\d{1,10})\.([A-Z_]{1,40})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!match) return null;
  const userId = Number(match[1]);
  const kind = match[2] as EmailKind;
  if (!Object.values(EmailKind).includes(kind)) return null;
  const expected = Buffer.from(signatureOf(secret, userId, kind));
  const given = Buffer.from(match[3]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { userId, kind } : null;
}
