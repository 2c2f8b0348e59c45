import { randomBytes } from 'node:crypto';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { DomainErrors, RefusalCode, type FieldPath } from '../../shared/domain-error';
import { AccountError } from './account.errors';

/**
 * argon2id through @node-rs/argon2 (maintained, prebuilt for our platforms, no install scripts).
 * Parameters: OWASP's minimum for argon2id (19 MiB, 2 iterations, 1 lane), ≈50 ms on our machines.
 */
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 10;
/**
 * argon2 would take any length, but hashing megabytes on every sign-in is a cheap way to burn the
 * server's CPU; 200 (UTF-16 units, as signIn's own input limit counts) is far beyond any passphrase.
 */
export const MAX_PASSWORD_LENGTH = 200;

/** zxcvbn's list of the 49k most used passwords, lower-cased for a case-insensitive look-up. */
let commonPasswords: Set<string> | undefined;
function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}

/** C0 and C1 control characters, NUL included: invisible, untypeable on another device, and PostgreSQL refuses NUL. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
/** One character, or a group of up to four, repeated throughout: "aaaaaaaaaa", "abababababab". */
const REPEATED_GROUP = /^(.{1,4}?)\1+$/su;

/**
 * The password policy, the one place that decides whether a new password is acceptable (creating a
 * user, changing one's password). Every broken rule is reported, each with its code, at `field`.
 */
export function passwordPolicyErrors(password: string, email: string, field: FieldPath): AccountError[] {
  const errors: AccountError[] = [];
  const refuse = (code: AccountError['code'], message: string) =>
    errors.push(new AccountError(code, message, field));
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    refuse(
      RefusalCode.PASSWORD_TOO_SHORT,
      `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
    );
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    refuse(
      RefusalCode.PASSWORD_TOO_LONG,
      `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`,
    );
  }
  if (CONTROL_CHARACTER.test(password)) {
    refuse(
      RefusalCode.PASSWORD_INVALID_CHARACTER,
      'The password must not contain control characters such as NUL, tab or line breaks.',
    );
  }
  if (REPEATED_GROUP.test(password)) {
    refuse(
      RefusalCode.PASSWORD_TOO_SIMPLE,
      'The password must not repeat one character or a short group of them.',
    );
  }
  if (isCommonPassword(password)) {
    refuse(
      RefusalCode.PASSWORD_TOO_COMMON,
      'This password is one of the most commonly used; choose another.',
    );
  }
  const lowered = password.toLowerCase();
  const normalisedEmail = email.trim().toLowerCase();
  const localPart = normalisedEmail.includes('@')
    ? normalisedEmail.slice(0, normalisedEmail.lastIndexOf('@'))
    : '';
  if (lowered === normalisedEmail || (localPart !== '' && lowered === localPart)) {
    refuse(
      RefusalCode.PASSWORD_SAME_AS_EMAIL,
      'The password must not be the email address or its part before the @.',
    );
  }
  return errors;
}

export function assertPasswordPolicy(password: string, email: string, field: FieldPath): void {
  const errors = passwordPolicyErrors(password, email, field);
  if (errors.length > 0) throw new DomainErrors(errors);
}

/**
 * A temporary password for an admin's reset: 16 characters from 96 random bits, typeable on a
 * phone, and shown once to the admin who passes it on.
 */
export function temporaryPassword(): string {
  return randomBytes(12).toString('base64url');
}

export function hashPassword(password: string, salt?: Uint8Array): Promise<string> {
  return hash(password, salt ? { ...OPTIONS, salt } : OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * Verifying against this when the account does not exist makes a failed sign-in take as long
 * whether or not the email is registered.
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('no account has this password');
  return dummyHash;
}
