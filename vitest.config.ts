import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Files that test pure functions: Node environment, no database, no fake browser or storage, no
// fake timers, no module mocks, no module-level state that they change. They share their worker's
// modules (isolate: false): the entity model, chrono and the rest are imported once per worker,
// not once per file, which was about 60% of these files' CPU time. A new file starts in the
// isolated project (everything not matched here); move it here only if it fits the above.
const SHARED = [
  'tests/unit/components/palette.test.ts',
  'tests/unit/lib/{dates,format,kb,privacy,url}/**/*.test.ts',
  'tests/unit/lib/background/entity-names.test.ts',
  'tests/unit/lib/entities/*.test.ts',
  'tests/unit/lib/entities/train/*.test.ts',
  'tests/unit/lib/extract/!(shadow-and-frames|wait-for-quiet).test.ts',
  'tests/unit/lib/archive/{export-format,message-size}.test.ts',
  'tests/unit/lib/cli/printable.test.ts',
  'tests/unit/lib/highlight/match-mentions.test.ts',
  'tests/unit/lib/i18n/{not-article,unreached}-sentence.test.ts',
  'tests/unit/lib/online/{fake-apis,retry-after}.test.ts',
  'tests/unit/lib/pipeline/{annotate,page-report,read-page}.test.ts',
  'tests/unit/lib/search/{fold-pattern,index-rows,parse-query,ranking,snippet,tokenize}.test.ts',
  'tests/unit/lib/stories/{contrast,decision,fit-display,fit-logistic,novel-sentences,regroup,set-apart,similarity,similarity-paths,story-name,story-sets}.test.ts',
  'tests/unit/lib/sync/{merge,server}.test.ts',
  'tests/unit/lib/ui/{apart-room,article-spelling,main-entities,new-in-preview,other-reading,panel-store}.test.ts',
];

// Unit and component tests. lib/ tests run in Node; component tests opt into jsdom per file.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest-unit.json' },
    environment: 'node',
    // Worker threads start faster than forked processes: about 10% less CPU for the same run.
    pool: 'threads',
    // Vitest's default is one worker fewer than the cores: on a 2-core machine one worker, and the
    // second core mostly idle (the main process only transforms and reports). At least two.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A test's time limit guards against a hang, not a speed (speed lives in the benchmarks):
    // with two workers and the builds sharing 2 cores, the slowest tests take 3-4 s quiet, too
    // close to Vitest's default 5 s on a loaded machine.
    testTimeout: 20_000,
    // The same for a hook: kb/cross-language.test.ts's beforeAll (the three fixture articles
    // analysed) passed Vitest's default 10 s once under load ~27 (this branch's npm test).
    hookTimeout: 20_000,
    setupFiles: ['tests/setup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: SHARED },
      },
      { extends: true, test: { name: 'unit-shared', include: SHARED, isolate: false } },
    ],
  },
});
