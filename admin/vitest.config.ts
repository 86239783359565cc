import { defineConfig } from 'vitest/config';

// Unit tests of the panel's own logic (translations, mappings); the browser suite is e2e/.
export default defineConfig({
  test: { include: ['src/**/*.test.ts', 'build/**/*.test.ts'], environment: 'node' },
});
