import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { persistedRequestUrl } from '@/lib/persisted-operations';

/**
 * One GraphQL query to the same origin's /graphql without Apollo Client, for small islands on
 * public pages whose first load must stay light (the discover pages' region picker): its persisted
 * hash over GET, which the browser may answer from its cache. The JSON content type is what the
 * API's CSRF protection asks of a browser.
 */
export async function fetchGraphql<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  const response = await fetch(persistedRequestUrl('/graphql', document, variables), {
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    signal,
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(body.errors?.[0]?.message ?? `GraphQL request failed (${response.status})`);
  }
  return body.data;
}
