import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../src/config';
import { EmailKind } from '../src/modules/account/account.entity';
import { readUnsubscribeToken, unsubscribeToken } from '../src/modules/email/email.links';
import { sendDueEmails, type EmailSettings } from '../src/modules/email/email.jobs';
import { remindOfDeadlines } from '../src/modules/notification/deadline-reminders';
import { DEMO } from './authorization/fixture';
import { globalIdOf } from './support/ids';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * Email end to end: the API's mailer sends over SMTP (nodemailer) to a real SMTP server in the
 * test (smtp-server), and each mail is parsed back (mailparser): who gets what, in which language,
 * once; settings and unsubscribe links turn a kind off; lapsing documents and the daily digest.
 */

const LINK_SECRET = 'a-test-secret-for-unsubscribe-links-0123456789';
const REMINDERS = { offeringDays: 7, documentDays: 30, proposalDays: 2 };
let server: TestServer;
let smtp: SMTPServer;
let received: ParsedMail[];
let settings: EmailSettings;
const log = pino({ level: 'silent' });

beforeAll(async () => {
  received = [];
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  server = await startTestServer({
    env: {
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      EMAIL_FROM: 'MitraDesa <no-reply@mitradesa.test>',
      EMAIL_LINK_SECRET: LINK_SECRET,
      PUBLIC_WEB_URL: 'https://mitradesa.test',
    },
  });
  settings = {
    linkSecret: LINK_SECRET,
    publicWebUrl: 'https://mitradesa.test',
    digestHourUtc: 0,
  };
  const knex = server.orm.em.getKnex();
  // Whatever the seed left unhandled is not this test's business: its deadlines are reminded of,
  // and every notification so far counts as mailed.
  while ((await remindOfDeadlines(server.orm.em.fork(), REMINDERS)) > 0);
  await knex('notification').whereNull('emailed_at').update({ emailed_at: knex.fn.now() });
  await knex('app_user').where({ email: DEMO.bankOfficer }).update({ locale: 'en' });
});
afterAll(async () => {
  await server.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const round = (now?: Date) =>
  sendDueEmails(server.orm.em.getKnex(), server.services.mailer, settings, log, now);

async function userId(email: string): Promise<number> {
  return (await server.orm.em.getKnex()('app_user').where({ email }).first('id')).id as number;
}

async function notify(email: string, fields: Record<string, unknown>): Promise<void> {
  await server.orm.em
    .getKnex()('notification')
    .insert({
      recipient_id: await userId(email),
      subject_type: 'PROPOSAL',
      subject_id: 7,
      subject_label: 'KUR modal kerja gerai sembako',
      actor_name: 'Bank Rakyat Indonesia',
      ...fields,
    });
}

const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text;

/** A header as sent (mailparser turns List-* headers into structures). */
function rawHeader(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((entry) => entry.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).trim();
}

function take(): ParsedMail[] {
  return received.splice(0, received.length);
}

test('"your turn" and a decision are mailed at once, each in its reader’s language, once; other news is not mailed', async () => {
  await notify(DEMO.ketua, { kind: 'PROPOSAL_YOUR_TURN', proposal_action: 'COUNTER' });
  await notify(DEMO.bankOfficer, {
    kind: 'PROPOSAL_UPDATED',
    proposal_action: 'ACCEPT',
    actor_name: 'Koperasi Desa Merah Putih Demo',
  });
  await notify(DEMO.ketua, { kind: 'PROPOSAL_UPDATED', proposal_action: 'SEND_MESSAGE' });
  expect(await round()).toBe(2);
  const mails = take();
  expect(mails.map(to).sort()).toEqual([DEMO.bankOfficer, DEMO.ketua].sort());
  const yourTurn = mails.find((mail) => to(mail) === DEMO.ketua)!;
  expect(yourTurn.subject).toBe('Giliran Anda: KUR modal kerja gerai sembako');
  expect(yourTurn.from?.value).toEqual([{ name: 'MitraDesa', address: 'no-reply@mitradesa.test' }]);
  expect(yourTurn.text).toContain('Sekarang giliran lembaga Anda');
  expect(yourTurn.text).toContain(`https://mitradesa.test/proposals/${globalIdOf('Proposal', 7)}`);
  expect(yourTurn.html).toContain(`href="https://mitradesa.test/proposals/${globalIdOf('Proposal', 7)}"`);
  // One click unsubscribes (RFC 8058), and the mail says why it came.
  expect(rawHeader(yourTurn, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  expect(rawHeader(yourTurn, 'List-Unsubscribe')).toMatch(
    /^<https:\/\/mitradesa\.test\/email\/unsubscribe\?token=\d+\.PROPOSAL_YOUR_TURN\.[A-Za-z0-9_-]{32}>$/,
  );
  expect(yourTurn.text).toMatch(
    /Berhenti menerima email jenis ini: https:\/\/mitradesa\.test\/unsubscribe\?token=/,
  );

  const decision = mails.find((mail) => to(mail) === DEMO.bankOfficer)!;
  expect(decision.subject).toBe('Proposal accepted: KUR modal kerja gerai sembako');
  expect(decision.text).toContain('Koperasi Desa Merah Putih Demo accepted the proposal');
  expect(decision.text).toContain(`https://mitradesa.test/en/proposals/${globalIdOf('Proposal', 7)}`);

  // Handled once: the next round sends nothing.
  expect(await round()).toBe(0);
  expect(take()).toEqual([]);
});

test('a kind turned off in the settings, or by the one-click link, is not mailed; a forged link changes nothing', async () => {
  const ketua = await server.signIn(DEMO.ketua);
  const set = await server.graphql<{
    setEmailPreference: { emailPreferences: { kind: string; enabled: boolean }[]; userErrors: unknown[] };
  }>(
    `mutation ($input: SetEmailPreferenceInput!) { setEmailPreference(input: $input) {
       emailPreferences { kind enabled } userErrors { code } } }`,
    { input: { kind: 'PROPOSAL_YOUR_TURN', enabled: false } },
    { token: ketua },
  );
  expect(set.data!.setEmailPreference.emailPreferences).toEqual([
    { kind: 'PROPOSAL_YOUR_TURN', enabled: false },
    { kind: 'PROPOSAL_DECIDED', enabled: true },
    { kind: 'DOCUMENT_LAPSING', enabled: true },
    { kind: 'DEADLINE_REMINDER', enabled: true },
    { kind: 'DAILY_DIGEST', enabled: true },
  ]);
  await notify(DEMO.ketua, { kind: 'PROPOSAL_YOUR_TURN', proposal_action: 'COUNTER' });
  expect(await round()).toBe(0);
  expect(take()).toEqual([]);

  // The bank officer's mail client follows the decision mail's List-Unsubscribe with a POST.
  await notify(DEMO.bankOfficer, { kind: 'PROPOSAL_UPDATED', proposal_action: 'DECLINE' });
  expect(await round()).toBe(1);
  const [mail] = take();
  expect(mail.subject).toBe('Proposal declined: KUR modal kerja gerai sembako');
  const link = /^<(.+)>$/.exec(rawHeader(mail, 'List-Unsubscribe')!)![1];
  const local = link.replace('https://mitradesa.test', server.url);
  const forged = local.replace(/\.[A-Za-z0-9_-]{32}$/, `.${'A'.repeat(32)}`);
  expect((await fetch(forged, { method: 'POST' })).status).toBe(404);
  const otherKind = local.replace('PROPOSAL_DECIDED', 'DAILY_DIGEST');
  expect((await fetch(otherKind, { method: 'POST' })).status).toBe(404);
  const optOuts = async () =>
    (await server.orm.em.getKnex()('app_user').where({ email: DEMO.bankOfficer }).first('email_opt_outs'))
      .email_opt_outs;
  expect(await optOuts()).toEqual([]);
  const oneClick = await fetch(local, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });
  expect(oneClick.status).toBe(200);
  expect(await optOuts()).toEqual(['PROPOSAL_DECIDED']);
  await notify(DEMO.bankOfficer, { kind: 'PROPOSAL_UPDATED', proposal_action: 'ACCEPT' });
  expect(await round()).toBe(0);

  // The web page's road: the same token through GraphQL, no sign-in; a bad token is NOT_FOUND.
  const token = new URL(local).searchParams.get('token')!;
  const unsubscribe = (value: string) =>
    server.graphql<{ unsubscribeEmail: { kind: string | null; userErrors: { code: string }[] } }>(
      'mutation ($input: UnsubscribeEmailInput!) { unsubscribeEmail(input: $input) { kind userErrors { code } } }',
      { input: { token: value } },
    );
  expect((await unsubscribe(token)).data!.unsubscribeEmail).toEqual({
    kind: 'PROPOSAL_DECIDED',
    userErrors: [],
  });
  expect((await unsubscribe('1.PROPOSAL_DECIDED.nope')).data!.unsubscribeEmail).toEqual({
    kind: null,
    userErrors: [{ code: 'NOT_FOUND' }],
  });
  // Turned on again by its owner.
  await server.graphql(
    `mutation ($input: SetEmailPreferenceInput!) { setEmailPreference(input: $input) { userErrors { code } } }`,
    { input: { kind: 'PROPOSAL_YOUR_TURN', enabled: true } },
    { token: ketua },
  );
});

test('an offering about to expire and a proposal about to expire are mailed once, in each reader’s language; turned off, not at all', async () => {
  const knex = server.orm.em.getKnex();
  const cooperativeId = (
    await knex('membership as m')
      .join('app_user as u', 'u.id', 'm.user_id')
      .where('u.email', DEMO.ketua)
      .first('m.cooperative_id')
  ).cooperative_id as number;
  const validUntil = new Date(Date.now() + 3 * 86_400_000);
  await knex('offering').insert({
    cooperative_id: cooperativeId,
    kind: 'SUPPLY',
    title: 'Madu kelulut hutan',
    commodity: 'HONEY',
    quantity_per_month: '50',
    quantity_unit: 'KG',
    status: 'PUBLISHED',
    valid_until: validUntil,
  });
  const bankId = (
    await knex('membership as m')
      .join('app_user as u', 'u.id', 'm.user_id')
      .where('u.email', DEMO.bankOfficer)
      .first('m.partner_id')
  ).partner_id as number;
  const proposal = (await knex('proposal')
    .where({ cooperative_id: cooperativeId, partner_id: bankId })
    .whereIn('status', ['SUBMITTED', 'UNDER_REVIEW', 'NEGOTIATING'])
    .first('id', 'title')) as { id: number; title: string };
  await knex('proposal')
    .where('id', proposal.id)
    .update({ turn: 'PARTNER', turn_since: new Date(), expires_at: new Date(Date.now() + 20 * 3_600_000) });
  // The bank's admin turned deadline reminders off.
  await knex('app_user')
    .where({ email: DEMO.bankAdmin })
    .update({ email_opt_outs: knex.raw(`array['DEADLINE_REMINDER']`) });

  await remindOfDeadlines(server.orm.em.fork(), REMINDERS);
  await round();
  const mails = take();
  const offeringMails = mails.filter((mail) => mail.subject?.includes('Madu kelulut hutan'));
  expect(offeringMails.map(to).sort()).toEqual([DEMO.ketua, DEMO.pengurus, DEMO.staff].sort());
  const date = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'Asia/Pontianak' }).format(
    validUntil,
  );
  expect(offeringMails[0].subject).toBe(`Penawaran berakhir ${date}: Madu kelulut hutan`);
  expect(offeringMails[0].text).toContain('konfirmasikan di ruang kerja koperasi');
  expect(offeringMails[0].text).toContain('https://mitradesa.test/cooperative#offerings');
  expect(rawHeader(offeringMails[0], 'List-Unsubscribe')).toContain('.DEADLINE_REMINDER.');

  const proposalMails = mails.filter((mail) => mail.subject?.includes(proposal.title));
  // The officer reads English; the admin who turned it off gets nothing.
  expect(proposalMails.map(to)).toEqual([DEMO.bankOfficer]);
  expect(proposalMails[0].subject).toMatch(/^Proposal expires \d{1,2} \w+ \d{4}: /);
  expect(proposalMails[0].text).toContain('expires at');
  expect(proposalMails[0].text).toContain(
    `https://mitradesa.test/en/proposals/${globalIdOf('Proposal', proposal.id)}`,
  );

  // Once: the next rounds find nothing more to remind of or to mail.
  expect(await remindOfDeadlines(server.orm.em.fork(), REMINDERS)).toBe(0);
  expect(await round()).toBe(0);
  await knex('app_user')
    .where({ email: DEMO.bankAdmin })
    .update({ email_opt_outs: knex.raw(`'{}'::text[]`) });
});

test("a document's officers are reminded once before it lapses, and again for a new expiry date", async () => {
  const remind = () => remindOfDeadlines(server.orm.em.fork(), REMINDERS);
  const knex = server.orm.em.getKnex();
  const cooperativeId = (
    await knex('membership as m')
      .join('app_user as u', 'u.id', 'm.user_id')
      .where('u.email', DEMO.ketua)
      .first('m.cooperative_id')
  ).cooperative_id as number;
  const [document] = await knex('cooperative_document')
    .insert({
      cooperative_id: cooperativeId,
      type: 'NPWP',
      number: '01.234.567.8-901.000',
      issued_on: '2020-01-01',
      expires_on: knex.raw('current_date + 10'),
    })
    .returning(['id', knex.raw("to_char(expires_on, 'YYYY-MM-DD') as expires_on")]);
  await remind();
  expect(await round()).toBeGreaterThanOrEqual(1);
  const mails = take().filter((mail) => mail.subject?.startsWith('NPWP berakhir pada'));
  const officers = await knex('membership as m')
    .join('app_user as u', 'u.id', 'm.user_id')
    .where('m.cooperative_id', cooperativeId)
    .whereIn('m.role', ['KETUA', 'PENGURUS'])
    .pluck('u.email');
  expect(mails.map(to).sort()).toEqual([...new Set(officers)].sort());
  expect(mails[0].text).toContain('Perbarui dokumen ini');
  expect(mails[0].text).toContain('https://mitradesa.test/cooperative#documents');
  expect(mails[0].text).toContain(
    new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${document.expires_on}T00:00:00Z`),
    ),
  );

  expect(await remind()).toBe(0);
  expect(await round()).toBe(0);
  await knex('cooperative_document')
    .where({ id: document.id })
    .update({ expires_on: knex.raw('current_date + 20') });
  await remind();
  expect(await round()).toBe(mails.length);
  take();
  await knex('cooperative_document').where({ id: document.id }).delete();
});

test('the daily digest lists the saved-search hits since the last one, after the digest hour, once a day', async () => {
  const knex = server.orm.em.getKnex();
  const buyer = await userId(DEMO.buyer);
  const now = new Date();
  await knex('notification').insert([
    {
      recipient_id: buyer,
      kind: 'SAVED_SEARCH_MATCH',
      subject_type: 'OFFERING',
      subject_id: 3,
      subject_label: 'Lada putih Sanggau 2 ton per bulan',
      saved_search_id: 1,
      saved_search_name: 'Lada Kalbar',
      emailed_at: now,
    },
    {
      recipient_id: buyer,
      kind: 'SAVED_SEARCH_MATCH',
      subject_type: 'PROGRAM',
      subject_id: 4,
      subject_label: 'Pembelian TBS sawit bulanan',
      saved_search_id: 2,
      saved_search_name: 'Sawit',
      emailed_at: now,
    },
  ]);
  const tomorrow = new Date(now.getTime() + 86_400_000);
  expect(await round(tomorrow)).toBe(1);
  const [digest] = take();
  expect(to(digest)).toBe(DEMO.buyer);
  expect(digest.subject).toBe('Ringkasan harian: 2 hasil pencarian tersimpan');
  expect(digest.text).toContain(
    `Lada Kalbar — Lada putih Sanggau 2 ton per bulan: https://mitradesa.test/offerings/${globalIdOf('Offering', 3)}`,
  );
  expect(digest.text).toContain(
    `Sawit — Pembelian TBS sawit bulanan: https://mitradesa.test/programs/${globalIdOf('Program', 4)}`,
  );
  expect(digest.text).not.toContain('cocok untuk Anda');
  // The same day again: nothing; nothing new the next day either.
  expect(await round(tomorrow)).toBe(0);
  expect(await round(new Date(tomorrow.getTime() + 86_400_000))).toBe(0);
  expect(take()).toEqual([]);
});

test('the daily digest lists the new listings that fit the reader’s organisation, best fit first, and only those still public', async () => {
  const knex = server.orm.em.getKnex();
  const bank = (await knex('membership as m')
    .join('app_user as u', 'u.id', 'm.user_id')
    .join('partner as p', 'p.id', 'm.partner_id')
    .where('u.email', DEMO.bankOfficer)
    .first('p.id', 'p.name')) as { id: number; name: string };
  const cooperative = (await knex('membership as m')
    .join('app_user as u', 'u.id', 'm.user_id')
    .join('cooperative as c', 'c.id', 'm.cooperative_id')
    .where('u.email', DEMO.ketua)
    .first('c.id', 'c.name')) as { id: number; name: string };
  const [open, better, closed] = (await knex('offering')
    .where({ status: 'PUBLISHED' })
    .orderBy('id')
    .limit(3)
    .select('id', 'title')) as { id: number; title: string }[];
  const program = (await knex('program').where({ status: 'ACTIVE' }).orderBy('id').first('id', 'name')) as {
    id: number;
    name: string;
  };
  const now = new Date();
  const match = (fields: Record<string, unknown>) => ({ matched_at: now, ...fields });
  await knex('listing_match').insert([
    match({
      listing_type: 'OFFERING',
      listing_id: open.id,
      label: open.title,
      partner_id: bank.id,
      score: 64,
    }),
    match({
      listing_type: 'OFFERING',
      listing_id: better.id,
      label: better.title,
      partner_id: bank.id,
      score: 88,
    }),
    match({
      listing_type: 'OFFERING',
      listing_id: closed.id,
      label: closed.title,
      partner_id: bank.id,
      score: 90,
    }),
    match({
      listing_type: 'PROGRAM',
      listing_id: program.id,
      label: program.name,
      cooperative_id: cooperative.id,
      score: 81,
    }),
    // Matched before the last digest: told then, not again.
    match({
      listing_type: 'OFFERING',
      listing_id: open.id,
      label: 'Sudah dikabarkan',
      cooperative_id: cooperative.id,
      score: 70,
      matched_at: new Date(now.getTime() - 3 * 86_400_000),
    }),
  ]);
  // Closed since it matched: a digest does not send anyone to a closed listing.
  await knex('offering').where({ id: closed.id }).update({ status: 'CLOSED' });
  try {
    await knex('app_user')
      .where({ email: DEMO.ketua })
      .update({ digest_sent_at: new Date(now.getTime() - 86_400_000) });
    const tomorrow = new Date(now.getTime() + 86_400_000);
    await round(tomorrow);
    const mails = take();
    const mailTo = (email: string) => mails.find((mail) => to(mail) === email);

    // The bank's officer reads English; the bank's admin Indonesian; both hear of the bank's matches.
    const officer = mailTo(DEMO.bankOfficer)!;
    expect(officer.subject).toBe('Daily digest: 2 new matches');
    expect(officer.text).toContain('Newly published, and a good fit for you');
    const lineOf = (offering: { id: number; title: string }, score: number) =>
      `- ${offering.title} — a ${score}% fit for ${bank.name}: https://mitradesa.test/en/offerings/${globalIdOf('Offering', offering.id)}`;
    expect(officer.text).toContain(lineOf(open, 64));
    expect(officer.text!.indexOf(lineOf(better, 88))).toBeLessThan(officer.text!.indexOf(lineOf(open, 64)));
    expect(officer.text).not.toContain(closed.title);
    const admin = mailTo(DEMO.bankAdmin)!;
    expect(admin.subject).toBe('Ringkasan harian: 2 kecocokan baru');
    expect(admin.text).toContain(`- ${open.title} — cocok 64% untuk ${bank.name}`);
    expect(admin.html).toContain('<h3');

    // The cooperative's chair hears of the program, not of what an earlier digest told.
    const chair = mailTo(DEMO.ketua)!;
    expect(chair.text).toContain(
      `- ${program.name} — cocok 81% untuk ${cooperative.name}: https://mitradesa.test/programs/${globalIdOf('Program', program.id)}`,
    );
    expect(chair.text).not.toContain('Sudah dikabarkan');
    // A buyer of another partner hears of none of them.
    expect(mailTo(DEMO.buyer)).toBeUndefined();
    expect(await round(tomorrow)).toBe(0);
  } finally {
    await knex('offering').where({ id: closed.id }).update({ status: 'PUBLISHED' });
    await knex('listing_match').delete();
  }
});

test('without SMTP_URL, outside production, mails go to the development sink at GET /dev/emails', async () => {
  const development = await startTestServer();
  try {
    expect(development.services.mailer.kind).toBe('development sink');
    const knex = development.orm.em.getKnex();
    await knex('notification').whereNull('emailed_at').update({ emailed_at: knex.fn.now() });
    await knex('notification').insert({
      recipient_id: (await knex('app_user').where({ email: DEMO.ketua }).first('id')).id,
      kind: 'PROPOSAL_YOUR_TURN',
      subject_type: 'PROPOSAL',
      subject_id: 9,
      subject_label: 'Pasokan gabah',
    });
    await sendDueEmails(knex, development.services.mailer, settings, log);
    const sink = (await (await fetch(`${development.url}/dev/emails`)).json()) as {
      emails: { to: string; subject: string }[];
    };
    expect(sink.emails).toContainEqual(
      expect.objectContaining({ to: DEMO.ketua, subject: 'Giliran Anda: Pasokan gabah' }),
    );
    // The SMTP server of the other tests got nothing.
    expect(take()).toEqual([]);
  } finally {
    await development.close();
  }
  // With SMTP configured there is no sink to read.
  expect((await fetch(`${server.url}/dev/emails`)).status).toBe(404);
});

test('in production unsubscribe links are signed with EMAIL_LINK_SECRET: SMTP without it does not start, and without mail no link verifies', () => {
  expect(() => loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.id:587' })).toThrow(
    /EMAIL_LINK_SECRET \(32 characters or more\) must be set when SMTP_URL is/,
  );
  const secret = (env: Record<string, string>) => loadConfig(env).email.linkSecret;
  // The development value, which anyone can read, signs nothing in production.
  const development = secret({ NODE_ENV: 'development' });
  const production = secret({ NODE_ENV: 'production' });
  expect(production).not.toBe(development);
  expect(secret({ NODE_ENV: 'production' })).not.toBe(production);
  expect(
    readUnsubscribeToken(production, unsubscribeToken(development, 1, EmailKind.DAILY_DIGEST)),
  ).toBeNull();
  expect(secret({ NODE_ENV: 'production', EMAIL_LINK_SECRET: LINK_SECRET })).toBe(LINK_SECRET);
});
