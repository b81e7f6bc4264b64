import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isGermanNoun } from '@/lib/entities/common-words';
import { germanNouns, nounSources, packNouns } from '@/lib/entities/train/build-nouns-de';
import type { CorpusSource } from '@/lib/entities/train/sources';

// A German training set (conll: word and tag): "Biogas" and "Tunnel" capitalised inside
// sentences outside names; "Bozen" a name once; "Strom" and "Die" first in their sentences
// (and "Strom" nowhere else); "Gier" after a full stop; "Heute" more often in lower case.
const SENTENCES = [
  ['Die O', 'anlage O', 'erzeugt O', 'Biogas O', 'in O', 'Bozen B-LOC'],
  ['Sie O', 'verkauft O', 'Biogas O', 'und O', 'aus O', 'Bozen O'],
  ['Strom O', 'fließt O', 'im O', 'Tunnel O', 'und O', 'Bozen O', 'wächst O'],
  [
    'Strom O',
    'und O',
    'Heute O',
    '. O',
    'Gier O',
    'und O',
    'heute O',
    'und O',
    'heute O',
    'heute O',
  ],
  ['Wir O', 'sagen O', 'Heute O', '. O', 'Gier O', 'bleibt O'],
];

describe('the German noun list', () => {
  it('keeps words written capitalised inside sentences outside names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nouns-de-'));
    writeFileSync(join(dir, 'de.conll'), `${SENTENCES.map((s) => s.join('\n')).join('\n\n')}\n`);
    const src: CorpusSource = {
      name: 'de-test',
      path: 'de.conll',
      format: 'conll',
      lang: 'de',
      licence: 'CC0',
    };
    expect(germanNouns(dir, [src])).toEqual(['biogas', 'tunnel']);
  });

  it('stores hashes a word outside the list seldom matches (measured: under 0.1 %)', () => {
    const packed = packNouns(['biogas', 'tunnel', 'biogas']);
    expect(packed).toMatchObject({ bits: 24, count: 2 });
    // The shipped list: every listed noun matches, and of 20,000 made-up words few do.
    expect(isGermanNoun('Biogas')).toBe(true);
    let hits = 0;
    for (let i = 0; i < 20000; i++) if (isGermanNoun(`Zq${i.toString(36)}x`)) hits++;
    expect(hits / 20000).toBeLessThan(0.001);
  });

  it('learns from the permissively licensed German sets only', () => {
    const sets = nounSources();
    expect(sets.map((s) => s.name).sort()).toEqual([
      'de-europeana-lft',
      'de-europeana-onb',
      'de-germeval2014',
    ]);
    for (const s of sets) expect(s.licence).toMatch(/^CC(0| BY 4\.0)$/);
  });
});
