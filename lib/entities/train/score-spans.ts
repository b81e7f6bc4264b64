import { type EntityType, type TokenSpan, TYPES } from '../tags';

/** Counts for precision / recall / F1. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of one count. */
export interface Prf {
  p: number;
  r: number;
  f1: number;
  gold: number;
}

/** Strict (exact span and type) and overlapping (same type, shared token) counts per type. */
export class SpanScorer {
  strict: Record<EntityType, Counts> = blank();
  overlap: Record<EntityType, Counts> = blank();

  /** Adds one sentence's gold and predicted spans. */
  add(gold: readonly TokenSpan[], pred: readonly TokenSpan[]): void {
    const key = (s: TokenSpan): string => `${s.type}:${s.start}:${s.end}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(pred.map(key));
    for (const s of pred) this.strict[s.type][goldKeys.has(key(s)) ? 'tp' : 'fp']++;
    for (const s of gold) if (!predKeys.has(key(s))) this.strict[s.type].fn++;
    const used = new Set<TokenSpan>();
    for (const p of pred) {
      const g = gold.find(
        (x) => !used.has(x) && x.type === p.type && x.start < p.end && p.start < x.end,
      );
      if (g) {
        used.add(g);
        this.overlap[p.type].tp++;
      } else {
        this.overlap[p.type].fp++;
      }
    }
    for (const g of gold) if (!used.has(g)) this.overlap[g.type].fn++;
  }

  /** Per-type and micro-averaged figures. */
  report(kind: 'strict' | 'overlap'): Record<EntityType | 'ALL', Prf> {
    const table = this[kind];
    const all: Counts = { tp: 0, fp: 0, fn: 0 };
    const out = {} as Record<EntityType | 'ALL', Prf>;
    for (const t of TYPES) {
      out[t] = prf(table[t]);
      all.tp += table[t].tp;
      all.fp += table[t].fp;
      all.fn += table[t].fn;
    }
    out.ALL = prf(all);
    return out;
  }
}

function blank(): Record<EntityType, Counts> {
  return {
    PER: { tp: 0, fp: 0, fn: 0 },
    LOC: { tp: 0, fp: 0, fn: 0 },
    ORG: { tp: 0, fp: 0, fn: 0 },
  };
}

function prf(c: Counts): Prf {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, gold: c.tp + c.fn };
}
