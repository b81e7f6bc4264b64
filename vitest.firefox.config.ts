import { defineConfig } from 'vitest/config';

// End-to-end tests of the built Firefox extension (.output/firefox-mv2) in headless Firefox:
// one browser for every file (tests/e2e-firefox/global-setup.ts), the files one after another.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest-firefox.json' },
    include: ['tests/e2e-firefox/**/*.spec.ts'],
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // What the reader sees may take more than vitest's 1 s default on a busy 2-core CI machine
    // (a card that shows 120 ms after the caret, read back through the DevTools protocol).
    expect: { poll: { timeout: 5_000 } },
  },
});
