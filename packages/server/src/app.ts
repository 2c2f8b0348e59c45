import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import express, { type Express } from 'express';
import helmet from 'helmet';
import compression from 'compression';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from './config';
import { requestLogging } from './request-logging';
import { getSchema } from './api/schema';
import './api/reactions';
import { Loaders, RequestContext, type AppServices, type Context } from './request-context';
import { parse as parseCookies } from 'cookie';
import { SESSION_COOKIE, tokenOfRequest, viewerFromToken } from './modules/account/credentials';
import { signInLimiterOnPostgres } from './modules/account/sign-in-limiter';
import { apiTokenLimitOnPostgres } from './modules/account/api-token-limit';
import { SharedSessionSockets } from './modules/account/session-sockets';
import { createErrorFormatter, MAX_QUERY_TOKENS } from './graphql/errors';
import { finalErrorHandler, refuseOptions, unknownRoute } from './graphql/http-errors';
import {
  directGraphqlRoute,
  expressApi,
  ExpressRequestHttp,
  graphqlHandler,
  GRAPHQL_BODY_LIMIT_BYTES,
  headersSetBy,
  type NodeHandler,
  type SessionCookie,
} from './graphql/http-endpoint';
import {
  apiTokenLimitPlugin,
  requestInputPlugin,
  operationLogPlugin,
  queryCostPlugin,
  sqlStatementHeaderPlugin,
} from './graphql/plugins';
import {
  getCacheHeadersPlugin,
  PersistedDocuments,
  persistedQueryStore,
  trustedDocumentsPlugin,
} from './graphql/trusted-documents';
import { countSqlStatementsOf, type SqlStatementCounter } from './shared/sql-statement-counter';
import { serveSubscriptions, type SubscriptionServer } from './api/subscriptions';
import { compiledExecutionGateway } from './graphql/executor';
import { PostgresNotificationBus } from './modules/notification/notification.bus';
import { ProcessChannel } from './shared/pg-listener';
import { deliverNotificationsOnCommit } from './modules/notification/notification.service';
import { documentStorageFor } from './modules/document/disk-document-storage';
import { documentFileRoutes } from './modules/document/document-file.routes';
import { simkopdesFileRoutes } from './modules/simkopdes/simkopdes-file.routes';
import { emailRoutes } from './modules/email/email.routes';
import { mailerFor } from './modules/email/mailer';
import { SimkopdesFileStore } from './modules/simkopdes/simkopdes.storage';
import { preloadRegions, shareRegionTable } from './modules/region/region.reads';
import { ReadReplicas } from './db/read-replicas';
import { ReadRouting } from './api/read-routing';

export interface App {
  app: Express;
  /** What the HTTP server calls for each request: plain GraphQL POSTs directly, the rest through `app`. */
  handler: RequestListener;
  /** Long-lived collaborators of the process (sign-in limits, the notification bus). */
  services: AppServices;
  /** The read replicas of queries (DATABASE_REPLICA_URLS); undefined when there are none. */
  readReplicas?: ReadReplicas;
  /** Serves GraphQL subscriptions over WebSocket on the HTTP server's /graphql (call once it exists). */
  serveSubscriptions(server: Server): void;
  /** Closes the WebSockets; before the HTTP server, whose close waits for every open connection. */
  closeSubscriptions(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Query limits come from graphql-armor (a maintained library rather than home-made validation
 * rules): depth, aliases and directives; the cost estimate is queryCostPlugin's, and the token
 * limit is Apollo's own parseOptions.maxTokens (armor's version parses again in a plugin hook,
 * where a syntax error escapes Apollo's handling and answers 500). Field suggestions ("did you
 * mean…") are hidden in production only, where they would help someone map the schema.
 */
function queryLimits(config: Config) {
  return new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 20 },
    maxDirectives: { n: 20 },
    maxTokens: { enabled: false },
    // Cost is estimated by queryCostPlugin, which also sees page sizes passed as variables.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();
}

/**
 * Security headers for a JSON API: nothing may load or frame its answers (CSP default-src 'none',
 * frame-ancestors 'none', X-Frame-Options DENY), no MIME sniffing, no referrer, HSTS in production.
 * The Apollo Sandbox landing page (development only, GET /graphql asking for HTML) brings its own
 * CSP with nonces in a meta tag; a header CSP would intersect with it and block the page, so it
 * gets only frame-ancestors.
 */
function securityHeaders(config: Config): { api: express.RequestHandler; all: express.RequestHandler } {
  const common = {
    strictTransportSecurity: config.isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' as const },
    referrerPolicy: { policy: 'no-referrer' as const },
  };
  const api = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
      },
    },
  });
  if (config.isProduction) return { api, all: api };
  const landingPage = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc,
        frameAncestors: ["'none'"],
      },
    },
  });
  return {
    api,
    all: (req, res, next) => {
      const wantsLandingPage =
        req.method === 'GET' &&
        req.path === '/graphql' &&
        req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
      (wantsLandingPage ? landingPage : api)(req, res, next);
    },
  };
}

/**
 * Answers of 1 kB and more are compressed (brotli or gzip, as the client accepts): a page of 20
 * cooperatives is ~10 kB of JSON and ~2 kB compressed, on village connections that pay per byte.
 * The `compression` middleware (Express's own) wraps the response even when it will not compress;
 * a request that accepts no encoding (a server-side caller, a load test) skips it.
 */
const compress = compression({ threshold: 1024 });
const compressWhenAccepted: NodeHandler = (req, res, next) => {
  if (req.headers['accept-encoding']) compress(req as express.Request, res as express.Response, next);
  else next();
};

/** The HTTP application: health check and the GraphQL endpoint. */
export async function createApp(
  config: Config,
  orm: MikroORM,
  log: Logger,
  database: { available(): boolean } = { available: () => true },
): Promise<App> {
  const limits = queryLimits(config);
  // Reference data read once, before the first request (see regionByCode).
  await preloadRegions(orm.em.getKnex());
  // What several API processes on one database share: notifications and ended sessions travel
  // over the process channel (LISTEN/NOTIFY), the sign-in counts live in a table.
  const knex = orm.em.getKnex();
  const channel = new ProcessChannel(orm.config.get('clientUrl')!, knex, log);
  await channel.start();
  const notificationBus = new PostgresNotificationBus(channel, knex, log);
  deliverNotificationsOnCommit(orm, notificationBus, log);
  const services: AppServices = {
    signInLimiter: signInLimiterOnPostgres(knex),
    apiTokenLimit: apiTokenLimitOnPostgres(knex, config.apiTokenPointsPerHour),
    sessionSockets: new SharedSessionSockets(channel, knex, log),
    isProduction: config.isProduction,
    notificationBus,
    documentStorage: documentStorageFor(config.documentStorage),
    allowPrivateWebhookUrls: config.webhooks.allowPrivateUrls,
    mailer: mailerFor(config.email, config.isProduction, log),
    emailLinkSecret: config.email.linkSecret,
    publicWebUrl: config.email.publicWebUrl,
  };
  const readRouting = await readRoutingOf(config, orm, log);
  const schema = await getSchema();
  const persistedDocuments = new PersistedDocuments(config.persistedDocumentsFile, {
    required: config.graphqlDocuments === 'trusted',
    reloadOnMiss: !config.isProduction,
  });
  if (persistedDocuments.size === 0) {
    log.warn({ file: persistedDocuments.file }, 'no persisted documents: the web app’s queries will fail');
  }
  const apollo = new ApolloServer<Context>({
    // Queries and mutations run compiled (graphql/executor.ts), through Apollo's gateway interface.
    gateway: compiledExecutionGateway({ schema, log, kind: config.graphqlExecutor }),
    formatError: createErrorFormatter(log),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts stops everything in order on SIGINT/SIGTERM; Apollo's own handler would re-raise the
    // signal and kill the process halfway.
    stopOnTerminationSignals: false,
    validationRules: limits.validationRules,
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    // The web app's documents by hash, and nothing a client registers (trusted-documents.ts).
    persistedQueries: { cache: persistedQueryStore(persistedDocuments), ttl: null },
    plugins: [
      ...limits.plugins,
      requestInputPlugin(),
      ...(config.graphqlDocuments === 'trusted' ? [trustedDocumentsPlugin(persistedDocuments, log)] : []),
      getCacheHeadersPlugin(),
      queryCostPlugin(schema),
      apiTokenLimitPlugin(schema),
      ApolloServerPluginCacheControlDisabled(),
      config.isProduction
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
      // Its lines are debug ones: below that level, not even the plugin's hooks run.
      ...(log.isLevelEnabled('debug') ? [operationLogPlugin()] : []),
      ...(config.sqlStatementHeader ? [sqlStatementHeaderPlugin()] : []),
      ...(readRouting ? [readRouting.plugin()] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  const headers = securityHeaders(config);
  app.use(headers.all);
  app.use(refuseOptions);
  app.set('trust proxy', config.trustProxy);
  const logRequest = requestLogging(log);
  app.use(logRequest);
  app.use(compressWhenAccepted);

  app.get('/health', async (_req, res) => {
    // While the embedded PostgreSQL is being restarted, say so at once rather than wait on the pool.
    if (!database.available()) {
      res.status(503).json({ status: 'unavailable', database: 'restarting' });
      return;
    }
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', database: 'ok' });
    } catch (error) {
      log.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });

  /** Each request's statement counter, while SQL_STATEMENT_HEADER is on (countStatements). */
  const statementCounters = new WeakMap<IncomingMessage, SqlStatementCounter>();

  const sessionCookie: SessionCookie = {
    name: SESSION_COOKIE,
    options: { httpOnly: true, sameSite: 'lax', secure: config.isProduction, path: '/' },
  };

  /** The context of one request: its unit of work, loaders, and the viewer from the cookie or Bearer token. */
  const contextOf = async (req: IncomingMessage, res: ServerResponse): Promise<Context> => {
    const knex = orm.em.getKnex();
    const cookie = req.headers.cookie;
    const token = tokenOfRequest(req.headers.authorization, cookie ? parseCookies(cookie) : {});
    const viewer = token ? await viewerFromToken(knex, token) : null;
    // The unit of work is forked on first use (RequestContext).
    return new RequestContext(() => orm.em.fork(), {
      knex,
      loaders: new Loaders(),
      log: viewer ? req.log.child({ userId: viewer.userId }) : req.log,
      requestId: String(req.id),
      sqlStatements: statementCounters.get(req) ?? { count: 0 },
      viewer,
      credentialRejected: token !== null && viewer === null,
      http: new ExpressRequestHttp(app, req, res, sessionCookie),
      services,
    });
  };

  app.use(documentFileRoutes(contextOf, services.documentStorage, { webOrigins: config.webOrigins }));
  app.use(emailRoutes(knex, services.mailer, config.email.linkSecret));
  app.use(
    simkopdesFileRoutes(contextOf, new SimkopdesFileStore(config.simkopdesImport.dir), {
      webOrigins: config.webOrigins,
      maxBytes: config.simkopdesImport.maxBytes,
    }),
  );

  // Counting scopes every request in an AsyncLocalStorage (promise hooks): only when reported.
  const countStatements: NodeHandler | undefined = config.sqlStatementHeader
    ? (req, _res, next) => {
        const counter: SqlStatementCounter = { count: 0 };
        statementCounters.set(req, counter);
        countSqlStatementsOf(counter, next);
      }
    : undefined;
  const serveGraphql = graphqlHandler(
    apollo,
    readRouting
      ? async (req, res) =>
          readRouting.route(await contextOf(req, res), req, (name, value, options) =>
            expressApi(app, req, res)[1].cookie(name, value, options),
          )
      : (req, res) => contextOf(req, res),
  );
  app.use(
    '/graphql',
    ...(countStatements ? [countStatements] : []),
    express.json({ limit: GRAPHQL_BODY_LIMIT_BYTES }),
    (req, res, next) => serveGraphql(req, res).catch(next),
  );

  // Keep these two last: whatever no route answered, and every error, leaves as a JSON GraphQL error.
  app.use(unknownRoute);
  const answerError = finalErrorHandler(log);
  app.use(answerError);

  // The everyday request skips the router: the same steps as the chain above, in the same order.
  const direct = directGraphqlRoute({
    app,
    securityHeaders: headersSetBy(headers.api),
    before: countStatements
      ? [logRequest, compressWhenAccepted, countStatements]
      : [logRequest, compressWhenAccepted],
    handle: serveGraphql,
    // Headers already sent: as Express does, the connection is closed.
    onError: (error, req, res) => answerError(error, req, res, () => res.destroy()),
  });

  let subscriptions: SubscriptionServer | undefined;
  return {
    app,
    handler: (req, res) => {
      if (!direct(req, res)) app(req, res);
    },
    services,
    readReplicas: readRouting?.replicas,
    serveSubscriptions(server) {
      subscriptions ??= serveSubscriptions(server, {
        schema,
        orm,
        log,
        services,
        validationRules: limits.validationRules ?? [],
        webOrigins: config.webOrigins,
        persistedDocuments,
        documentPolicy: config.graphqlDocuments,
      });
    },
    closeSubscriptions: async () => subscriptions?.close(),
    stop: async () => {
      await subscriptions?.close();
      await apollo.stop();
      // Before the pool and the database: nothing is delivered to sockets any more.
      await channel.close();
      await readRouting?.replicas.close();
    },
  };
}

/**
 * Reads of GraphQL queries on the streaming replicas of DATABASE_REPLICA_URLS, with the client's
 * own writes visible (api/read-routing.ts); undefined, and no cost, without replicas.
 * Everything else (mutations, subscriptions, the viewer's session, document files, jobs) reads
 * the primary: a revoked session must stop working at once, not after the replicas catch up.
 */
async function readRoutingOf(config: Config, orm: MikroORM, log: Logger): Promise<ReadRouting | undefined> {
  const { urls, maxLagMs, pollIntervalMs } = config.readReplicas;
  if (urls.length === 0) return undefined;
  const replicas = await ReadReplicas.start(orm, config.readReplicas, log);
  // Reference data is the primary's, read at start-up: a replica holds the same regions.
  for (const replica of replicas.allKnex()) shareRegionTable(replica, orm.em.getKnex());
  // A healthy replica has replayed the primary's position of at most maxLag (plus a poll) ago:
  // past that, and the WAL writer's flush, the cookie no longer changes where reads go.
  const maxAge = Math.ceil((maxLagMs + 2 * pollIntervalMs + 1000) / 1000) * 1000;
  return new ReadRouting(
    replicas,
    orm.em.getKnex(),
    { httpOnly: true, sameSite: 'lax', secure: config.isProduction, path: '/', maxAge },
    log,
  );
}
