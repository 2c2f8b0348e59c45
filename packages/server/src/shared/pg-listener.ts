import { Client } from 'pg';
import type { Knex } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

/**
 * The one PostgreSQL channel on which the API processes of a database tell each other things
 * (new notifications, ended sessions). NOTIFY is scoped to a database, so test databases on one
 * server do not hear each other.
 */
export const PROCESS_CHANNEL = 'mitradesa_bus';

/** A message between processes: its `type` picks the handlers; the rest is the type's own. */
export interface ProcessMessage {
  type: string;
}

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
export const MAX_PAYLOAD_BYTES = 7999;

/** Reconnection delays after the listening connection is lost: at once, then doubling up to a ceiling. */
const FIRST_RETRY_DELAY_MS = 250;
const MAX_RETRY_DELAY_MS = 10_000;

/**
 * Messages between the API processes of one database over LISTEN/NOTIFY. Each process keeps one
 * dedicated connection (a `pg` Client outside MikroORM's pool: a pooled connection is handed to
 * other work and would miss messages) that LISTENs on PROCESS_CHANNEL; it is opened by `start`,
 * reconnected with backoff (at once, then 250 ms doubling up to 10 s) and LISTENs again whenever
 * it is lost (a database restart), and closed by `close`. Messages are sent through the pool, so
 * sending works while this process's listener is reconnecting. A process hears its own messages.
 *
 * NOTIFY is not queued for a listener that is disconnected: what was sent while it was away is
 * lost to it. Users of this class that cannot afford that catch up in an `onReconnect` handler.
 */
export class ProcessChannel {
  private readonly handlers = new Map<string, ((message: ProcessMessage) => void)[]>();
  private readonly reconnectHandlers: (() => void)[] = [];
  private client: Client | undefined;
  private closed = false;
  private reconnecting: Promise<void> | undefined;
  private wakeFromBackoff: (() => void) | undefined;

  constructor(
    private readonly url: string,
    private readonly knex: Knex,
    private readonly log: Logger,
  ) {}

  /** Opens the listening connection; fails when the database cannot be reached now. */
  async start(): Promise<void> {
    await this.connect();
  }

  /** Calls `handler` with every message of this type that any process (this one too) sends. */
  on<T extends ProcessMessage>(type: T['type'], handler: (message: T) => void): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as (message: ProcessMessage) => void);
    this.handlers.set(type, list);
  }

  /** Calls `handler` each time the listener is connected again after a loss. */
  onReconnect(handler: () => void): void {
    this.reconnectHandlers.push(handler);
  }

  /** Sends messages to every process of the database, in one statement (outside any transaction). */
  async send(messages: readonly ProcessMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const payloads = messages.map((message) => JSON.stringify(message));
    const tooLong = payloads.find((payload) => Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES);
    if (tooLong) throw new Error(`a process message is too long for NOTIFY: ${tooLong.slice(0, 100)}…`);
    await this.knex.raw('select pg_notify(?, payload) from unnest(?::text[]) as payload', [
      PROCESS_CHANNEL,
      payloads,
    ]);
  }

  /** Whether the listening connection is up (for tests and health reports). */
  isListening(): boolean {
    return this.client !== undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeFromBackoff?.();
    await this.reconnecting;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.url,
      application_name: 'mitradesa-listener',
      // A connection that silently died (no reset reaches us) is noticed within a minute or so.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    let lost = false;
    const onLoss = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      client.end().catch(() => undefined);
      if (this.closed) return;
      this.log.warn({ err: error }, 'database listener connection lost; reconnecting');
      this.reconnecting ??= this.reconnectWithBackoff().finally(() => (this.reconnecting = undefined));
    };
    // Until LISTEN succeeded, a failure is the caller's to report or retry (the promise rejects).
    let established = false;
    client.on('error', (error) => (established ? onLoss(error) : undefined));
    client.on('end', () => (established ? onLoss() : undefined));
    client.on('notification', (notification) => {
      if (notification.channel === PROCESS_CHANNEL && notification.payload)
        this.dispatch(notification.payload);
    });
    try {
      await client.connect();
      await client.query(`listen ${PROCESS_CHANNEL}`);
    } catch (error) {
      lost = true;
      client.end().catch(() => undefined);
      throw error;
    }
    established = true;
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
  }

  private async reconnectWithBackoff(): Promise<void> {
    const lostAt = Date.now();
    for (let attempt = 1; !this.closed; attempt += 1) {
      const delayMs =
        attempt === 1 ? 0 : Math.min(FIRST_RETRY_DELAY_MS * 2 ** (attempt - 2), MAX_RETRY_DELAY_MS);
      if (delayMs > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delayMs);
          this.wakeFromBackoff = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wakeFromBackoff = undefined;
        if (this.closed) return;
      }
      try {
        await this.connect();
      } catch (error) {
        this.log.debug({ err: error, attempt }, 'database listener reconnection failed; retrying');
        continue;
      }
      if (this.closed) return;
      this.log.info({ attempt, downMs: Date.now() - lostAt }, 'database listener reconnected');
      for (const handler of this.reconnectHandlers) {
        try {
          handler();
        } catch (error) {
          this.log.warn({ err: error }, 'database listener reconnection handler failed');
        }
      }
      return;
    }
  }

  private dispatch(payload: string): void {
    let message: ProcessMessage;
    try {
      message = JSON.parse(payload) as ProcessMessage;
    } catch {
      this.log.warn({ payload: payload.slice(0, 200) }, 'unreadable process message ignored');
      return;
    }
    for (const handler of this.handlers.get(message?.type) ?? []) {
      try {
        handler(message);
      } catch (error) {
        this.log.warn({ err: error, type: message.type }, 'process message handler failed');
      }
    }
  }
}
