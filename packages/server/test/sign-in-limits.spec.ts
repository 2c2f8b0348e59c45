import { startTestServer, type TestServer } from './support/test-server';
import { DEMO } from './authorization/fixture';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-users';
import {
  SIGN_IN_LIMITS,
  SignInLimiter,
  signInLimiterOnPostgres,
  sweepExpiredSignInLimits,
} from '../src/modules/account/sign-in-limiter';
import { passwordPolicyErrors } from '../src/modules/account/password';

/**
 * Sign-in limits that an attacker cannot turn against a victim: failures are counted per account
 * and address, and per address; never per account alone. Addresses come from X-Forwarded-For,
 * which the API believes from loopback (the web app's proxy), as the test client is.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const SIGN_IN = `mutation ($input: SignInInput!) {
  signIn(input: $input) { token userErrors { code message field } }
}`;
type SignInResult = {
  signIn: { token: string | null; userErrors: { code: string; message: string; field: string[] | null }[] };
};

function signInFrom(address: string, email: string, password: string) {
  return server.graphql<SignInResult>(
    SIGN_IN,
    { input: { email, password } },
    { headers: { 'x-forwarded-for': address } },
  );
}

async function codeOf(address: string, email: string, password: string): Promise<string | null> {
  const response = await signInFrom(address, email, password);
  return response.data!.signIn.userErrors[0]?.code ?? null;
}

test('an attacker failing for a victim is held off at their own address; the victim still signs in from elsewhere', async () => {
  const attacker = '198.51.100.66';
  for (let attempt = 0; attempt < SIGN_IN_LIMITS.consecutiveFailsPerAccountAndAddress; attempt += 1) {
    expect(await codeOf(attacker, DEMO.pmo, `guess-${attempt}`)).toBe('INVALID_CREDENTIALS');
  }
  // Now even the right password is refused from the attacker's address, for 15 minutes…
  const limited = await signInFrom(attacker, DEMO.pmo, DEMO_PASSWORD);
  expect(limited.data!.signIn).toEqual({
    token: null,
    userErrors: [
      {
        code: 'RATE_LIMITED',
        message: 'Too many failed attempts; try again in 15 minutes (900 seconds).',
        field: null,
      },
    ],
  });
  // …but the victim, at home, is not locked out.
  const victim = await signInFrom('192.0.2.10', DEMO.pmo, DEMO_PASSWORD);
  expect(victim.data!.signIn.userErrors).toEqual([]);
  expect(victim.data!.signIn.token).toMatch(/^mds_/);
  // The attacker's address may still try other accounts (the daily per-address limit governs those).
  expect(await codeOf(attacker, DEMO.ketua, DEMO_PASSWORD)).toBeNull();
});

test('a successful sign-in forgives the mistakes in a row from that address', async () => {
  const office = '192.0.2.20';
  const almost = SIGN_IN_LIMITS.consecutiveFailsPerAccountAndAddress - 1;
  for (let attempt = 0; attempt < almost; attempt += 1) await codeOf(office, DEMO.staff, 'typo');
  expect(await codeOf(office, DEMO.staff, DEMO_PASSWORD)).toBeNull();
  for (let attempt = 0; attempt < almost; attempt += 1) {
    expect(await codeOf(office, DEMO.staff, 'typo')).toBe('INVALID_CREDENTIALS');
  }
  expect(await codeOf(office, DEMO.staff, DEMO_PASSWORD)).toBeNull();
});

test('one address failing for many accounts is blocked for a day after 100 failures; other addresses are not', async () => {
  const sprayer = '203.0.113.7';
  const started = Date.now();
  for (let attempt = 0; attempt < SIGN_IN_LIMITS.failsPerAddressPerDay; attempt += 1) {
    expect(await codeOf(sprayer, `guess${attempt}@x.id`, 'mitradesa-demo')).toBe('INVALID_CREDENTIALS');
  }
  const sprayMs = Date.now() - started;
  const blocked = await signInFrom(sprayer, DEMO.buyer, DEMO_PASSWORD);
  expect(blocked.data!.signIn.userErrors).toEqual([
    expect.objectContaining({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/try again in 24 hours \(86[34]\d\d seconds\)/),
    }),
  ]);
  expect(await codeOf('203.0.113.8', DEMO.buyer, DEMO_PASSWORD)).toBeNull();
  // The measured cost of the 100 guesses (argon2 against the dummy hash makes each take as long).
  console.info(`100 failed sign-ins from one address took ${sprayMs} ms`);
});

test('an account guessed at from many addresses: those that failed wait, a new address with the right password gets in', async () => {
  const botnet = Array.from(
    { length: SIGN_IN_LIMITS.accountUnderAttackFailsPerHour },
    (_, index) => `100.64.0.${index + 1}`,
  );
  for (const address of botnet)
    expect(await codeOf(address, DEMO.mentor, 'guess')).toBe('INVALID_CREDENTIALS');
  // Each bot has failed once only (far from the 5 in a row), yet it now waits for the hour to pass.
  const bot = await signInFrom(botnet[0], DEMO.mentor, 'another-guess');
  expect(bot.data!.signIn.userErrors[0]).toMatchObject({
    code: 'RATE_LIMITED',
    message: expect.stringMatching(/try again in (60|59) minutes/),
  });
  expect(await codeOf('192.0.2.30', DEMO.mentor, DEMO_PASSWORD)).toBeNull();
});

test('a wrong current password in changePassword counts as a failed sign-in', async () => {
  const address = '192.0.2.40';
  const token = await server.signIn(DEMO.bankOfficer);
  const change = (currentPassword: string) =>
    server.graphql<{
      changePassword: { isChanged: boolean; userErrors: { code: string; field: string[] }[] };
    }>(
      `mutation ($input: ChangePasswordInput!) {
        changePassword(input: $input) { isChanged userErrors { code field } }
      }`,
      { input: { currentPassword, newPassword: 'kopi-gayo-pagi-hari' } },
      { token, headers: { 'x-forwarded-for': address } },
    );
  for (let attempt = 0; attempt < SIGN_IN_LIMITS.consecutiveFailsPerAccountAndAddress; attempt += 1) {
    expect((await change(`guess-${attempt}`)).data!.changePassword.userErrors[0].code).toBe(
      'INVALID_CREDENTIALS',
    );
  }
  const limited = await change(DEMO_PASSWORD);
  expect(limited.data!.changePassword).toEqual({
    isChanged: false,
    userErrors: [{ code: 'RATE_LIMITED', field: ['input', 'currentPassword'] }],
  });
  expect(await codeOf(address, DEMO.bankOfficer, DEMO_PASSWORD)).toBe('RATE_LIMITED');
  expect(await codeOf('192.0.2.41', DEMO.bankOfficer, DEMO_PASSWORD)).toBeNull();
});

describe('SignInLimiter', () => {
  test.each([
    ['in memory', () => new SignInLimiter()],
    ['on PostgreSQL', () => signInLimiterOnPostgres(server.orm.em.getKnex())],
  ])(
    '%s: the block starts with the failure that reaches the limit and lasts 15 minutes',
    async (_, limiterOf) => {
      const limiter = limiterOf();
      for (let attempt = 0; attempt < 4; attempt += 1) await limiter.recordFailure('a@x.id', '10.0.0.1');
      expect(await limiter.secondsUntilAllowed('a@x.id', '10.0.0.1')).toBe(0);
      await limiter.recordFailure('a@x.id', '10.0.0.1');
      expect(await limiter.secondsUntilAllowed('a@x.id', '10.0.0.1')).toBe(900);
      expect(await limiter.secondsUntilAllowed('a@x.id', '10.0.0.2')).toBe(0);
      expect(await limiter.secondsUntilAllowed('b@x.id', '10.0.0.1')).toBe(0);
      await limiter.recordSuccess('a@x.id', '10.0.0.1');
      expect(await limiter.secondsUntilAllowed('a@x.id', '10.0.0.1')).toBe(0);
    },
  );

  test('the sweep deletes the counts whose time is up and keeps the others', async () => {
    const knex = server.orm.em.getKnex();
    await knex('sign_in_limit').insert([
      { key: 'sweep-test:expired', points: 3, expire: Date.now() - 1000 },
      { key: 'sweep-test:live', points: 3, expire: Date.now() + 60_000 },
    ]);
    expect(await sweepExpiredSignInLimits(knex)).toBeGreaterThanOrEqual(1);
    expect(await knex('sign_in_limit').where('key', 'like', 'sweep-test:%').pluck('key')).toEqual([
      'sweep-test:live',
    ]);
  });
});

describe('password policy', () => {
  const codes = (password: string, email = 'siti.rahma@koperasi.id') =>
    passwordPolicyErrors(password, email, ['input', 'newPassword']).map((error) => error.code);

  test.each([
    ['kopi-gayo-pagi-hari', []],
    ['Bunga melati di Sanggau', []],
    ['kata\u0000sandi-panjang', ['PASSWORD_INVALID_CHARACTER']],
    ['\u0000'.repeat(10), ['PASSWORD_INVALID_CHARACTER', 'PASSWORD_TOO_SIMPLE']],
    ['kata\u0085sandi-panjang', ['PASSWORD_INVALID_CHARACTER']],
    ['SITI.RAHMA', ['PASSWORD_SAME_AS_EMAIL']],
    ['Siti.Rahma@Koperasi.id', ['PASSWORD_SAME_AS_EMAIL']],
    ['1234567890', ['PASSWORD_TOO_COMMON']],
    ['123456789a', ['PASSWORD_TOO_COMMON']],
    ['1234123412341234', ['PASSWORD_TOO_SIMPLE']],
    ['ZZZZZZZZZZZZ', ['PASSWORD_TOO_SIMPLE']],
    ['🌾🌾🌾🌾🌾🌾🌾🌾🌾🌾', ['PASSWORD_TOO_SIMPLE']],
    ['🌾padi-🌾', ['PASSWORD_TOO_SHORT']],
    ['p'.repeat(199) + 'q', []],
  ])('%j → %j', (password, expected) => {
    expect(codes(password).sort()).toEqual([...expected].sort());
  });

  test('at the length limits', () => {
    expect(codes('jagung-9kg')).toEqual([]);
    expect(codes('jagung-9k')).toEqual(['PASSWORD_TOO_SHORT']);
    expect(codes('ab'.repeat(100) + 'c')).toEqual(['PASSWORD_TOO_LONG']);
  });
});
