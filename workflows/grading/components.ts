import type { RuleSettings } from '../rules/settings.js';
import type { Candidate } from './propose.js';

/**
 * The composite's components and weights from the rule settings
 * (docs/domain.md §4): regular assessment 30% of the annual score; for a cadre the
 * rest is work results 70% and abilities 30%; for a city team high-quality
 * development at its configured share (55–70%), the public-opinion survey 5%,
 * and the remainder for other indicators (party building, safety…); for a
 * county team rural revitalisation and county strength together 60%.
 */
export function cadreComponents(
  inputs: { regular: number | null; workResults: number | null; abilities: number | null },
  settings: RuleSettings,
): Candidate['components'] {
  const regular = settings.scoring.regularAssessmentPercent;
  const rest = 100 - regular;
  return [
    { key: 'REGULAR', weight: regular, value: inputs.regular },
    { key: 'WORK_RESULTS', weight: (rest * settings.scoring.cadreWorkResultsPercent) / 100, value: inputs.workResults },
    { key: 'ABILITIES', weight: (rest * settings.scoring.cadreAbilitiesPercent) / 100, value: inputs.abilities },
  ];
}

export function teamComponents(
  level: 'CITY' | 'COUNTY' | 'OTHER',
  inputs: { regular: number | null; development: number | null; survey: number | null; other: number | null },
  settings: RuleSettings,
  developmentPercent?: number,
): Candidate['components'] {
  const s = settings.scoring;
  const development =
    level === 'CITY'
      ? Math.min(Math.max(developmentPercent ?? s.cityHighQualityDevelopmentPercent.default, s.cityHighQualityDevelopmentPercent.min), s.cityHighQualityDevelopmentPercent.max)
      : level === 'COUNTY'
        ? s.countyRuralRevitalisationAndStrengthPercent
        : developmentPercent ?? 0;
  // The development share is a share of the performance part; regular and survey shares are of the whole.
  const performance = 100 - s.regularAssessmentPercent - s.publicSurveyPercent;
  const developmentWeight = (performance * development) / 100;
  return [
    { key: 'REGULAR', weight: s.regularAssessmentPercent, value: inputs.regular },
    { key: 'PUBLIC_SURVEY', weight: s.publicSurveyPercent, value: inputs.survey },
    { key: 'DEVELOPMENT', weight: developmentWeight, value: inputs.development },
    { key: 'OTHER_INDICATORS', weight: performance - developmentWeight, value: inputs.other },
  ];
}
