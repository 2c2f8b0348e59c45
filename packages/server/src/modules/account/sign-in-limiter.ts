import type { Knex } from '@mikro-orm/postgresql';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** A limit's options, whatever its store (the package does not export the type by name). */
type LimitOptions = ConstructorParameters<typeof RateLimiterMemory>[0];

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The numbers behind the sign-in limits (the README lists them). */
export const SIGN_IN_LIMITS = {
  /** Wrong passwords in a row for one account from one address before that pair is blocked… */
  consecutiveFailsPerAccountAndAddress: 5,
  /**
   * …for this long. The count is kept a week from the first failure (the example keeps it 90 days;
   * a week was chosen while the counts lived in memory, whose setTimeout holds at most 24.8 days)
   * and is cleared by a successful sign-in.
   */
  accountAndAddressBlockSeconds: 15 * MINUTE,
  /** Wrong passwords from one address in a day, over all accounts, before the address is blocked… */
  failsPerAddressPerDay: 100,
  /** …for this long. */
  addressBlockSeconds: DAY,
  /**
   * Wrong passwords for one account in an hour, over all addresses, from which on the account is
   * "under attack": an address that has already failed for it must wait for the hour to pass.
   */
  accountUnderAttackFailsPerHour: 20,
} as const;

/**
 * Failed sign-ins, limited as rate-limiter-flexible's login example does, so that an attacker
 * cannot use the limits against a victim:
 *
 * - per account AND address: a few wrong passwords in a row block only that pair. An attacker
 *   elsewhere cannot lock the owner out, and the count is cleared when the owner gets in.
 * - per address, per day: the slow brute force over many accounts (password spraying) from one
 *   address. Its cost: everyone behind one shared address (an office, a carrier's NAT) shares
 *   its 100 daily mistakes.
 * - per account alone there is deliberately no lock: that is the one an attacker could trigger
 *   for any victim. Instead, when an account collects many failures from many addresses (a
 *   botnet spreading guesses thinly), the addresses that have already failed for it are held off
 *   until the hour has passed, while an address with no failure on record, such as the owner on
 *   their usual or a new device, may still try: the right password is never locked out, and each
 *   attacking address gets about one guess per account per hour.
 *
 * The counts live in PostgreSQL (signInLimiterOnPostgres), so that every API process of the
 * database counts the same failures; the in-memory store of the default constructor is per process.
 */
export class SignInLimiter {
  private readonly perAccountAndAddress: RateLimiterAbstract;
  private readonly perAddressPerDay: RateLimiterAbstract;
  private readonly perAccountPerHour: RateLimiterAbstract;

  /** `store` makes a limiter with the given options in a store (by default, this process's memory). */
  constructor(
    store: (options: LimitOptions) => RateLimiterAbstract = (options) => new RateLimiterMemory(options),
  ) {
    this.perAccountAndAddress = store({
      keyPrefix: 'sign-in-consecutive-account-address',
      points: SIGN_IN_LIMITS.consecutiveFailsPerAccountAndAddress,
      duration: 7 * DAY,
      blockDuration: SIGN_IN_LIMITS.accountAndAddressBlockSeconds,
    });
    this.perAddressPerDay = store({
      keyPrefix: 'sign-in-address-day',
      points: SIGN_IN_LIMITS.failsPerAddressPerDay,
      duration: DAY,
      blockDuration: SIGN_IN_LIMITS.addressBlockSeconds,
    });
    this.perAccountPerHour = store({
      keyPrefix: 'sign-in-account-hour',
      points: SIGN_IN_LIMITS.accountUnderAttackFailsPerHour,
      duration: HOUR,
    });
  }

  /** Seconds until this address may try a password for this account again; 0 when it may now. */
  async secondsUntilAllowed(email: string, ip: string): Promise<number> {
    const pair = pairKey(email, ip);
    const [pairState, addressState, accountState] = await Promise.all([
      this.perAccountAndAddress.get(pair),
      this.perAddressPerDay.get(ip),
      this.perAccountPerHour.get(email),
    ]);
    const waits = [
      waitOf(pairState, this.perAccountAndAddress.points),
      waitOf(addressState, this.perAddressPerDay.points),
    ];
    const accountUnderAttack = (accountState?.consumedPoints ?? 0) >= this.perAccountPerHour.points;
    const addressFailedBefore = (pairState?.consumedPoints ?? 0) > 0;
    if (accountUnderAttack && addressFailedBefore) waits.push(secondsOf(accountState!.msBeforeNext));
    return Math.max(...waits);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    // Rejections only mean a limit is now reached; the next check reports it.
    await Promise.allSettled([
      consumeAndBlockAtLimit(this.perAccountAndAddress, pairKey(email, ip)),
      consumeAndBlockAtLimit(this.perAddressPerDay, ip),
      this.perAccountPerHour.consume(email),
    ]);
  }

  /** The owner got in from here: the mistakes in a row from this address are forgiven. */
  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.perAccountAndAddress.delete(pairKey(email, ip));
  }
}

/**
 * The failure that reaches the limit starts the block at once (rate-limiter-flexible itself blocks
 * only on the next attempt over it). The key expires with its block, so the count starts afresh.
 */
async function consumeAndBlockAtLimit(limiter: RateLimiterAbstract, key: string): Promise<void> {
  const state = await limiter.consume(key);
  if (state.consumedPoints >= limiter.points) await limiter.block(key, limiter.blockDuration);
}

function pairKey(email: string, ip: string): string {
  return `${email}|${ip}`;
}

function waitOf(state: { consumedPoints: number; msBeforeNext: number } | null, points: number): number {
  if (!state || state.consumedPoints < points) return 0;
  return secondsOf(state.msBeforeNext);
}

function secondsOf(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** The table of the sign-in counts (created by migration Migration20261204224400). */
export const SIGN_IN_LIMIT_TABLE = 'sign_in_limit';

/**
 * Sign-in limits shared by every API process of the database: rate-limiter-flexible's PostgreSQL
 * store on the ORM's pool (each check borrows a pooled connection), in one table for the three
 * limits (their keys carry their prefix). The table is versioned by a migration, not created by
 * the store; expired rows are deleted by the sweepExpiredSignInLimits job, not by timers of the
 * store, which nothing would stop on shutdown.
 */
export function signInLimiterOnPostgres(knex: Knex): SignInLimiter {
  return new SignInLimiter(
    (options) =>
      new RateLimiterPostgres({
        ...options,
        storeClient: knex,
        storeType: 'knex',
        tableName: SIGN_IN_LIMIT_TABLE,
        tableCreated: true,
        clearExpiredByTimeout: false,
      }),
  );
}

/** Deletes the counts whose time is up (expire: epoch milliseconds); returns how many. */
export async function sweepExpiredSignInLimits(knex: Knex): Promise<number> {
  return Number(await knex(SIGN_IN_LIMIT_TABLE).where('expire', '<', Date.now()).delete());
}
