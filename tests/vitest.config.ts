import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Builds and browsers are heavy and the machine has 2 cores: one test file at a time.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // expect.poll gives up after 1 s by default: far too short on a loaded machine. Polls end when their condition holds.
    expect: { poll: { timeout: 60_000, interval: 50 } },
  },
});
