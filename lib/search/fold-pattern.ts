import { foldText } from './fold';

// Letters that fold to more than one letter ("ß" → "ss"): foldedPattern cannot match them.
const MULTI_FOLD_RE = /[ßœæŒÆ\uFB00-\uFB06]/u;
let variants: Map<string, string> | null = null;

/** Per folded Latin letter, the letters (accented, other case) that fold to it alone. */
function letterVariants(): Map<string, string> {
  if (variants) return variants;
  const out = new Map<string, string>();
  const ranges = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  const chars: string[] = [];
  for (const [lo, hi] of ranges) {
    for (let c = lo!; c <= hi!; c++) chars.push(String.fromCodePoint(c));
  }
  // One fold of them all (folding is per character: NUL between them keeps them apart).
  const folded = foldText(chars.join('\0')).split('\0');
  chars.forEach((ch, i) => {
    const f = folded[i]!;
    if (f.length === 1 && f !== ch && /\p{L}/u.test(ch)) out.set(f, (out.get(f) ?? '') + ch);
  });
  return (variants = out);
}

/**
 * A regular expression source (for the "iu" flags) matching, in unfolded text, what folds to
 * `folded`: each letter in any case or accent, decomposed or not. Lets a text be searched
 * without folding it, where foldsLetterByLetter(text).
 */
export function foldedPattern(folded: string): string {
  const v = letterVariants();
  return [...folded]
    .map((c) => `[${c.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&')}${v.get(c) ?? ''}]\\p{M}*`)
    .join('');
}

/** Whether every letter of `text` folds to at most one letter (no "ß", "œ", ligatures). */
export function foldsLetterByLetter(text: string): boolean {
  return !MULTI_FOLD_RE.test(text);
}
