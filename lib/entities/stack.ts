import { mixFeature } from './features';
import { hashFeature } from './hash';

/**
 * Two-stage prediction aggregation (Ratinov & Roth 2009), the optional "stack" feature family:
 * the tagger reads the document once without these features, then again with, for each
 * capitalised word, what the first reading made of the same word elsewhere in the document: how
 * many of its other capitalised occurrences it read as a person, a place, an organisation or
 * nothing (capped at 3), the majority reading, how many kinds of reading there were, and each
 * reading's share in quarters, all per language. One table holds both readings' weights: the
 * trainer drops these features from half the sentences of each epoch, so the model also tags
 * well without them (the first reading), and their training values come from fold taggers that
 * never saw the sentence (jackknife), so the model trusts them as much as a first reading on
 * unseen text deserves.
 */

/** A token's word as the document statistics key it and whether it is capitalised. */
export interface StackWord {
  key: string;
  upper: boolean;
}

/** The stack feature ids of one sentence, flat: token i owns ids[offsets[i]] .. ids[offsets[i + 1]]. */
export interface StackFeatures {
  ids: Uint32Array;
  offsets: Uint32Array;
}

/** Reading of a BIO tag id: 0 nothing, 1 person, 2 place, 3 organisation (tags.ts order). */
export const kindOf = (tag: number): number => (tag === 0 ? 0 : (tag + 1) >> 1);

/**
 * Per capitalised word (its key), how many of its occurrences the first reading read as each
 * kind. A word the document also writes in lower case (`lower`, DocumentStats.lower: "Marchand"
 * and "le marchand") has none: as for propagation (tag-document.ts knownNames), its reading
 * elsewhere says little about it here.
 */
export function stackCounts(
  words: readonly (readonly StackWord[])[],
  tags: readonly ArrayLike<number>[],
  lower?: ReadonlySet<string>,
): Map<string, Int32Array> {
  const counts = new Map<string, Int32Array>();
  words.forEach((sentence, k) => {
    const t = tags[k] as ArrayLike<number>;
    sentence.forEach((w, i) => {
      if (!w.upper || lower?.has(w.key.toLowerCase())) return;
      let c = counts.get(w.key);
      if (!c) counts.set(w.key, (c = new Int32Array(4)));
      const x = kindOf(t[i] as number);
      c[x] = (c[x] as number) + 1;
    });
  });
  return counts;
}

const others = new Int32Array(4);

/**
 * Appends to `ids` the stack features of a capitalised word whose counts over the document are
 * `counts` and which the first reading read here as `own` (a kind): what the others were read as.
 * `lang` is hashFeature(language).
 */
export function pushStackIds(ids: number[], counts: Int32Array, own: number, lang: number): void {
  const c = others;
  c.set(counts);
  c[own] = (c[own] as number) - 1;
  let total = 0;
  let maj = -1;
  for (let x = 0; x < 4; x++) {
    const v = c[x] as number;
    total += v;
    if (v > 0 && (maj < 0 || v > (c[maj] as number))) maj = x;
  }
  if (total === 0) return;
  let kinds = 0;
  for (let x = 0; x < 4; x++) {
    const v = c[x] as number;
    if (v > 0) {
      kinds++;
      ids.push(mixFeature(41, x, Math.min(v, 3) + lang));
    }
  }
  ids.push(mixFeature(42, maj, lang));
  ids.push(mixFeature(43, maj * 4 + kinds, lang));
  for (let x = 0; x < 4; x++) {
    ids.push(mixFeature(46, x, Math.round((4 * (c[x] as number)) / total) + lang));
  }
}

/**
 * The stack features of each sentence of a document from the first reading's tags (`tags[k][i]`
 * for word i of sentence k).
 */
export function stackFeatures(
  words: readonly (readonly StackWord[])[],
  tags: readonly ArrayLike<number>[],
  lang: string,
  lower?: ReadonlySet<string>,
): StackFeatures[] {
  const counts = stackCounts(words, tags, lower);
  const L = hashFeature(lang);
  return words.map((sentence, k) => {
    const t = tags[k] as ArrayLike<number>;
    const ids: number[] = [];
    const offsets = new Uint32Array(sentence.length + 1);
    sentence.forEach((w, i) => {
      const c = w.upper ? counts.get(w.key) : undefined;
      if (c) pushStackIds(ids, c, kindOf(t[i] as number), L);
      offsets[i + 1] = ids.length;
    });
    return { ids: Uint32Array.from(ids), offsets };
  });
}
