import type { Knex } from '@mikro-orm/postgresql';
import type { DemoUser, Fixture } from './fixture';

/**
 * One row of the authorization matrix: a mutation aimed at an organisation's data, the users of
 * other organisations who must be refused, and the stored state that must stay as it was.
 */
export interface AuthorizationCase {
  /** Root mutation field, e.g. "updateOffering". Every mutation in the schema needs a case. */
  mutation: string;
  /** What the call targets, for the test name, e.g. "a draft offering of the demo cooperative". */
  target: string;
  document: string;
  /** Variables for the call; may create the target first (e.g. a draft) through `knex`. */
  variables: (fixture: Fixture, knex: Knex) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Signed-in users of other organisations; each must get FORBIDDEN or NOT_FOUND. */
  outsiders: DemoUser[];
  /** A user who may make the call: it must succeed and change the state (the control). */
  insider: DemoUser;
  /** Reads the state the call would change; compared before and after each refused call. */
  state: (fixture: Fixture, knex: Knex) => Promise<unknown>;
}
