/**
 * Intl.Segmenter's sentence segments (UAX #29, which ICU implements), read in JavaScript for a
 * text made only of characters whose Sentence_Break class is written out here: ASCII, Latin-1
 * and Latin Extended-A letters, and the quotes, dashes and signs of European news text. Asking
 * ICU costs more than tagging a short paragraph (segment.ts); any other character leaves the
 * text to ICU (null). Tested against Intl.Segmenter on the real pages and on random strings.
 */

// Sentence_Break classes (UAX #29, table 4): those the characters read here can have.
const OTHER = 0;
const CR = 1;
const LF = 2;
const SP = 3;
const LOWER = 4;
const UPPER = 5;
const NUMERIC = 6;
const ATERM = 7;
const STERM = 8;
const CLOSE = 9;
const SCONTINUE = 10;
/** A character left to ICU (Extend, Format, Sep, OLetter, other scripts, controls). */
const UNKNOWN = 255;

const LOWER_RE = /^\p{Ll}$/u;
const UPPER_RE = /^\p{Lu}$/u;

/** The class of every UTF-16 unit below 0x180 (ASCII, Latin-1, Latin Extended-A). */
const LATIN = new Uint8Array(0x180).fill(UNKNOWN);
for (let c = 0x20; c < 0x7f; c++) LATIN[c] = OTHER;
LATIN[0x09] = SP;
LATIN[0x0b] = SP;
LATIN[0x0c] = SP;
LATIN[0x20] = SP;
LATIN[0x0a] = LF;
LATIN[0x0d] = CR;
for (let c = 0x30; c <= 0x39; c++) LATIN[c] = NUMERIC;
for (let c = 0x41; c <= 0x5a; c++) LATIN[c] = UPPER;
for (let c = 0x61; c <= 0x7a; c++) LATIN[c] = LOWER;
LATIN[0x2e] = ATERM;
LATIN[0x21] = STERM;
LATIN[0x3f] = STERM;
for (const ch of `"'()[]{}`) LATIN[ch.charCodeAt(0)] = CLOSE;
for (const ch of ',-:;') LATIN[ch.charCodeAt(0)] = SCONTINUE;
LATIN[0xa0] = SP;
// Latin-1's signs: © ® ° ± ² ³ ´ · ¹ ¼ ½ ¾ § ¶ £ ¥ ¢ ¤ ¦ ¨ ¬ ¯ × ÷ are Other.
for (const ch of '¢£¤¥¦§¨©¬®¯°±²³´¶·¸¹¼½¾×÷') LATIN[ch.charCodeAt(0)] = OTHER;
LATIN[0xab] = CLOSE;
LATIN[0xbb] = CLOSE;
for (let c = 0xc0; c < 0x180; c++) {
  if (c === 0xd7 || c === 0xf7) continue;
  const ch = String.fromCharCode(c);
  if (UPPER_RE.test(ch)) LATIN[c] = UPPER;
  else if (LOWER_RE.test(ch)) LATIN[c] = LOWER;
}

/** The class of a unit at or above 0x180: general punctuation and signs of European text. */
function classAbove(c: number): number {
  switch (c) {
    case 0x2018: // ‘ ’ ‚ ‛ “ ” „ ‟: quotation marks are Close
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2039: // ‹ ›
    case 0x203a:
      return CLOSE;
    case 0x2013: // – —
    case 0x2014:
      return SCONTINUE;
    case 0x2010: // ‐ ‒ ― † ‡ • … ‰ ′ ″ € ™ →
    case 0x2012:
    case 0x2015:
    case 0x2020:
    case 0x2021:
    case 0x2022:
    case 0x2026:
    case 0x2030:
    case 0x2032:
    case 0x2033:
    case 0x20ac:
    case 0x2122:
    case 0x2192:
      return OTHER;
    default:
      return UNKNOWN;
  }
}

// The classes of the text being segmented, grown as needed.
let classes = new Uint8Array(2048);

/**
 * Longest run of Close and Sp units read here: breaksAt walks back over the run before each of
 * its units (and forward from each for SB8), so a longer run, which only a hostile page writes
 * ("a." and thousands of quotes), would cost its square; ICU reads it in linear time.
 */
const MAX_CLOSE_SP_RUN = 64;

/** One sentence segment, as Intl.Segmenter gives it. */
export interface SentenceSegment {
  segment: string;
  index: number;
}

/**
 * Intl.Segmenter's sentence segments of `text` (granularity "sentence", any of our languages:
 * ICU tailors no sentence rules for them without an "ss" keyword), or null where a character of
 * the text is one whose class is not written out here, or it holds a run of more than
 * MAX_CLOSE_SP_RUN quotes, brackets and spaces.
 */
export function sentenceSegments(text: string): SentenceSegment[] | null {
  const n = text.length;
  if (classes.length < n) classes = new Uint8Array(2 * n);
  const cls = classes;
  let run = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = c < 0x180 ? (LATIN[c] as number) : classAbove(c);
    if (k === UNKNOWN) return null;
    run = k === CLOSE || k === SP ? run + 1 : 0;
    if (run > MAX_CLOSE_SP_RUN) return null;
    cls[i] = k;
  }
  const out: SentenceSegment[] = [];
  let start = 0;
  for (let i = 1; i < n; i++) {
    if (!breaksAt(cls, i, n)) continue;
    out.push({ segment: text.slice(start, i), index: start });
    start = i;
  }
  if (n > 0) out.push({ segment: text.slice(start), index: start });
  return out;
}

/** Whether UAX #29 breaks between units i - 1 and i (0 < i < n) of classes `cls`. */
function breaksAt(cls: Uint8Array, i: number, n: number): boolean {
  const before = cls[i - 1] as number;
  const after = cls[i] as number;
  // SB3, SB4: CR × LF; after a paragraph separator ÷.
  if (before === CR) return after !== LF;
  if (before === LF) return true;
  // Every other break follows a terminator: SATerm Close* Sp* before i.
  if (before !== ATERM && before !== STERM && before !== CLOSE && before !== SP) return false;
  let k = i - 1;
  while (k >= 0 && cls[k] === SP) k--;
  const spaced = k < i - 1;
  const lastClose = k;
  while (k >= 0 && cls[k] === CLOSE) k--;
  if (k < 0) return false;
  const term = cls[k] as number;
  if (term !== ATERM && term !== STERM) return false;
  const closed = k < lastClose;
  if (term === ATERM) {
    if (!spaced && !closed) {
      // SB6: ATerm × Numeric. SB7: (Upper | Lower) ATerm × Upper.
      if (after === NUMERIC) return false;
      const prior = k > 0 ? (cls[k - 1] as number) : -1;
      if (after === UPPER && (prior === UPPER || prior === LOWER)) return false;
    }
    // SB8: ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower.
    let j = i;
    for (; j < n; j++) {
      const c = cls[j] as number;
      if (c === UPPER || c === LOWER || c === CR || c === LF || c === ATERM || c === STERM) break;
    }
    if (j < n && cls[j] === LOWER) return false;
  }
  // SB8a: SATerm Close* Sp* × (SContinue | SATerm).
  if (after === SCONTINUE || after === ATERM || after === STERM) return false;
  // SB9: SATerm Close* × (Close | Sp | ParaSep). SB10: SATerm Close* Sp* × (Sp | ParaSep).
  if (!spaced && after === CLOSE) return false;
  if (after === SP || after === CR || after === LF) return false;
  // SB11: SATerm Close* Sp* ParaSep? ÷.
  return true;
}
