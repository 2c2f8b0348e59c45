import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Failed sign-ins are limited per account and per IP address with rate-limiter-flexible (well
 * kept, with in-memory and Redis stores behind one interface: pass RateLimiterRedis instances to
 * share the counts between server processes).
 */
export class SignInLimiter {
  constructor(
    private readonly perAccount: RateLimiterAbstract = new RateLimiterMemory({
      keyPrefix: 'sign-in-account',
      points: 5,
      duration: 15 * 60,
      blockDuration: 15 * 60,
    }),
    private readonly perIp: RateLimiterAbstract = new RateLimiterMemory({
      keyPrefix: 'sign-in-ip',
      points: 30,
      duration: 15 * 60,
      blockDuration: 15 * 60,
    }),
  ) {}

  /** Seconds until another attempt is allowed for this account and address; 0 when it is now. */
  async secondsUntilAllowed(email: string, ip: string): Promise<number> {
    const waits = await Promise.all([this.wait(this.perAccount, email), this.wait(this.perIp, ip)]);
    return Math.max(...waits);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    // Rejections only mean the limit is now reached; the next check reports it.
    await Promise.allSettled([this.perAccount.consume(email), this.perIp.consume(ip)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }

  private async wait(limiter: RateLimiterAbstract, key: string): Promise<number> {
    const state = await limiter.get(key);
    if (!state || state.consumedPoints < limiter.points) return 0;
    return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  }
}
