import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { germanNouns, nounSources } from '@/lib/entities/train/build-nouns-de';
import type { CorpusSource } from '@/lib/entities/train/sources';

// A German training set (conll: word and tag): "Biogas" capitalised inside sentences outside
// names twice; "Tunnel" once (too rare); "Bozen" a name once; "Strom" first in its sentences;
// "Gier" after a full stop; "Heute" more often in lower case than capitalised.
const SENTENCES = [
  ['Die O', 'Anlage O', 'erzeugt O', 'Biogas O', 'in O', 'Bozen B-LOC'],
  ['Sie O', 'verkauft O', 'Biogas O', 'und O', 'Strom O', 'aus O', 'Bozen O'],
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
  it('keeps words written capitalised inside sentences outside names, twice or more', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nouns-de-'));
    writeFileSync(join(dir, 'de.conll'), `${SENTENCES.map((s) => s.join('\n')).join('\n\n')}\n`);
    const src: CorpusSource = {
      name: 'de-test',
      path: 'de.conll',
      format: 'conll',
      lang: 'de',
      licence: 'CC0',
    };
    expect(germanNouns(dir, [src])).toEqual(['biogas']);
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
