import type { Knex } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { toGlobalId } from '../../shared/global-id';
import { EmailKind, Locale } from '../account/account.entity';
import type { DocumentType } from '../document/document-type';
import { unsubscribeToken } from './email.links';
import { fromPgTimestamp } from '../../shared/time';
import {
  deadlineMail,
  decisionMail,
  digestMail,
  documentLapsingMail,
  yourTurnMail,
  type MailContent,
} from './email.templates';
import type { Mailer } from './mailer';

/**
 * The mailer's rounds, in every API process (a periodic job): claim what is due with
 * `for update skip locked` (so two processes never mail the same thing), mark it handled in the
 * same statement, send, and give back what could not be sent for the next round.
 * - Immediate, from the notifications (at most a day old): "your turn", accepted/declined, and the
 *   reminders of deadlines (a document lapsing, an offering or a proposal expiring), which the
 *   reminder round makes once per subject and deadline (notification/deadline-reminders.ts).
 * - The daily digest after `digestHourUtc`: the saved-search hits since the user's last digest, and
 *   the listings published since that fit one of their organisations well (listing matches).
 * A kind the recipient turned off is not sent, but counts as handled.
 */

export interface EmailSettings {
  linkSecret: string;
  publicWebUrl: string;
  digestHourUtc: number;
}

const BATCH = 100;

interface Recipient {
  user_id: number;
  email: string;
  name: string;
  locale: Locale;
  email_opt_outs: EmailKind[];
}

/** A page of the web app in the recipient's language (Indonesian pages have no prefix). */
const pageUrl = (settings: EmailSettings, locale: Locale, path: string) =>
  `${settings.publicWebUrl}${locale === Locale.EN ? '/en' : ''}${path}`;

/** The unsubscribe page of a mail, in its reader's language (the one-click URL is in sendAll). */
function unsubscribePageUrl(
  settings: EmailSettings,
  locale: Locale,
  userId: number,
  kind: EmailKind,
): string {
  return pageUrl(
    settings,
    locale,
    `/unsubscribe?token=${unsubscribeToken(settings.linkSecret, userId, kind)}`,
  );
}

/** Sends to each recipient who has not turned the kind off; returns the ones that failed. */
async function sendAll<T extends Recipient>(
  mailer: Mailer,
  log: Logger,
  kind: EmailKind,
  recipients: T[],
  contentOf: (recipient: T) => MailContent,
  settings: EmailSettings,
): Promise<{ sent: number; failed: T[] }> {
  let sent = 0;
  const failed: T[] = [];
  for (const recipient of recipients) {
    if (recipient.email_opt_outs.includes(kind)) continue;
    try {
      await mailer.send({
        to: recipient.email,
        ...contentOf(recipient),
        unsubscribeUrl: `${settings.publicWebUrl}/email/unsubscribe?token=${unsubscribeToken(settings.linkSecret, recipient.user_id, kind)}`,
      });
      sent += 1;
    } catch (error) {
      log.warn({ err: error, kind, userId: recipient.user_id }, 'email not sent; tried again next round');
      failed.push(recipient);
    }
  }
  return { sent, failed };
}

const RECIPIENT_COLUMNS = 'u.id as user_id, u.email, u.name, u.locale, u.email_opt_outs';

async function mailNotifications(knex: Knex, mailer: Mailer, settings: EmailSettings, log: Logger) {
  // Every notification not handled yet is claimed (the others need no mail; the digest reads
  // saved-search hits by their time); inactive users' notifications are handled without a mail.
  const { rows } = (await knex.raw(
    `with due as (
       select id from notification where emailed_at is null order by id limit ${BATCH} for update skip locked)
     update notification n set emailed_at = now()
       from due, app_user u
      where n.id = due.id and u.id = n.recipient_id
      returning n.id, n.kind, n.subject_id, n.subject_label, n.actor_name, n.proposal_action, n.due_at,
                n.created_at, u.is_active, ${RECIPIENT_COLUMNS}`,
  )) as {
    rows: (Recipient & {
      id: number;
      kind: string;
      subject_id: number;
      subject_label: string;
      actor_name: string | null;
      proposal_action: string | null;
      due_at: string | null;
      created_at: Date;
      is_active: boolean;
    })[];
  };
  const fresh = rows.filter(
    (row) => row.is_active && Date.now() - new Date(row.created_at).getTime() < 86_400_000,
  );
  const mail = (row: (typeof rows)[number], decision: 'ACCEPT' | 'DECLINE' | null) => ({
    name: row.name,
    proposalTitle: row.subject_label,
    actorName: row.actor_name,
    decision,
    proposalUrl: pageUrl(settings, row.locale, `/proposals/${toGlobalId('Proposal', row.subject_id)}`),
    unsubscribeUrl: unsubscribePageUrl(
      settings,
      row.locale,
      row.user_id,
      decision ? EmailKind.PROPOSAL_DECIDED : EmailKind.PROPOSAL_YOUR_TURN,
    ),
  });
  const yourTurn = await sendAll(
    mailer,
    log,
    EmailKind.PROPOSAL_YOUR_TURN,
    fresh.filter((row) => row.kind === 'PROPOSAL_YOUR_TURN'),
    (row) => yourTurnMail(row.locale, mail(row, null)),
    settings,
  );
  const decided = await sendAll(
    mailer,
    log,
    EmailKind.PROPOSAL_DECIDED,
    fresh.filter(
      (row) =>
        row.kind === 'PROPOSAL_UPDATED' &&
        (row.proposal_action === 'ACCEPT' || row.proposal_action === 'DECLINE'),
    ),
    (row) => decisionMail(row.locale, mail(row, row.proposal_action as 'ACCEPT' | 'DECLINE')),
    settings,
  );
  const documents = await mailDocumentReminders(
    knex,
    mailer,
    settings,
    log,
    fresh.filter((row) => row.kind === 'DOCUMENT_LAPSING'),
  );
  const deadlines = await sendAll(
    mailer,
    log,
    EmailKind.DEADLINE_REMINDER,
    fresh.filter((row) => row.kind === 'OFFERING_LAPSING' || row.kind === 'PROPOSAL_DEADLINE'),
    (row) => {
      const offering = row.kind === 'OFFERING_LAPSING';
      return deadlineMail(row.locale, {
        name: row.name,
        subject: offering ? 'OFFERING' : 'PROPOSAL',
        title: row.subject_label,
        dueAt: fromPgTimestamp(row.due_at!),
        url: pageUrl(
          settings,
          row.locale,
          offering ? '/cooperative#offerings' : `/proposals/${toGlobalId('Proposal', row.subject_id)}`,
        ),
        unsubscribeUrl: unsubscribePageUrl(settings, row.locale, row.user_id, EmailKind.DEADLINE_REMINDER),
      });
    },
    settings,
  );
  const failed = [...yourTurn.failed, ...decided.failed, ...documents.failed, ...deadlines.failed].map(
    (row) => row.id,
  );
  if (failed.length > 0) await knex('notification').whereIn('id', failed).update({ emailed_at: null });
  return yourTurn.sent + decided.sent + documents.sent + deadlines.sent;
}

/** Mails the reminders of lapsing documents, with the name of the cooperative they belong to. */
async function mailDocumentReminders<
  T extends Recipient & { subject_id: number; subject_label: string; due_at: string | null },
>(
  knex: Knex,
  mailer: Mailer,
  settings: EmailSettings,
  log: Logger,
  reminders: T[],
): Promise<{ sent: number; failed: T[] }> {
  if (reminders.length === 0) return { sent: 0, failed: [] };
  const cooperatives = new Map(
    (
      (await knex('cooperative_document as d')
        .join('cooperative as c', 'c.id', 'd.cooperative_id')
        .whereIn('d.id', [...new Set(reminders.map((row) => row.subject_id))])
        .select('d.id', 'c.name')) as { id: number; name: string }[]
    ).map((row) => [row.id, row.name]),
  );
  // A document deleted since it was reminded of needs no mail.
  const still = reminders.filter((row) => cooperatives.has(row.subject_id));
  return sendAll(
    mailer,
    log,
    EmailKind.DOCUMENT_LAPSING,
    still,
    (row) =>
      documentLapsingMail(row.locale, {
        name: row.name,
        cooperativeName: cooperatives.get(row.subject_id)!,
        type: row.subject_label as DocumentType,
        expiresOn: fromPgTimestamp(row.due_at!).toISOString().slice(0, 10),
        documentsUrl: pageUrl(settings, row.locale, '/cooperative#documents'),
        unsubscribeUrl: unsubscribePageUrl(settings, row.locale, row.user_id, EmailKind.DOCUMENT_LAPSING),
      }),
    settings,
  );
}

/** The latest digest moment at or before `now`: today at the digest hour (UTC), or yesterday's. */
export function digestMomentOf(now: Date, digestHourUtc: number): Date {
  const moment = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), digestHourUtc));
  if (moment > now) moment.setUTCDate(moment.getUTCDate() - 1);
  return moment;
}

/** The page of a listing a digest links to, by its notification subject or match type. */
const LISTING_PATH: Record<string, (id: number) => string> = {
  OFFERING: (id) => `/offerings/${toGlobalId('Offering', id)}`,
  PROGRAM: (id) => `/programs/${toGlobalId('Program', id)}`,
  PARTNER_REQUEST: (id) => `/requests/${toGlobalId('PartnerRequest', id)}`,
};
const listingPath = (type: string, id: number) => (LISTING_PATH[type] ?? (() => '/search'))(id);

/**
 * How far back a digest round looks for users with something to tell: a day before the digest
 * moment covers everything since the previous digest; the second day covers a round that was
 * missed (no process ran at the moment).
 */
const DIGEST_LOOKBACK = "interval '2 days'";

/** A listing that went public still is (the digest does not link to a closed one). */
const STILL_PUBLIC = `case lm.listing_type
  when 'OFFERING' then exists (select 1 from offering o where o.id = lm.listing_id and o.status = 'PUBLISHED')
  when 'PROGRAM' then exists (select 1 from program g where g.id = lm.listing_id and g.status = 'ACTIVE')
  when 'PARTNER_REQUEST' then exists (select 1 from partner_request q where q.id = lm.listing_id and q.status = 'OPEN')
end`;

/** The new matches of a user's organisations (`r.user_id`) since `r.since`, one row per listing. */
const MATCHES_OF_USER = `
  select lm.listing_type, lm.listing_id, lm.label, lm.score, lm.matched_at, p.name as organisation
    from membership ms join listing_match lm on lm.partner_id = ms.partner_id join partner p on p.id = ms.partner_id
   where ms.user_id = r.user_id and lm.matched_at > r.since
  union all
  select lm.listing_type, lm.listing_id, lm.label, lm.score, lm.matched_at, c.name
    from membership ms join listing_match lm on lm.cooperative_id = ms.cooperative_id
    join cooperative c on c.id = ms.cooperative_id
   where ms.user_id = r.user_id and lm.matched_at > r.since`;

interface DigestHit {
  recipient_id: number;
  subject_type: string;
  subject_id: number;
  subject_label: string;
  saved_search_name: string | null;
}

interface DigestMatch {
  user_id: number;
  listing_type: string;
  listing_id: number;
  label: string;
  score: number;
  organisation: string;
}

async function mailDigests(knex: Knex, mailer: Mailer, settings: EmailSettings, log: Logger, now: Date) {
  const moment = digestMomentOf(now, settings.digestHourUtc);
  // Users with saved-search hits or new matches of their organisations since their last digest
  // (or the day before this one's moment), found from the recent ones: not a scan of every user.
  const { rows: users } = (await knex.raw(
    `with recent as (
       select n.recipient_id as user_id from notification n
        where n.kind = 'SAVED_SEARCH_MATCH' and n.created_at > ?::timestamptz - ${DIGEST_LOOKBACK}
       union
       select ms.user_id from listing_match lm join membership ms on ms.partner_id = lm.partner_id
        where lm.matched_at > ?::timestamptz - ${DIGEST_LOOKBACK}
       union
       select ms.user_id from listing_match lm join membership ms on ms.cooperative_id = lm.cooperative_id
        where lm.matched_at > ?::timestamptz - ${DIGEST_LOOKBACK}
     ),
     due as (
       select u.id, coalesce(u.digest_sent_at, ?::timestamptz - interval '1 day') as since
         from app_user u
        where u.id in (select user_id from recent)
          and u.is_active and (u.digest_sent_at is null or u.digest_sent_at < ?::timestamptz)
        order by u.id limit ${BATCH} for update of u skip locked)
     update app_user u set digest_sent_at = ?::timestamptz
       from due where u.id = due.id
      returning due.since, ${RECIPIENT_COLUMNS}`,
    [moment, moment, moment, moment, moment, now],
  )) as { rows: (Recipient & { since: Date })[] };
  if (users.length === 0) return 0;
  const since = JSON.stringify(users.map((user) => ({ user_id: user.user_id, since: user.since })));
  const hits = (await knex('notification as n')
    .join(
      knex.raw(`json_to_recordset(?::json) as r(user_id int, since timestamptz)`, [since]),
      'r.user_id',
      'n.recipient_id',
    )
    .where('n.kind', 'SAVED_SEARCH_MATCH')
    .whereRaw('n.created_at > r.since')
    .orderBy(['n.recipient_id', 'n.id'])
    .select(
      'n.recipient_id',
      'n.subject_type',
      'n.subject_id',
      'n.subject_label',
      'n.saved_search_name',
    )) as DigestHit[];
  const { rows: matches } = (await knex.raw(
    `select distinct on (r.user_id, lm.listing_type, lm.listing_id)
            r.user_id, lm.listing_type, lm.listing_id, lm.label, lm.score, lm.organisation
       from json_to_recordset(?::json) as r(user_id int, since timestamptz)
       cross join lateral (${MATCHES_OF_USER}) lm
      where ${STILL_PUBLIC}
      order by r.user_id, lm.listing_type, lm.listing_id, lm.score desc`,
    [since],
  )) as { rows: DigestMatch[] };
  // A user whose every hit and match has closed since gets no mail (the digest still counts as sent).
  const withNews = users.filter(
    (user) =>
      hits.some((hit) => hit.recipient_id === user.user_id) ||
      matches.some((match) => match.user_id === user.user_id),
  );
  const { sent, failed } = await sendAll(
    mailer,
    log,
    EmailKind.DAILY_DIGEST,
    withNews,
    (user) => {
      const page = (path: string) => pageUrl(settings, user.locale, path);
      const ownMatches = matches.filter((match) => match.user_id === user.user_id);
      return digestMail(user.locale, {
        name: user.name,
        hits: hits
          .filter((hit) => hit.recipient_id === user.user_id)
          .map((hit) => ({
            search: hit.saved_search_name ?? '',
            title: hit.subject_label,
            url: page(listingPath(hit.subject_type, hit.subject_id)),
          })),
        matches: ownMatches
          .sort((a, b) => b.score - a.score)
          .map((match) => ({
            title: match.label,
            organisation: match.organisation,
            score: match.score,
            url: page(listingPath(match.listing_type, match.listing_id)),
          })),
        // Offerings match partners, programs and requests cooperatives: the rest is in that workspace.
        moreUrls: {
          matches: page(
            ownMatches.some((match) => match.listing_type === 'OFFERING') ? '/partner' : '/cooperative',
          ),
          hits: page('/saved-searches'),
        },
        unsubscribeUrl: unsubscribePageUrl(settings, user.locale, user.user_id, EmailKind.DAILY_DIGEST),
      });
    },
    settings,
  );
  for (const user of failed)
    await knex('app_user').where({ id: user.user_id }).update({ digest_sent_at: user.since });
  return sent;
}

/** One round of the mailer; returns how many mails it sent. */
export async function sendDueEmails(
  knex: Knex,
  mailer: Mailer,
  settings: EmailSettings,
  log: Logger,
  now: Date = new Date(),
): Promise<number> {
  // With mail off (production without SMTP_URL) the rounds still run: what is due is handled, so
  // that turning mail on later does not send a backlog.
  return (
    (await mailNotifications(knex, mailer, settings, log)) +
    (await mailDigests(knex, mailer, settings, log, now))
  );
}
