/** Password hashing (Argon2id) and the password rules people are told about when they choose one. */
import { hash, verify } from '@node-rs/argon2';

// OWASP's Argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;

const COMMON_PASSWORDS = new Set([
  'password1234',
  '123456789012',
  'qwertyuiop12',
  'passwordpassword',
  'administrator',
  'letmein12345',
  'welcome12345',
  'crossroads123',
  'iloveyou1234',
  'changeme1234',
]);

/** Hashes a password with Argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** Checks a password against its stored hash; a malformed hash counts as a mismatch. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** The rules a new password breaks, as messages a person can act on (empty when acceptable). */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    problems.push(`Use at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  if (password.length > 256) {
    problems.push('Use at most 256 characters');
  }
  const lower = password.toLowerCase();
  if (username && lower.includes(username.toLowerCase())) {
    problems.push('Do not include your username');
  }
  if (COMMON_PASSWORDS.has(lower)) {
    problems.push('This password is too common');
  }
  if (new Set(password).size < 5) {
    problems.push('Use more varied characters');
  }
  return problems;
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check so that unknown usernames cannot be told apart by timing. */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password-for-timing');
  await verifyPassword(await dummyHash, password);
}
