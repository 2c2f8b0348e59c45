import type { DocumentNode } from 'graphql';

/**
 * The web app sends its operations by hash only: `pnpm codegen` gives each document its SHA-256
 * (`document.__meta__.hash`) and writes them all to persisted-documents.json, which the API reads.
 * In production the API runs no other document for browsers, so a request never carries a query's
 * text, and queries go over GET, where the browser (and a CDN) may keep an anonymous answer.
 */
export function persistedHashOf(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') {
    throw new Error('This GraphQL document has no persisted hash: import it from src/graphql/generated');
  }
  return hash;
}

/** The request of a persisted operation without Apollo Client (fetchGraphql): GET for a query. */
export function persistedRequestUrl(endpoint: string, document: DocumentNode, variables: unknown): string {
  const extensions = { persistedQuery: { version: 1, sha256Hash: persistedHashOf(document) } };
  const parameters = new URLSearchParams({
    variables: JSON.stringify(variables ?? {}),
    extensions: JSON.stringify(extensions),
  });
  return `${endpoint}?${parameters.toString()}`;
}
