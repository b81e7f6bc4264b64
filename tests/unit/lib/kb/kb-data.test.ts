import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { buildKb } from '@/lib/kb/build/build-kb';

// npm run build:kb reads the permissive model's word lists (BACKSTORY_NER_MODEL=permissive), and
// the guard of news-orgs.ts asks them at every build: so does this build.
vi.mock('@/lib/entities/model/common-words.json', async () => ({
  default: (await import('@/lib/entities/model/common-words-permissive.json')).default,
}));

const FILE = resolve(import.meta.dirname, '../../../../lib/kb/data/kb.json');

describe('lib/kb/data/kb.json', () => {
  it('is what npm run build:kb makes of the curated file and the packages', () => {
    const committed = JSON.parse(readFileSync(FILE, 'utf8')) as unknown;
    expect(committed).toEqual(buildKb());
  });

  it('stays small enough for the background bundle', () => {
    const raw = readFileSync(FILE);
    expect(gzipSync(raw).length).toBeLessThan(100_000);
  });
});
