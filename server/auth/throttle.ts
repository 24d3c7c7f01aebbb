import type { EntityManager } from 'typeorm';

/**
 * Sign-in throttling (OWASP ASVS 2.2.1, 等保 2.0 登录失败处理): instead of a
 * lock that anyone could trigger with a few anonymous requests, failed
 * attempts slow down. Each attempt is counted under three keys:
 *
 * - `pair:<username>|<address>` — one account from one client address: a
 *   few free failures, then a delay that doubles with every further failure;
 * - `account:<username>` — one account from anywhere (a distributed guess),
 *   with a much higher free allowance, so a stranger cannot keep a user out;
 * - `address:<address>` — one client address across accounts (spraying).
 *
 * An attempt is admitted only when no key is waiting, and admitting it counts
 * it as a failure at once, under a row lock: parallel attempts each see the
 * count of those before them, so a burst checks no more passwords than the
 * allowance. A success refunds it. Keys use the typed username whether or
 * not the account exists: the answers say nothing about which usernames do.
 */
export interface ThrottleSettings {
  /** Free failures for one account from one address before delays start. */
  pairFreeFailures: number;
  /** Free failures for one account from all addresses together. */
  accountFreeFailures: number;
  /** Free failures from one address across all accounts. */
  addressFreeFailures: number;
  /** The longest delay, in seconds. */
  maxDelaySeconds: number;
  /** Failures older than this are forgotten, in seconds. */
  forgetAfterSeconds: number;
}

export type ThrottleKeyKind = 'pair' | 'account' | 'address';

export interface ThrottleKey {
  kind: ThrottleKeyKind;
  key: string;
  free: number;
}

export function throttleKeys(username: string, address: string | undefined, settings: ThrottleSettings): ThrottleKey[] {
  const user = username.trim().toLowerCase();
  const from = address || 'unknown';
  return [
    { kind: 'pair', key: `pair:${user}|${from}`, free: settings.pairFreeFailures },
    { kind: 'account', key: `account:${user}`, free: settings.accountFreeFailures },
    { kind: 'address', key: `address:${from}`, free: settings.addressFreeFailures },
  ];
}

/** The wait after the nth failure: none within the allowance, then 1 s, 2 s, 4 s… up to the maximum. */
export function delaySeconds(failures: number, free: number, maxDelaySeconds: number): number {
  if (failures <= free) return 0;
  return Math.min(2 ** Math.min(failures - free - 1, 30), maxDelaySeconds);
}

export type Admission =
  | { admitted: true; /** Keys whose delay this attempt started (if it fails), with the delay. */ delays: Array<{ kind: ThrottleKeyKind; seconds: number; failures: number }> }
  | { admitted: false; retryAfterSeconds: number; kind: ThrottleKeyKind };

interface Row {
  key: string;
  failures: number;
  blocked_until: Date | null;
  last_failure_at: Date | null;
}

/**
 * Admits or refuses one attempt, counting it as a failure if admitted. Runs
 * in the caller's (short) transaction; the password is checked after it
 * commits, so no row stays locked while argon2 works.
 */
export async function admit(m: EntityManager, keys: ThrottleKey[], settings: ThrottleSettings, now: Date): Promise<Admission> {
  const names = keys.map((k) => k.key).sort();
  await m.query(`INSERT INTO sign_in_throttle (key) SELECT unnest($1::text[]) ON CONFLICT (key) DO NOTHING`, [names]);
  const rows: Row[] = await m.query(
    `SELECT key, failures, blocked_until, last_failure_at FROM sign_in_throttle WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE`,
    [names],
  );
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const forgetBefore = now.getTime() - settings.forgetAfterSeconds * 1000;
  let refusal: { retryAfterSeconds: number; kind: ThrottleKeyKind } | null = null;
  for (const k of keys) {
    const row = byKey.get(k.key)!;
    if (row.blocked_until && row.blocked_until.getTime() > now.getTime()) {
      const wait = Math.ceil((row.blocked_until.getTime() - now.getTime()) / 1000);
      if (!refusal || wait > refusal.retryAfterSeconds) refusal = { retryAfterSeconds: wait, kind: k.kind };
    }
  }
  if (refusal) return { admitted: false, ...refusal };
  const delays: Array<{ kind: ThrottleKeyKind; seconds: number; failures: number }> = [];
  const updates = keys.map((k) => {
    const row = byKey.get(k.key)!;
    const stale = !row.last_failure_at || row.last_failure_at.getTime() < forgetBefore;
    const failures = (stale ? 0 : row.failures) + 1;
    const seconds = delaySeconds(failures, k.free, settings.maxDelaySeconds);
    if (seconds > 0) delays.push({ kind: k.kind, seconds, failures });
    return { key: k.key, failures, blockedUntil: seconds > 0 ? new Date(now.getTime() + seconds * 1000) : null };
  });
  await m.query(
    `UPDATE sign_in_throttle t SET failures = u.failures, blocked_until = u.blocked_until, last_failure_at = $4
       FROM unnest($1::text[], $2::int[], $3::timestamptz[]) AS u(key, failures, blocked_until)
      WHERE t.key = u.key`,
    [updates.map((u) => u.key), updates.map((u) => u.failures), updates.map((u) => u.blockedUntil), now],
  );
  return { admitted: true, delays };
}

/**
 * After a right password: the account's and the pair's counts start again;
 * the address gets back the one failure its admission counted.
 */
export async function refund(m: EntityManager, keys: ThrottleKey[]): Promise<void> {
  const reset = keys.filter((k) => k.kind !== 'address').map((k) => k.key);
  const address = keys.find((k) => k.kind === 'address')!;
  await m.query(`DELETE FROM sign_in_throttle WHERE key = ANY($1::text[])`, [reset]);
  await m.query(
    `UPDATE sign_in_throttle SET failures = greatest(failures - 1, 0),
            blocked_until = CASE WHEN failures - 1 <= $2 THEN NULL ELSE blocked_until END
      WHERE key = $1`,
    [address.key, address.free],
  );
}

/** An administrator's unlock: every count kept for this username starts again. */
export async function forgetUsername(m: EntityManager, username: string): Promise<void> {
  const user = username.trim().toLowerCase();
  await m.query(`DELETE FROM sign_in_throttle WHERE key = $1 OR starts_with(key, $2)`, [`account:${user}`, `pair:${user}|`]);
}
