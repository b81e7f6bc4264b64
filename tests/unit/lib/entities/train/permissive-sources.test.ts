import { describe, expect, it } from 'vitest';
import {
  CONFIDENCE_FOLDS,
  confidenceFold,
  EXTRA_SOURCES,
  PERMISSIVE_SET_NAMES,
} from '@/lib/entities/train/permissive-sources';
import { TRAIN_SOURCES } from '@/lib/entities/train/sources';

const byName = (name: string) => [...TRAIN_SOURCES, ...EXTRA_SOURCES].find((s) => s.name === name)!;

describe('the permissive sets and the confidence folds', () => {
  it('holds no research-only or non-commercial set', () => {
    for (const name of ['en-conll2003', 'es-conll2002', 'fr-hipe2020', 'fr-wikineural-val']) {
      expect(PERMISSIVE_SET_NAMES).not.toContain(name);
    }
  });

  it('puts every en / es / fr training document in one fold, in turn; German and unweighted sets in none', () => {
    const wikigold = byName('en-wikigold');
    const folds = [0, 1, 2, 3].map((d) => confidenceFold(wikigold, d));
    expect(folds).toEqual([0, 1, 0, 1].map((k) => k % CONFIDENCE_FOLDS));
    expect(confidenceFold(byName('pt-uner-bosque-train'), 5)).toBe(5 % CONFIDENCE_FOLDS);
    expect(confidenceFold(byName('de-germeval2014'), 0)).toBe(-1);
    expect(confidenceFold(byName('en-wnut17-train'), 0)).toBe(-1);
  });
});
