import type { AppLocale } from './i18n';

/** Formatting of dates, times and numbers in the reader's language, using Intl only. */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day `YYYY-MM-DD` (no time zone) in the reader's language, e.g. 2026年3月1日 / 1 Mar 2026. */
export function formatDay(day: string | null | undefined, locale: AppLocale): string {
  if (!day) return '';
  const match = DAY_PATTERN.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** An instant (ISO 8601) in the reader's time zone and language, to the minute or the second. */
export function formatDateTime(iso: string | null | undefined, locale: AppLocale, seconds = false): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    hour12: false,
  }).format(date);
}

export function formatNumber(value: number | null | undefined, locale: AppLocale, maximumFractionDigits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

/** Beijing is UTC+8 all year (no daylight saving). */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The Beijing day (`YYYY-MM-DD`) of an instant, whatever the reader's time
 * zone: documents are dated by the day in Beijing, so 2026-03-01T23:30:00Z is
 * 2026-03-02. A value that is already a day is returned as it is.
 */
export function beijingDay(iso: string | null | undefined): string {
  if (!iso) return '';
  if (DAY_PATTERN.test(iso)) return iso;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today as `YYYY-MM-DD` in the reader's time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Long form of today for greetings: 2026年11月21日 星期六 / Saturday 21 November 2026. */
export function formatToday(locale: AppLocale, now: Date = new Date()): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' }).format(now);
}
