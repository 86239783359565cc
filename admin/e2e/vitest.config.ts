import { defineConfig } from 'vitest/config';

// The panel in headless Chromium against the real server and database (see global-setup.ts).
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['**/*.e2e.ts'],
    globalSetup: ['./global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
    // Wait on what the page shows, as long as a busy machine needs: `expect.poll` defaults to 1 s,
    // shorter than a debounced search plus a query on a loaded machine.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
