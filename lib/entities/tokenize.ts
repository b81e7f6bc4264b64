/** A word or punctuation token with its UTF-16 span in the source text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Letters/digits joined by inner hyphens, apostrophes, dots or ampersands; dotted acronyms (U.S.);
// any other non-space character alone.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‐'’.&][\p{L}\p{M}\p{N}]+)*|\S/gu;
const ELISIONS = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'presqu',
]);
const APOSTROPHE_RE = /['’]/;

/** Splits text into word and punctuation tokens, CoNLL style ("l'" + "Ukraine", "Putin" + "'s"). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null && m.index < to) {
    const start = m.index;
    let word = m[0];
    if (start + word.length > to) word = word.slice(0, to - start);
    pushWord(tokens, word, start);
  }
  return tokens;
}

function pushWord(tokens: Token[], word: string, start: number): void {
  const apo = word.search(APOSTROPHE_RE);
  if (apo > 0 && apo < word.length - 1) {
    const head = word.slice(0, apo).toLowerCase();
    const tail = word.slice(apo + 1);
    if (ELISIONS.has(head)) {
      tokens.push({ text: word.slice(0, apo + 1), start, end: start + apo + 1 });
      pushWord(tokens, tail, start + apo + 1);
      return;
    }
    if (tail === 's' || tail === 'S') {
      tokens.push({ text: word.slice(0, apo), start, end: start + apo });
      tokens.push({ text: word.slice(apo), start: start + apo, end: start + word.length });
      return;
    }
  }
  tokens.push({ text: word, start, end: start + word.length });
}
