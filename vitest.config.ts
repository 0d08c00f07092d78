import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // suites build a pipeline or a store in beforeAll: seconds on a busy 2-core machine
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
