import type { EntityType, TokenSpan } from './tags';

// A version number: "6.0", "14.2", "3.11.2" (a time, a price or a share reads the same, hence
// the checks below).
const VERSION = /^\d{1,2}\.\d{1,2}(?:\.\d{1,3})?$/u;
// Words after a number that make it a measure, not a version: "1.5 percent", "2.5 millones".
const MEASURES = new Set(
  '% percent per cent pour por prozent million millions billion billions millones millón mil milliards milliard mrd mio points puntos pts km kg m s'.split(
    ' ',
  ),
);
// Words after a number that make it the first of a range of prices or figures ("Bretagne 2.06
// à 2.70", "Charente 2.54 a 3.24" in a market report).
const RANGE = new Set('à a au - – to bis y et and'.split(' '));
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}]+$/u;

/**
 * Products named with their version ("Android 6.0", "iOS 14.2"): neither persons nor places, and
 * the recogniser has no type for them. A capitalised word right before a version number in the
 * article (not read there as a person's, nor before a measure: "Christie 10.04", "Apple 1.5
 * percent", "Bretagne 2.06 à 2.70") names a product; the places and persons that open with it
 * ("Android", "Android Pie") are dropped everywhere in the article (`spans[k]`, sentence `k`,
 * changed in place). Not a name the KB knows.
 */
export function dropProducts(
  sentences: readonly (readonly string[])[],
  spans: TokenSpan[][],
  known: (words: readonly string[]) => EntityType | undefined,
): void {
  const products = new Set<string>();
  sentences.forEach((words, k) => {
    for (let i = 0; i + 1 < words.length; i++) {
      const w = words[i] as string;
      if (!VERSION.test(words[i + 1] as string) || !NAME_WORD.test(w)) continue;
      const after = (words[i + 2] ?? '').toLowerCase();
      if (MEASURES.has(after) || RANGE.has(after) || /^\d/u.test(after)) continue;
      if ((spans[k] ?? []).some((s) => s.type === 'PER' && s.start <= i && i < s.end)) continue;
      if (known([w])) continue;
      products.add(w);
    }
  });
  if (!products.size) return;
  spans.forEach((list, k) => {
    const words = sentences[k] as readonly string[];
    const kept = list.filter((s) => s.type === 'ORG' || !products.has(words[s.start] as string));
    if (kept.length !== list.length) spans[k] = kept;
  });
}
