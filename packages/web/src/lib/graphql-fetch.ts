import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

const printed = new WeakMap<object, string>();

/**
 * One GraphQL request to the same origin's /graphql without Apollo Client, for small islands on
 * public pages whose first load must stay light (the discover pages' region picker). The JSON
 * content type is what the API's CSRF protection asks of a browser.
 */
export async function fetchGraphql<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  let query = printed.get(document);
  if (!query) {
    query = print(document);
    printed.set(document, query);
  }
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({ query, variables }),
    signal,
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(body.errors?.[0]?.message ?? `GraphQL request failed (${response.status})`);
  }
  return body.data;
}
