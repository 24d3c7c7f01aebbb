import { computed } from 'vue';
import { createI18n } from 'vue-i18n';
import elementEn from 'element-plus/es/locale/lang/en';
import elementZhCn from 'element-plus/es/locale/lang/zh-cn';
import en from './locales/en';
import zhCN, { type MessageSchema } from './locales/zh-CN';

export const LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'zh-CN';
const STORAGE_KEY = 'cadre-assessment.locale';

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language chosen earlier on this browser, else Chinese. */
export function storedLocale(): AppLocale {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isAppLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function createAppI18n(locale: AppLocale = storedLocale()) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { 'zh-CN': zhCN, en },
    missingWarn: false,
    fallbackWarn: false,
  });
}

export const i18n = createAppI18n();
export type AppI18n = typeof i18n;

/** The current language, as a ref for components outside setup() and for Intl. */
export const currentLocale = computed<AppLocale>(() => (isAppLocale(i18n.global.locale.value) ? i18n.global.locale.value : DEFAULT_LOCALE));

export function applyDocumentLocale(locale: AppLocale): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = locale;
  document.title = i18n.global.t('app.name');
}

export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  applyDocumentLocale(locale);
}

/** Element Plus's own texts (pagination, date pickers, dialogs) follow the app's language. */
export const elementLocale = computed(() => (currentLocale.value === 'en' ? elementEn : elementZhCn));
