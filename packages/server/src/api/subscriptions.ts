import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { parse as parseCookies } from 'cookie';
import { tokenOfRequest, viewerFromToken } from '../modules/account/credentials';
import type { Viewer } from '../modules/account/viewer';
import { SESSION_ENDED_CLOSE_CODE, SessionEndReason } from '../modules/account/session-sockets';
import { Loaders, type AppServices, type Context } from '../request-context';
import { createErrorFormatter, ErrorCode, MAX_QUERY_TOKENS } from '../graphql/errors';
import { assertNoNulCharacter, assertQueryCost } from '../graphql/plugins';
import {
  documentOfSubscription,
  type DocumentPolicy,
  type PersistedDocuments,
} from '../graphql/trusted-documents';

export interface SubscriptionServer {
  /** Closes every socket (1001 "Going away") and stops accepting new ones. */
  close(): Promise<void>;
}

/** What a socket carries from its connection to its operations (a type alias: graphql-ws wants a record). */
type ConnectionState = { viewer?: Viewer };

/** How long a closing client may take to answer the close handshake before its socket is cut. */
const CLOSE_GRACE_MS = 1000;

/** The longest delay setTimeout keeps (2^31-1 ms, 24.8 days); sessions last longer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** graphql-js reports parse and validation failures without a code; Apollo adds these over HTTP. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol) on the HTTP server's /graphql.
 * The socket is authenticated once, when it connects, like an HTTP request: the session cookie of
 * the upgrade request, or `authorization: "Bearer …"` in the connection parameters (for API
 * clients). Anonymous sockets are refused (close code 4403).
 *
 * A cookie is sent by the browser whatever page opens the socket, and WebSockets have no CORS, so
 * the upgrade's Origin must be one of the web app's (`webOrigins`); any other is refused with HTTP
 * 403. Browsers always send an Origin: a socket without one is another program, which must show a
 * Bearer token rather than a cookie. A session's sockets are closed (4401 with a reason) when it
 * is signed out or revoked (see SessionSockets) and when it expires. Only subscriptions run here —
 * queries and mutations stay on HTTP with its CSRF protection, logging and statement counting —
 * under the same validation limits (depth, aliases, directives) and cost estimate.
 */
export function serveSubscriptions(
  server: Server,
  options: {
    schema: GraphQLSchema;
    orm: MikroORM;
    log: Logger;
    services: AppServices;
    validationRules: readonly ValidationRule[];
    /** Origins whose pages may open a socket (the web app's). */
    webOrigins: readonly string[];
    /** The web app's documents by hash, and whether browsers may send others (as over HTTP). */
    persistedDocuments: PersistedDocuments;
    documentPolicy: DocumentPolicy;
  },
): SubscriptionServer {
  const { schema, orm, log, services } = options;
  const formatError = createErrorFormatter(log);
  const rules = [...specifiedRules, ...options.validationRules];
  const allowedOrigins = new Set(options.webOrigins);
  const wss = new WebSocketServer({
    server,
    path: '/graphql',
    verifyClient: ({ origin, req }, allow) => {
      if (origin === undefined || allowedOrigins.has(origin)) return allow(true);
      log.info({ origin, ws: req.socket.remoteAddress }, 'WebSocket from a foreign origin refused');
      allow(false, 403, 'Origin not allowed');
    },
  });
  const socketLog = (extra: Extra) => log.child({ ws: extra.request.socket.remoteAddress ?? 'unknown' });

  const disposable = useServer<Record<string, unknown> | undefined, ConnectionState>(
    {
      schema,
      onConnect: async ({ connectionParams, extra }) => {
        const authorization = connectionParams?.authorization;
        const fromBrowserPage = extra.request.headers.origin !== undefined;
        const token = tokenOfRequest(
          typeof authorization === 'string' ? authorization : undefined,
          fromBrowserPage ? parseCookies(extra.request.headers.cookie ?? '') : {},
        );
        const viewer = token ? await viewerFromToken(orm.em.getKnex(), token) : null;
        // false: graphql-ws closes the socket with 4403 Forbidden.
        if (!viewer) return false;
        extra.viewer = viewer;
        if (viewer.credential.kind === 'session') {
          watchSession(extra.socket, viewer.credential.sessionId, viewer.credential.expiresAt);
        }
        return true;
      },
      onSubscribe: ({ extra }, _id, payload) => {
        const source = documentOfSubscription(
          payload,
          extra.viewer!,
          options.persistedDocuments,
          options.documentPolicy,
        );
        if (source instanceof GraphQLError) return [source];
        let document: DocumentNode;
        try {
          document = parse(source, { maxTokens: MAX_QUERY_TOKENS });
        } catch (error) {
          const parseError =
            error instanceof GraphQLError ? error : new GraphQLError('The query could not be parsed.');
          return [withCode(parseError, 'GRAPHQL_PARSE_FAILED')];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return [
            new GraphQLError(
              'Only subscriptions are served over WebSocket; send queries and mutations over HTTP.',
              {
                extensions: { code: ErrorCode.BAD_USER_INPUT },
              },
            ),
          ];
        }
        const variables = payload.variables ?? {};
        try {
          // The same refusals as over HTTP, before anything reaches SQL.
          assertNoNulCharacter(document, variables);
          assertQueryCost(schema, document, variables, payload.operationName ?? undefined);
        } catch (error) {
          return [error as GraphQLError];
        }
        const em = orm.em.fork();
        const viewer = extra.viewer!;
        const contextValue: Context = {
          em,
          knex: em.getKnex(),
          loaders: new Loaders(),
          log: socketLog(extra).child({ userId: viewer.userId }),
          requestId: randomUUID(),
          sqlStatements: { count: 0 },
          viewer,
          credentialRejected: false,
          http: {
            ip: extra.request.socket.remoteAddress ?? 'unknown',
            setSessionCookie: () => {
              throw new Error('A WebSocket cannot set cookies');
            },
            clearSessionCookie: () => {
              throw new Error('A WebSocket cannot clear cookies');
            },
          },
          services,
        };
        return {
          schema,
          document,
          variableValues: variables,
          operationName: payload.operationName,
          contextValue,
        };
      },
      // The same error shapes as over HTTP: known codes pass, anything else is logged and hidden.
      onError: ({ extra }, _id, _payload, errors) => {
        socketLog(extra).debug({ errors: errors.map((error) => error.message) }, 'subscription refused');
        return errors.map((error) => formatError(error.toJSON(), error));
      },
      onNext: ({ extra }, _id, _payload, _args, result) => {
        // The expiry timer may not have fired yet (a busy event loop): never deliver past expiry.
        const credential = extra.viewer?.credential;
        if (credential?.kind === 'session' && credential.expiresAt.getTime() <= Date.now()) {
          extra.socket.close(SESSION_ENDED_CLOSE_CODE, SessionEndReason.EXPIRED);
          return {
            errors: [
              { message: 'Your session has expired.', extensions: { code: ErrorCode.UNAUTHENTICATED } },
            ],
          };
        }
        return result.errors
          ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) }
          : result;
      },
    },
    wss,
  );

  /** Registers the socket under its session until it closes, and closes it when the session expires. */
  function watchSession(socket: WebSocket, sessionId: number, expiresAt: Date): void {
    const unregister = services.sessionSockets.add(sessionId, socket);
    let expiryTimer: NodeJS.Timeout | undefined;
    const closeAtExpiry = () => {
      const remaining = expiresAt.getTime() - Date.now();
      if (remaining <= 0) {
        socket.close(SESSION_ENDED_CLOSE_CODE, SessionEndReason.EXPIRED);
        return;
      }
      expiryTimer = setTimeout(closeAtExpiry, Math.min(remaining, MAX_TIMER_MS));
      expiryTimer.unref();
    };
    const forget = () => {
      unregister();
      clearTimeout(expiryTimer);
    };
    // The client may have left while its credential was being looked up.
    if (socket.readyState !== socket.OPEN) {
      forget();
      return;
    }
    socket.once('close', forget);
    closeAtExpiry();
  }

  let closed: Promise<void> | undefined;
  return {
    close() {
      closed ??= closeAll();
      return closed;
    },
  };

  async function closeAll(): Promise<void> {
    const clients = [...wss.clients];
    await disposable.dispose();
    // The HTTP server's close waits for every socket: cut those that do not finish the handshake.
    for (const client of clients) setTimeout(() => client.terminate(), CLOSE_GRACE_MS).unref();
  }
}
