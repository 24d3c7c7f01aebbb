import { chinaDay } from '../calendar/calendar.service.js';

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..31 as an official document writes it: 五, 十, 十二, 二十, 三十一. */
function smallNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]!}十${ones === 0 ? '' : DIGITS[ones]!}`;
}

/**
 * 成文日期 in Chinese numerals (GB/T 9704-2012 7.3.5.3): the year digit by
 * digit with 〇 for zero, month and day without a leading zero —
 * `2026-12-05` → 二〇二六年十二月五日.
 */
export function chineseDate(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`Not a day: ${day}`);
  const [, year, month, date] = match;
  const m = Number(month);
  const d = Number(date);
  if (m < 1 || m > 12 || d < 1 || d > 31) throw new RangeError(`Not a day: ${day}`);
  return `${[...year!].map((c) => DIGITS[Number(c)]!).join('')}年${smallNumber(m)}月${smallNumber(d)}日`;
}

/** The Chinese date of the Beijing day an instant falls on (31 Dec 23:30 UTC is 1 Jan in Beijing). */
export function chineseDateOf(instant: Date): string {
  return chineseDate(chinaDay(instant));
}
