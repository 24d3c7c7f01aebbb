import { useLocale } from '../shared/useLocale';
import { isPlainObject, unitOf } from './settings';

/** Names and readable values of rule settings, with the raw key as fallback for settings this build does not know. */
export function useSettingLabels() {
  const { t, te, number } = useLocale();

  const groupLabel = (group: string) => (te(`ruleSets.groups.${group}`) ? t(`ruleSets.groups.${group}`) : group);
  const settingLabel = (group: string, key: string) =>
    te(`ruleSets.settings.${group}.${key}`) ? t(`ruleSets.settings.${group}.${key}`) : key;
  /** A code inside a setting in words: the rule-set page's own values, else a grade, a role or an outcome kind. */
  const valueLabel = (value: string) => {
    const key = [`ruleSets.values.${value}`, `grades.${value}`, `roles.${value}`, `outcomes.kinds.${value}`].find((k) => te(k));
    return key ? t(key) : value;
  };

  /** `input.settings.gates.excellentQuotaPercent` → `等次评定与限制条件 › 优秀等次比例上限`. */
  function pathLabel(path: string): string {
    const parts = path.replace(/^input\.settings\.?/, '').split('.').filter(Boolean);
    const [group, key, ...rest] = parts;
    if (!group) return path;
    return [groupLabel(group), ...(key ? [settingLabel(group, key)] : []), ...rest.map(valueLabel)].join(' › ');
  }

  /** A scalar in words: 是/否, a number with its unit, an enum label. `key` gives the unit. */
  function scalarText(key: string, value: unknown): string {
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'number') {
      const unit = unitOf(key);
      const text = number(value);
      return unit ? t(`ruleSets.units.${unit}`, { value: text }) : text;
    }
    if (typeof value === 'string') return valueLabel(value);
    if (value === null || value === undefined) return t('common.none');
    return JSON.stringify(value);
  }

  /** Any value in one line, for diffs and tooltips. */
  function valueText(key: string, value: unknown): string {
    if (Array.isArray(value)) {
      return value
        .map((item) => (typeof item === 'string' ? valueLabel(item) : isPlainObject(item) && typeof item.label === 'string' ? item.label : JSON.stringify(item)))
        .join(t('common.separator'));
    }
    if (isPlainObject(value)) {
      return Object.entries(value)
        .map(([k, v]) => `${valueLabel(k)} ${isPlainObject(v) || Array.isArray(v) ? JSON.stringify(v) : scalarText(key, v)}`)
        .join(t('common.separator'));
    }
    return scalarText(key, value);
  }

  return { groupLabel, settingLabel, valueLabel, pathLabel, scalarText, valueText };
}
