import { DomainError, RefusalCode } from '../../shared/domain-error';

/** The password policy's refusals (password.ts), wherever a password is set. */
export const PASSWORD_POLICY_CODES = [
  RefusalCode.PASSWORD_TOO_SHORT,
  RefusalCode.PASSWORD_TOO_LONG,
  RefusalCode.PASSWORD_TOO_COMMON,
  RefusalCode.PASSWORD_TOO_SIMPLE,
  RefusalCode.PASSWORD_SAME_AS_EMAIL,
  RefusalCode.PASSWORD_INVALID_CHARACTER,
] as const;

/** The refusals only account operations give: credentials and the password policy. */
export const ACCOUNT_OWN_CODES = [RefusalCode.INVALID_CREDENTIALS, ...PASSWORD_POLICY_CODES] as const;

/** What signing in, a password or an account change can be refused for. */
export type AccountErrorCode =
  | RefusalCode.RATE_LIMITED
  | RefusalCode.INVALID
  | RefusalCode.NOT_FOUND
  | RefusalCode.DUPLICATE
  | (typeof ACCOUNT_OWN_CODES)[number];

/** A refused account operation; `field` is the path of the command field concerned. */
export class AccountError extends DomainError<AccountErrorCode> {}
