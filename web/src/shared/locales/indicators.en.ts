import type indicatorsZhCN from './indicators.zh-CN';

/** English for indicator schemes and indicator data; typed by the Chinese file so both have the same keys. */
const indicatorsEn: typeof indicatorsZhCN = {
  indicators: {
    title: 'Indicator schemes',
    description:
      'Indicator schemes by jurisdiction and organisation category: dimensions, indicators, weights, targets and data sources. A published version never changes; a cycle pins the versions in force when it starts.',
    jurisdiction: 'Jurisdiction',
    versionsTitle: 'Scheme versions',
    newDraft: 'New draft',
    noVersions: 'No indicator scheme for this organisation yet',
    category: 'Organisation category',
    name: 'Name',
    version: 'Version',
    status: 'Status',
    statuses: { DRAFT: 'Draft', PUBLISHED: 'Published' },
    effectiveFrom: 'Effective from',
    issues: 'Problems',
    createdAt: 'Created',
    versionTitle: '{name}, version {version}',
    copyToDraft: 'Revise as a new draft',
    tree: 'Indicator tree (JSON)',
    jsonError: 'The JSON is not valid: {message}',
    saveDraft: 'Save draft',
    saved: 'Draft saved (version {version})',
    publish: 'Publish',
    publishedMessage: 'Version {version} published',
    failed: 'The action did not complete',
    issuesTitle: 'Validation',
    noIssues: 'No problem found: ready to publish.',
    node: 'Node',
    code: 'Code',
    message: 'Message',
    treeTitle: 'Structure',
    weight: 'Weight (team / principal / deputy)',
    method: 'Scoring method',
    target: 'Baseline → target',
    source: 'Data source',
    uploadTitle: 'Import indicator data',
    uploadHelp:
      'Upload the statistics bureau’s Excel (.xlsx) or CSV file: a header row (organisation code, cadre number, indicator code, value, period, source), then one row per organisation or cadre and indicator. If any row is wrong, nothing is imported.',
    cycle: 'Cycle',
    file: 'Indicator data file',
    upload: 'Import',
    imported: '{rows} rows imported',
    rowErrors: '{rows} rows are wrong; nothing was imported:',
    line: 'Line',
  },
};

export default indicatorsEn;
