import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { CookieOptions, Request, RequestHandler, Response } from 'express';
import type { Context, RequestHttp } from '../request-context';

/**
 * The GraphQL endpoint's HTTP side: Apollo Server's request in, its answer out.
 *
 * Our own integration rather than `@as-integrations/express5`, which is the same dozen lines plus
 * two costs per request that this API does not want: `url.parse` of every URL, and Express's
 * `res.send`, which hashes every answer into an ETag. A POST is never answered 304, so the hash was
 * thrown away; a GET (a query in the URL) still goes through `res.send`, where an ETag can save a
 * browser the body. Apollo documents `executeHTTPGraphQLRequest` as the interface for this.
 */
export function graphqlHandler(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage, res: ServerResponse) => Promise<Context>,
): (req: RequestWithBody, res: ServerResponse) => Promise<void> {
  apollo.assertStarted('graphqlHandler()');
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const name in req.headers) {
      const value = req.headers[name];
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: query === -1 ? '' : url.slice(query),
        body: req.body,
      },
      context: () => context(req, res),
    });
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      // A GET comes through Express (the direct road takes POSTs only), whose send adds an ETag.
      if (req.method === 'GET') (res as Response).send(answer.body.string);
      else res.end(answer.body.string);
      return;
    }
    // Incremental delivery (@defer): the chunks as they come.
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** A request whose body has been read (by Express's json parser or readJsonBody). */
export type RequestWithBody = IncomingMessage & { body?: unknown };

/**
 * A step before the endpoint that needs only Node's request and response, so that it runs on both
 * roads: Express's and the direct one (directGraphqlRoute).
 */
export type NodeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/** Where Express keeps its request and response API: an application's `request` and `response`. */
export interface ExpressPrototypes {
  request: object;
  response: object;
}

/**
 * A request and its response with Express's API (req.ip, res.cookie, res.json…), for the steps
 * that use it. A request of the direct road (directGraphqlRoute) gets it here, on first need:
 * changing an object's prototype costs V8 far more than the call suggests, ~0.12 ms of CPU per
 * request measured on `{ __typename }` under load (the objects' shapes, and the code that had
 * seen them, start over), and the everyday query needs none of it. A request that went through
 * Express has it already.
 */
export function expressApi(
  app: ExpressPrototypes,
  req: IncomingMessage,
  res: ServerResponse,
): [Request, Response] {
  if (Object.getPrototypeOf(req) !== app.request) Object.setPrototypeOf(req, app.request);
  if (Object.getPrototypeOf(res) !== app.response) Object.setPrototypeOf(res, app.response);
  return [req as Request, res as Response];
}

/** The session cookie's name and its options (without an expiry). */
export interface SessionCookie {
  name: string;
  options: CookieOptions;
}

/**
 * What a resolver may do with its request's HTTP side (RequestHttp), through Express's API on
 * first need (expressApi): Express works the address out of the forwarding headers on each read.
 *
 * A class rather than an object literal with `get ip()`: V8 gives each such literal whose getter
 * closes over the request slow (dictionary) properties, and everything the getter reaches, the
 * whole request, then survived the young generation's collections. With one like it in Apollo
 * (fixed by patches/@apollo__server@5.5.1.patch), that kept ~16 % of the young generation alive at
 * each scavenge on `{ __typename }` under load: 10–20 ms pauses every ~60 ms.
 */
export class ExpressRequestHttp implements RequestHttp {
  constructor(
    private readonly app: ExpressPrototypes,
    private readonly req: IncomingMessage,
    private readonly res: ServerResponse,
    private readonly sessionCookie: SessionCookie,
  ) {}

  get ip(): string {
    return expressApi(this.app, this.req, this.res)[0].ip ?? 'unknown';
  }

  setSessionCookie(value: string, expires: Date): void {
    const { name, options } = this.sessionCookie;
    expressApi(this.app, this.req, this.res)[1].cookie(name, value, { ...options, expires });
  }

  clearSessionCookie(): void {
    const { name, options } = this.sessionCookie;
    expressApi(this.app, this.req, this.res)[1].clearCookie(name, options);
  }
}

/** The body limit of the endpoint, as Express's json parser counts it ('100kb'). */
export const GRAPHQL_BODY_LIMIT_BYTES = 100 * 1024;

const JSON_CONTENT_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/**
 * Whether a request is the endpoint's everyday one: a POST of UTF-8 JSON to /graphql, not
 * compressed, with a Content-Length within the limit. Only such requests take the direct road
 * (directGraphqlRoute); anything else goes through Express's router and body parser, which answer
 * each unusual case (a charset, an encoding, chunked or oversized bodies) as they always have.
 */
export function isPlainGraphqlPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || req.url !== '/graphql') return false;
  const { 'content-type': type, 'content-length': length, 'content-encoding': encoding } = req.headers;
  if (type === undefined || !JSON_CONTENT_TYPE.test(type)) return false;
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  if (req.headers['transfer-encoding'] !== undefined || length === undefined) return false;
  const bytes = Number(length);
  return bytes > 0 && bytes <= GRAPHQL_BODY_LIMIT_BYTES;
}

/** An error shaped like body-parser's, so that the final error handler answers it the same way. */
function bodyError(type: string, status = 400): Error & { type: string; status: number } {
  return Object.assign(new Error(type), { type, status });
}

/**
 * Reads and parses a JSON body as Express's json parser does: UTF-8 (a byte order mark is
 * dropped), and only an object or an array at the top (its `strict` mode).
 */
export function readJsonBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('aborted', () => reject(bodyError('request.aborted')));
    req.once('error', () => reject(bodyError('request.aborted')));
    req.once('end', () => {
      let text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const first = text.trimStart()[0];
      if (first !== '{' && first !== '[') {
        reject(bodyError('entity.parse.failed'));
        return;
      }
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(bodyError('entity.parse.failed'));
      }
    });
  });
}

/**
 * The headers a middleware sets on every response whatever the request (Helmet's, for a given
 * configuration), recorded once so that they can be set without running it again.
 */
export function headersSetBy(middleware: RequestHandler): [string, string | number | readonly string[]][] {
  const recorded = new Map<string, string | number | readonly string[]>();
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      recorded.set(name.toLowerCase(), value);
      return response;
    },
    removeHeader(name: string) {
      recorded.delete(name.toLowerCase());
    },
    getHeader: (name: string) => recorded.get(name.toLowerCase()),
  };
  let called = false;
  middleware(
    { method: 'POST', url: '/graphql', headers: {} } as Request,
    response as unknown as Response,
    () => {
      called = true;
    },
  );
  if (!called) throw new Error('the middleware did not hand the request on: its headers cannot be recorded');
  return [...recorded];
}

/**
 * Serves plain GraphQL POSTs (isPlainGraphqlPost) without Express's router, its middleware chain
 * and its body parser, which were a third of the API's fixed cost per request, measured on
 * `{ __typename }` under load. The request gets what the chain would have given it: the security
 * headers, the request log, and the same answers to a body that is not JSON or to an error. It is
 * given Express's request and response API (req.ip with the proxy setting, res.cookie) only by a
 * step that needs it (expressApi). Returns false for any other request, which the caller hands to
 * Express.
 */
export interface DirectGraphqlRoute {
  (req: IncomingMessage, res: ServerResponse): boolean;
}

export function directGraphqlRoute(options: {
  app: ExpressPrototypes;
  securityHeaders: [string, string | number | readonly string[]][];
  /** The middlewares Express runs before the endpoint, in order (request log, statement counter). */
  before: NodeHandler[];
  handle: (req: RequestWithBody, res: ServerResponse) => Promise<void>;
  onError: (error: unknown, req: Request, res: Response) => void;
}): DirectGraphqlRoute {
  const { app, securityHeaders, before, handle, onError } = options;
  return (incoming, outgoing) => {
    if (!isPlainGraphqlPost(incoming)) return false;
    const req = incoming as RequestWithBody;
    const res = outgoing;
    // What Express's app.handle does before its router, but for the prototypes (expressApi).
    (req as { res?: ServerResponse }).res = res;
    (res as { req: IncomingMessage }).req = req;
    for (const [name, value] of securityHeaders) res.setHeader(name, value);
    const fail = (error: unknown) => onError(error, ...expressApi(app, req, res));
    const run = (index: number): void => {
      if (index < before.length) {
        before[index]!(req, res, (error?: unknown) => (error ? fail(error) : run(index + 1)));
        return;
      }
      readJsonBody(req)
        .then((body) => {
          req.body = body;
          return handle(req, res);
        })
        .catch(fail);
    };
    run(0);
    return true;
  };
}
