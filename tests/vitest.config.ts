import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Two test files at a time: a build or a browser leaves a core idle much of the time (writing files,
    // waiting on Chromium), and the two workers fill it. Three were slower on two cores (over 20 minutes
    // against 13). Shared sites are built once (tests/support/build-once.ts).
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // expect.poll gives up after 1 s by default: far too short on a loaded machine. Polls end when their condition holds.
    expect: { poll: { timeout: 60_000, interval: 50 } },
  },
});
