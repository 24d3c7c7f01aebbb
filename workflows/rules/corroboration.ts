/**
 * Corroboration (相互印证): what the findings of supervision (督查),
 * inspection tours (巡视巡察), audit (审计), petitions (信访) and discipline
 * bodies feed when a grade is decided, as rule-set data. Each finding type of
 * a source names the gate it feeds: a negative-list situation (bars
 * EXCELLENT), a veto item (一票否决 in a field such as safety production),
 * or information only. The veto items say what applying them does.
 */

export const FINDING_SOURCES = ['SUPERVISION', 'INSPECTION_TOUR', 'AUDIT', 'PETITION', 'DISCIPLINE'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

export const FINDING_FEEDS = ['NEGATIVE_LIST', 'VETO_ITEM', 'INFORMATION'] as const;
export type FindingFeed = (typeof FINDING_FEEDS)[number];

export const VETO_EFFECTS = ['NO_EXCELLENT', 'LOWEST_GRADE'] as const;
export type VetoEffect = (typeof VETO_EFFECTS)[number];

export interface FindingTypeRule {
  source: FindingSource;
  /** The finding type's code, unique inside its source. */
  code: string;
  label: string;
  feeds: FindingFeed;
  /** NEGATIVE_LIST: a code of gates.negativeList; VETO_ITEM: a code of corroboration.vetoItems; INFORMATION: empty. */
  target: string;
}

export interface CorroborationSettings {
  /** 一票否决 items and what applying one does to the grade. */
  vetoItems: Array<{ code: string; label: string; effect: VetoEffect }>;
  /** The finding types of each source and the gate each feeds. */
  findingTypes: FindingTypeRule[];
  /** Working days (official calendar) the competent department has to answer a consultation on a veto item. */
  consultationWorkingDays: number;
}

export const CORROBORATION_DEFAULT: CorroborationSettings = {
  vetoItems: [
    { code: 'SAFETY_PRODUCTION', label: '安全生产', effect: 'NO_EXCELLENT' },
    { code: 'ECOLOGY', label: '生态环境保护', effect: 'NO_EXCELLENT' },
    { code: 'STABILITY', label: '信访维稳', effect: 'NO_EXCELLENT' },
  ],
  findingTypes: [
    { source: 'SUPERVISION', code: 'DECISION_NOT_IMPLEMENTED', label: '重大决策部署落实不力', feeds: 'NEGATIVE_LIST', target: 'POLITICAL_STANDARD' },
    { source: 'SUPERVISION', code: 'SAFETY_ACCIDENT', label: '发生较大以上生产安全事故', feeds: 'VETO_ITEM', target: 'SAFETY_PRODUCTION' },
    { source: 'SUPERVISION', code: 'NOTED', label: '督查情况通报', feeds: 'INFORMATION', target: '' },
    { source: 'INSPECTION_TOUR', code: 'RECTIFICATION_POOR', label: '巡视巡察反馈问题整改不力', feeds: 'NEGATIVE_LIST', target: 'INSPECTION_FINDINGS' },
    { source: 'INSPECTION_TOUR', code: 'FORMALISM', label: '形式主义、官僚主义问题突出', feeds: 'NEGATIVE_LIST', target: 'FORMALISM' },
    { source: 'INSPECTION_TOUR', code: 'NOTED', label: '巡视巡察一般性问题', feeds: 'INFORMATION', target: '' },
    { source: 'AUDIT', code: 'RECTIFICATION_POOR', label: '审计发现问题整改不力', feeds: 'NEGATIVE_LIST', target: 'INSPECTION_FINDINGS' },
    { source: 'AUDIT', code: 'ECOLOGICAL_DAMAGE', label: '自然资源资产离任审计发现生态环境损害', feeds: 'VETO_ITEM', target: 'ECOLOGY' },
    { source: 'AUDIT', code: 'NOTED', label: '审计一般性问题', feeds: 'INFORMATION', target: '' },
    { source: 'PETITION', code: 'MASS_INCIDENT', label: '发生重大群体性事件', feeds: 'VETO_ITEM', target: 'STABILITY' },
    { source: 'PETITION', code: 'NOTED', label: '信访反映情况', feeds: 'INFORMATION', target: '' },
    { source: 'DISCIPLINE', code: 'INTEGRITY', label: '违反廉洁自律规定受到组织处理', feeds: 'NEGATIVE_LIST', target: 'INTEGRITY' },
    { source: 'DISCIPLINE', code: 'NOTED', label: '纪检监察机关反馈情况', feeds: 'INFORMATION', target: '' },
  ],
  consultationWorkingDays: 5,
};

/** The rule of a source's finding type, or undefined. */
export const findingTypeRule = (settings: CorroborationSettings, source: string, code: string): FindingTypeRule | undefined =>
  settings.findingTypes.find((t) => t.source === source && t.code === code);

/** The problems of a corroboration section, each naming its field (the negative list is the rule set's own). */
export function corroborationErrors(c: CorroborationSettings, negativeList: ReadonlyArray<{ code: string }>): Array<{ field: string; message: string }> {
  const errors: Array<{ field: string; message: string }> = [];
  if (!Number.isInteger(c.consultationWorkingDays) || c.consultationWorkingDays < 1)
    errors.push({ field: 'corroboration.consultationWorkingDays', message: 'must be a whole number of at least 1' });
  c.vetoItems.forEach((item, i) => {
    if (typeof item?.code !== 'string' || !item.code || typeof item.label !== 'string' || !item.label || !(VETO_EFFECTS as readonly string[]).includes(item.effect))
      errors.push({ field: `corroboration.vetoItems.${i}`, message: `needs a code, a label and an effect (${VETO_EFFECTS.join(', ')})` });
  });
  const seen = new Set<string>();
  c.findingTypes.forEach((t, i) => {
    const field = `corroboration.findingTypes.${i}`;
    if (!(FINDING_SOURCES as readonly string[]).includes(t?.source) || typeof t.code !== 'string' || !t.code || typeof t.label !== 'string' || !t.label) {
      errors.push({ field, message: `needs a source (${FINDING_SOURCES.join(', ')}), a code and a label` });
      return;
    }
    if (seen.has(`${t.source}/${t.code}`)) errors.push({ field, message: 'names a finding type of its source twice' });
    seen.add(`${t.source}/${t.code}`);
    if (t.feeds === 'NEGATIVE_LIST' && !negativeList.some((n) => n.code === t.target)) errors.push({ field, message: 'must feed a code of gates.negativeList' });
    else if (t.feeds === 'VETO_ITEM' && !c.vetoItems.some((v) => v.code === t.target)) errors.push({ field, message: 'must feed a code of corroboration.vetoItems' });
    else if (!(FINDING_FEEDS as readonly string[]).includes(t.feeds)) errors.push({ field, message: `feeds must be one of ${FINDING_FEEDS.join(', ')}` });
  });
  return errors;
}
