import type { Knex } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

const HOUR_SECONDS = 60 * 60;

/** The table of the points API tokens spent (created by migration Migration20261205222836). */
export const API_TOKEN_LIMIT_TABLE = 'api_token_limit';

/** Where a token stands after a request: what the rate-limit headers say. */
export interface ApiTokenAllowance {
  /** Whether the request may run (it was within the hour's points). */
  allowed: boolean;
  /** Points a token may spend in an hour. */
  limit: number;
  /** What this request cost. */
  cost: number;
  /** Points spent in the current hour, this request included. */
  used: number;
  remaining: number;
  /** When the hour ends and the count starts again. */
  resetAt: Date;
}

/**
 * Requests with an API token are limited in points per hour, a point being roughly an object the
 * query could return (its cost estimate, as GitHub and Shopify count), so a partner's system that
 * reads whole pages of nested lists spends its hour faster than one asking for a name. The counts
 * live in PostgreSQL, shared by every API process (rate-limiter-flexible's PostgreSQL store on the
 * ORM's pool, one statement per request); expired rows are deleted with the sign-in counts.
 */
export class ApiTokenLimit {
  constructor(
    private readonly limiter: RateLimiterAbstract,
    readonly pointsPerHour: number,
  ) {}

  /** Spends `cost` points of the token's hour (at least 1); refused when they are not left. */
  async spend(tokenId: number, cost: number): Promise<ApiTokenAllowance> {
    const points = Math.max(1, Math.ceil(cost));
    const allowance = (state: RateLimiterRes, allowed: boolean): ApiTokenAllowance => ({
      allowed,
      limit: this.pointsPerHour,
      cost: points,
      used: Math.min(state.consumedPoints, this.pointsPerHour),
      remaining: Math.max(0, this.pointsPerHour - state.consumedPoints),
      resetAt: new Date(Date.now() + state.msBeforeNext),
    });
    try {
      return allowance(await this.limiter.consume(String(tokenId), points), true);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return allowance(refusal, false);
      throw refusal;
    }
  }
}

export function apiTokenLimitOnPostgres(knex: Knex, pointsPerHour: number): ApiTokenLimit {
  return new ApiTokenLimit(
    new RateLimiterPostgres({
      storeClient: knex,
      storeType: 'knex',
      tableName: API_TOKEN_LIMIT_TABLE,
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: 'api-token-hour',
      points: pointsPerHour,
      duration: HOUR_SECONDS,
    }),
    pointsPerHour,
  );
}

/** Deletes the hours that are over (expire: epoch milliseconds); returns how many. */
export async function sweepExpiredApiTokenLimits(knex: Knex): Promise<number> {
  return Number(await knex(API_TOKEN_LIMIT_TABLE).where('expire', '<', Date.now()).delete());
}
