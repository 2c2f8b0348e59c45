import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Context } from '../request-context';
import { ErrorCode } from './errors';

/**
 * The web app's operations, persisted: the codegen of packages/web writes
 * `persisted-documents.json` (SHA-256 of a document's text in hex → the text), and the web app sends
 * only those hashes, as the automatic-persisted-queries protocol carries them
 * (`extensions.persistedQuery.sha256Hash`), over GET for queries. The API answers a hash from
 * that file, and in `trusted` mode (production's default) runs nothing else for browsers: a
 * request that is not made with an API token must name a document of the file. Partners' systems,
 * with an API token, may send any document, under the same limits.
 */
export type DocumentPolicy = 'trusted' | 'any';

/** The manifest, loaded at start; read again on a miss when its file changed (development). */
export class PersistedDocuments {
  private documents = new Map<string, string>();
  /** The file's modification time when read; undefined while there is no file. */
  private loadedVersion: number | undefined;

  /**
   * `required`: a missing file throws, as does a file that is not a manifest: an API that is to run
   * only the web app's documents must not start without them.
   */
  constructor(
    readonly file: string,
    private readonly options: { required: boolean; reloadOnMiss: boolean },
  ) {
    this.load();
  }

  get size(): number {
    return this.documents.size;
  }

  /** The document of a hash, or undefined. */
  get(hash: string): string | undefined {
    const found = this.documents.get(hash);
    if (found !== undefined || !this.options.reloadOnMiss) return found;
    // `pnpm codegen` while the API runs: the web app asks for hashes the API has not read yet.
    if (this.fileVersion() !== this.loadedVersion) this.load();
    return this.documents.get(hash);
  }

  has(hash: string | undefined): boolean {
    return hash !== undefined && this.get(hash) !== undefined;
  }

  private fileVersion(): number | undefined {
    return fs.statSync(this.file, { throwIfNoEntry: false })?.mtimeMs;
  }

  private load(): void {
    const version = this.fileVersion();
    if (version === undefined) {
      if (this.options.required) throw new Error(`The persisted documents file ${this.file} does not exist`);
      this.documents = new Map();
      this.loadedVersion = undefined;
      return;
    }
    const parsed: unknown = JSON.parse(fs.readFileSync(this.file, 'utf8'));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new Error(`${this.file} is not a map of document hashes to documents`);
    }
    const documents = new Map<string, string>();
    for (const [hash, text] of Object.entries(parsed)) {
      if (!/^[0-9a-f]{64}$/.test(hash) || typeof text !== 'string') {
        throw new Error(`${this.file}: "${hash.slice(0, 80)}" is not a SHA-256 hash of a document`);
      }
      documents.set(hash, text);
    }
    this.documents = documents;
    this.loadedVersion = version;
  }
}

type PersistedQueryCache = NonNullable<
  Exclude<ApolloServerOptions<Context>['persistedQueries'], false | undefined>['cache']
>;

/**
 * Apollo's persisted-query store, answered from the manifest (Apollo asks for `apq:` + hash).
 * Read-only: Apollo's default store would keep any document a client registers by sending it with
 * its hash, which is how automatic persisted queries work and what an allow-list must not do.
 */
export function persistedQueryStore(documents: PersistedDocuments): PersistedQueryCache {
  const PREFIX = 'apq:';
  return {
    get: async (key: string) =>
      key.startsWith(PREFIX) ? documents.get(key.slice(PREFIX.length)) : undefined,
    set: async () => undefined,
    delete: async () => false,
  };
}

const REQUIRED_MESSAGE =
  'This API runs only the web app’s persisted operations for browsers; send a persisted query hash, or use an API token to send your own queries.';

/**
 * Refuses, in `trusted` mode, a document that is not in the manifest unless the request carries
 * an API token (PERSISTED_QUERY_REQUIRED, HTTP 400). Apollo has hashed the text by then (its
 * document cache is keyed by that hash), so the check is one lookup.
 */
export function trustedDocumentsPlugin(
  documents: PersistedDocuments,
  log: Logger,
): ApolloServerPlugin<Context> {
  log.info({ documents: documents.size }, 'only persisted documents are run for browsers');
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash, contextValue }) {
          if (contextValue.viewer?.credential.kind === 'apiToken' || documents.has(queryHash)) return;
          throw new GraphQLError(REQUIRED_MESSAGE, {
            extensions: { code: ErrorCode.PERSISTED_QUERY_REQUIRED, http: { status: 400 } },
          });
        },
      };
    },
  };
}

/** The hash of `extensions.persistedQuery.sha256Hash`, as Apollo reads it over HTTP; undefined when absent. */
function persistedHashOf(extensions: unknown): string | undefined {
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)
    ?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

/**
 * The text of a subscription sent over WebSocket, by the same rules as over HTTP: a persisted hash
 * names a document of the manifest (PERSISTED_QUERY_NOT_FOUND otherwise), and in `trusted` mode a
 * socket without an API token may run only those. Returns the error to answer with instead.
 */
export function documentOfSubscription(
  payload: { query: string; extensions?: unknown },
  viewer: { credential: { kind: string } },
  documents: PersistedDocuments,
  policy: DocumentPolicy,
): string | GraphQLError {
  const hash = persistedHashOf(payload.extensions);
  if (hash !== undefined) {
    return (
      documents.get(hash) ??
      new GraphQLError('PersistedQueryNotFound', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })
    );
  }
  if (
    policy === 'trusted' &&
    viewer.credential.kind !== 'apiToken' &&
    !documents.has(sha256Hex(payload.query))
  ) {
    return new GraphQLError(REQUIRED_MESSAGE, { extensions: { code: ErrorCode.PERSISTED_QUERY_REQUIRED } });
  }
  return payload.query;
}

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** How long a shared cache may keep an anonymous GET query's answer, and serve it stale after. */
export const PUBLIC_READ_MAX_AGE_SECONDS = 30;
export const PUBLIC_READ_STALE_SECONDS = 60;

/**
 * Cache headers of queries sent over GET: an anonymous viewer's answer is public for a short
 * while (a CDN or the browser may keep it), a signed-in viewer's is private and not kept, and
 * both vary with the credentials that would change them. POSTs (mutations, and queries sent in a
 * body) are never cached.
 */
export function getCacheHeadersPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      if (request.http?.method !== 'GET') return;
      return {
        async willSendResponse({ response, contextValue, errors }) {
          const headers = response.http.headers;
          headers.set('vary', 'Accept-Encoding, Authorization, Cookie');
          const isPublic =
            contextValue.viewer === null && !contextValue.credentialRejected && !errors?.length;
          headers.set(
            'cache-control',
            isPublic
              ? `public, max-age=${PUBLIC_READ_MAX_AGE_SECONDS}, stale-while-revalidate=${PUBLIC_READ_STALE_SECONDS}`
              : 'private, no-store',
          );
        },
      };
    },
  };
}
