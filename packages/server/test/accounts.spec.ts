import { startTestServer, type TestServer } from './support/test-server';
import { DEMO } from './authorization/fixture';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-users';
import { tokenHash } from '../src/modules/account/credentials';
import { globalIdOf } from './support/ids';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const knex = () => server.orm.em.getKnex();

const SIGN_IN = `mutation ($input: SignInInput!) {
  signIn(input: $input) {
    token expiresAt
    viewer { user { email name locale } memberships { role } roles isApiToken }
    userErrors { code message field }
  }
}`;
const VIEWER = '{ viewer { user { email } roles memberships { role } } }';

type SignInResult = {
  signIn: {
    token: string | null;
    expiresAt: string | null;
    viewer: {
      user: { email: string };
      memberships: { role: string }[];
      roles: string[];
      isApiToken: boolean;
    } | null;
    userErrors: { code: string; message: string; field: string[] | null }[];
  };
};

describe('signIn', () => {
  test('opens a session: token, httpOnly SameSite=Lax cookie, viewer with memberships', async () => {
    const response = await server.graphql<SignInResult>(SIGN_IN, {
      input: { email: ' KETUA@demo.mitradesa.id ', password: DEMO_PASSWORD },
    });
    const result = response.data!.signIn;
    expect(result.userErrors).toEqual([]);
    expect(result.token).toMatch(/^mds_[\w-]{43}$/);
    expect(result.viewer).toMatchObject({
      user: { email: DEMO.ketua },
      memberships: [{ role: 'KETUA' }],
      roles: ['SIGNED_IN', 'COOPERATIVE'],
      isApiToken: false,
    });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(new RegExp(`^mitradesa_session=${result.token};`));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // only in production
    // Only the hash is stored.
    const stored = await knex()('session').where('token_hash', tokenHash(result.token!)).first();
    expect(stored).toBeDefined();
    expect(JSON.stringify(await knex()('session').select('*'))).not.toContain(result.token);
  });

  test('the token works as a bearer token and as the cookie', async () => {
    const token = await server.signIn(DEMO.bankOfficer);
    for (const options of [{ token }, { cookie: `mitradesa_session=${token}` }]) {
      const response = await server.graphql<{ viewer: { user: { email: string }; roles: string[] } }>(
        VIEWER,
        {},
        options,
      );
      expect(response.data!.viewer.user.email).toBe(DEMO.bankOfficer);
      expect(response.data!.viewer.roles).toEqual(['SIGNED_IN', 'PARTNER']);
    }
  });

  test('a wrong password and an unknown email fail alike, without saying which', async () => {
    const wrongPassword = await server.graphql<SignInResult>(SIGN_IN, {
      input: { email: DEMO.staff, password: 'wrong-password' },
    });
    const unknownEmail = await server.graphql<SignInResult>(SIGN_IN, {
      input: { email: 'nobody@demo.mitradesa.id', password: 'wrong-password' },
    });
    expect(wrongPassword.data!.signIn).toEqual(unknownEmail.data!.signIn);
    expect(wrongPassword.data!.signIn).toMatchObject({
      token: null,
      viewer: null,
      userErrors: [{ code: 'INVALID_CREDENTIALS', message: 'The email or password is incorrect.' }],
    });
    expect(wrongPassword.headers.get('set-cookie')).toBeNull();
  });
});

describe('sessions', () => {
  test('signOut revokes the session and clears the cookie; the token is refused afterwards', async () => {
    const token = await server.signIn(DEMO.pengurus);
    const signOut = await server.graphql<{ signOut: { isSignedOut: boolean } }>(
      'mutation { signOut { isSignedOut } }',
      {},
      { token },
    );
    expect(signOut.data!.signOut.isSignedOut).toBe(true);
    expect(signOut.headers.get('set-cookie')).toMatch(/mitradesa_session=;.*Expires=Thu, 01 Jan 1970/i);
    const after = await server.graphql<{ viewer: null }>(VIEWER, {}, { token });
    expect(after.data!.viewer).toBeNull();
    const mutation = await server.graphql('mutation { signOut { isSignedOut } }', {}, { token });
    expect(mutation.errors?.[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringMatching(/expired or was signed out/),
    });
  });

  test('an expired session is refused', async () => {
    const token = await server.signIn(DEMO.mentor);
    await knex()('session')
      .where('token_hash', tokenHash(token))
      .update({ expires_at: new Date(Date.now() - 1000) });
    expect((await server.graphql<{ viewer: null }>(VIEWER, {}, { token })).data!.viewer).toBeNull();
  });

  test('a deactivated user is signed out everywhere', async () => {
    const token = await server.signIn(DEMO.dinasSanggau);
    await knex()('app_user').where('email', DEMO.dinasSanggau).update({ is_active: false });
    expect((await server.graphql<{ viewer: null }>(VIEWER, {}, { token })).data!.viewer).toBeNull();
    const again = await server.graphql<SignInResult>(SIGN_IN, {
      input: { email: DEMO.dinasSanggau, password: DEMO_PASSWORD },
    });
    expect(again.data!.signIn.userErrors[0].code).toBe('INVALID_CREDENTIALS');
  });

  test('anonymous viewer is null', async () => {
    expect((await server.graphql<{ viewer: null }>(VIEWER)).data!.viewer).toBeNull();
  });

  test('memberships name their organisation: the cooperative of an officer, the partner of staff', async () => {
    const query = '{ viewer { memberships { role cooperative { id name } partner { id name } } } }';
    type Memberships = {
      viewer: {
        memberships: {
          role: string;
          cooperative: { id: string; name: string } | null;
          partner: { id: string; name: string } | null;
        }[];
      };
    };
    const ketua = await server.graphql<Memberships>(query, {}, { token: await server.signIn(DEMO.ketua) });
    const [cooperativeId] = await knex()('membership as m')
      .join('app_user as u', 'u.id', 'm.user_id')
      .where('u.email', DEMO.ketua)
      .pluck('m.cooperative_id');
    const cooperative = await knex()('cooperative').where('id', cooperativeId).first();
    expect(ketua.data!.viewer.memberships).toEqual([
      {
        role: 'KETUA',
        cooperative: { id: expect.any(String), name: cooperative.name },
        partner: null,
      },
    ]);
    const bank = await server.graphql<Memberships>(
      query,
      {},
      { token: await server.signIn(DEMO.bankOfficer) },
    );
    expect(bank.data!.viewer.memberships).toEqual([
      {
        role: 'PARTNER_OFFICER',
        cooperative: null,
        partner: { id: expect.any(String), name: expect.stringContaining('(BRI)') },
      },
    ]);
  });
});

describe('API tokens', () => {
  const CREATE = `mutation ($input: CreateApiTokenInput!) {
    createApiToken(input: $input) { token apiToken { id name revokedAt } userErrors { code } }
  }`;

  async function createToken(name: string) {
    const admin = await server.signIn(DEMO.bankAdmin);
    const partner = await knex()('membership as m')
      .join('app_user as u', 'u.id', 'm.user_id')
      .where('u.email', DEMO.bankAdmin)
      .first('m.partner_id');
    const partnerId = Buffer.from(`Partner:${partner.partner_id}`).toString('base64url');
    const response = await server.graphql<{
      createApiToken: { token: string; apiToken: { id: string; name: string; revokedAt: null } };
    }>(CREATE, { input: { partnerId, name } }, { token: admin });
    return { admin, ...response.data!.createApiToken };
  }

  test('a partner admin creates a named token that acts for the partner only', async () => {
    const { token, apiToken } = await createToken('Loan origination system');
    expect(token).toMatch(/^mdt_/);
    expect(apiToken).toMatchObject({ name: 'Loan origination system', revokedAt: null });
    const viewer = await server.graphql<{ viewer: { roles: string[]; memberships: { role: string }[] } }>(
      '{ viewer { roles memberships { role } isApiToken } }',
      {},
      { token },
    );
    expect(viewer.data!.viewer).toMatchObject({ memberships: [{ role: 'PARTNER_ADMIN' }], isApiToken: true });
    // A token cannot mint more tokens.
    const partnerId = (await knex()('api_token').where('token_hash', tokenHash(token)).first('partner_id'))
      .partner_id;
    const minted = await server.graphql(
      CREATE,
      { input: { partnerId: Buffer.from(`Partner:${partnerId}`).toString('base64url'), name: 'child' } },
      { token },
    );
    expect(minted.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test('a revoked token is refused; tokens are listed for the admin', async () => {
    const { admin, token, apiToken } = await createToken('Dashboard');
    const revoke = await server.graphql<{ revokeApiToken: { apiToken: { revokedAt: string } } }>(
      'mutation ($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { apiToken { revokedAt } userErrors { code } } }',
      { input: { id: apiToken.id } },
      { token: admin },
    );
    expect(revoke.data!.revokeApiToken.apiToken.revokedAt).not.toBeNull();
    expect((await server.graphql<{ viewer: null }>(VIEWER, {}, { token })).data!.viewer).toBeNull();
    const listed = await server.graphql<{ apiTokens: { name: string; revokedAt: string | null }[] }>(
      '{ apiTokens { name revokedAt } }',
      {},
      { token: admin },
    );
    expect(listed.data!.apiTokens).toContainEqual({ name: 'Dashboard', revokedAt: expect.any(String) });
  });
});

describe('createUser', () => {
  const CREATE_USER = `mutation ($input: CreateUserInput!) {
    createUser(input: $input) { user { email name } userErrors { code field message } }
  }`;

  test('an admin creates a user who can then sign in with the given role', async () => {
    const admin = await server.signIn(DEMO.admin);
    const response = await server.graphql<{ createUser: { user: { email: string }; userErrors: unknown[] } }>(
      CREATE_USER,
      {
        input: {
          email: 'Petugas.Baru@Bank.id',
          name: 'Petugas Baru',
          password: 'kata-sandi-panjang',
          memberships: [{ role: 'DINAS', regionCode: '61.03' }],
        },
      },
      { token: admin },
    );
    expect(response.data!.createUser).toEqual({
      user: { email: 'petugas.baru@bank.id', name: 'Petugas Baru' },
      userErrors: [],
    });
    const token = await server.signIn('petugas.baru@bank.id', 'kata-sandi-panjang');
    const viewer = await server.graphql<{ viewer: { roles: string[] } }>(VIEWER, {}, { token });
    expect(viewer.data!.viewer.roles).toEqual(['SIGNED_IN', 'DINAS']);
    const stored = await knex()('app_user').where('email', 'petugas.baru@bank.id').first('password_hash');
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
  });

  test.each([
    [{ email: 'not-an-email' }, ['input', 'email'], 'INVALID'],
    [{ password: 'short' }, ['input', 'password'], 'PASSWORD_TOO_SHORT'],
    [{ password: 'qwertyuiop' }, ['input', 'password'], 'PASSWORD_TOO_COMMON'],
    [{ password: 'Someone@New.id' }, ['input', 'password'], 'PASSWORD_SAME_AS_EMAIL'],
    [{ password: 'aaaaaaaaaa' }, ['input', 'password'], 'PASSWORD_TOO_SIMPLE'],
    [{ password: 'x'.repeat(201) }, ['input', 'password'], 'PASSWORD_TOO_LONG'],
    [{ email: DEMO.ketua }, ['input', 'email'], 'DUPLICATE'],
    [{ memberships: [{ role: 'KETUA' }] }, ['input', 'memberships', '0', 'cooperativeId'], 'INVALID'],
    [
      { memberships: [{ role: 'DINAS', regionCode: '61.03.01' }] },
      ['input', 'memberships', '0', 'regionCode'],
      'NOT_FOUND',
    ],
  ])('refuses %j with a user error at the field and creates nothing', async (override, field, code) => {
    const admin = await server.signIn(DEMO.admin);
    const before = await knex()('app_user').count({ n: '*' }).first();
    const response = await server.graphql<{
      createUser: { user: null; userErrors: { code: string; field: string[] }[] };
    }>(
      CREATE_USER,
      {
        input: {
          email: 'someone@new.id',
          name: 'Someone',
          password: 'long-enough-password',
          memberships: [],
          ...override,
        },
      },
      { token: admin },
    );
    expect(response.data!.createUser.user).toBeNull();
    expect(response.data!.createUser.userErrors[0]).toMatchObject({ code, field });
    expect(await knex()('app_user').count({ n: '*' }).first()).toEqual(before);
  });
});

const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    isChanged revokedSessionCount userErrors { code message field } errors { code message field }
  }
}`;
type ChangePasswordResult = {
  changePassword: {
    isChanged: boolean;
    revokedSessionCount: number;
    userErrors: { code: string; message: string; field: string[] | null }[];
    /** The same refusals with the account module's own codes (AccountErrorCode). */
    errors: { code: string; message: string; field: string[] | null }[];
  };
};

const RESET_PASSWORD = `mutation ($input: ResetUserPasswordInput!) {
  resetUserPassword(input: $input) {
    user { email } temporaryPassword revokedSessionCount userErrors { code field }
  }
}`;
type ResetPasswordResult = {
  resetUserPassword: {
    user: { email: string } | null;
    temporaryPassword: string | null;
    revokedSessionCount: number | null;
    userErrors: { code: string; field: string[] | null }[];
  };
};

/** A fresh account (not a demo one, whose password other tests rely on) and its id. */
async function newUser(email: string, password = 'kata-sandi-lama-1'): Promise<number> {
  const admin = await server.signIn(DEMO.admin);
  const created = await server.graphql<{ createUser: { userErrors: unknown[] } }>(
    `mutation ($input: CreateUserInput!) { createUser(input: $input) { userErrors { code } } }`,
    { input: { email, name: 'Pengguna Uji', password, memberships: [] } },
    { token: admin },
  );
  expect(created.data!.createUser.userErrors).toEqual([]);
  return (await knex()('app_user').where('email', email).first('id')).id;
}

async function isSignedIn(token: string): Promise<boolean> {
  const response = await server.graphql<{ viewer: unknown }>(VIEWER, {}, { token });
  return response.data!.viewer !== null;
}

describe('changePassword', () => {
  test('sets the new password, keeps this session and signs out the others', async () => {
    await newUser('ganti@example.id');
    const here = await server.signIn('ganti@example.id', 'kata-sandi-lama-1');
    const phone = await server.signIn('ganti@example.id', 'kata-sandi-lama-1');
    const laptop = await server.signIn('ganti@example.id', 'kata-sandi-lama-1');
    const response = await server.graphql<ChangePasswordResult>(
      CHANGE_PASSWORD,
      { input: { currentPassword: 'kata-sandi-lama-1', newPassword: 'kopi-gayo-pagi-hari' } },
      { token: here },
    );
    expect(response.data!.changePassword).toEqual({
      isChanged: true,
      revokedSessionCount: 2,
      userErrors: [],
      errors: [],
    });
    expect(await isSignedIn(here)).toBe(true);
    expect(await isSignedIn(phone)).toBe(false);
    expect(await isSignedIn(laptop)).toBe(false);
    await expect(server.signIn('ganti@example.id', 'kata-sandi-lama-1')).rejects.toThrow(
      /INVALID_CREDENTIALS|incorrect/,
    );
    expect(await isSignedIn(await server.signIn('ganti@example.id', 'kopi-gayo-pagi-hari'))).toBe(true);
  });

  test('a wrong current password is refused at its field and changes nothing', async () => {
    await newUser('salah@example.id');
    const token = await server.signIn('salah@example.id', 'kata-sandi-lama-1');
    const other = await server.signIn('salah@example.id', 'kata-sandi-lama-1');
    const before = await knex()('app_user').where('email', 'salah@example.id').first('password_hash');
    const response = await server.graphql<ChangePasswordResult>(
      CHANGE_PASSWORD,
      { input: { currentPassword: 'not-the-password', newPassword: 'kopi-gayo-pagi-hari' } },
      { token },
    );
    const refusal = {
      code: 'INVALID_CREDENTIALS',
      message: 'The current password is incorrect.',
      field: ['input', 'currentPassword'],
    };
    expect(response.data!.changePassword).toEqual({
      isChanged: false,
      revokedSessionCount: 0,
      userErrors: [refusal],
      errors: [refusal],
    });
    expect(await knex()('app_user').where('email', 'salah@example.id').first('password_hash')).toEqual(
      before,
    );
    expect(await isSignedIn(other)).toBe(true);
  });

  test.each([
    ['pendek', ['PASSWORD_TOO_SHORT']],
    ['password123', ['PASSWORD_TOO_COMMON']],
    ['QWERTYUIOP', ['PASSWORD_TOO_COMMON']],
    ['kebijakan@example.id', ['PASSWORD_SAME_AS_EMAIL']],
    ['KEBIJAKAN', ['PASSWORD_TOO_SHORT', 'PASSWORD_SAME_AS_EMAIL']],
    ['aaaaaaaaaa', ['PASSWORD_TOO_SIMPLE']],
    ['abababababab', ['PASSWORD_TOO_SIMPLE']],
    ['kata sandi\nbaru panjang', ['PASSWORD_INVALID_CHARACTER']],
    ['k'.repeat(150) + 'x'.repeat(51), ['PASSWORD_TOO_LONG']],
  ])('refuses the new password %j with %j and changes nothing', async (newPassword, codes) => {
    const email = 'kebijakan@example.id';
    if (!(await knex()('app_user').where('email', email).first())) await newUser(email);
    const token = await server.signIn(email, 'kata-sandi-lama-1');
    const before = await knex()('app_user').where('email', email).first('password_hash');
    const response = await server.graphql<ChangePasswordResult>(
      CHANGE_PASSWORD,
      { input: { currentPassword: 'kata-sandi-lama-1', newPassword } },
      { token },
    );
    const result = response.data!.changePassword;
    expect(result.isChanged).toBe(false);
    expect(result.userErrors.map((error) => error.code).sort()).toEqual([...codes].sort());
    expect(result.errors).toEqual(result.userErrors);
    for (const error of result.userErrors) {
      expect(error.field).toEqual(['input', 'newPassword']);
      expect(error.message).toMatch(/^The password|^This password/);
    }
    expect(await knex()('app_user').where('email', email).first('password_hash')).toEqual(before);
  });

  test("an API token cannot change its creator's password", async () => {
    const admin = await server.signIn(DEMO.bankAdmin);
    const partner = await knex()('membership as m')
      .join('app_user as u', 'u.id', 'm.user_id')
      .where('u.email', DEMO.bankAdmin)
      .first('m.partner_id');
    const created = await server.graphql<{ createApiToken: { token: string } }>(
      'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }',
      { input: { partnerId: globalIdOf('Partner', partner.partner_id), name: 'Sistem pinjaman' } },
      { token: admin },
    );
    const response = await server.graphql<ChangePasswordResult>(
      CHANGE_PASSWORD,
      { input: { currentPassword: DEMO_PASSWORD, newPassword: 'kopi-gayo-pagi-hari' } },
      { token: created.data!.createApiToken.token },
    );
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await server.signIn(DEMO.bankAdmin); // the password did not change
  });
});

describe('resetUserPassword', () => {
  test('an admin gets a temporary password once; the user is signed out everywhere and signs in with it', async () => {
    const userId = await newUser('lupa@example.id');
    const sessions = [
      await server.signIn('lupa@example.id', 'kata-sandi-lama-1'),
      await server.signIn('lupa@example.id', 'kata-sandi-lama-1'),
    ];
    const admin = await server.signIn(DEMO.admin);
    const response = await server.graphql<ResetPasswordResult>(
      RESET_PASSWORD,
      { input: { userId: globalIdOf('User', userId) } },
      { token: admin },
    );
    const result = response.data!.resetUserPassword;
    expect(result).toEqual({
      user: { email: 'lupa@example.id' },
      temporaryPassword: expect.stringMatching(/^[\w-]{16}$/),
      revokedSessionCount: 2,
      userErrors: [],
    });
    for (const token of sessions) expect(await isSignedIn(token)).toBe(false);
    await expect(server.signIn('lupa@example.id', 'kata-sandi-lama-1')).rejects.toThrow();
    const token = await server.signIn('lupa@example.id', result.temporaryPassword!);
    const mustChange = async () =>
      (
        await server.graphql<{ viewer: { mustChangePassword: boolean } }>(
          '{ viewer { mustChangePassword } }',
          {},
          { token },
        )
      ).data!.viewer.mustChangePassword;
    expect(await mustChange()).toBe(true);
    const changed = await server.graphql<ChangePasswordResult>(
      CHANGE_PASSWORD,
      { input: { currentPassword: result.temporaryPassword, newPassword: 'sandi-pilihan-sendiri' } },
      { token },
    );
    expect(changed.data!.changePassword.isChanged).toBe(true);
    expect(await mustChange()).toBe(false);
    expect(JSON.stringify(await knex()('app_user').where('id', userId).first())).not.toContain(
      result.temporaryPassword,
    );
  });

  test.each([
    ['an unknown user', () => globalIdOf('User', 999999), 'NOT_FOUND'],
    [
      'the admin themself',
      async () => globalIdOf('User', (await knex()('app_user').where('email', DEMO.admin).first('id')).id),
      'INVALID',
    ],
  ])('refuses %s with a user error and changes nothing', async (_what, userId, code) => {
    const admin = await server.signIn(DEMO.admin);
    const before = await knex()('app_user').orderBy('id').select('id', 'password_hash');
    const response = await server.graphql<ResetPasswordResult>(
      RESET_PASSWORD,
      { input: { userId: await userId() } },
      { token: admin },
    );
    expect(response.data!.resetUserPassword).toMatchObject({
      temporaryPassword: null,
      userErrors: [{ code, field: ['input', 'userId'] }],
    });
    expect(await knex()('app_user').orderBy('id').select('id', 'password_hash')).toEqual(before);
  });
});
