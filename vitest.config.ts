import vue from '@vitejs/plugin-vue';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: the server side (workflows, server, cross-folder suites in
 * test/) compiled by SWC so that decorator metadata exists as under tsc, and
 * the web's component tests in happy-dom.
 */
export default defineConfig({
  test: {
    reporters: process.env.CI ? ['default'] : ['default'],
    projects: [
      {
        plugins: [
          swc.vite({
            jsc: {
              parser: { syntax: 'typescript', decorators: true },
              transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
              target: 'es2022',
            },
          }),
        ],
        // One copy of graphql: the CommonJS build that Apollo and type-graphql load too.
        resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
        test: {
          name: 'server',
          include: ['workflows/**/*.test.ts', 'server/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          pool: 'forks',
        },
      },
      {
        plugins: [vue()],
        test: {
          name: 'web',
          include: ['web/src/**/*.test.ts'],
          environment: 'happy-dom',
          // Mounting Element Plus forms takes seconds when the two cores are also running the server suites:
          // the limit guards against a hang, it is not a speed assertion.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
