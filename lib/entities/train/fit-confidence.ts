/**
 * Fitting the entity confidence (lib/entities/confidence.ts) on rows of the full recogniser's
 * mentions, cross-fitting it, and choosing the per-language threshold from which entities are
 * shown. Node only: npm run train:confidence and npm run bench:entities.
 */
import { fitLogistic } from '../../stories/train/fit-logistic';
import {
  capped,
  confidenceFeatures,
  FEATURE_NAMES,
  logistic,
  type ConfidenceModel,
} from '../confidence';
import type { MentionRow } from './eval-pipeline';

/** Shown precision the threshold aims at, in every language. */
export const TARGET_PRECISION = 0.95;
/**
 * Share of the recogniser's correct mentions the threshold must keep shown: the floor (#15),
 * trading recall for shown precision (it was 0.93; a hidden name stays searchable).
 */
export const KEEP_FLOOR = 0.85;
/** The L2 penalty on standardised weights. */
const L2 = 2;
/** Folds of the cross-fitting, by document. */
export const FOLDS = 5;

/** A row of one dev set, with the set's language and a key of its document for the folds. */
export interface LabelledRow extends MentionRow {
  lang: string;
  set: string;
}

/** Logistic weights (FEATURE_NAMES order, bias first) fitted on rows. */
export function fitConfidence(rows: readonly LabelledRow[]): number[] {
  const x = rows.map((r) => confidenceFeatures(r.evidence).slice(1));
  const y = rows.map((r) => (r.correct ? 1 : 0));
  const fit = fitLogistic(x, y, L2);
  const weights = [fit.bias, ...fit.weights];
  if (weights.length !== FEATURE_NAMES.length) throw new Error('feature count mismatch');
  return weights.map((w) => Math.round(w * 1e4) / 1e4);
}

/** The fold of a row: its document, so that no document is both fitted and predicted. */
export function foldOf(r: LabelledRow): number {
  let h = 0;
  for (const c of `${r.set}#${r.doc}`) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % FOLDS;
}

/**
 * Out-of-fold probabilities: each row predicted by a model of its language fitted without its
 * document's fold.
 */
export function crossFit(
  rows: readonly LabelledRow[],
  ownShare: Record<string, number> = OWN_SHARE,
  notPooled: readonly string[] = NOT_POOLED,
): number[] {
  const out = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < FOLDS; f++) {
    const fitted = fitByLang(
      rows.filter((r) => foldOf(r) !== f),
      ownShare,
      notPooled,
    );
    rows.forEach((r, i) => {
      if (foldOf(r) !== f) return;
      const weights = fitted.weightsByLang[r.lang] ?? fitted.weights;
      out[i] = capped(r.evidence, logistic(weights, confidenceFeatures(r.evidence)));
    });
  }
  return out;
}

/**
 * How far a language's weights go from the pooled ones towards its own fit: its own conventions
 * (a Spanish state acting as an organisation, French OCR) without unlearning what every language
 * shares (the French dev sets are historical newspapers; modern French pages are not). Spanish
 * alone, on the context-aggregation tagger, weighed a word also written in lower case as
 * evidence for a name.
 */
export const OWN_SHARE: Record<string, number> = { en: 1, es: 0.5, fr: 0.5, de: 0.5 };

/**
 * Languages whose rows fit only their own weights, not the pooled ones the others shrink towards:
 * German's dev set has silver labels of another domain (Wikipedia, sources.ts DE_DEV_SOURCE);
 * kept out of the pool, it leaves the English, Spanish and French weights as they were.
 */
export const NOT_POOLED: readonly string[] = ['de'];

/**
 * The permissive confidence's: none, one pooled fit for every language. Its rows are of other
 * text than the pages it reads (tweets and web text for English, Portuguese for Spanish, OCR for
 * French), so a language's own fit learns its set's domain: on the dev sets (measured, never
 * fitted on) the pooled weights showed more right names at 85% kept in every language (MODEL.md).
 */
export const PERMISSIVE_OWN_SHARE: Record<string, number> = { en: 0, es: 0, fr: 0 };

/**
 * Rows a feature must be set on for a language's own fit to weigh it: below, its weight is the
 * pooled one. English's own fit gave names with an odd shape or inner punctuation large positive
 * weights from one tennis player ("MaliVai Washington", 8 rows) and a few bracketed teams.
 */
export const MIN_SEEN = 15;

/** Per feature (FEATURE_NAMES order), the rows it is set (non-zero) on. */
export function seenOn(rows: readonly LabelledRow[]): number[] {
  const out = new Array<number>(FEATURE_NAMES.length).fill(0);
  for (const r of rows) {
    confidenceFeatures(r.evidence).forEach((x, i) => {
      if (x !== 0) out[i]!++;
    });
  }
  return out;
}

/**
 * Weights pooled over the rows (but those of the notPooled languages, unless no other is there),
 * and per language: its own fit, shrunk towards the pooled; a language whose own share is 0
 * takes the pooled weights and has no entry.
 */
export function fitByLang(
  rows: readonly LabelledRow[],
  ownShare: Record<string, number> = OWN_SHARE,
  notPooled: readonly string[] = NOT_POOLED,
): {
  weights: number[];
  weightsByLang: Record<string, number[]>;
} {
  const pooled = rows.filter((r) => !notPooled.includes(r.lang));
  const weights = fitConfidence(pooled.length ? pooled : rows);
  const langs = [...new Set(rows.map((r) => r.lang))].filter((l) => ownShare[l] !== 0);
  const own = (l: string): number[] => {
    const a = ownShare[l] ?? 1;
    const mine = rows.filter((r) => r.lang === l);
    const w = fitConfidence(mine);
    const seen = seenOn(mine);
    return w.map((x, i) =>
      // A feature too rare in the language's rows to be weighed there takes the pooled weight.
      i > 0 && (seen[i] as number) < MIN_SEEN
        ? (weights[i] as number)
        : Math.round((a * x + (1 - a) * (weights[i] as number)) * 1e4) / 1e4,
    );
  };
  return { weights, weightsByLang: Object.fromEntries(langs.map((l) => [l, own(l)])) };
}

/** A fitted confidence model as written to confidence.json: ConfidenceModel, with the fit's notes. */
export type FittedModel = ConfidenceModel & { [note: string]: unknown };

/**
 * The new fit for `langs` only: their weights and thresholds from `fitted`, every other
 * language's (and the pooled weights) kept from `shipped`, read by feature name, a feature the
 * shipped model lacks weighing 0 there. A refit for Spanish and French must not move what English
 * shows on web pages, which the dev sets do not see (Title Case headings, sentence openers).
 * With `newOnly`, `langs` keep their shipped weights and thresholds too and take only the weights
 * of the features the shipped model lacks: new evidence added, nothing else moved.
 */
export function keepLanguages(
  shipped: FittedModel,
  fitted: FittedModel,
  langs: readonly string[],
  newOnly = false,
): FittedModel {
  const align = (w: readonly number[]): number[] =>
    fitted.features.map((f) => {
      const i = shipped.features.indexOf(f);
      return i >= 0 ? (w[i] as number) : 0;
    });
  const byLang: Record<string, number[]> = {};
  for (const l of new Set([
    ...Object.keys(shipped.weightsByLang ?? {}),
    ...Object.keys(fitted.weightsByLang ?? {}),
  ])) {
    const mine = langs.includes(l) ? fitted.weightsByLang?.[l] : undefined;
    const kept = shipped.weightsByLang?.[l];
    if (mine && kept && newOnly) {
      byLang[l] = align(kept).map((w, i) =>
        shipped.features.includes(fitted.features[i] as string) ? w : (mine[i] as number),
      );
    } else if (mine) byLang[l] = mine;
    else if (kept) byLang[l] = align(kept);
  }
  const shownFrom = { ...shipped.shownFrom };
  for (const l of newOnly ? [] : langs) {
    if (fitted.shownFrom[l] !== undefined) shownFrom[l] = fitted.shownFrom[l] as number;
  }
  return {
    ...fitted,
    weights: align(shipped.weights),
    weightsByLang: byLang,
    shownFrom,
  };
}

/** Shown precision and share of correct kept at a threshold. */
export function shownAt(
  probs: readonly number[],
  rows: readonly MentionRow[],
  t: number,
): { p: number; kept: number; shown: number } {
  let shown = 0;
  let shownCorrect = 0;
  let correct = 0;
  rows.forEach((r, i) => {
    if (r.correct) correct++;
    if ((probs[i] as number) < t) return;
    shown++;
    if (r.correct) shownCorrect++;
  });
  return { p: shownCorrect / Math.max(1, shown), kept: shownCorrect / Math.max(1, correct), shown };
}

/** Thresholds tried: 0.30 to 0.95 by 0.01. */
export const GRID = Array.from({ length: 66 }, (_, i) => Math.round((0.3 + i * 0.01) * 100) / 100);

/**
 * The threshold for one language: the lowest at which the shown precision reaches
 * TARGET_PRECISION while keeping KEEP_FLOOR of the correct mentions; where no threshold does
 * both, the highest that keeps KEEP_FLOOR (precision as high as the recall floor allows).
 */
export function chooseThreshold(probs: readonly number[], rows: readonly MentionRow[]): number {
  let keeping = GRID[0] as number;
  for (const t of GRID) {
    const s = shownAt(probs, rows, t);
    if (s.kept < KEEP_FLOOR) break;
    if (s.p >= TARGET_PRECISION) return t;
    keeping = t;
  }
  return keeping;
}
