import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../request-context';
import { RefusalCode } from '../../shared/domain-error';
import { EmailKind } from '../account/account.entity';
import type { Viewer } from '../account/viewer';
import { EmailError } from './email.errors';
import { readUnsubscribeToken } from './email.links';

/** Each kind of email and whether it is on, from a user's opt-outs (all on unless turned off). */
const preferencesFrom = (optOuts: readonly EmailKind[]) =>
  Object.values(EmailKind).map((kind) => ({ kind, enabled: !optOuts.includes(kind) }));

/** Each kind of email and whether the user gets it. */
export async function emailPreferencesOf(
  knex: Knex,
  userId: number,
): Promise<{ kind: EmailKind; enabled: boolean }[]> {
  const row = (await knex('app_user').where({ id: userId }).first('email_opt_outs')) as
    { email_opt_outs: EmailKind[] } | undefined;
  return preferencesFrom(row?.email_opt_outs ?? []);
}

/**
 * Turns one kind on or off for a user, in one statement (no read-modify-write race); returns the
 * user's opt-outs and language after it, or null for no such user.
 */
async function setKind(
  knex: Knex,
  userId: number,
  kind: EmailKind,
  enabled: boolean,
): Promise<{ email_opt_outs: EmailKind[]; locale: string } | null> {
  const [row] = (await knex('app_user')
    .where({ id: userId })
    .update({
      email_opt_outs: enabled
        ? knex.raw('array_remove(email_opt_outs, ?)', [kind])
        : knex.raw('array_append(array_remove(email_opt_outs, ?), ?)', [kind, kind]),
    })
    .returning(['email_opt_outs', 'locale'])) as { email_opt_outs: EmailKind[]; locale: string }[];
  return row ?? null;
}

/** The signed-in user's own choices (an API token acts for a partner, not for a person's inbox). */
export async function setEmailPreference(
  ctx: Context,
  viewer: Viewer,
  kind: EmailKind,
  enabled: boolean,
): Promise<{ kind: EmailKind; enabled: boolean }[]> {
  if (viewer.credential.kind === 'apiToken')
    throw new EmailError(RefusalCode.INVALID, 'Email settings are the signed-in person’s own.', ['kind']);
  const row = await setKind(ctx.knex, viewer.userId, kind, enabled);
  return preferencesFrom(row?.email_opt_outs ?? []);
}

/**
 * The unsubscribe link of a mail: turns its kind off for its recipient, without sign-in. A token
 * that is malformed or not signed by us is refused with NOT_FOUND and changes nothing.
 */
export async function unsubscribe(
  knex: Knex,
  secret: string,
  token: string,
): Promise<{ kind: EmailKind; locale: string } | null> {
  const link = readUnsubscribeToken(secret, token);
  if (!link) return null;
  const user = await setKind(knex, link.userId, link.kind, false);
  return user ? { kind: link.kind, locale: user.locale } : null;
}
