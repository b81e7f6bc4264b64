// What a word starts with, read in hot loops over every token: an ASCII first letter decides at
// once (most words), any other first character goes to the Unicode regex, so the answer is the
// regex's for every string (and for a word read past a sentence's end, undefined, which callers
// cast to string: the regex reads it as "undefined").
const CAPITAL = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

/** Whether `w` starts with a capital letter (/^\p{Lu}/u). */
export function startsCapital(w: string): boolean {
  const c = (w as string | undefined)?.charCodeAt(0) ?? NaN;
  if (c >= 65 && c <= 90) return true;
  // Other ASCII (lower case, digits, punctuation) is no capital; NaN (empty, undefined) goes to
  // the regex.
  if (c < 128) return false;
  return CAPITAL.test(w);
}

/** Whether `w` starts with a lower-case letter (/^\p{Ll}/u). */
export function startsLower(w: string): boolean {
  const c = (w as string | undefined)?.charCodeAt(0) ?? NaN;
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  return LOWER.test(w);
}
