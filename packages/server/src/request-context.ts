import DataLoader from 'dataloader';
import { FlushMode } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { SqlStatementCounter } from './shared/sql-statement-counter';
import type { Viewer } from './modules/account/viewer';
import type { SignInLimiter } from './modules/account/sign-in-limiter';
import type { ApiTokenLimit } from './modules/account/api-token-limit';
import type { SessionSockets } from './modules/account/session-sockets';
import type { NotificationBus } from './modules/notification/notification.bus';
import type { DocumentStorage } from './modules/document/document-storage';
import type { Mailer } from './modules/email/mailer';

/**
 * Request-scoped DataLoaders, created on first use under a name. A name may include the
 * arguments of a nested connection, so that children asked for with the same arguments batch
 * into one statement.
 */
export class Loaders {
  private readonly byName = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.byName.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 }) as DataLoader<unknown, unknown>;
      this.byName.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** Forgets everything loaded so far: call after a write, before reading the result back. */
  clear(): void {
    this.byName.clear();
  }
}

/** What every resolver and service receives first. */
export interface Context {
  /** Forked per request: the unit of work of this request's writes. */
  em: EntityManager;
  /** For reads that return plain rows (see CONVENTIONS.md: reads and writes take different roads). */
  knex: Knex;
  loaders: Loaders;
  log: Logger;
  requestId: string;
  /** Statements issued so far by this request (see graphql/plugins.ts). */
  sqlStatements: SqlStatementCounter;
  /** The signed-in user, or null for an anonymous request. */
  viewer: Viewer | null;
  /** A token was sent but is unknown, expired or revoked. */
  credentialRejected: boolean;
  /** The HTTP side of the request: client address and the session cookie. */
  http: RequestHttp;
  services: AppServices;
}

/**
 * A request's context whose unit of work (Context.em) is forked on first use: most reads never
 * touch it (they read rows through knex, which every fork shares), and a fork builds a new
 * EntityManager, unit of work and validator. The getter lives on the prototype because Apollo
 * copies the context's own properties into a new object of the same prototype for each
 * operation: a getter of the object itself would be called by that copy.
 */
export class RequestContext implements Context {
  declare knex: Knex;
  declare loaders: Loaders;
  declare log: Logger;
  declare requestId: string;
  declare sqlStatements: SqlStatementCounter;
  declare viewer: Viewer | null;
  declare credentialRejected: boolean;
  declare http: RequestHttp;
  declare services: AppServices;
  private forked: EntityManager | undefined;

  constructor(
    private readonly fork: () => EntityManager,
    fields: Omit<Context, 'em'>,
  ) {
    Object.assign(this, fields);
  }

  get em(): EntityManager {
    this.forked ??= this.fork();
    return this.forked;
  }
}

export interface RequestHttp {
  ip: string;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/** Long-lived collaborators shared by all requests of one server process. */
export interface AppServices {
  signInLimiter: SignInLimiter;
  /** Points per hour of API tokens, shared by every process. */
  apiTokenLimit: ApiTokenLimit;
  /** Open WebSockets per session, closed when the session ends. */
  sessionSockets: SessionSockets;
  isProduction: boolean;
  /** Live delivery of notifications to open WebSocket subscriptions. */
  notificationBus: NotificationBus;
  /** Where uploaded document files live. */
  documentStorage: DocumentStorage;
  /** Webhook endpoints may be on private or loopback addresses (tests, a developer's receiver). */
  allowPrivateWebhookUrls: boolean;
  /** Where mails go (SMTP, the development sink, or nowhere). */
  mailer: Mailer;
  /** Signs and checks emails' unsubscribe links. */
  emailLinkSecret: string;
  /** Where the web app is, for links the API gives out (invitations). */
  publicWebUrl: string;
}

/** Groups rows by a key, keeping the order of `keys` (what DataLoader batch functions return). */
export function groupByKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** One row per key or null, in the order of `keys`. */
export function indexByKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const index = new Map<K, R>();
  for (const row of rows) index.set(keyOf(row), row);
  return keys.map((key) => index.get(key) ?? null);
}

interface BatchSpec<K, R, T> {
  /** Reads the rows of a whole batch of keys in one statement. */
  fetch: (keys: readonly K[]) => Promise<R[]>;
  keyOf: (row: R) => K;
  toNode: (row: R) => T;
}

function oneLoader<K, R, T>(ctx: Context, name: string, spec: BatchSpec<K, R, T>): DataLoader<K, T | null> {
  return ctx.loaders.get<K, T | null>(name, async (keys) =>
    indexByKey(keys, await spec.fetch(keys), spec.keyOf).map((row) => row && spec.toNode(row)),
  );
}

/** Batched lookup of at most one object per key (e.g. a cooperative by id). */
export function loadOne<K, R, T>(
  ctx: Context,
  name: string,
  key: K,
  spec: BatchSpec<K, R, T>,
): Promise<T | null> {
  return oneLoader(ctx, name, spec).load(key);
}

/** Gives loadOne's loader the object of a key read by another statement (see primeMany). */
export function primeOne<K, R, T>(
  ctx: Context,
  name: string,
  key: K,
  value: T,
  spec: BatchSpec<K, R, T>,
): void {
  oneLoader(ctx, name, spec).prime(key, value);
}

function manyLoader<K, R, T>(ctx: Context, name: string, spec: BatchSpec<K, R, T>): DataLoader<K, T[]> {
  return ctx.loaders.get<K, T[]>(name, async (keys) =>
    groupByKey(keys, await spec.fetch(keys), spec.keyOf).map((rows) => rows.map(spec.toNode)),
  );
}

/** Batched lookup of the list of objects under each key (e.g. a cooperative's units). */
export function loadMany<K, R, T>(
  ctx: Context,
  name: string,
  key: K,
  spec: BatchSpec<K, R, T>,
): Promise<T[]> {
  return manyLoader(ctx, name, spec).load(key);
}

/**
 * Gives loadMany's loader the rows of a key read by another statement (a page that embedded
 * them), so the key's resolvers find them without a statement of their own.
 */
export function primeMany<K, R, T>(
  ctx: Context,
  name: string,
  key: K,
  rows: R[],
  spec: BatchSpec<K, R, T>,
): void {
  manyLoader(ctx, name, spec).prime(key, rows.map(spec.toNode));
}

/**
 * The one way a request opens a transaction: `write` runs on a fresh fork of the request's
 * EntityManager, all or nothing, and a refused write leaves no half-changed entities behind for a
 * later mutation of the same document (one request may carry several mutations, run one after the
 * other). Changes are written only by the service's flush (or the commit): a rule check that
 * queries the database after the entity was changed must not flush the change it is about to
 * refuse.
 */
export function inTransaction<T>(ctx: Context, write: (tx: Context) => Promise<T>): Promise<T> {
  return ctx.em.transactional((em) => write({ ...ctx, em }), { clear: true, flushMode: FlushMode.COMMIT });
}
