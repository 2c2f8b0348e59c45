import { startTestServer, type TestServer } from './support/test-server';
import { DEMO, loadFixture, type Fixture } from './authorization/fixture';
import { globalIdOf } from './support/ids';
import { MailSink } from '../src/modules/email/mailer';
import { newToken, tokenHash } from '../src/modules/account/credentials';

/**
 * An organisation's admins manage its people: invite by email (the link mailed and given once),
 * resend, cancel, accept (new account or existing one), change roles, remove; the last admin
 * stays; every change is recorded. Who else is refused is in the authorization matrix.
 */
let server: TestServer;
let fixture: Fixture;
const tokens = new Map<string, string>();
beforeAll(async () => {
  server = await startTestServer();
  fixture = await loadFixture(server.orm.em.getKnex());
});
afterAll(() => server.close());

const knex = () => server.orm.em.getKnex();
const sink = () => server.services.mailer as MailSink;
async function tokenOf(email: string): Promise<string> {
  if (!tokens.has(email)) tokens.set(email, await server.signIn(email));
  return tokens.get(email)!;
}

const ERRORS = 'userErrors { code field message } errors { code }';
const INVITE = `mutation ($input: InviteTeamMemberInput!) {
  inviteTeamMember(input: $input) {
    invitation { id email name role expiresAt isExpired mailedAt invitedByName }
    invitationUrl isMailed ${ERRORS}
  }
}`;
const RESEND = `mutation ($input: TeamInvitationInput!) {
  resendTeamInvitation(input: $input) { invitation { id expiresAt } invitationUrl isMailed ${ERRORS} }
}`;
const CANCEL = `mutation ($input: TeamInvitationInput!) {
  cancelTeamInvitation(input: $input) { invitation { id cancelledAt } ${ERRORS} }
}`;
const ACCEPT = `mutation ($input: AcceptTeamInvitationInput!) {
  acceptTeamInvitation(input: $input) { organisationId organisationKind isNewAccount ${ERRORS} }
}`;
const PREVIEW = `query ($token: String!) {
  teamInvitation(token: $token) { organisationName organisationKind email name role invitedByName status hasAccount }
}`;
const TEAM = `query ($id: ID!) {
  team(organisationId: $id) {
    organisationId organisationKind organisationName isManagedByViewer roles adminRole
    members { id name email role isViewer }
    invitations { id email role }
    events(last: 50) { kind email role previousRole actorName }
  }
}`;
const CHANGE_ROLE = `mutation ($input: ChangeTeamMemberRoleInput!) {
  changeTeamMemberRole(input: $input) { member { id role email } ${ERRORS} }
}`;
const REMOVE = `mutation ($input: RemoveTeamMemberInput!) {
  removeTeamMember(input: $input) { removedMemberId ${ERRORS} }
}`;

interface Payload {
  userErrors: { code: string; field: string[] | null; message: string }[];
  errors: { code: string }[];
}
type Invited = Payload & {
  invitation: {
    id: string;
    email: string;
    role: string;
    mailedAt: string | null;
    invitedByName: string;
  } | null;
  invitationUrl: string | null;
  isMailed: boolean;
};
interface TeamResult {
  organisationId: string;
  organisationKind: string;
  organisationName: string;
  isManagedByViewer: boolean;
  roles: string[];
  adminRole: string;
  members: { id: string; name: string; email: string; role: string; isViewer: boolean }[];
  invitations: { id: string; email: string; role: string }[];
  events: {
    kind: string;
    email: string;
    role: string;
    previousRole: string | null;
    actorName: string | null;
  }[];
}

const cooperativeId = () => globalIdOf('Cooperative', fixture.demoCooperativeId);
const bankId = () => globalIdOf('Partner', fixture.bankId);
const buyerId = () => globalIdOf('Partner', fixture.buyerId);
const uniqueEmail = (who: string) =>
  `${who.toLowerCase()}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.id`;
const tokenOfUrl = (url: string) => new URL(url).searchParams.get('token')!;

async function invite(as: string, input: Record<string, unknown>): Promise<Invited> {
  const response = await server.graphql<{ inviteTeamMember: Invited }>(
    INVITE,
    { input },
    { token: await tokenOf(as) },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.inviteTeamMember;
}

async function team(as: string, organisationId: string): Promise<TeamResult | null> {
  const response = await server.graphql<{ team: TeamResult | null }>(
    TEAM,
    { id: organisationId },
    { token: await tokenOf(as) },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.team;
}

async function accept(input: Record<string, unknown>, token?: string) {
  const response = await server.graphql<{
    acceptTeamInvitation: Payload & {
      organisationId: string | null;
      organisationKind: string | null;
      isNewAccount: boolean;
    };
  }>(ACCEPT, { input }, token ? { token } : {});
  expect(response.errors).toBeUndefined();
  return { payload: response.data!.acceptTeamInvitation, headers: response.headers };
}

describe('inviting', () => {
  test('the ketua invites a new person: the link is mailed in both languages, given once, and recorded', async () => {
    const email = uniqueEmail('Siti');
    const result = await invite(DEMO.ketua, {
      organisationId: cooperativeId(),
      email: email.toUpperCase(),
      name: 'Siti Aminah',
      role: 'STAFF',
    });
    expect(result.userErrors).toEqual([]);
    expect(result.invitation).toMatchObject({ email, role: 'STAFF', invitedByName: expect.any(String) });
    expect(result.isMailed).toBe(true);
    expect(result.invitation!.mailedAt).not.toBeNull();
    expect(result.invitationUrl).toMatch(/^http:\/\/localhost:3000\/invitation\?token=mdi_[\w-]{43}$/);
    // Only the token's hash is stored.
    const stored = await knex()('team_invitation').where({ email }).first();
    expect(stored.token_hash).toBe(tokenHash(tokenOfUrl(result.invitationUrl!)));
    expect(JSON.stringify(stored)).not.toContain(tokenOfUrl(result.invitationUrl!));

    const mail = sink()
      .latest()
      .find((sent) => sent.to === email)!;
    expect(mail.subject).toContain('Undangan bergabung');
    expect(mail.text).toContain(result.invitationUrl!);
    expect(mail.text).toMatch(/mengundang Anda bergabung dengan .* sebagai staf/);
    expect(mail.text).toMatch(/invites you to join .* as staff/);
    expect(mail.html).toContain('href="' + result.invitationUrl!.replace(/&/g, '&amp;') + '"');
    expect(mail.unsubscribeUrl).toBeUndefined();

    const seen = (await team(DEMO.ketua, cooperativeId()))!;
    expect(seen.invitations).toContainEqual(expect.objectContaining({ email, role: 'STAFF' }));
    expect(seen.events[0]).toMatchObject({ kind: 'MEMBER_INVITED', email, role: 'STAFF' });
  });

  test('refuses a role the organisation does not have, a member, and a second open invitation', async () => {
    const wrongRole = await invite(DEMO.ketua, {
      organisationId: cooperativeId(),
      email: uniqueEmail('x'),
      role: 'PARTNER_ADMIN',
    });
    expect(wrongRole.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'role'] }),
    ]);
    expect(wrongRole.invitation).toBeNull();

    const member = await invite(DEMO.ketua, {
      organisationId: cooperativeId(),
      email: DEMO.pengurus,
      role: 'STAFF',
    });
    expect(member.userErrors).toEqual([
      expect.objectContaining({ code: 'DUPLICATE', field: ['input', 'email'] }),
    ]);

    const email = uniqueEmail('dua');
    expect(
      (await invite(DEMO.ketua, { organisationId: cooperativeId(), email, role: 'STAFF' })).userErrors,
    ).toEqual([]);
    const again = await invite(DEMO.ketua, { organisationId: cooperativeId(), email, role: 'PENGURUS' });
    expect(again.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE' })]);
    expect(await knex()('team_invitation').where({ email }).count({ n: '*' }).first()).toEqual({ n: '1' });

    const badEmail = await invite(DEMO.ketua, {
      organisationId: cooperativeId(),
      email: 'not an email',
      role: 'STAFF',
    });
    expect(badEmail.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'email'] }),
    ]);
  });

  test('inviting into another organisation is FORBIDDEN and stores nothing', async () => {
    const before = await knex()('team_invitation').count({ n: '*' }).first();
    const response = await server.graphql(
      INVITE,
      {
        input: {
          organisationId: globalIdOf('Cooperative', fixture.otherCooperativeId),
          email: uniqueEmail('y'),
          role: 'STAFF',
        },
      },
      { token: await tokenOf(DEMO.ketua) },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await knex()('team_invitation').count({ n: '*' }).first()).toEqual(before);
  });

  test('an ID that is neither a cooperative nor a partner is BAD_USER_INPUT', async () => {
    const response = await server.graphql(
      INVITE,
      { input: { organisationId: globalIdOf('Offering', 1), email: uniqueEmail('z'), role: 'STAFF' } },
      { token: await tokenOf(DEMO.ketua) },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('accepting', () => {
  test('a new person sees what the link offers, sets a password, is signed in and is a member', async () => {
    const email = uniqueEmail('petugas');
    const { invitationUrl } = await invite(DEMO.bankAdmin, {
      organisationId: bankId(),
      email,
      name: 'Petugas Baru',
      role: 'PARTNER_OFFICER',
    });
    const token = tokenOfUrl(invitationUrl!);

    const preview = await server.graphql<{ teamInvitation: Record<string, unknown> }>(PREVIEW, { token });
    expect(preview.data!.teamInvitation).toMatchObject({
      organisationKind: 'PARTNER',
      email,
      name: 'Petugas Baru',
      role: 'PARTNER_OFFICER',
      status: 'OPEN',
      hasAccount: false,
    });

    const weak = await accept({ token, password: 'short' });
    expect(weak.payload.userErrors[0]).toMatchObject({
      code: 'PASSWORD_TOO_SHORT',
      field: ['input', 'password'],
    });
    expect(weak.payload.errors[0]).toEqual({ code: 'PASSWORD_TOO_SHORT' });
    expect(await knex()('app_user').where({ email }).first()).toBeUndefined();

    const { payload, headers } = await accept({ token, password: 'kopi-sanggau-2026', locale: 'EN' });
    expect(payload).toMatchObject({
      userErrors: [],
      organisationId: bankId(),
      organisationKind: 'PARTNER',
      isNewAccount: true,
    });
    const cookie = headers.get('set-cookie')!;
    expect(cookie).toMatch(/^mitradesa_session=mds_/);
    const session = cookie.split(';')[0]!;

    const viewer = await server.graphql<{
      viewer: { user: { name: string; locale: string }; memberships: { role: string }[] };
    }>('{ viewer { user { name locale } memberships { role } } }', {}, { cookie: session });
    expect(viewer.data!.viewer).toEqual({
      user: { name: 'Petugas Baru', locale: 'EN' },
      memberships: [{ role: 'PARTNER_OFFICER' }],
    });
    // The new member sees the team, but manages nothing.
    const asNewMember = await server.graphql<{ team: TeamResult }>(
      TEAM,
      { id: bankId() },
      { cookie: session },
    );
    expect(asNewMember.data!.team).toMatchObject({ isManagedByViewer: false, invitations: [], events: [] });
    expect(asNewMember.data!.team.members).toContainEqual(expect.objectContaining({ email, isViewer: true }));

    const seen = (await team(DEMO.bankAdmin, bankId()))!;
    expect(seen.invitations.map((invitation) => invitation.email)).not.toContain(email);
    expect(seen.events[0]).toMatchObject({ kind: 'INVITATION_ACCEPTED', email, actorName: 'Petugas Baru' });

    // The link is used up.
    expect((await accept({ token, password: 'kopi-sanggau-2026' })).payload.userErrors[0]!.code).toBe(
      'INVALID_TRANSITION',
    );
    expect(
      (await server.graphql<{ teamInvitation: { status: string } }>(PREVIEW, { token })).data!.teamInvitation
        .status,
    ).toBe('ACCEPTED');
  });

  test('an address with an account accepts only signed in as it, and keeps its password', async () => {
    const { invitationUrl } = await invite(DEMO.ketua, {
      organisationId: cooperativeId(),
      email: DEMO.otherKetua,
      role: 'PENGURUS',
    });
    const token = tokenOfUrl(invitationUrl!);
    expect(
      (await server.graphql<{ teamInvitation: { hasAccount: boolean } }>(PREVIEW, { token })).data!
        .teamInvitation.hasAccount,
    ).toBe(true);

    const anonymous = await accept({ token, name: 'Someone', password: 'a-new-password-123' });
    expect(anonymous.payload.errors).toEqual([{ code: 'INVITEE_MUST_SIGN_IN' }]);
    const someoneElse = await accept({ token }, await tokenOf(DEMO.bankOfficer));
    expect(someoneElse.payload.errors).toEqual([{ code: 'INVITEE_MUST_SIGN_IN' }]);

    const hashBefore = await knex()('app_user').where({ email: DEMO.otherKetua }).first('password_hash');
    const accepted = await accept({ token }, await tokenOf(DEMO.otherKetua));
    expect(accepted.payload).toMatchObject({
      userErrors: [],
      isNewAccount: false,
      organisationKind: 'COOPERATIVE',
    });
    expect(accepted.headers.get('set-cookie')).toBeNull();
    expect(await knex()('app_user').where({ email: DEMO.otherKetua }).first('password_hash')).toEqual(
      hashBefore,
    );
    const roles = await knex()('membership as m')
      .join('app_user as u', 'u.id', 'm.user_id')
      .where('u.email', DEMO.otherKetua)
      .orderBy('m.role')
      .select('m.role', 'm.cooperative_id');
    expect(roles).toEqual([
      { role: 'KETUA', cooperative_id: fixture.otherCooperativeId },
      { role: 'PENGURUS', cooperative_id: fixture.demoCooperativeId },
    ]);
  });

  test('an expired link is refused with INVITATION_EXPIRED; a resent one works and voids the old', async () => {
    const email = uniqueEmail('lambat');
    const first = await invite(DEMO.ketua, { organisationId: cooperativeId(), email, role: 'STAFF' });
    const oldToken = tokenOfUrl(first.invitationUrl!);
    await knex()('team_invitation')
      .where({ email })
      .update({ expires_at: knex().raw("now() - interval '1 minute'") });
    expect(
      (await server.graphql<{ teamInvitation: { status: string } }>(PREVIEW, { token: oldToken })).data!
        .teamInvitation.status,
    ).toBe('EXPIRED');
    const expired = await accept({ token: oldToken, name: 'Lambat', password: 'kopi-sanggau-2026' });
    expect(expired.payload.errors).toEqual([{ code: 'INVITATION_EXPIRED' }]);

    const resent = await server.graphql<{ resendTeamInvitation: Invited }>(
      RESEND,
      { input: { id: first.invitation!.id } },
      { token: await tokenOf(DEMO.ketua) },
    );
    const newUrl = resent.data!.resendTeamInvitation.invitationUrl!;
    expect(resent.data!.resendTeamInvitation).toMatchObject({ userErrors: [], isMailed: true });
    expect(newUrl).not.toBe(first.invitationUrl);
    expect(sink().latest()[0]).toMatchObject({ to: email });
    expect(sink().latest()[0]!.text).toContain(newUrl);

    expect((await server.graphql(PREVIEW, { token: oldToken })).data).toEqual({ teamInvitation: null });
    expect(
      (await accept({ token: oldToken, name: 'Lambat', password: 'kopi-sanggau-2026' })).payload.errors,
    ).toEqual([{ code: 'NOT_FOUND' }]);
    expect(
      (await accept({ token: tokenOfUrl(newUrl), name: 'Lambat', password: 'kopi-sanggau-2026' })).payload
        .userErrors,
    ).toEqual([]);
    const kinds = (await team(DEMO.ketua, cooperativeId()))!.events
      .filter((event) => event.email === email)
      .map((event) => event.kind);
    expect(kinds).toEqual(['INVITATION_ACCEPTED', 'INVITATION_RESENT', 'MEMBER_INVITED']);
  });

  test('a deactivated account cannot be invited; deactivated after its invitation, it can neither be resent nor accept', async () => {
    const email = uniqueEmail('nonaktif');
    const first = await invite(DEMO.ketua, { organisationId: cooperativeId(), email, role: 'STAFF' });
    const joined = await accept({
      token: tokenOfUrl(first.invitationUrl!),
      name: 'Nonaktif',
      password: 'a-new-password-123',
    });
    expect(joined.payload.userErrors).toEqual([]);
    const pending = await invite(DEMO.bankAdmin, {
      organisationId: bankId(),
      email,
      role: 'PARTNER_OFFICER',
    });
    expect(pending.userErrors).toEqual([]);

    await knex()('app_user').where({ email }).update({ is_active: false });
    const refused = await invite(DEMO.otherKetua, {
      organisationId: globalIdOf('Cooperative', fixture.otherCooperativeId),
      email,
      role: 'STAFF',
    });
    expect(refused.userErrors).toEqual([
      expect.objectContaining({ code: 'INVITEE_DEACTIVATED', field: ['input', 'email'] }),
    ]);
    expect(refused.errors).toEqual([{ code: 'INVITEE_DEACTIVATED' }]);
    expect(refused.invitation).toBeNull();

    const resent = await server.graphql<{ resendTeamInvitation: Payload & { invitationUrl: string | null } }>(
      RESEND,
      { input: { id: pending.invitation!.id } },
      { token: await tokenOf(DEMO.bankAdmin) },
    );
    expect(resent.data!.resendTeamInvitation.errors).toEqual([{ code: 'INVITEE_DEACTIVATED' }]);
    expect(resent.data!.resendTeamInvitation.invitationUrl).toBeNull();
    const acceptedLate = await accept({ token: tokenOfUrl(pending.invitationUrl!) });
    expect(acceptedLate.payload.errors).toEqual([{ code: 'INVITEE_DEACTIVATED' }]);
    const memberships = await knex()('membership as m')
      .join('app_user as u', 'u.id', 'm.user_id')
      .where('u.email', email)
      .select('m.role');
    expect(memberships).toEqual([{ role: 'STAFF' }]);
    expect(
      await knex()('team_invitation').where({ email }).whereNull('accepted_at').count({ n: '*' }).first(),
    ).toEqual({
      n: '1',
    });
  });

  test('a cancelled invitation cannot be accepted, resent or cancelled again', async () => {
    const email = uniqueEmail('batal');
    const { invitation, invitationUrl } = await invite(DEMO.bankAdmin, {
      organisationId: bankId(),
      email,
      role: 'PARTNER_ADMIN',
    });
    const cancelled = await server.graphql<{
      cancelTeamInvitation: Payload & { invitation: { cancelledAt: string } | null };
    }>(CANCEL, { input: { id: invitation!.id } }, { token: await tokenOf(DEMO.bankAdmin) });
    expect(cancelled.data!.cancelTeamInvitation.userErrors).toEqual([]);
    expect(cancelled.data!.cancelTeamInvitation.invitation!.cancelledAt).not.toBeNull();
    expect(
      (await accept({ token: tokenOfUrl(invitationUrl!), name: 'Batal', password: 'kopi-sanggau-2026' }))
        .payload.errors,
    ).toEqual([{ code: 'NOT_FOUND' }]);
    for (const document of [RESEND, CANCEL]) {
      const again = await server.graphql<Record<string, Payload>>(
        document,
        { input: { id: invitation!.id } },
        { token: await tokenOf(DEMO.bankAdmin) },
      );
      expect(Object.values(again.data!)[0]!.userErrors[0]!.code).toBe('INVALID_TRANSITION');
    }
    expect((await team(DEMO.bankAdmin, bankId()))!.invitations.map((open) => open.email)).not.toContain(
      email,
    );
  });

  test('a malformed or unknown token reads as no invitation', async () => {
    expect((await server.graphql(PREVIEW, { token: 'nonsense' })).data).toEqual({ teamInvitation: null });
    expect((await server.graphql(PREVIEW, { token: newToken('invitation').token })).data).toEqual({
      teamInvitation: null,
    });
    expect(
      (await accept({ token: 'nonsense', name: 'X', password: 'kopi-sanggau-2026' })).payload.errors,
    ).toEqual([{ code: 'NOT_FOUND' }]);
  });
});

describe('roles and removal', () => {
  /** A fresh member of the demo cooperative in `role`, through an accepted invitation. */
  async function newCooperativeMember(role: string): Promise<{ email: string; memberId: string }> {
    const email = uniqueEmail('anggota');
    const { invitationUrl } = await invite(DEMO.ketua, {
      organisationId: cooperativeId(),
      email,
      name: 'Anggota Baru',
      role,
    });
    await accept({ token: tokenOfUrl(invitationUrl!), password: 'kopi-sanggau-2026' });
    const member = (await team(DEMO.ketua, cooperativeId()))!.members.find((each) => each.email === email)!;
    return { email, memberId: member.id };
  }

  const changeRole = async (as: string, id: string, role: string) =>
    (
      await server.graphql<{ changeTeamMemberRole: Payload & { member: { role: string } | null } }>(
        CHANGE_ROLE,
        { input: { id, role } },
        { token: await tokenOf(as) },
      )
    ).data!.changeTeamMemberRole;
  const remove = async (as: string, id: string) =>
    (
      await server.graphql<{ removeTeamMember: Payload & { removedMemberId: string | null } }>(
        REMOVE,
        { input: { id } },
        { token: await tokenOf(as) },
      )
    ).data!.removeTeamMember;

  test('the ketua changes a role (recorded with the role before); a role of partners is INVALID', async () => {
    const { email, memberId } = await newCooperativeMember('STAFF');
    expect(await changeRole(DEMO.ketua, memberId, 'PENGURUS')).toMatchObject({
      userErrors: [],
      member: { role: 'PENGURUS' },
    });
    expect((await team(DEMO.ketua, cooperativeId()))!.events[0]).toMatchObject({
      kind: 'ROLE_CHANGED',
      email,
      role: 'PENGURUS',
      previousRole: 'STAFF',
    });
    const invalid = await changeRole(DEMO.ketua, memberId, 'PARTNER_OFFICER');
    expect(invalid.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'role'] }),
    ]);
  });

  test('the last ketua can neither step down nor be removed; with a second one, they can', async () => {
    const ketua = (await team(DEMO.ketua, cooperativeId()))!.members.find((member) => member.isViewer)!;
    expect(ketua.role).toBe('KETUA');
    const before = await knex()('membership')
      .where('cooperative_id', fixture.demoCooperativeId)
      .orderBy('id')
      .select('id', 'role');
    const stepDown = await changeRole(DEMO.ketua, ketua.id, 'PENGURUS');
    expect(stepDown.errors).toEqual([{ code: 'LAST_ADMIN' }]);
    expect(stepDown.userErrors[0]!.message).toMatch(/last KETUA/);
    expect((await remove(DEMO.ketua, ketua.id)).errors).toEqual([{ code: 'LAST_ADMIN' }]);
    expect(
      await knex()('membership')
        .where('cooperative_id', fixture.demoCooperativeId)
        .orderBy('id')
        .select('id', 'role'),
    ).toEqual(before);

    const { memberId: successor } = await newCooperativeMember('STAFF');
    expect((await changeRole(DEMO.ketua, successor, 'KETUA')).userErrors).toEqual([]);
    expect((await changeRole(DEMO.ketua, ketua.id, 'PENGURUS')).userErrors).toEqual([]);
    // Now a pengurus, the former ketua manages nobody; the role back comes from the new ketua.
    tokens.delete(DEMO.ketua);
    expect((await team(DEMO.ketua, cooperativeId()))!.isManagedByViewer).toBe(false);
    expect((await changeRole(DEMO.admin, ketua.id, 'KETUA')).userErrors).toEqual([]);
    tokens.delete(DEMO.ketua);
    expect((await remove(DEMO.ketua, successor)).userErrors).toEqual([]);
  });

  test('a removed member loses the organisation at once; the removal is recorded', async () => {
    const { email, memberId } = await newCooperativeMember('STAFF');
    const memberSession = await server.signIn(email, 'kopi-sanggau-2026');
    expect(await team(DEMO.ketua, cooperativeId())).not.toBeNull();
    const removed = await remove(DEMO.ketua, memberId);
    expect(removed).toMatchObject({ userErrors: [], removedMemberId: memberId });
    const viewer = await server.graphql<{ viewer: { memberships: unknown[] } }>(
      '{ viewer { memberships { role } } }',
      {},
      { token: memberSession },
    );
    expect(viewer.data!.viewer.memberships).toEqual([]);
    const asRemoved = await server.graphql<{ team: unknown }>(
      TEAM,
      { id: cooperativeId() },
      { token: memberSession },
    );
    expect(asRemoved.data!.team).toBeNull();
    expect((await team(DEMO.ketua, cooperativeId()))!.events[0]).toMatchObject({
      kind: 'MEMBER_REMOVED',
      email,
      role: 'STAFF',
    });
    expect((await remove(DEMO.ketua, memberId)).errors).toEqual([{ code: 'NOT_FOUND' }]);
  });

  test('two partner admins removing each other at once: one goes, the partner keeps an admin', async () => {
    const email = uniqueEmail('admin2');
    const { invitationUrl } = await invite(DEMO.buyer, {
      organisationId: buyerId(),
      email,
      name: 'Admin Dua',
      role: 'PARTNER_ADMIN',
    });
    await accept({ token: tokenOfUrl(invitationUrl!), password: 'kopi-sanggau-2026' });
    const secondAdmin = await server.signIn(email, 'kopi-sanggau-2026');
    const members = (await team(DEMO.buyer, buyerId()))!.members;
    const first = members.find((member) => member.email === DEMO.buyer)!;
    const second = members.find((member) => member.email === email)!;

    const results = await Promise.all([
      server.graphql<{ removeTeamMember: Payload }>(
        REMOVE,
        { input: { id: second.id } },
        { token: await tokenOf(DEMO.buyer) },
      ),
      server.graphql<{ removeTeamMember: Payload }>(
        REMOVE,
        { input: { id: first.id } },
        { token: secondAdmin },
      ),
    ]);
    const outcomes = results
      .map(
        (result) =>
          result.data?.removeTeamMember.errors[0]?.code ?? result.errors?.[0]?.extensions?.code ?? 'REMOVED',
      )
      .sort();
    // The loser's removal is refused: as the last admin, or because the remover is no longer one.
    expect(outcomes[1]).toBe('REMOVED');
    expect(['FORBIDDEN', 'LAST_ADMIN', 'NOT_FOUND']).toContain(outcomes[0]);
    const admins = await knex()('membership')
      .where({ partner_id: fixture.buyerId, role: 'PARTNER_ADMIN' })
      .count({ n: '*' })
      .first();
    expect(admins).toEqual({ n: '1' });
    // The demo buyer's admin stays for the tests after this one, whoever won.
    const buyer = await knex()('app_user').where('email', DEMO.buyer).first('id');
    await knex()('membership')
      .insert({ user_id: buyer.id, role: 'PARTNER_ADMIN', partner_id: fixture.buyerId })
      .onConflict()
      .ignore();
    tokens.delete(DEMO.buyer);
  });

  test('a partner API token, even read-and-write, manages nobody', async () => {
    const admin = await knex()('app_user').where('email', DEMO.bankAdmin).first('id');
    const { token, hash } = newToken('apiToken');
    await knex()('api_token').insert({
      partner_id: fixture.bankId,
      created_by_id: admin.id,
      name: 'HR system',
      scope: 'READ_WRITE',
      token_hash: hash,
    });
    const response = await server.graphql(
      INVITE,
      { input: { organisationId: bankId(), email: uniqueEmail('api'), role: 'PARTNER_OFFICER' } },
      { token },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('reading the team', () => {
  test('members see each other; only admins see invitations and the record; outsiders see nothing', async () => {
    const asPengurus = (await team(DEMO.pengurus, cooperativeId()))!;
    expect(asPengurus).toMatchObject({
      organisationKind: 'COOPERATIVE',
      isManagedByViewer: false,
      roles: ['KETUA', 'PENGURUS', 'STAFF'],
      adminRole: 'KETUA',
      invitations: [],
      events: [],
    });
    expect(asPengurus.members[0]!.role).toBe('KETUA');
    expect(asPengurus.members.map((member) => member.email)).toEqual(
      expect.arrayContaining([DEMO.ketua, DEMO.pengurus, DEMO.staff]),
    );
    expect(await team(DEMO.bankAdmin, cooperativeId())).toBeNull();
    expect(await team(DEMO.mentor, cooperativeId())).toBeNull();
    const asAdmin = (await team(DEMO.admin, cooperativeId()))!;
    expect(asAdmin.isManagedByViewer).toBe(true);
    expect(asAdmin.events.length).toBeGreaterThan(0);
  });

  test('the team costs the same statements whatever its size', async () => {
    const read = async () =>
      (await server.graphql(TEAM, { id: bankId() }, { token: await tokenOf(DEMO.bankAdmin) })).sqlStatements;
    const small = await read();
    for (let index = 0; index < 3; index += 1) {
      await invite(DEMO.bankAdmin, {
        organisationId: bankId(),
        email: uniqueEmail('banyak'),
        role: 'PARTNER_OFFICER',
      });
    }
    expect(await read()).toBe(small);
    expect(small).toBeLessThanOrEqual(5);
  });
});
