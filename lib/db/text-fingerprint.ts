/**
 * Fingerprints of an article's text: the same words, up to case, spacing and punctuation, have
 * the same fingerprint. One article under several addresses of its site is found by it
 * (same-article.ts); one text published on several sites, a wire story, too (copyPrint).
 */

/**
 * Whether a character (code unit) separates words: ASCII other than letters and digits, and
 * the spaces, quotes, dashes and marks of Latin-1, General Punctuation and CJK punctuation.
 */
export function isSeparator(c: number): boolean {
  if (c < 0x80) {
    return !((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a));
  }
  return (
    (c >= 0xa0 && c <= 0xbf && c !== 0xaa && c !== 0xb5 && c !== 0xba) ||
    c === 0xd7 ||
    c === 0xf7 ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x3000 && c <= 0x303f) ||
    c === 0xfeff
  );
}

/**
 * A 64-bit hash of a text's words (as hex): ASCII letters folded to lower case, each run of
 * separators one space, none at either end. One pass, no copy of the text: it runs on every
 * write of an article row, whose text may be a megabyte. Case is folded for ASCII only: two
 * extractions of one page do not differ in the case of other letters.
 */
export function textFingerprint(text: string): string {
  return fingerprintWords(text).print;
}

/** A text's fingerprint (textFingerprint) and the number of words hashed. */
export interface TextPrint {
  print: string;
  words: number;
}

/**
 * textFingerprint and the number of words hashed, in the one pass: what both the row's dupKey
 * and its copy print (same-article.ts withDupKey) are computed from.
 */
export function fingerprintWords(text: string): TextPrint {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  let words = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (isSeparator(c)) {
      gap = words > 0;
      continue;
    }
    if (gap) {
      a = Math.imul(a ^ 0x20, 0x01000193);
      b = Math.imul(b ^ 0x20, 0x5bd1e995) ^ (b >>> 13);
      gap = false;
      words++;
    }
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
    if (!words) words = 1;
  }
  if (!words) return { print: '', words: 0 };
  const print = (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
  return { print, words };
}

/**
 * The fewest words of a text taken as the same text as another of equal fingerprint on another
 * site (copyPrint): a wire story's shortest dispatch runs to some sixty words; what two sites
 * share below that is more likely a wall (consent, paywall, "enable JavaScript") than a story.
 */
export const COPY_MIN_WORDS = 50;

/**
 * The fingerprint by which one text published on several sites (a wire story: AFP, Reuters,
 * AP) is known as one: textFingerprint, for a text of COPY_MIN_WORDS words or more; null for a
 * shorter one, never taken for a copy. Kept on each light row (light-articles.ts).
 */
export function copyPrint(text: string | null | undefined): string | null {
  return text ? copyPrintOf(fingerprintWords(text)) : null;
}

/** copyPrint of a text already fingerprinted (fingerprintWords). */
export function copyPrintOf({ print, words }: TextPrint): string | null {
  return words >= COPY_MIN_WORDS ? print : null;
}
