import { foldText } from './fold';

interface Folds {
  /** Per folded Latin letter, the letters (accented, other case) that fold to it alone. */
  one: Map<string, string>;
  /** Per folding of two letters or more ("ss"), the letters that fold to it ("ßẞ"). */
  many: Map<string, string>;
}

let folds: Folds | null = null;

function letterFolds(): Folds {
  if (folds) return folds;
  const one = new Map<string, string>();
  const many = new Map<string, string>();
  const ranges = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
    // Ligatures: "ﬁ", "ﬂ", "ﬀ"…
    [0xfb00, 0xfb06],
  ];
  const chars: string[] = [];
  for (const [lo, hi] of ranges) {
    for (let c = lo!; c <= hi!; c++) chars.push(String.fromCodePoint(c));
  }
  // One fold of them all (folding is per character: NUL between them keeps them apart).
  const folded = foldText(chars.join('\0')).split('\0');
  chars.forEach((ch, i) => {
    const f = folded[i]!;
    if (f === ch || !/\p{L}/u.test(ch) || !/^\p{L}+$/u.test(f)) return;
    const to = f.length === 1 ? one : many;
    to.set(f, (to.get(f) ?? '') + ch);
  });
  return (folds = { one, many });
}

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');
// A word whose letters could be written in more ways than this ("ss" as "ß" at many places) is
// not given a pattern: its texts are folded instead.
const MAX_SPELLINGS = 16;

/**
 * A regular expression source (for the "iu" flags) matching, in unfolded text, what folds to
 * `folded`: each letter in any case or accent, decomposed or not, and letters folding to two
 * ("ß" for "ss", "œ" for "oe", ligatures). With `open`, what begins a word folding to
 * `folded`: a letter folding to two may end it half-used ("maß" begins "mas"). Null when the
 * word has too many such spellings (see MAX_SPELLINGS): fold the text instead.
 */
export function foldedPattern(folded: string, open = false): string | null {
  const { one, many } = letterFolds();
  const chars = [...folded];
  const letter = (c: string) => `[${escape(c)}${one.get(c) ?? ''}]\\p{M}*`;
  // The ways of spelling the rest from position i, counted first to bound the pattern's size.
  const rest = (i: number) => chars.slice(i).join('');
  const ways = new Array<number>(chars.length + 1).fill(0);
  ways[chars.length] = 1;
  for (let i = chars.length - 1; i >= 0; i--) {
    ways[i] = ways[i + 1]!;
    for (const f of many.keys()) {
      if (rest(i).startsWith(f)) ways[i]! += ways[i + [...f].length]!;
      else if (open && f.startsWith(rest(i))) ways[i]! += 1;
    }
  }
  if (ways[0]! > MAX_SPELLINGS) return null;
  const from = (i: number): string => {
    if (i >= chars.length) return '';
    const alts: string[] = [];
    for (const [f, cs] of many) {
      const r = rest(i);
      if (r.startsWith(f)) alts.push(`[${cs}]\\p{M}*${from(i + [...f].length)}`);
      else if (open && f.startsWith(r)) alts.push(`[${cs}]\\p{M}*`);
    }
    const plain = letter(chars[i]!) + from(i + 1);
    return alts.length ? `(?:${[plain, ...alts].join('|')})` : plain;
  };
  return from(0);
}

/** Whether every letter of `text` folds to at most one letter (no "ß", "œ", ligatures). */
export function foldsLetterByLetter(text: string): boolean {
  const { many } = letterFolds();
  MULTI_FOLD_RE ??= new RegExp(`[${[...many.values()].join('')}]`, 'u');
  return !MULTI_FOLD_RE.test(text);
}

let MULTI_FOLD_RE: RegExp | undefined;

const WORD_CHAR_RE = /^[\p{L}\p{N}\p{M}]/u;
const RUN_RE = /[\p{L}\p{N}\p{M}]+/uy;

/**
 * Whether a word starts at `i` in `s`: no letter, number or mark just before it. Tested by hand
 * after a match, not by a lookbehind opening the regular expression, which V8 tries at every
 * position of the text (ten times slower on 5 KB of text).
 */
export function startsWord(s: string, i: number): boolean {
  if (i <= 0) return true;
  const low = s.charCodeAt(i - 1);
  const at = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return !WORD_CHAR_RE.test(s.slice(at, i));
}

/** The end of the run of letters, numbers and marks starting at `i` (i itself if none). */
export function wordEnd(s: string, i: number): number {
  RUN_RE.lastIndex = i;
  return RUN_RE.exec(s) ? RUN_RE.lastIndex : i;
}

/**
 * The first match of `re` (flags "g" and "u") in `s` from `from` that starts a word, or null;
 * matches inside words are skipped a word at a time.
 */
export function execAtWordStart(re: RegExp, s: string, from = 0): RegExpExecArray | null {
  re.lastIndex = from;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (startsWord(s, m.index)) return m;
    re.lastIndex = Math.max(m.index + 1, wordEnd(s, m.index));
  }
  return null;
}
