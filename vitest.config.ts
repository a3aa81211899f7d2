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
    // Each of the two forks runs its files one after another in one process, keeping what they imported: the
    // CDK (≈ 5–10 s to import on this machine), the engine, tsx's cache. A fresh process per file cost ≈ half
    // the infra tests' time (workshop/src/infra: 101 s → 48 s at load ≈ 10). So a test file must leave the process
    // as it found it: restore env vars, timers and process.exitCode (the CLI helpers reset it before each run).
    isolate: false,
  },
});
