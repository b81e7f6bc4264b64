import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontDecode } from '@/lib/entities/packed';
import { buildCommonWords, commonWords, nameTypes } from '@/lib/entities/train/build-common-words';
import type { CorpusSource } from '@/lib/entities/train/sources';

// An English training set: "Clinton" a person three times, "Washington" a place twice and a
// person once (mixed: no type kept), "Reuters" an organisation once (too rare), "New York" two words.
const SENTENCES = [
  ['Clinton B-PER', 'spoke O', 'in O', 'Washington B-LOC'],
  ['Clinton B-PER', 'left O', 'Washington B-LOC'],
  ['Clinton B-PER', 'met O', 'Washington B-PER', 'in O', 'New B-LOC', 'York I-LOC'],
  ['Reuters B-ORG', 'said O'],
];

describe('name types of the training text', () => {
  it('keeps a one-word name its training text nearly always types one way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-train-'));
    mkdirSync(join(dir, 'en-conll2003'));
    writeFileSync(
      join(dir, 'en-conll2003/eng.train'),
      `${SENTENCES.map((s) => s.join('\n')).join('\n\n')}\n`,
    );
    const en = nameTypes(dir).en;
    expect(en?.PER).toEqual(['clinton']);
    expect(en?.LOC).toEqual([]);
    expect(en?.ORG).toEqual([]);
  });
});

describe('the permissive common words', () => {
  it('count only the documents kept, name their sets, and skip a set with no weight', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-extra-'));
    // Two documents: "radio" in lower case in the first only.
    const doc = (w: string) => ['-DOCSTART- O', '', `The O\n${w} O\nplayed O\n`].join('\n');
    writeFileSync(join(dir, 'a.conll'), `${doc('radio')}\n${doc('radio')}\n${doc('radio')}\n`);
    writeFileSync(join(dir, 'b.conll'), `${doc('music')}\n${doc('music')}\n${doc('music')}\n`);
    const src = (name: string, path: string, repeat?: number): CorpusSource => ({
      name,
      path,
      format: 'conll',
      lang: 'en',
      licence: 'CC BY 4.0',
      ...(repeat === undefined ? {} : { repeat }),
    });
    const sources = [src('set-a', 'a.conll'), src('set-b', 'b.conll', 0)];
    const out = join(dir, 'words.json');
    buildCommonWords(dir, out, sources);
    const all = JSON.parse(readFileSync(out, 'utf8')) as { sets: string[]; en: { mostly: string } };
    expect(all.sets).toEqual(['set-a']);
    expect(frontDecode(all.en.mostly)).toContain('radio');
    expect(frontDecode(all.en.mostly)).not.toContain('music');
    // Keeping one document of three: "radio" seen once, under the least count.
    buildCommonWords(dir, out, sources, (_, d) => d === 0);
    const one = JSON.parse(readFileSync(out, 'utf8')) as { en: { mostly: string } };
    expect(frontDecode(one.en.mostly)).not.toContain('radio');
  });
});

describe('the German common words', () => {
  it('count a capitalised word outside names as a common writing: German nouns', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-de-'));
    // "Zentralbank" three times outside a name, once inside one; "Hamburg" always a place.
    const rows = [
      ['Die O', 'Zentralbank O', 'in O', 'Hamburg B-LOC', 'hilft O'],
      ['Die O', 'Zentralbank O', 'von O', 'Hamburg B-LOC', 'spart O'],
      ['Eine O', 'Zentralbank O', 'bei O', 'Hamburg B-LOC', 'baut O'],
      ['Die O', 'Europäische B-ORG', 'Zentralbank I-ORG', 'hilft O'],
    ];
    writeFileSync(join(dir, 'de.bio'), `${rows.map((r) => r.join('\n')).join('\n\n')}\n`);
    const sources = (lang: string): CorpusSource[] => [
      { name: 'de-set', path: 'de.bio', format: 'bio', lang, licence: 'CC0' },
    ];
    const de = commonWords(dir, sources('de')).de;
    expect(de?.mostly).toContain('zentralbank');
    expect([...(de?.mostly ?? []), ...(de?.often ?? [])]).not.toContain('hamburg');
    // In a language that writes its nouns in lower case, a capitalised word is no common writing.
    expect(commonWords(dir, sources('en')).en?.mostly).not.toContain('zentralbank');
  });
});
