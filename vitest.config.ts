import { defineConfig } from 'vitest/config';

// One test run for the whole repository: the kit's unit tests, the lab checks (every starter must fail,
// every solution must pass), and the site's parity and browser tests.
export default defineConfig({
  test: {
    include: ['workshop/**/*.test.ts', 'site/tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/cdk.out/**', 'site/build/**'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
