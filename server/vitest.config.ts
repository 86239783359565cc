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
    // Generous: the suite must hold on a loaded machine (assertions wait on results, not on time).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
  },
});
