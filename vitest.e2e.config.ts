import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The slowest files, slowest first (tests/e2e/NAME.spec.ts). Vitest starts the files it has
// timed before longest first, but on a fresh machine (CI: no cache after `npm ci`) it has no
// times and starts the largest files first, which left the two look files, small files with
// long tests, for the end, where one worker ran them while the other had nothing left to run.
// Started first, they end beside the short files, and the two workers end together.
const SLOWEST = [
  'archive-large',
  'adversarial/history-burst',
  'panel-look-en',
  'panel-look-fr',
  'import-load',
  'record-article',
  'sync',
  'import-restart',
  'copies-look',
];

class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const i = SLOWEST.findIndex((name) => file.moduleId.endsWith(`tests/e2e/${name}.spec.ts`));
      return i < 0 ? SLOWEST.length : i;
    };
    // Otherwise in vitest's own order (longest first when it has times, else largest first).
    const order = await super.sort(files);
    return order
      .map((file, i) => ({ file, i }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.i - b.i)
      .map(({ file }) => file);
  }
}

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
    sequence: { sequencer: SlowestFirst },
    // What the reader sees may take more than vitest's 1 s default on a busy 2-core CI machine
    // (a card that shows 120 ms after the caret, read back through the DevTools protocol).
    expect: { poll: { timeout: 5_000 } },
  },
});
