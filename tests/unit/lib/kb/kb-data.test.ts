import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../../..');
const FILE = resolve(ROOT, 'lib/kb/data/kb.json');

/**
 * buildKb() as npm run build:kb runs it: in Node with the permissive model's word lists
 * (BACKSTORY_NER_MODEL=permissive, use-ner-model.ts), which the guard of news-orgs.ts asks at
 * every build. In this process the shipped lists are loaded, and they keep "MoDem" and
 * "Ciudadanos" that the permissive ones leave out.
 */
function buildAsBuildKb(): unknown {
  const script =
    "import('./lib/kb/build/build-kb.ts').then((m) => process.stdout.write('\\n' + JSON.stringify(m.buildKb())))";
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--import', './lib/entities/train/use-ner-model.ts', '-e', script],
    { cwd: ROOT, env: { ...process.env, BACKSTORY_NER_MODEL: 'permissive' }, maxBuffer: 1 << 26 },
  );
  // The build's log lines come first; the KB is the last line.
  return JSON.parse(out.toString('utf8').trimEnd().split('\n').pop() ?? '') as unknown;
}

describe('lib/kb/data/kb.json', () => {
  it('is what npm run build:kb makes of the curated file and the packages', () => {
    const committed = JSON.parse(readFileSync(FILE, 'utf8')) as unknown;
    expect(committed).toEqual(buildAsBuildKb());
  }, 120_000);

  it('stays small enough for the background bundle', () => {
    const raw = readFileSync(FILE);
    expect(gzipSync(raw).length).toBeLessThan(100_000);
  });
});
