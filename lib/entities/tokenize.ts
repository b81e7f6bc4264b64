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
  let start = from;
  // From inside a surrogate pair, the regular expression (u) starts at the pair.
  const c = text.charCodeAt(from);
  if (c >= 0xdc00 && c <= 0xdfff && from > 0) {
    const h = text.charCodeAt(from - 1);
    if (h >= 0xd800 && h <= 0xdbff) start--;
  }
  // A token starts at the first character that is no white space after the last one (TOKEN_RE's
  // \S matches any such), and ends where TOKEN_RE's match there ends (tokenEnd).
  for (;;) {
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
    if (start >= text.length || start >= to) break;
    const end = tokenEnd(text, start);
    const word = text.slice(start, Math.min(end, to));
    if (!pushNumberedName(tokens, text, word, start)) pushWord(tokens, word, start);
    start = end;
  }
  return tokens;
}

/**
 * Where the token that starts at `at` (no white space) ends: where TOKEN_RE's match there ends,
 * read without the regex for an ASCII word or sign (asciiTokenEnd), by test() (no match array)
 * otherwise.
 */
export function tokenEnd(text: string, at: number): number {
  const end = text.charCodeAt(at) < 128 ? asciiTokenEnd(text, at) : -1;
  if (end >= 0) return end;
  TOKEN_RE.lastIndex = at;
  TOKEN_RE.test(text);
  return TOKEN_RE.lastIndex;
}

const isAsciiAlnum = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Where TOKEN_RE's match at `at` (an ASCII unit, no space) ends, or -1 where only the regex can
 * tell: a capital before a dot (a dotted acronym, "U.S."), a unit past ASCII (a letter, a mark,
 * a curly apostrophe or hyphen may go on with the word). ASCII letters and digits are the only
 * ASCII \p{L} and \p{N} (and no ASCII is \p{M}); "-", "'", ".", "&" join two runs of them; any
 * other ASCII sign is a token alone (\S).
 */
function asciiTokenEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (!isAsciiAlnum(c)) return at + 1;
  if (c >= 65 && c <= 90 && text.charCodeAt(at + 1) === 46) return -1;
  let i = at + 1;
  for (;;) {
    const d = text.charCodeAt(i);
    if (isAsciiAlnum(d)) {
      i++;
      continue;
    }
    if (d >= 128) return -1;
    if (d !== 45 && d !== 39 && d !== 46 && d !== 38) return i;
    const e = text.charCodeAt(i + 1);
    if (e >= 128) return -1;
    if (!isAsciiAlnum(e)) return i;
    i += 2;
  }
}

// A number joined by a hyphen to a name's first word, as line-ups write players: "12-José Luis
// Quirós (7)", "3-Alajuelense:".
const NUMBERED_NAME = /^(\d{1,3})[-‐](\p{Lu}\p{Ll}+)$/u;
// What opens a list item before such a number: a line's start, a comma, a semicolon, a colon, a
// bracket. Not an article ("die 46-Jährige", "un 3-Tage"): a compound of a number and a noun.
const ITEM_OPENERS = new Set([',', ';', ':', '(', '\n']);
// A substitution's "por" before the player who comes on: "10-Anthony López sale por 7-Jordy
// Hernández".
const SUBSTITUTE_BEFORE = /(?<![\p{L}\p{M}])por$/u;

/**
 * A player's number and his first name, written as one word in a line-up item ("…, 12-José Luis
 * Quirós"), are tokenised apart (number, hyphen, name), so that the name is read whole; the
 * number alone otherwise made "Luis Quirós" of it. Only after a list item's opener
 * (ITEM_OPENERS, or the text's start): German writes compounds of a number after an article.
 */
function pushNumberedName(tokens: Token[], text: string, word: string, start: number): boolean {
  // Most words open with no digit: passed over without the regex.
  const c = word.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return false;
  const m = NUMBERED_NAME.exec(word);
  if (!m) return false;
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  if (i >= 0 && !ITEM_OPENERS.has(text[i] as string) && !substituteBefore(text, i)) return false;
  const digits = m[1] as string;
  tokens.push({ text: digits, start, end: start + digits.length });
  tokens.push({
    text: word[digits.length] as string,
    start: start + digits.length,
    end: start + digits.length + 1,
  });
  const at = start + digits.length + 1;
  tokens.push({ text: word.slice(digits.length + 1), start: at, end: start + word.length });
  return true;
}

/** Whether the word ending at `i` (its last char) is a substitution's "por" (SUBSTITUTE_BEFORE). */
function substituteBefore(text: string, i: number): boolean {
  return SUBSTITUTE_BEFORE.test(text.slice(Math.max(0, i - 3), i + 1));
}

function pushWord(tokens: Token[], word: string, start: number): void {
  // The first apostrophe, straight or curly, found without a regex per token.
  const straight = word.indexOf("'");
  const curly = word.indexOf('’');
  const apo = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
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
