import { randomInt } from 'node:crypto';
import { AppError } from '../common/errors.js';

/**
 * The password policy, from the settings (PASSWORD_* variables, see
 * docs/operations.md). It is checked on every password a person chooses
 * (changePassword) and met by every password the system generates
 * (one-time passwords of createAccountsForUnit and resetPassword).
 */
export interface PasswordPolicy {
  /** Fewest characters (PASSWORD_MIN_LENGTH, default 10). */
  minLength: number;
  /** How many of the four classes — upper case, lower case, digit, symbol — must occur (PASSWORD_MIN_CLASSES, default 3). */
  minClasses: number;
  /** Days a chosen password lasts before it must be changed; 0 = never (PASSWORD_EXPIRY_DAYS, default 0). */
  expiryDays: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 10, minClasses: 3, expiryDays: 0 };

/** Why a password is refused, one code per rule; the web shows each in words. */
export const PASSWORD_RULES = ['TOO_SHORT', 'TOO_FEW_CLASSES', 'EQUALS_USERNAME', 'SAME_AS_CURRENT', 'TOO_LONG'] as const;
export type PasswordRule = (typeof PASSWORD_RULES)[number];

/** The longest password taken (argon2 hashes anything, but a megabyte of password is an attack). */
export const PASSWORD_MAX_LENGTH = 256;

/** Upper case, lower case (letters without case, as Chinese characters, count here), digits, symbols. */
const CLASSES: ReadonlyArray<RegExp> = [/\p{Lu}/u, /[\p{Ll}\p{Lo}\p{Lm}\p{Lt}]/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u];

/** How many of upper case, lower case, digit and symbol the password holds. */
export function characterClasses(password: string): number {
  return CLASSES.filter((re) => re.test(password)).length;
}

/** The rules a password breaks (empty: accepted). */
export function passwordViolations(policy: PasswordPolicy, password: string, username: string, current?: string): PasswordRule[] {
  const broken: PasswordRule[] = [];
  if ([...password].length < policy.minLength) broken.push('TOO_SHORT');
  if (password.length > PASSWORD_MAX_LENGTH) broken.push('TOO_LONG');
  if (characterClasses(password) < Math.min(4, policy.minClasses)) broken.push('TOO_FEW_CLASSES');
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) broken.push('EQUALS_USERNAME');
  if (current !== undefined && password === current) broken.push('SAME_AS_CURRENT');
  return broken;
}

/** Throws VALIDATION on `field` with the broken rules' codes in `reasons` (and one message per rule). */
export function assertPasswordAllowed(policy: PasswordPolicy, password: string, username: string, field: string, current?: string): void {
  const reasons = passwordViolations(policy, password, username, current);
  if (reasons.length === 0) return;
  throw new AppError('VALIDATION', `The password breaks the password policy: ${reasons.join(', ')}`, {
    fields: [{ field, messages: reasons.map((r) => RULE_MESSAGES[r](policy)) }],
    reasons,
  });
}

const RULE_MESSAGES: Record<PasswordRule, (p: PasswordPolicy) => string> = {
  TOO_SHORT: (p) => `must be at least ${p.minLength} characters`,
  TOO_LONG: () => `must be at most ${PASSWORD_MAX_LENGTH} characters`,
  TOO_FEW_CLASSES: (p) => `must mix at least ${p.minClasses} of upper case, lower case, digits and symbols`,
  EQUALS_USERNAME: () => 'must not be the username',
  SAME_AS_CURRENT: () => 'must differ from the current password',
};

// No look-alikes (0/O, 1/l/I), so a password read off a printed slip is typed right.
const ALPHABETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '@#%+=?!'] as const;

/**
 * A random one-time password meeting the policy: every character class, at
 * least 12 characters (or the policy's minimum when longer), from the
 * operating system's random source.
 */
export function generateOneTimePassword(policy: PasswordPolicy): string {
  const length = Math.max(12, policy.minLength);
  const all = ALPHABETS.join('');
  const chars = ALPHABETS.map((a) => a[randomInt(a.length)]!);
  while (chars.length < length) chars.push(all[randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

/** Whether a password changed at `changedAt` has run out by `now` under the policy. */
export function passwordExpired(policy: PasswordPolicy, changedAt: Date, now: Date): boolean {
  return policy.expiryDays > 0 && now.getTime() - changedAt.getTime() >= policy.expiryDays * 86_400_000;
}
