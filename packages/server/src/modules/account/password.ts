import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * argon2id through @node-rs/argon2 (maintained, prebuilt for our platforms, no install scripts).
 * Parameters: OWASP's minimum for argon2id (19 MiB, 2 iterations, 1 lane), ≈50 ms on our machines.
 */
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 10;

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
