import { CombinedGraphQLErrors } from '@apollo/client';
import type { UserErrorCode } from '../graphql/generated/graphql';

/** A payload's user error as the operations select it. */
export interface PayloadUserError {
  code: UserErrorCode;
  message: string;
  field?: readonly string[] | null;
}

/**
 * Why an action did not happen, as the interface explains it:
 * - `conflict`: someone changed the record since the page was loaded (stale `version`), or the
 *   action is no longer possible in its new state: reload to see the fresh data;
 * - `forbidden`: the viewer may not do this;
 * - `signedOut`: the session ended;
 * - `invalid`: the input was refused; `fields` holds the problems per field ("terms.amount");
 * - `failed`: anything else (network, server).
 */
export type ActionProblem =
  | { kind: 'conflict' }
  | { kind: 'forbidden' }
  | { kind: 'signedOut' }
  | { kind: 'invalid'; fields: Record<string, FieldProblem>; general: FieldProblem[] }
  | { kind: 'failed' };

/** A refused value: required, out of range, not found… (shown in the interface's language). */
export type FieldProblem = 'required' | 'outOfRange' | 'notFound' | 'duplicate' | 'invalid';

function fieldProblemOf(error: PayloadUserError): FieldProblem {
  if (error.code === 'NOT_FOUND') return 'notFound';
  if (error.code === 'DUPLICATE') return 'duplicate';
  if (/\brequired\b|should not be empty|must be longer/i.test(error.message)) return 'required';
  if (
    /must not (exceed|be greater|be less)|must be (a positive|at least|at most)|less than|greater than/i.test(
      error.message,
    )
  ) {
    return 'outOfRange';
  }
  return 'invalid';
}

/** "terms.amount" for ["input", "terms", "amount"]; null for the input as a whole. */
export function fieldKeyOf(field: readonly string[] | null | undefined): string | null {
  if (!field || field.length === 0) return null;
  const path = field[0] === 'input' ? field.slice(1) : field;
  return path.length > 0 ? path.join('.') : null;
}

/** The problem a payload's user errors describe; null when there are none (it succeeded). */
export function problemOfUserErrors(errors: readonly PayloadUserError[]): ActionProblem | null {
  if (errors.length === 0) return null;
  if (errors.some((error) => error.code === 'CONFLICT' || error.code === 'INVALID_TRANSITION')) {
    return { kind: 'conflict' };
  }
  const fields: Record<string, FieldProblem> = {};
  const general: FieldProblem[] = [];
  for (const error of errors) {
    const key = fieldKeyOf(error.field);
    if (key && key !== 'version') fields[key] ??= fieldProblemOf(error);
    else general.push(fieldProblemOf(error));
  }
  return { kind: 'invalid', fields, general };
}

/** The problem behind an error thrown by a mutation (top-level GraphQL error or network). */
export function problemOfThrown(error: unknown): ActionProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((graphQLError) => graphQLError.extensions?.code);
    if (codes.includes('FORBIDDEN')) return { kind: 'forbidden' };
    if (codes.includes('UNAUTHENTICATED')) return { kind: 'signedOut' };
    if (codes.includes('NOT_FOUND')) return { kind: 'conflict' };
  }
  return { kind: 'failed' };
}

/**
 * Runs a mutation and reduces its outcome to a problem or success: payload user errors and
 * thrown errors alike. `run` returns the payload's userErrors (an empty list on success).
 */
export async function outcomeOf(
  run: () => Promise<readonly PayloadUserError[] | undefined>,
): Promise<ActionProblem | null> {
  try {
    const errors = await run();
    if (errors === undefined) return { kind: 'failed' };
    return problemOfUserErrors(errors);
  } catch (error) {
    return problemOfThrown(error);
  }
}
