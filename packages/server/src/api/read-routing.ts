import type { ApolloServerPlugin } from '@apollo/server';
import type { Knex } from '@mikro-orm/postgresql';
import type { CookieOptions } from 'express';
import type { IncomingMessage } from 'node:http';
import { parse as parseCookies } from 'cookie';
import type { Logger } from 'pino';
import { parseWalPosition, type ReadReplicas } from '../db/read-replicas';
import type { Context } from '../request-context';

/** The WAL position after a client's last write: a cookie for browsers, a header for API clients. */
export const WAL_POSITION_COOKIE = 'mitradesa_lsn';
export const WAL_POSITION_HEADER = 'x-wal-lsn';

/** Sets a cookie on the request's response. */
export type SetCookie = (name: string, value: string, options: CookieOptions) => void;

/** Own property of a request's context, so it survives Apollo's copy of the context. */
const SET_COOKIE = Symbol('set cookie');
type RoutedContext = Context & { [SET_COOKIE]?: SetCookie };

/**
 * Sends the reads of GraphQL queries to read replicas while the client still reads its own
 * writes: a mutation answers with the WAL position after it, and a request carrying a position
 * reads from a replica that has replayed it, or else from the primary.
 *
 * Mutations and their reads, and anything that is not a query, use the primary: the context starts
 * on a replica (chosen before the operation is known) and is moved to the primary once Apollo has
 * resolved the operation, before any resolver runs.
 */
export class ReadRouting {
  constructor(
    readonly replicas: ReadReplicas,
    private readonly primary: Knex,
    private readonly cookie: CookieOptions & { maxAge: number },
    private readonly log: Logger,
  ) {}

  /** Points the request's reads at a replica that has everything the client wrote, if one does. */
  route(ctx: Context, req: IncomingMessage, setCookie: SetCookie): Context {
    ctx.knex = this.replicas.knexFor(positionOf(req)) ?? this.primary;
    (ctx as RoutedContext)[SET_COOKIE] = setCookie;
    return ctx;
  }

  plugin(): ApolloServerPlugin<Context> {
    const primary = this.primary;
    const log = this.log;
    const cookie = this.cookie;
    return {
      async requestDidStart() {
        return {
          async didResolveOperation({ operation, contextValue }) {
            if (operation?.operation !== 'query') contextValue.knex = primary;
          },
          async willSendResponse({ operation, contextValue, response }) {
            if (operation?.operation !== 'mutation') return;
            // Read after the commit. The insert position rather than pg_current_wal_lsn() (the
            // write position): it covers the commit record even with synchronous_commit off,
            // where the commit returns before its record is written.
            try {
              const { rows } = await primary.raw<{ rows: { position: string }[] }>(
                'select pg_current_wal_insert_lsn()::text as position',
              );
              const position = rows[0]!.position;
              response.http.headers.set(WAL_POSITION_HEADER, position);
              (contextValue as RoutedContext)[SET_COOKIE]?.(WAL_POSITION_COOKIE, position, cookie);
            } catch (error) {
              // The write is done; without its position the client's next reads may be stale.
              log.warn({ err: error }, 'WAL position after a mutation unavailable');
            }
          },
        };
      },
    };
  }
}

/** The position a request must read at least: the header (API clients), else the cookie. */
function positionOf(req: IncomingMessage): bigint | undefined {
  const header = req.headers[WAL_POSITION_HEADER];
  if (typeof header === 'string') return parseWalPosition(header);
  const cookies = req.headers.cookie;
  // Parsing the cookies only when this one is there keeps the usual request at one substring search.
  if (!cookies?.includes(WAL_POSITION_COOKIE)) return undefined;
  return parseWalPosition(parseCookies(cookies)[WAL_POSITION_COOKIE]);
}
