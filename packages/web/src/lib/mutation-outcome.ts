import { CombinedGraphQLErrors } from '@apollo/client';
import type { AccountErrorCode, ProposalErrorCode, UserErrorCode } from '@/graphql/generated/graphql';
import { isPoolRuleCode, type PoolRuleCode } from '@/lib/pool-rule-codes';
import { isProgramRuleCode, type ProgramRuleCode } from '@/lib/program-rule-codes';

/*
 * The one place that reads a mutation's outcome: its payload's refusals, or the error it threw.
 * The refusals are `userErrors` (UserErrorCode), or `errors` with the module's own codes where the
 * module has them (accounts, proposals).
 * Two shapes for the two kinds of form:
 * - ActionProblem (outcomeOf): the workspaces' actions, which explain each kind of problem in the
 *   interface's own words;
 * - FormProblems (problemsOf): the partner workspace's forms, which show the API's message at
 *   the field it names.
 */

/** A payload's refusal as the operations select it. */
export interface PayloadUserError {
  code: UserErrorCode | AccountErrorCode | ProposalErrorCode;
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

/**
 * A refused value: required, out of range, not found, a broken program or pool rule… (shown in
 * the interface's language).
 */
export type FieldProblem =
  | 'required'
  | 'outOfRange'
  | 'tooLong'
  | 'notFound'
  | 'duplicate'
  | 'invalid'
  | ProgramRuleCode
  | PoolRuleCode;

/**
 * The kind of problem a refusal names, for a text in the page's language: its code when that says
 * it, otherwise what the API's (English) message is about; 'invalid' when neither tells more.
 */
export function fieldProblemOf(error: PayloadUserError): FieldProblem {
  if (isProgramRuleCode(error.code) || isPoolRuleCode(error.code)) return error.code;
  if (error.code === 'NOT_FOUND') return 'notFound';
  if (error.code === 'DUPLICATE') return 'duplicate';
  if (/\brequired\b|should not be empty|must be longer/i.test(error.message)) return 'required';
  if (/must be shorter than|must contain (not more|no more) than|too long/i.test(error.message))
    return 'tooLong';
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

/** Problems to show on a form: per field (by its dotted input path) and for the whole form. */
export interface FormProblems {
  fields: Record<string, string>;
  /** The API's refusals that name no field of the form. */
  general: PayloadUserError[];
  /** Someone changed the record since the form was loaded. */
  conflict: boolean;
}

export const NO_PROBLEMS: FormProblems = { fields: {}, general: [], conflict: false };

/**
 * Sorts a payload's userErrors onto a form that shows the API's own words (the partner
 * workspace's forms): `["input", "loanTerms", "maxAmount"]` becomes the field
 * "loanTerms.maxAmount" when the form has it; CONFLICT is its own state; the rest is general.
 * The API writes its messages in English, so each field gets the caller's localised text for the
 * code, followed by the API's detail.
 */
export function problemsOf(
  errors: readonly PayloadUserError[],
  formFields: readonly string[],
  describe: (error: PayloadUserError) => string,
): FormProblems {
  const problems: FormProblems = { fields: {}, general: [], conflict: false };
  for (const error of errors) {
    if (error.code === 'CONFLICT') {
      problems.conflict = true;
      continue;
    }
    const path = fieldKeyOf(error.field) ?? '';
    const field = formFields.find((name) => path === name || path.startsWith(`${name}.`));
    if (field) problems.fields[field] ??= describe(error);
    else problems.general.push(error);
  }
  return problems;
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
