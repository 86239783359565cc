import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One copy of graphql in the test realm ("Cannot use GraphQLSchema from another module").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Each file gets its own database (cloned from a migrated, seeded template).
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
  },
});
