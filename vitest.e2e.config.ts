import { defineConfig } from 'vitest/config';

// End-to-end tests of the built extension (.output/chrome-mv3) in headless Chromium.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest-e2e.json' },
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // Two files at once, each in its own process with its own browser: a file mostly waits on
    // its browser (about 0.75 of a core on average, one file at a time), so on 2 cores two files
    // at once finish sooner. Files that listen on the fake APIs' fixed port take turns
    // (holdFakeApisPort in fixtures.ts, which relies on one process per file: the forks pool).
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    // What the reader sees may take more than vitest's 1 s default on a busy 2-core CI machine
    // (a card that shows 120 ms after the caret, read back through the DevTools protocol).
    expect: { poll: { timeout: 5_000 } },
  },
});
