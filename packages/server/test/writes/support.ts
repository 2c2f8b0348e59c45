import type { Knex } from '@mikro-orm/postgresql';
import type { GraphQLResponse, TestServer } from '../support/test-server';
import { DEMO, type DemoUser } from '../authorization/fixture';

/** Helpers shared by the write specs: signed-in calls, payload errors, and "nothing changed" checks. */

export interface UserErrorShape {
  code: string;
  field: string[] | null;
  message: string;
}

export type Payload<T> = T & { userErrors: UserErrorShape[] };

/** Calls a mutation `name(input: $input) { <selection> userErrors { code field message } }` as `user`. */
export function mutationCaller(server: TestServer) {
  const tokens = new Map<DemoUser, Promise<string>>();
  const tokenOf = (user: DemoUser) => {
    if (!tokens.has(user)) tokens.set(user, server.signIn(DEMO[user]));
    return tokens.get(user)!;
  };
  return async function call<T = Record<string, unknown>>(
    name: string,
    inputType: string,
    selection: string,
    input: Record<string, unknown>,
    user: DemoUser | null,
  ): Promise<{ payload: Payload<T> | null; response: GraphQLResponse }> {
    const document = `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { code field message } } }`;
    const response = await server.graphql(document, { input }, user ? { token: await tokenOf(user) } : {});
    const payload = (response.data?.[name] ?? null) as Payload<T> | null;
    return { payload, response };
  };
}

/** The only user error of a refused payload, as code and field path. */
export function refusal(
  payload: Payload<unknown> | null,
): { code: string; field: string[] | null } | undefined {
  expect(payload).not.toBeNull();
  const [first] = payload!.userErrors;
  return first && { code: first.code, field: first.field };
}

/** The top-level error code of a response (FORBIDDEN, NOT_FOUND, UNAUTHENTICATED, BAD_USER_INPUT …). */
export function topLevelCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

/**
 * Runs `act` and checks that `read` returns the same before and after: the refused call changed
 * nothing in the database.
 */
export async function expectUnchanged<T>(read: () => Promise<unknown>, act: () => Promise<T>): Promise<T> {
  const before = await read();
  const result = await act();
  expect(await read()).toEqual(before);
  return result;
}

/** Rows of a table matching `where`, ordered by id, for before/after comparisons. */
export function rowsOf(knex: Knex, table: string, where: Record<string, unknown>): Promise<unknown[]> {
  return knex(table).where(where).orderBy('id').select('*');
}
