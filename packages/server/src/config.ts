import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from './shared/paths';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const port = z.coerce.number().int().min(1).max(65535);

/** Signs unsubscribe links outside production when EMAIL_LINK_SECRET is unset. */
const DEVELOPMENT_EMAIL_LINK_SECRET = 'development-only-email-link-secret-not-for-production';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port.default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  EMBEDDED_PG_PORT: port.default(54329),
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((url) => url.trim())
        .filter((url) => url !== ''),
    )
    .refine(
      (urls) => urls.every((url) => /^postgres(ql)?:\/\//.test(url)),
      'must be comma-separated postgres:// or postgresql:// URLs',
    )
    .optional(),
  REPLICA_MAX_LAG_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  REPLICA_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(10_000).default(150),
  SEED_DEMO_DATA: booleanFlag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SQL_STATEMENT_HEADER: booleanFlag.optional(),
  GRAPHQL_EXECUTOR: z.enum(['jit', 'js']).default('jit'),
  GRAPHQL_DOCUMENTS: z.enum(['trusted', 'any']).optional(),
  PERSISTED_DOCUMENTS_FILE: z
    .string()
    .min(1)
    .default('packages/web/src/graphql/generated/persisted-documents.json'),
  TRUST_PROXY: z
    .string()
    .regex(/^[\w.:/, -]+$/, 'must be Express trust-proxy names or addresses, e.g. "loopback" or "10.0.0.0/8"')
    .default('loopback'),
  PROPOSAL_EXPIRY_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86400).default(60),
  LISTING_EXPIRY_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86400).default(300),
  MATCH_RESPONSIVENESS_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86400).default(300),
  API_TOKEN_POINTS_PER_HOUR: z.coerce.number().int().min(1).max(100_000_000).default(100_000),
  SIGN_IN_LIMIT_SWEEP_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86400).default(3600),
  DOCUMENT_STORAGE_DIR: z.string().min(1).default('.data/documents'),
  DOCUMENT_ORPHAN_SWEEP_INTERVAL_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 86400)
    .default(3600),
  SIMKOPDES_IMPORT_DIR: z.string().min(1).default('.data/simkopdes-imports'),
  SIMKOPDES_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(4 * 1024 * 1024 * 1024)
    .default(1024 * 1024 * 1024),
  SIMKOPDES_IMPORT_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
  SIMKOPDES_IMPORT_STALE_SECONDS: z.coerce.number().int().min(30).max(86400).default(300),
  SMTP_URL: z.string().url().optional(),
  EMAIL_FROM: z.string().min(3).default('MitraDesa <no-reply@mitradesa.id>'),
  EMAIL_LINK_SECRET: z.string().min(32).optional(),
  PUBLIC_WEB_URL: z.string().url().default('http://localhost:3000'),
  EMAIL_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  EMAIL_DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(0),
  REMINDER_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86400).default(300),
  REMINDER_OFFERING_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  REMINDER_DOCUMENT_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  REMINDER_PROPOSAL_DAYS: z.coerce.number().int().min(1).max(30).default(2),
  WEBHOOK_ALLOW_PRIVATE_URLS: booleanFlag.optional(),
  WEBHOOK_RETRY_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 86400)
    .default(86400),
  WEBHOOK_FIRST_RETRY_SECONDS: z.coerce.number().min(0.01).max(3600).default(30),
  WEBHOOK_DISABLE_AFTER_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(30 * 86400)
    .default(3 * 86400),
  WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(60).default(10),
  WEBHOOK_WORKERS: z.coerce.number().int().min(0).max(20).default(2),
  HTTP_HEADERS_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(15),
  HTTP_REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  HTTP_RESPONSE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(90),
  HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(5),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
  SHUTDOWN_DELAY_SECONDS: z.coerce.number().int().min(0).max(120).default(0),
  WEB_ORIGINS: z
    .string()
    .transform((value) => value.split(',').map((origin) => origin.trim().replace(/\/+$/, '')))
    .refine(
      (origins) => origins.every(isOrigin),
      'must be comma-separated origins such as "https://mitradesa.id,http://localhost:3000"',
    )
    .optional(),
  DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(5 * 1024 * 1024),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  host: string;
  port: number;
  /** Set: use this database. Unset: run the embedded PostgreSQL. */
  databaseUrl?: string;
  embeddedPostgres: { port: number; dataDir: string };
  dbPoolMax: number;
  /**
   * Streaming replicas of the database that serve the reads of GraphQL queries (see
   * db/read-replicas.ts); empty: everything goes to the primary. A replica whose replay is more
   * than `maxLagMs` behind the primary, or that does not answer, is skipped until it catches up;
   * each replica's replay position is polled every `pollIntervalMs`.
   */
  readReplicas: { urls: string[]; maxLagMs: number; pollIntervalMs: number };
  /** Fill an empty database with the demo data on start. */
  seedDemoData: boolean;
  logLevel: string;
  /**
   * Which proxies' X-Forwarded-For to believe (Express "trust proxy"), so that per-address limits
   * see the browser's address rather than the web server's.
   */
  trustProxy: string;
  /** Report the SQL statement count of each GraphQL request in `x-sql-statements`. */
  sqlStatementHeader: boolean;
  /** Queries and mutations run compiled by graphql-jit (`jit`) or on graphql-js (`js`); see graphql/executor.ts. */
  graphqlExecutor: 'jit' | 'js';
  /**
   * `trusted`: browsers may run only the web app's persisted documents (API tokens any document);
   * `any`: every caller may send any document. Production's default is `trusted`.
   */
  graphqlDocuments: 'trusted' | 'any';
  /** The web app's persisted documents (hash → text), written by its codegen. */
  persistedDocumentsFile: string;
  /** How often overdue proposals are expired, in milliseconds; 0: never (e.g. a process that only serves reads). */
  proposalExpiryIntervalMs: number;
  /** How often published offerings past validUntil and open requests past their deadline expire (0: never). */
  listingExpiryIntervalMs: number;
  /** How often matching's per-organisation responsiveness figures are recomputed (0: never). */
  matchResponsivenessIntervalMs: number;
  /**
   * How often the sign-in failure counts whose time is up are deleted from the shared table
   * (0: never). Expired counts are ignored anyway; the sweep only keeps the table small.
   */
  signInLimitSweepIntervalMs: number;
  /** Points (query cost) an API token may spend in an hour. */
  apiTokenPointsPerHour: number;
  /**
   * Uploaded document files: the folder (absolute), the largest file accepted in bytes, and how
   * often files no document references (left by a crash mid-upload) are deleted (0: never).
   */
  documentStorage: { dir: string; maxBytes: number; orphanSweepIntervalMs: number };
  /**
   * SIMKOPDES imports: where uploaded files are kept, the largest upload, how often the import
   * job looks for runs to check or apply, and after how long without a heartbeat a run in work
   * is taken over by another process (its own died).
   */
  simkopdesImport: { dir: string; maxBytes: number; intervalMs: number; staleMs: number };
  /**
   * Email: over SMTP when `smtpUrl` is set; otherwise, outside production, into a sink that keeps
   * the last mails in memory (GET /dev/emails) and logs them, and in production not at all.
   * Links in mails (the web app's pages, unsubscribe) start with `publicWebUrl`; unsubscribe links
   * are signed with `linkSecret`. The mailer runs every `intervalMs` in each API process.
   */
  /**
   * Reminders before deadlines (notification/deadline-reminders.ts): how often the round runs (0:
   * never) and how many days ahead each kind of deadline is reminded of.
   */
  reminders: {
    intervalMs: number;
    offeringDays: number;
    documentDays: number;
    proposalDays: number;
  };
  email: {
    smtpUrl: string | null;
    from: string;
    linkSecret: string;
    publicWebUrl: string;
    intervalMs: number;
    digestHourUtc: number;
  };
  /**
   * Webhook delivery: addresses on private or loopback networks are refused unless allowed (only
   * outside production by default, so that tests and a developer's receiver work); failed
   * deliveries are retried with doubling waits from the first retry's until the retry window
   * after the event; an endpoint failing for `disableAfterMs` is disabled. `workers` is how many
   * deliveries one process sends at once (0: this process sends none).
   */
  webhooks: {
    allowPrivateUrls: boolean;
    retryWindowMs: number;
    firstRetryMs: number;
    disableAfterMs: number;
    timeoutMs: number;
    workers: number;
  };
  /**
   * Server-side time limits of an HTTP request, in milliseconds: to receive its headers, to receive
   * all of it (body included; Node answers 408), in all until the response ends (answered 503),
   * and how long an idle kept-alive connection stays open.
   */
  http: {
    headersTimeoutMs: number;
    requestTimeoutMs: number;
    responseTimeoutMs: number;
    keepAliveTimeoutMs: number;
  };
  /** On SIGTERM/SIGINT, how long requests in flight may take before their connections are cut. */
  shutdownTimeoutMs: number;
  /**
   * On SIGTERM/SIGINT, how long /health answers 503 while requests are still served, before the
   * listener closes: a load balancer that checks /health takes the process out of its rotation
   * first, so that no request meets a closed port or a connection closed while idle (0: at once).
   */
  shutdownDelayMs: number;
  /**
   * Origins (scheme://host:port) of the web app, whose pages may open a WebSocket or upload a
   * document file with the session cookie; a WebSocket upgrade or a cookie upload from any other
   * Origin is refused.
   */
  webOrigins: string[];
};

/** Whether `value` is exactly an http(s) origin: scheme, host and optional port, nothing more. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

/** Parses and validates the environment; throws one readable message listing every bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new ConfigError(`Invalid configuration:\n${problems}`);
  }
  const values = parsed.data;
  if (
    values.HTTP_HEADERS_TIMEOUT_SECONDS > values.HTTP_REQUEST_TIMEOUT_SECONDS ||
    values.HTTP_REQUEST_TIMEOUT_SECONDS > values.HTTP_RESPONSE_TIMEOUT_SECONDS
  ) {
    throw new ConfigError(
      'Invalid configuration:\n  HTTP_HEADERS_TIMEOUT_SECONDS ≤ HTTP_REQUEST_TIMEOUT_SECONDS ≤ HTTP_RESPONSE_TIMEOUT_SECONDS must hold',
    );
  }
  const isProduction = values.NODE_ENV === 'production';
  if (isProduction && values.SMTP_URL && !values.EMAIL_LINK_SECRET) {
    throw new ConfigError(
      'Invalid configuration:\n  EMAIL_LINK_SECRET (32 characters or more) must be set when SMTP_URL is, in production: it signs the unsubscribe links',
    );
  }
  return {
    env: values.NODE_ENV,
    isProduction,
    host: values.HOST,
    port: values.PORT,
    databaseUrl: values.DATABASE_URL,
    embeddedPostgres: {
      port: values.EMBEDDED_PG_PORT,
      dataDir: path.resolve(REPO_ROOT, values.EMBEDDED_PG_DIR),
    },
    dbPoolMax: values.DB_POOL_MAX,
    readReplicas: {
      urls: values.DATABASE_REPLICA_URLS ?? [],
      maxLagMs: values.REPLICA_MAX_LAG_MS,
      pollIntervalMs: values.REPLICA_POLL_INTERVAL_MS,
    },
    seedDemoData: values.SEED_DEMO_DATA ?? !isProduction,
    logLevel: values.LOG_LEVEL,
    sqlStatementHeader: values.SQL_STATEMENT_HEADER ?? !isProduction,
    graphqlExecutor: values.GRAPHQL_EXECUTOR,
    graphqlDocuments: values.GRAPHQL_DOCUMENTS ?? (isProduction ? 'trusted' : 'any'),
    persistedDocumentsFile: path.resolve(REPO_ROOT, values.PERSISTED_DOCUMENTS_FILE),
    trustProxy: values.TRUST_PROXY,
    proposalExpiryIntervalMs: values.PROPOSAL_EXPIRY_INTERVAL_SECONDS * 1000,
    listingExpiryIntervalMs: values.LISTING_EXPIRY_INTERVAL_SECONDS * 1000,
    matchResponsivenessIntervalMs: values.MATCH_RESPONSIVENESS_INTERVAL_SECONDS * 1000,
    signInLimitSweepIntervalMs: values.SIGN_IN_LIMIT_SWEEP_INTERVAL_SECONDS * 1000,
    apiTokenPointsPerHour: values.API_TOKEN_POINTS_PER_HOUR,
    documentStorage: {
      dir: path.resolve(REPO_ROOT, values.DOCUMENT_STORAGE_DIR),
      maxBytes: values.DOCUMENT_MAX_BYTES,
      orphanSweepIntervalMs: values.DOCUMENT_ORPHAN_SWEEP_INTERVAL_SECONDS * 1000,
    },
    simkopdesImport: {
      dir: path.resolve(REPO_ROOT, values.SIMKOPDES_IMPORT_DIR),
      maxBytes: values.SIMKOPDES_IMPORT_MAX_BYTES,
      intervalMs: values.SIMKOPDES_IMPORT_INTERVAL_SECONDS * 1000,
      staleMs: values.SIMKOPDES_IMPORT_STALE_SECONDS * 1000,
    },
    reminders: {
      intervalMs: values.REMINDER_INTERVAL_SECONDS * 1000,
      offeringDays: values.REMINDER_OFFERING_DAYS,
      documentDays: values.REMINDER_DOCUMENT_DAYS,
      proposalDays: values.REMINDER_PROPOSAL_DAYS,
    },
    email: {
      smtpUrl: values.SMTP_URL ?? null,
      from: values.EMAIL_FROM,
      // In production without a secret (and so without SMTP) links are signed with one no process
      // shares: none can be forged with the development value, and none is ever checked true.
      linkSecret:
        values.EMAIL_LINK_SECRET ??
        (isProduction ? randomBytes(32).toString('hex') : DEVELOPMENT_EMAIL_LINK_SECRET),
      publicWebUrl: values.PUBLIC_WEB_URL.replace(/\/+$/, ''),
      intervalMs: values.EMAIL_INTERVAL_SECONDS * 1000,
      digestHourUtc: values.EMAIL_DIGEST_HOUR_UTC,
    },
    webhooks: {
      allowPrivateUrls: values.WEBHOOK_ALLOW_PRIVATE_URLS ?? !isProduction,
      retryWindowMs: values.WEBHOOK_RETRY_WINDOW_SECONDS * 1000,
      firstRetryMs: Math.round(values.WEBHOOK_FIRST_RETRY_SECONDS * 1000),
      disableAfterMs: values.WEBHOOK_DISABLE_AFTER_SECONDS * 1000,
      timeoutMs: Math.round(values.WEBHOOK_TIMEOUT_SECONDS * 1000),
      workers: values.WEBHOOK_WORKERS,
    },
    http: {
      headersTimeoutMs: values.HTTP_HEADERS_TIMEOUT_SECONDS * 1000,
      requestTimeoutMs: values.HTTP_REQUEST_TIMEOUT_SECONDS * 1000,
      responseTimeoutMs: values.HTTP_RESPONSE_TIMEOUT_SECONDS * 1000,
      keepAliveTimeoutMs: values.HTTP_KEEP_ALIVE_TIMEOUT_SECONDS * 1000,
    },
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    shutdownDelayMs: values.SHUTDOWN_DELAY_SECONDS * 1000,
    // Default: the web app of `pnpm start`, and in development the API's own pages (the sandbox).
    webOrigins: values.WEB_ORIGINS ?? [
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      ...(isProduction ? [] : [`http://localhost:${values.PORT}`, `http://127.0.0.1:${values.PORT}`]),
    ],
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}
