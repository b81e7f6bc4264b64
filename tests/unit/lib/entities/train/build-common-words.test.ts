import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameTypes } from '@/lib/entities/train/build-common-words';

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
