import { defineConfig } from 'vitest/config';

/**
 * The pure tier alone: the tests of workflows/ (no database, no server, no
 * browser), for `npm run test:mutation` (StrykerJS) and for a fast local run:
 * `npx vitest run -c vitest.mutation.config.ts`. workflows/ has no decorators,
 * so Vite's own TypeScript transform is enough.
 */
export default defineConfig({
  test: {
    include: ['workflows/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 60_000,
  },
});
