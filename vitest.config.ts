import { defineConfig } from 'vitest/config';

// Vite 8's oxc transformer reads experimentalDecorators/emitDecoratorMetadata from tsconfig,
// so Nest's DI metadata is emitted without SWC (whose lockfile entries break `npm ci` here).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.spec.ts'],
    // Builds dist/ once for the tests that start `node dist/main.js` as a process; then the contract
    // test fetches the document dist serves, against which every test's responses are checked.
    globalSetup: ['./test/support/build-dist.ts', './test/support/contract-setup.ts'],
    setupFiles: ['reflect-metadata', './test/support/setup-env.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
