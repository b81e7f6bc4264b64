import { foldName, nameWords } from '../entities/fold-name';

// One pass over the letter groups whose spelling differs between languages. The hushing sounds
// (English sh/ch/kh/zh, French ch/tch, German sch/tsch/ch, Spanish j before r/l) all become one
// letter: lossy ("Chen" = "Shen"), but it is what makes Khrouchtchev = Chruschtschow.
const GROUPS =
  /^j(?=[lr])|dsch|dzh|dj|tsch|tch|shch|sch|sh|ch|kh|zh|ou|gu(?=[ei])|ph|c(?=[eiy])|x|ß|æ|œ/g;
const HUSH = '\u0161';
const GROUP_TO: Record<string, string> = {
  dsch: 'j',
  dzh: 'j',
  dj: 'j',
  ou: 'u',
  gu: 'g',
  ph: 'f',
  c: 's',
  x: 'ks',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};
// Then single letters: German j and w, z and s, c and q as k.
const LETTER_TO: Record<string, string> = {
  j: 'y',
  w: 'v',
  z: 's',
  q: 'k',
  c: 'k',
  ø: 'o',
  ł: 'l',
  đ: 'd',
};
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * One word as the key spells it: a transliteration-neutral skeleton in which the French, German,
 * Spanish and English renderings of a Russian, Ukrainian, Korean or Arabic name agree
 * (Poutine/Putin, Sergueï/Sergej/Sergei, Ouchakov/Uschakow/Ushakov). The same rules run on every
 * language, so a name spelled alike everywhere ("Christine Lagarde") keeps one key.
 */
export function keyWord(word: string): string {
  let key = KEYED.get(word);
  if (key === undefined) {
    key = keyWordOnce(word);
    if (KEYED.size >= KEY_MEMO_MAX) KEYED.clear();
    KEYED.set(word, key);
  }
  return key;
}

// The same words are keyed again and again (the KB's lookups of a page's names and of their
// parts: 3 % of findEntities on English pages); remembered, emptied when full.
const KEYED = new Map<string, string>();
const KEY_MEMO_MAX = 20_000;

function keyWordOnce(word: string): string {
  const grouped = word.replace(GROUPS, (g) => GROUP_TO[g] ?? HUSH);
  let w = '';
  for (let i = 0; i < grouped.length; i++) {
    const ch = grouped[i] as string;
    let out = LETTER_TO[ch] ?? ch;
    // Iouri, Ioulia: a leading i before a vowel is a y.
    if (i === 0 && ch === 'i' && VOWELS.has(grouped[1] ?? '') && grouped[1] !== 'y') out = 'y';
    // Volodímir = Volodymyr: a y between consonants is an i.
    if (out === 'y' && i > 0 && !VOWELS.has(w[w.length - 1] ?? 'a')) {
      const next = LETTER_TO[grouped[i + 1] ?? ''] ?? grouped[i + 1];
      if (next !== undefined && !VOWELS.has(next)) out = 'i';
    }
    // Doubled letters count once (Zelenskyy, Mohammed).
    if (out.length === 1 && w.endsWith(out)) continue;
    w += out;
  }
  // Yevgeny = Evgueni.
  if (w.startsWith('ye')) w = w.slice(1);
  // Zelensky/Zelenski/Selenskyj, Sergey/Sergei, Dmitrij/Dmitri.
  if (w.endsWith('y')) w = w.endsWith('iy') ? w.slice(0, -1) : `${w.slice(0, -1)}i`;
  if (w.length > 4) {
    // French renders -ин as -ine (Poutine, Prigojine); German -ёв as -ow (Chruschtschow).
    if (w.endsWith('ine')) w = w.slice(0, -1);
    else if (w.endsWith('ev')) w = `${w.slice(0, -2)}ov`;
  }
  return w.replaceAll(HUSH, 'sh');
}

/** The words of a name as keys: ["vladimir", "putin"] for "Wladimir Putin" or "Vladimir Poutine". */
export function nameKeyWords(name: string): string[] {
  return nameWords(foldName(name)).map(keyWord).filter(Boolean);
}

/** The key of a name already folded and split (nameWords(foldName(name))). */
export function keyOfWords(words: readonly string[]): string {
  return words.map(keyWord).filter(Boolean).join('-') || 'x';
}

/** A name's key: its key words joined by "-" ("vladimir-putin"), or "x" for no letters. */
export function nameKey(name: string): string {
  return keyOfWords(nameWords(foldName(name)));
}

// The key's known collisions: a word-initial ch and sh (Chen and Shen are two Chinese surnames)
// and a French feminine -ine (Martine is not Martin). The key merges them on purpose, for
// Charapova/Sharapova and Poutine/Putin; this mark is what tells them apart where a document
// or the KB has both spellings.
function collisionMark(word: string): string {
  const start = word.startsWith('ch') ? 'ch' : word.startsWith('sh') ? 'sh' : '';
  return `${start}${word.length > 4 && word.endsWith('ine') ? 'ine' : ''}`;
}

/**
 * The key with its lossy collisions undone ("chen-vei" vs "shen-vei", "martine-obri" vs
 * "martin-obri"): two names with one nameKey but different strict keys may be two people.
 */
export function strictNameKey(name: string): string {
  return (
    nameWords(foldName(name))
      .map((w) => (collisionMark(w) ? w : keyWord(w)))
      .filter(Boolean)
      .join('-') || 'x'
  );
}

/**
 * Whether two names share a key only through a known collision (Chen Wei / Shen Wei, Martine
 * Aubry / Martin Aubry): same nameKey, but a guarded word spelled differently.
 */
export function keyCollision(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b) && strictNameKey(a) !== strictNameKey(b);
}
