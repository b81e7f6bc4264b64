import { sentenceSegments } from './sentence-breaks';

/** A sentence's UTF-16 range in the text, and whether it sits in the lead (first paragraph). */
export interface SentenceRange {
  start: number;
  end: number;
  lead: boolean;
}

// One segmenter per locale: construction is the expensive part.
const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
  let seg = segmenters.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'sentence' });
    segmenters.set(lang, seg);
  }
  return seg;
}

/** Longest piece handed to Intl.Segmenter: its cost grows faster than linearly on long strings. */
const PIECE = 2000;

/** Where the last sentence of `window` ends (its stop), not after an abbreviation; -1 if none. */
function lastStop(window: string, abbreviations: ReadonlySet<string>): number {
  const other = Math.max(window.lastIndexOf('! '), window.lastIndexOf('? '));
  for (let i = window.lastIndexOf('. '); i > other && i > 0; i = window.lastIndexOf('. ', i - 1)) {
    const next = window.slice(i + 2, i + 4);
    if (!goesOn(window, Math.max(0, i - 40), i + 1, false, next, abbreviations)) return i;
  }
  return other;
}

/** Cuts a long paragraph at sentence ends (else spaces) into pieces of at most PIECE units. */
function pieces(text: string, abbreviations: ReadonlySet<string>): [number, number][] {
  const out: [number, number][] = [];
  let pos = 0;
  while (text.length - pos > PIECE) {
    const window = text.slice(pos, pos + PIECE);
    let cut = lastStop(window, abbreviations);
    if (cut <= 0) cut = window.lastIndexOf(' ');
    cut = cut <= 0 ? PIECE : cut + 1;
    out.push([pos, pos + cut]);
    pos += cut;
  }
  out.push([pos, text.length]);
  return out;
}

/**
 * Abbreviations that stand before a name or a number, never at a sentence's end, per language, as
 * written before their dot: Intl.Segmenter ends a sentence after "Dr.", "Mme.", "Sra.", "St.",
 * which hid the title from the rules that read it and split the name from its context. Titles
 * and honorifics, ranks, saints, and the words of addresses and dates. An unknown language reads
 * all four lists. Not "etc.", "Jr.", "Inc.", "Co.": they end sentences as often as not.
 */
const ABBREVIATIONS: Record<string, ReadonlySet<string>> = {
  en: words(`Mr Mrs Ms Messrs Mmes Dr Drs Prof Rev Revd Hon Gov Sen Rep Pres Gen Lt Col Maj Capt
    Cmdr Adm Sgt Cpl Pvt Brig Supt Insp Det Fr St Mt Ft Ave Blvd Rd Jan Feb Mar Apr Jun Jul Aug
    Sep Sept Oct Nov Dec vs approx`),
  fr: words(`M MM Mme Mmes Mlle Mlles Me Mes Dr Pr Mgr Sr St Ste Gal Cdt Lt Col Cne Av av bd
    boul janv févr avr juil sept oct nov déc env cf`),
  es: words(`Sr Sra Srta Sres Sras D Dña Dr Dra Dres Lic Ing Arq Prof Profa Excmo Excma Ilmo Ilma
    Mons Pbro Fr Sto Sta Gral Cnel Tte Cap Avda Av Pza Pl ene feb abr jun jul ago sept oct nov dic
    aprox`),
  de: words(`Hr Hrn Fr Frl Dr Prof Dipl Ing Mag St Nr Str Pl Jan Feb Mrz Apr Aug Sept Okt Nov Dez
    bzw vgl ca evtl z B d h u a`),
};
const ANY_LANGUAGE = new Set(Object.values(ABBREVIATIONS).flatMap((s) => [...s]));

function words(s: string): ReadonlySet<string> {
  return new Set(s.split(/\s+/).filter(Boolean));
}

function abbreviationsFor(lang: string): ReadonlySet<string> {
  return ABBREVIATIONS[lang.toLowerCase().slice(0, 2)] ?? ANY_LANGUAGE;
}

// The word a piece of text ends with, before its final dot ("Dr" of "met Dr.", "K" of "J. K."),
// and the character before it: /(^|[^\p{L}\p{M}])([\p{L}\p{M}]+)\.$/u, read from the end (lastWord).
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const STARTS_CAPITAL = /^\s*\p{Lu}/u;

/**
 * Where the word that `text.slice(from, to)` ends with, before its final dot, starts: the longest
 * run of letters and marks (\p{L}, \p{M}) before that dot, read back one code point at a time
 * (a pair of surrogates is one, as the regex reads it; none is read across `from`). -1 without
 * a final dot or a letter before it. The regex it replaces scanned the whole sentence from its
 * start, each time a segment ended.
 */
export function lastWordStart(text: string, from: number, to: number): number {
  const dot = to - 1;
  if (dot < from || text.charCodeAt(dot) !== 46) return -1;
  let k = dot;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (c < 128) {
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
      k--;
      continue;
    }
    const high = k - 2 >= from ? text.charCodeAt(k - 2) : 0;
    const width = c >= 0xdc00 && c <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (!LETTER_OR_MARK.test(text.slice(k - width, k))) break;
    k -= width;
  }
  return k === dot ? -1 : k;
}

/**
 * Whether a sentence that Intl.Segmenter ended (trimmed), `text.slice(from, to)`, goes on into the
 * next: it ends with an abbreviation of the language, or with an initial before a capitalised
 * word ("J. K. Rowling", "George W. Bush"), not of a dotted acronym ("the U.S." ends sentences as
 * often as it goes on). A sentence that truly ends with a lone capital ("Plan B.") runs on too.
 * `lineStart`: the sentence opens a line (initials there go on: initialsAfterName).
 */
function goesOn(
  text: string,
  from: number,
  to: number,
  lineStart: boolean,
  next: string,
  abbreviations: ReadonlySet<string>,
): boolean {
  const at = lastWordStart(text, from, to);
  if (at < 0) return false;
  const word = text.slice(at, to - 1);
  if (abbreviations.has(word)) return true;
  if (!STARTS_CAPITAL.test(next)) return false;
  // The character before the word: none at the sentence's start (a line's break, if it opens
  // one: no dot either way).
  const afterDot = at > from && text.charCodeAt(at - 1) === 46;
  if (word.length === 1 && !afterDot && word !== word.toLowerCase()) return true;
  // Initials written together end in one letter after a dot ("H.W."): only then is the whole
  // sentence read again for them.
  return (
    word.length === 1 &&
    afterDot &&
    initialsAfterName((lineStart ? '\n' : '') + text.slice(from, to))
  );
}

// Initials written together, two or three ("J.K.", "H.W.", "J.R.R."), and the word and the
// characters before them.
const DOTTED_INITIALS = /([\p{L}\p{M}]*)([^\p{L}\p{M}.]*)(?:\p{Lu}\.){2,3}$/u;

/**
 * Whether a sentence ending in initials written together goes on into a capitalised word: right
 * after a capitalised word, a space between ("George H.W. Bush", "Smith College J.K. Rowling"),
 * or opening a line ("\nJ.K. Rowling"), they carry a name. A dotted acronym after a lower-case
 * word or a comma ends sentences as often as not ("moved to the U.S. He", "Washington, D.C.
 * The"); after a stop, it opens one as often ("Gaza. U.S. President Joe Biden": read so, its
 * name was less sure and left the screen).
 */
function initialsAfterName(sentence: string): boolean {
  const m = DOTTED_INITIALS.exec(sentence);
  if (!m) return false;
  return m[2] === '\n' || (m[2] === ' ' && STARTS_CAPITAL.test(m[1] as string));
}

// What Intl.Segmenter may end a sentence after (UAX #29): a terminator (Sentence_Break STerm or
// ATerm: Sentence_Terminal and the ATerm dots) or a paragraph separator.
const BREAK_AFTER = /[\p{Sentence_Terminal}.\u2024\uFE52\uFF0E\n\r\u0085\u2028\u2029]/u;
const CLOSING_RUN =
  /^[\p{Sentence_Terminal}.\u2024\uFE52\uFF0E][\p{Sentence_Terminal}.\u2024\uFE52\uFF0E \t]*$/u;

/**
 * Whether Intl.Segmenter reads a piece as one sentence without asking it (it costs more to call
 * than the tagger on a short paragraph): no terminator or paragraph separator in it, or only a
 * closing run of terminators and spaces ("Er kam .", "Wirklich ?!"), after which the text ends
 * (UAX #29 SB8a, SB9, SB10: no break inside that run). A heading, a list item, a one-sentence
 * paragraph.
 */
export function isOneSentence(piece: string): boolean {
  const at = breakAfterAt(piece);
  return at < 0 || CLOSING_RUN.test(piece.slice(at));
}

const BREAK_AFTER_HERE = new RegExp(BREAK_AFTER.source, 'uy');

/**
 * piece.search(BREAK_AFTER), the ASCII units read without the regex: of them only "!", ".", "?"
 * and the line breaks are terminators or separators.
 */
function breakAfterAt(piece: string): number {
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c < 128) {
      if (c === 33 || c === 46 || c === 63 || c === 10 || c === 13) return i;
      continue;
    }
    BREAK_AFTER_HERE.lastIndex = i;
    if (BREAK_AFTER_HERE.test(piece)) return i;
    // A surrogate pair is one code point to the regex.
    const low = piece.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) i++;
  }
  return -1;
}

/**
 * Splits text into sentences (Intl.Segmenter) within paragraphs (blank-line separated). A sentence
 * the segmenter ends after an abbreviation or an initial goes on (goesOn).
 */
export function segmentSentences(text: string, lang: string): SentenceRange[] {
  const abbreviations = abbreviationsFor(lang);
  const out: SentenceRange[] = [];
  const seg = sentenceSegmenter(lang);
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let m: RegExpExecArray | null;
  let first = true;
  while ((m = paragraph.exec(text)) !== null) {
    if (!m[0].trim()) continue;
    for (const [from, to] of pieces(m[0], abbreviations)) {
      const piece = m[0].slice(from, to);
      // The sentence being read: where it starts in the piece, and where its text so far ends.
      let open = -1;
      let openEnd = 0;
      // ICU is asked only of a piece with a character sentenceSegments does not class.
      const segments: Iterable<{ segment: string; index: number }> = isOneSentence(piece)
        ? [{ segment: piece, index: 0 }]
        : (sentenceSegments(piece) ?? seg.segment(piece));
      for (const s of segments) {
        const trimmed = s.segment.trimEnd();
        if (!trimmed.trim()) continue;
        // The sentence so far, after a line's break where it opens one: initials opening a
        // line go on ("\nJ.K. Rowling").
        const lineStart = open === 0 ? from === 0 : piece[open - 1] === '\n';
        if (open >= 0 && !goesOn(piece, open, openEnd, lineStart, trimmed, abbreviations)) {
          const start = m.index + from + open;
          out.push({ start, end: m.index + from + openEnd, lead: first });
          open = -1;
        }
        // A piece after the first starts with the space after the stop it was cut at.
        if (open < 0) open = s.index + (s.segment.length - s.segment.trimStart().length);
        openEnd = s.index + trimmed.length;
      }
      if (open >= 0) {
        out.push({ start: m.index + from + open, end: m.index + from + openEnd, lead: first });
      }
    }
    first = false;
  }
  return out;
}
