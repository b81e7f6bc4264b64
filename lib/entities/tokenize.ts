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

/** Whether a UTF-16 unit is white space as regular expressions read it (\s). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Splits text into word and punctuation tokens, CoNLL style ("l'" + "Ukraine", "Putin" + "'s"). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let start = from;
  // From inside a surrogate pair, the regular expression (u) starts at the pair.
  const c = text.charCodeAt(from);
  if (c >= 0xdc00 && c <= 0xdfff && from > 0) {
    const h = text.charCodeAt(from - 1);
    if (h >= 0xd800 && h <= 0xdbff) start--;
  }
  // test() makes no match array per token: a match starts at the first character that is no
  // white space after the last one (\S matches any such), and ends at lastIndex.
  while (TOKEN_RE.test(text)) {
    while (isSpace(text.charCodeAt(start))) start++;
    if (start >= to) break;
    const end = TOKEN_RE.lastIndex;
    pushWord(tokens, text.slice(start, Math.min(end, to)), start);
    start = end;
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
