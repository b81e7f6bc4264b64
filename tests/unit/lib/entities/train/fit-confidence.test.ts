import { describe, expect, it } from 'vitest';
import type { ConfidenceEvidence } from '@/lib/entities/confidence';
import { FEATURE_NAMES } from '@/lib/entities/confidence';
import {
  crossFit,
  fitByLang,
  keepLanguages,
  MIN_SEEN,
  type LabelledRow,
  NOT_POOLED,
  OWN_SHARE,
  PERMISSIVE_OWN_SHARE,
} from '@/lib/entities/train/fit-confidence';

/** Rows where a KB-known name is right and an unknown one wrong, in English and Spanish alike. */
function rows(): LabelledRow[] {
  return Array.from({ length: 80 }, (_, i) => {
    const known = i % 2 === 0;
    const lang = i % 4 < 2 ? 'en' : 'es';
    const evidence: ConfidenceEvidence = {
      known,
      words: 1 + (i % 3),
      mentions: 1 + (i % 5),
      lowerInText: false,
      type: 'PER',
      acronym: false,
      commonNoun: false,
      lang,
    };
    return { doc: i, correct: known, evidence, text: '', lang, set: `${lang}-set` };
  });
}

describe('the permissive confidence: one pooled fit', () => {
  it('gives no language weights of its own, so every language reads the pooled ones', () => {
    expect(Object.keys(fitByLang(rows()).weightsByLang).sort()).toEqual(['en', 'es']);
    const pooled = fitByLang(rows(), PERMISSIVE_OWN_SHARE);
    expect(pooled.weightsByLang).toEqual({});
  });
});

describe("a language's own confidence weights", () => {
  it('take the pooled weight of a feature too rare in the language to be weighed', () => {
    // In French, names with an OCR shape are mostly wrong; in English, one such name is right.
    const all = rows().map((r, i) => {
      const ocr = r.lang === 'es' ? i % 8 === 2 : i === 1;
      return ocr
        ? { ...r, correct: r.lang === 'en', evidence: { ...r.evidence, ocrShape: true } }
        : r;
    });
    const seenInEn = all.filter((r) => r.lang === 'en' && r.evidence.ocrShape).length;
    expect(seenInEn).toBeLessThan(MIN_SEEN);
    const fit = fitByLang(all);
    const k = FEATURE_NAMES.indexOf('ocr_shape');
    expect(fit.weightsByLang.en?.[k]).toBe(fit.weights[k]);
    expect(fit.weights[k]).toBeLessThan(0);
  });
});

describe("German's confidence weights", () => {
  // German rows where, unlike the others, every unknown name is right too (silver labels).
  const withGerman = (): LabelledRow[] => [
    ...rows(),
    ...rows().map((r, i) => ({
      ...r,
      doc: 100 + i,
      correct: r.correct || i % 3 !== 0,
      evidence: { ...r.evidence, lang: 'de' },
      lang: 'de',
      set: 'de-set',
    })),
  ];

  it('are its own, shrunk towards the pooled ones as Spanish and French are', () => {
    expect(NOT_POOLED).toContain('de');
    expect(OWN_SHARE.de).toBe(OWN_SHARE.fr);
    const fit = fitByLang(withGerman());
    expect(fit.weightsByLang.de).toBeDefined();
    expect(fit.weightsByLang.de).not.toEqual(fit.weights);
  });

  it('leave the pooled weights, and so the other languages, as they were', () => {
    const fit = fitByLang(withGerman());
    const without = fitByLang(rows());
    expect(fit.weights).toEqual(without.weights);
    expect(fit.weightsByLang.es).toEqual(without.weightsByLang.es);
    const all = withGerman();
    const n = rows().length;
    expect(crossFit(all).slice(0, n)).toEqual(crossFit(rows()));
  });
});

describe('a refit of some languages only (train:confidence -- --only es,fr)', () => {
  const shipped = {
    features: ['bias', 'a', 'b'],
    weights: [-1, 0.5, 0.25],
    weightsByLang: { en: [-2, 1, 2], es: [-3, 3, 3] },
    shownFrom: { en: 0.78, es: 0.71, fr: 0.57 },
  };
  const fitted = {
    features: ['bias', 'a', 'b', 'c'],
    weights: [-9, 9, 9, 9],
    weightsByLang: { en: [-8, 8, 8, 8], es: [-4, 4, 4, -4], fr: [-5, 5, 5, -5] },
    shownFrom: { en: 0.7, es: 0.73, fr: 0.59 },
  };
  it('takes their weights and thresholds from the new fit', () => {
    const model = keepLanguages(shipped, fitted, ['es', 'fr']);
    expect(model.features).toEqual(['bias', 'a', 'b', 'c']);
    expect(model.weightsByLang?.es).toEqual([-4, 4, 4, -4]);
    expect(model.weightsByLang?.fr).toEqual([-5, 5, 5, -5]);
    expect(model.shownFrom.es).toBe(0.73);
    expect(model.shownFrom.fr).toBe(0.59);
  });
  it("keeps every other language's and the pooled weights as shipped, a new feature at 0", () => {
    const model = keepLanguages(shipped, fitted, ['es', 'fr']);
    expect(model.weightsByLang?.en).toEqual([-2, 1, 2, 0]);
    expect(model.weights).toEqual([-1, 0.5, 0.25, 0]);
    expect(model.shownFrom.en).toBe(0.78);
  });
  it('with newOnly, moves only the weights of the new features (--new-features)', () => {
    const model = keepLanguages(shipped, fitted, ['es', 'fr'], true);
    expect(model.weightsByLang?.es).toEqual([-3, 3, 3, -4]);
    // A language the shipped file lacks takes the new fit whole.
    expect(model.weightsByLang?.fr).toEqual([-5, 5, 5, -5]);
    expect(model.weightsByLang?.en).toEqual([-2, 1, 2, 0]);
    expect(model.shownFrom).toEqual(shipped.shownFrom);
  });
});
