/**
 * The API's password-policy refusals (its PASSWORD_POLICY_CODES), each explained by a text of
 * `changePassword.problems`, wherever a password is set: changing it, or accepting an invitation.
 */
export const PASSWORD_POLICY_CODES = [
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_TOO_COMMON',
  'PASSWORD_TOO_SIMPLE',
  'PASSWORD_SAME_AS_EMAIL',
  'PASSWORD_INVALID_CHARACTER',
] as const;

export type PasswordPolicyCode = (typeof PASSWORD_POLICY_CODES)[number];

export function passwordPolicyCodeOf(code: string | undefined): PasswordPolicyCode | undefined {
  return PASSWORD_POLICY_CODES.find((known) => known === code);
}
