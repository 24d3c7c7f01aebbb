import type { DimensionNode, IndicatorNode, SchemeTree } from './scheme.js';

/**
 * A county scheme in the spirit of the seeds: few and sharp indicators over
 * the eight dimensions, GDP present but never the main indicator. Used by the
 * tests and the grading benchmark; a jurisdiction writes its own.
 */
const stats = (provider = '县统计局'): IndicatorNode['dataSource'] => ({ kind: 'STATISTICS', provider });
const ind = (code: string, name: string, weight: number, rest: Partial<IndicatorNode> = {}): IndicatorNode => ({
  code,
  name,
  weight,
  direction: 'HIGHER_IS_BETTER',
  baseline: 0,
  target: 100,
  method: 'LINEAR_TO_TARGET',
  unit: '%',
  dataSource: stats(),
  ...rest,
});
const dim = (key: DimensionNode['key'], team: number, principal: number, deputy: number, indicators: IndicatorNode[]): DimensionNode => ({
  key,
  weights: { TEAM: team, PRINCIPAL: principal, DEPUTY: deputy },
  indicators,
});

export function exampleCountyScheme(): SchemeTree {
  return {
    dimensions: [
      dim('INNOVATION', 15, 15, 15, [
        ind('RD_INTENSITY', '研发经费投入强度', 60, { baseline: 1.2, target: 2.0 }),
        ind('HIGH_TECH_FIRMS', '高新技术企业数', 40, { method: 'RANK_AMONG_PEERS', unit: '家', baseline: 0, target: 0 }),
      ]),
      dim('COORDINATION', 15, 15, 10, [
        ind('GDP_GROWTH', '地区生产总值增速', 40, { gdp: true, baseline: 4, target: 6 }),
        ind('URBAN_RURAL_INCOME_RATIO', '城乡居民收入比', 60, { direction: 'LOWER_IS_BETTER', unit: '', baseline: 2.5, target: 2.0 }),
      ]),
      dim('GREEN', 15, 15, 15, [
        ind('GOOD_AIR_DAYS', '空气质量优良天数比率', 50, {
          method: 'THRESHOLDS',
          baseline: 0,
          target: 0,
          bands: [
            { threshold: 95, score: 100 },
            { threshold: 90, score: 85 },
            { threshold: 85, score: 70 },
            { threshold: 80, score: 60 },
          ],
          dataSource: stats('市生态环境局'),
        }),
        ind('ENERGY_PER_GDP', '单位GDP能耗下降率', 50, { baseline: 0, target: 3 }),
      ]),
      dim('OPENNESS', 10, 10, 10, [ind('FOREIGN_TRADE_GROWTH', '外贸进出口增速', 100, { baseline: 0, target: 8 })]),
      dim('SHARING', 10, 10, 10, [ind('RESIDENT_INCOME_GROWTH', '居民人均可支配收入增速', 100, { baseline: 4, target: 7 })]),
      dim('LIVELIHOOD', 15, 10, 20, [
        ind('NEW_URBAN_JOBS', '城镇新增就业', 50, { unit: '人', baseline: 2000, target: 3000, dataSource: stats('县人社局') }),
        ind('PUBLIC_SATISFACTION', '群众满意度', 50, { baseline: 80, target: 95, dataSource: { kind: 'SURVEY', provider: '省统计局民调中心' } }),
      ]),
      dim('PARTY_BUILDING', 10, 15, 10, [ind('PARTY_BUILDING_REVIEW', '党建工作考核得分', 100, { baseline: 60, target: 95, unit: '分', dataSource: { kind: 'MANUAL', provider: '县委组织部' } })]),
      dim('SAFETY', 10, 10, 10, [
        ind('PRODUCTION_ACCIDENT_DEATHS', '生产安全事故死亡人数', 100, {
          method: 'THRESHOLDS',
          direction: 'LOWER_IS_BETTER',
          unit: '人',
          baseline: 0,
          target: 0,
          bands: [
            { threshold: 0, score: 100 },
            { threshold: 2, score: 80 },
            { threshold: 5, score: 50 },
          ],
          dataSource: stats('县应急管理局'),
        }),
      ]),
    ],
  };
}
