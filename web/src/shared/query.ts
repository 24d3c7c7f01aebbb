import type { LocationQuery, LocationQueryValue } from 'vue-router';

/** The first value of a query parameter as a string, or '' when absent. */
export function queryString(query: LocationQuery, key: string): string {
  const value: LocationQueryValue | LocationQueryValue[] | undefined = query[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

/** A query object without empty values, for `router.replace({ query })`. */
export function compactQuery(values: Record<string, string | number | boolean | null | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === '' || value === false) continue;
    out[key] = value === true ? '1' : String(value);
  }
  return out;
}

/** A value that must be one of `allowed`, else null (for enum filters read from the URL). */
export function oneOf<const T extends string>(value: string, allowed: readonly T[]): T | null {
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}
