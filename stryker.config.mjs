// @ts-check
/**
 * Mutation testing of the pure rules (`npm run test:mutation`): StrykerJS 9
 * with its vitest runner (10 needs Node 22) over the binding gates, the quota
 * pool, the national bounds (the notice, review and appeal windows included) and
 * the engine that reads them. The tests are the workflows/ tier alone (vitest.mutation.config.ts: no database).
 * The report lands in reports/mutation/ (ignored by git).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'workflows/decide/**/*.ts',
    'workflows/rules/quota.ts',
    'workflows/rules/national-bounds.ts',
    'workflows/grading/propose.ts',
    // The windows: day counts of review and appeal, working days of the notice (fast tables of their own).
    'workflows/cases/correction.ts',
    'workflows/calendar/working-days.ts',
    'workflows/rules/collective.ts',
    '!**/*.test.ts',
  ],
  coverageAnalysis: 'perTest',
  checkers: [],
  concurrency: 2,
  // A mutant that loops forever is given up on quickly (it counts as detected).
  timeoutMS: 5_000,
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The sandbox needs workflows/ and the configs only.
  ignorePatterns: ['web', 'server', 'test', 'migrations', 'scripts', 'dist', 'docs', 'reports', '.data', 'coverage', 'test-results'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
