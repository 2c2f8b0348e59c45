import { PostgreSqlConnection, type Knex, type MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { countSqlStatement } from '../shared/sql-statement-counter';

/**
 * A WAL position as PostgreSQL prints it (`16/B374D848`: the high and low 32 bits in hex) turned
 * into a number that compares; undefined when the text is not one.
 */
export function parseWalPosition(text: string | undefined): bigint | undefined {
  const match = text === undefined ? null : /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text);
  if (!match) return undefined;
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

export interface ReplicaStatus {
  /** host:port/database, without credentials. */
  name: string;
  /** Serves reads: answered the last poll, is in recovery, and is at most the allowed lag behind. */
  healthy: boolean;
  /** How far behind the primary its replay was at the last poll (Infinity: unknown or unreachable). */
  lagMs: number;
  /** The last replayed WAL position seen, as PostgreSQL prints it. */
  replayed: string | null;
}

interface Replica extends ReplicaStatus {
  connection: PostgreSqlConnection;
  knex: Knex;
  replayedPosition: bigint | undefined;
  /** A poll of this replica has not answered yet (a hung replica is not asked again meanwhile). */
  polling: boolean;
}

/** The primary's WAL position at a moment: a replica that replayed it is no further behind than that moment. */
interface PrimarySample {
  position: bigint;
  at: number;
}

export interface ReadReplicaOptions {
  urls: string[];
  maxLagMs: number;
  pollIntervalMs: number;
}

/**
 * Streaming replicas that serve reads, and what is known of each without asking at read time: a
 * timer polls the primary's WAL position and each replica's replay position (one statement each),
 * so that choosing a replica for a request is a comparison in memory.
 *
 * Lag is measured against the primary's positions rather than with pg_last_xact_replay_timestamp():
 * a replica that has replayed the position the primary had at time t lacks at most what was
 * written since t. The replay timestamp would report an idle primary's replicas as ever further
 * behind, and a replica cut off from its primary as current.
 */
export class ReadReplicas {
  private readonly replicas: Replica[];
  private readonly samples: PrimarySample[] = [];
  /** The last poll of the primary failed. */
  private primaryUnreachable = false;
  private next = 0;
  private timer: NodeJS.Timeout | undefined;
  private cycle: Promise<void> = Promise.resolve();
  private stopped = false;

  private constructor(
    private readonly primary: Knex,
    orm: MikroORM,
    private readonly options: ReadReplicaOptions,
    private readonly log: Logger,
  ) {
    this.replicas = options.urls.map((url) => {
      // MikroORM's own connection class: the same pool settings (afterCreate's session settings)
      // and the same type parsing (timestamps as text) as the primary's reads.
      const connection = new PostgreSqlConnection(orm.config, { clientUrl: url }, 'read');
      const knex = connection.getKnex();
      knex.on('query', countSqlStatement);
      const replica: Replica = {
        name: nameOf(url),
        connection,
        knex,
        healthy: false,
        lagMs: Infinity,
        replayed: null,
        replayedPosition: undefined,
        polling: false,
      };
      // A read that finds the replica gone takes it out at once rather than at the next poll.
      knex.on('query-error', (error: unknown) => {
        if (isConnectionFailure(error)) this.markDown(replica, error);
      });
      return replica;
    });
  }

  /** Connects to the replicas and learns their state before the first request, then keeps polling. */
  static async start(orm: MikroORM, options: ReadReplicaOptions, log: Logger): Promise<ReadReplicas> {
    const replicas = new ReadReplicas(orm.em.getKnex(), orm, options, log);
    await replicas.poll();
    log.info({ replicas: replicas.status() }, 'read replicas');
    replicas.schedule();
    return replicas;
  }

  /**
   * The reads of a request: a healthy replica (round robin) that has replayed `position` when one
   * is given, or undefined when none qualifies and the primary must serve them.
   */
  knexFor(position: bigint | undefined): Knex | undefined {
    const count = this.replicas.length;
    for (let step = 0; step < count; step += 1) {
      const index = (this.next + step) % count;
      const replica = this.replicas[index]!;
      if (!replica.healthy) continue;
      if (position !== undefined && (replica.replayedPosition ?? -1n) < position) continue;
      this.next = (index + 1) % count;
      return replica.knex;
    }
    return undefined;
  }

  /** Every replica's knex, healthy or not. */
  allKnex(): Knex[] {
    return this.replicas.map((replica) => replica.knex);
  }

  status(): ReplicaStatus[] {
    return this.replicas.map(({ name, healthy, lagMs, replayed }) => ({ name, healthy, lagMs, replayed }));
  }

  /** One round: the primary's position, then every replica's replay position. */
  async poll(): Promise<void> {
    const timeoutMs = Math.min(this.options.maxLagMs, 1000);
    try {
      const { rows } = await withTimeout(
        Promise.resolve(
          this.primary.raw<{ rows: { position: string }[] }>('select pg_current_wal_lsn()::text as position'),
        ),
        timeoutMs,
      );
      const position = parseWalPosition(rows[0]?.position);
      if (position !== undefined) this.addSample(position, Date.now());
      this.primaryUnreachable = false;
    } catch (error) {
      this.primaryUnreachable = true;
      this.log.debug({ err: error }, 'read replicas: primary WAL position unavailable');
    }
    await Promise.all(
      this.replicas
        .filter((replica) => !replica.polling)
        .map((replica) => this.pollReplica(replica, timeoutMs)),
    );
  }

  async close(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.cycle;
    await Promise.all(this.replicas.map((replica) => replica.connection.close(true)));
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.cycle = this.poll().finally(() => this.schedule());
    }, this.options.pollIntervalMs);
    // The poll alone keeps no process alive.
    this.timer.unref();
  }

  private async pollReplica(replica: Replica, timeoutMs: number): Promise<void> {
    replica.polling = true;
    const answer = Promise.resolve(
      replica.knex.raw<{ rows: { in_recovery: boolean; replayed: string | null }[] }>(
        'select pg_is_in_recovery() as in_recovery, pg_last_wal_replay_lsn()::text as replayed',
      ),
    ).finally(() => (replica.polling = false));
    try {
      const { rows } = await withTimeout(answer, timeoutMs);
      const row = rows[0]!;
      const replayed = parseWalPosition(row.replayed ?? undefined);
      // A server out of recovery (promoted) is no longer a copy of this primary.
      if (!row.in_recovery || replayed === undefined) {
        this.markDown(replica, new Error('not a standby in recovery'));
        return;
      }
      replica.replayedPosition = replayed;
      replica.replayed = row.replayed;
      replica.lagMs = this.lagOf(replayed, Date.now());
      const healthy = replica.lagMs <= this.options.maxLagMs;
      if (healthy !== replica.healthy) {
        replica.healthy = healthy;
        if (healthy) this.log.info({ replica: replica.name, lagMs: replica.lagMs }, 'read replica in use');
        else this.log.warn({ replica: replica.name, lagMs: replica.lagMs }, 'read replica lagging: skipped');
      }
    } catch (error) {
      this.markDown(replica, error);
    }
  }

  private markDown(replica: Replica, error: unknown): void {
    replica.lagMs = Infinity;
    if (!replica.healthy) return;
    replica.healthy = false;
    this.log.warn({ replica: replica.name, err: error }, 'read replica unavailable: skipped');
  }

  /**
   * Keeps the samples of the last maxLag milliseconds and the newest one before them, so that a
   * replica behind all of them is known to be further behind than allowed.
   */
  private addSample(position: bigint, at: number): void {
    this.samples.push({ position, at });
    const cutoff = at - this.options.maxLagMs;
    while (this.samples.length > 1 && this.samples[1]!.at <= cutoff) this.samples.shift();
  }

  /** Time since the newest primary sample the replica has replayed; Infinity when it has none. */
  private lagOf(replayed: bigint, now: number): number {
    const newest = this.samples.at(-1);
    // The primary is unreachable (down, or cut off from us): a replica with everything it had when
    // last seen is as current as anything that can be read, and keeps serving reads.
    if (this.primaryUnreachable && newest && newest.position <= replayed) return 0;
    for (let index = this.samples.length - 1; index >= 0; index -= 1) {
      const sample = this.samples[index]!;
      if (sample.position <= replayed) return now - sample.at;
    }
    return Infinity;
  }
}

function nameOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

/** Errors that say the server is unreachable or going away, rather than that a statement failed. */
function isConnectionFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    // 08: connection exception; 57P01–57P03: admin/crash shutdown, cannot connect now.
    if (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03') return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE'].includes(code))
      return true;
  }
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|Knex: Timeout acquiring a connection/.test(message);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timedOut]).finally(() => clearTimeout(timer));
}
