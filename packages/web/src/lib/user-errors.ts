import type { UserErrorCode } from '../graphql/generated/graphql';

export interface ApiUserError {
  code: UserErrorCode;
  message: string;
  field?: readonly string[] | null;
}

/** Problems to show on a form: per field (by its dotted input path) and for the whole form. */
export interface FormProblems {
  fields: Record<string, string>;
  /** The API's refusals that name no field of the form. */
  general: ApiUserError[];
  /** Someone changed the record since the form was loaded. */
  conflict: boolean;
}

export const NO_PROBLEMS: FormProblems = { fields: {}, general: [], conflict: false };

/**
 * Sorts a payload's userErrors onto the form: `["input", "loanTerms", "maxAmount"]` becomes the
 * field "loanTerms.maxAmount" when the form has it; CONFLICT is its own state; the rest is
 * general. The API writes its messages in English, so each field gets the caller's localised
 * text for the code, followed by the API's detail.
 */
export function problemsOf(
  errors: readonly ApiUserError[],
  formFields: readonly string[],
  describe: (error: ApiUserError) => string,
): FormProblems {
  const problems: FormProblems = { fields: {}, general: [], conflict: false };
  for (const error of errors) {
    if (error.code === 'CONFLICT') {
      problems.conflict = true;
      continue;
    }
    const path = (error.field ?? []).filter((part) => part !== 'input').join('.');
    const field = formFields.find((name) => path === name || path.startsWith(`${name}.`));
    if (field) problems.fields[field] ??= describe(error);
    else problems.general.push(error);
  }
  return problems;
}
