import { foldText } from './fold';

/** A word of a text: folded, with its UTF-16 offsets in the original. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}\p{M}]+/gu;
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const ASCII_RE = /^[\x20-\x7e]*$/;
const HAS_CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Splits text into folded words. Runs of CJK characters, written without spaces, become
 * overlapping character bigrams (a lone character stays one token), which needs no dictionary
 * and behaves the same in Node and in a service worker.
 */
export function tokenize(text: string): Token[] {
  return [...tokens(text)];
}

/**
 * tokenize, lazily, for callers that may stop early. With `heads`, only words whose first
 * three folded characters are in it (CJK bigrams: the bigram) are yielded, and the others cost
 * no folding.
 */
export function* tokens(text: string, heads?: Set<string>): Generator<Token> {
  for (const m of text.matchAll(WORD_RE)) {
    const run = m[0];
    const at = m.index;
    if (!HAS_CJK_RE.test(run)) {
      if (heads) {
        const head = run.slice(0, 3).toLowerCase();
        if (!heads.has(ASCII_RE.test(head) ? head : foldText(run).slice(0, 3))) continue;
      }
      yield { word: foldText(run), start: at, end: at + run.length };
      continue;
    }
    const out = cjkRunTokens(run, at);
    yield* heads ? out.filter((t) => heads.has(t.word.slice(0, 3))) : out;
  }
}

/**
 * tokenize's words without their offsets, what indexing needs: no generator and no object per
 * word (a run with CJK characters is split as tokens splits it).
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const run = m[0];
    if (!HAS_CJK_RE.test(run)) out.push(foldText(run));
    else for (const t of cjkRunTokens(run, m.index)) out.push(t.word);
  }
  return out;
}

/** The tokens of a run of letters that holds CJK characters, the run starting at `at`. */
function cjkRunTokens(run: string, at: number): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const c of run.matchAll(CJK_RE)) {
    if (c.index > last) pushWord(out, run.slice(last, c.index), at + last);
    pushBigrams(out, c[0], at + c.index);
    last = c.index + c[0].length;
  }
  if (last < run.length) pushWord(out, run.slice(last), at + last);
  return out;
}

function pushWord(out: Token[], word: string, start: number): void {
  out.push({ word: foldText(word), start, end: start + word.length });
}

function pushBigrams(out: Token[], run: string, start: number): void {
  const chars = [...run];
  let offset = start;
  if (chars.length === 1) {
    out.push({ word: run, start, end: start + run.length });
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    out.push({ word: a + b, start: offset, end: offset + a.length + b.length });
    offset += a.length;
  }
}

/** True for a token made by pushBigrams (no stemming, no prefix search). */
export function isCjkWord(word: string): boolean {
  return HAS_CJK_RE.test(word);
}
