import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { errorMessage, fieldErrors } from './errors';
import { formatDateTime, formatDay, formatNumber, formatToday } from './format';
import { DEFAULT_LOCALE, isAppLocale, type AppLocale } from './i18n';

/**
 * Everything a page needs to speak the reader's language: `t`, formatting of
 * days, instants and numbers, enum labels with a raw fallback, and error texts.
 */
export function useLocale() {
  const { t, te, locale } = useI18n();
  const current = computed<AppLocale>(() => (isAppLocale(locale.value) ? locale.value : DEFAULT_LOCALE));
  const tr = (key: string, named?: Record<string, unknown>): string => (named ? t(key, named) : t(key));

  /** The label at `${group}.${value}`, or the value itself for a code this build does not know yet. */
  const label = (group: string, value: string | null | undefined): string => {
    if (!value) return '';
    const key = `${group}.${value}`;
    return te(key) ? t(key) : value;
  };

  return {
    t: tr,
    te: (key: string) => te(key),
    locale: current,
    label,
    role: (value: string | null | undefined) => label('roles', value),
    day: (value: string | null | undefined) => formatDay(value, current.value),
    dateTime: (value: string | null | undefined, seconds = false) => formatDateTime(value, current.value, seconds),
    number: (value: number | null | undefined, digits?: number) => formatNumber(value, current.value, digits),
    today: () => formatToday(current.value),
    errorText: (error: unknown) => errorMessage(error, tr, current.value),
    fieldErrorsOf: (error: unknown, prefix?: string) => fieldErrors(error, tr, prefix),
  };
}
