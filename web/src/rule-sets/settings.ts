/**
 * Reading rule settings for people: which unit a figure has, which settings
 * differ from the national defaults, and how a setting's path is named. The
 * shape itself comes from the server; nothing here knows the list of settings.
 */

export type SettingsObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is SettingsObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type Unit = 'percent' | 'workingDays' | 'days' | 'months' | 'years' | null;

/** The unit of a numeric setting, read from its name (`…Percent`, `…Days`, `…Months`, `…Years`, `…Weights`). */
export function unitOf(key: string): Unit {
  if (/Percent$|Weights$/.test(key)) return 'percent';
  if (/WorkingDays$/.test(key)) return 'workingDays';
  if (/Days$/.test(key)) return 'days';
  if (/Months$/.test(key)) return 'months';
  if (/Years$/.test(key)) return 'years';
  return null;
}

/** The key along a dotted path that gives the unit: `democraticEvaluation.raterGroupWeights.PEER` → `raterGroupWeights`. */
export function unitKeyOf(path: string): string {
  const parts = path.split('.');
  return [...parts].reverse().find((part) => unitOf(part) !== null) ?? parts.at(-1) ?? '';
}

/** Deep equality of JSON values (objects compared key by key, in any order). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameJson(a[k], b[k]));
  }
  return false;
}

export interface SettingChange {
  /** Dotted path, e.g. `gates.excellentQuotaPercent`. */
  path: string;
  value: unknown;
  /** Undefined when the defaults have no such setting. */
  defaultValue: unknown;
}

/**
 * The leaves where `settings` differ from `defaults`. Plain objects are
 * compared key by key; lists and other values as a whole (as the server merges them).
 */
export function changedSettings(settings: unknown, defaults: unknown, prefix = ''): SettingChange[] {
  if (isPlainObject(settings) && isPlainObject(defaults)) {
    return Object.keys(settings).flatMap((key) =>
      changedSettings(settings[key], defaults[key], prefix ? `${prefix}.${key}` : key),
    );
  }
  return sameJson(settings, defaults) ? [] : [{ path: prefix, value: settings, defaultValue: defaults }];
}

/** The setting at a dotted path, or undefined. */
export function settingAt(settings: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isPlainObject(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined), settings);
}

/**
 * Parses the JSON a publisher typed: it must be an object. Returns the object,
 * or the parser's complaint.
 */
export function parseSettingsPatch(text: string): { ok: true; value: SettingsObject } | { ok: false; reason: string } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: {} };
  try {
    const value: unknown = JSON.parse(trimmed);
    if (!isPlainObject(value)) return { ok: false, reason: 'not an object' };
    return { ok: true, value };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
