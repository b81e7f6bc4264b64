import { foldText } from './fold';
import { execAtWordStart, foldedPattern, wordEnd } from './fold-pattern';
import { tokens, type Token } from './tokenize';

/** A passage of an article, with the matched words as UTF-16 [start, end) offsets into it. */
export interface Snippet {
  text: string;
  highlights: [number, number][];
}

const CONTEXT_BEFORE = 40;
// Enough matches to choose a passage from; reading on would only cost time.
const MAX_HITS = 40;

/**
 * The passage of `text` (about `maxLength` characters) with the most distinct matching words,
 * starting a little before the first of them; the start of the text when nothing matches.
 * `heads`, when given, holds the first three characters of every word that may match.
 * `spans`: more passages to mark, [start, end) offsets into `text` (an entity's mentions, which
 * need not share a word with the query: "Poutine" for person:Putin), each counted as its words.
 */
export function makeSnippet(
  text: string,
  isMatch: (word: string) => boolean,
  maxLength = 200,
  heads?: Set<string>,
  spans: readonly (readonly [number, number])[] = [],
): Snippet {
  let hits: Token[] = [];
  for (const t of heads ? headTokens(text, heads) : tokens(text)) {
    if (isMatch(t.word) && hits.push(t) >= MAX_HITS) break;
  }
  if (spans.length) hits = withSpans(hits, text, spans);
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < hits.length; i++) {
    const seen = new Set<string>();
    for (
      j = i;
      j < hits.length && hits[j]!.end - hits[i]!.start <= maxLength - CONTEXT_BEFORE;
      j++
    ) {
      seen.add(hits[j]!.word);
    }
    if (seen.size > bestCount) {
      bestCount = seen.size;
      best = i;
    }
  }
  let start = 0;
  if (hits.length) {
    start = Math.max(0, hits[best]!.start - CONTEXT_BEFORE);
    // Start on a word boundary.
    if (start > 0) {
      const space = text.slice(start, hits[best]!.start).search(/\s/);
      start = space >= 0 ? start + space + 1 : hits[best]!.start;
    }
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const cut = text.slice(start, end).search(/\s\S*$/);
    if (cut > 0) end = start + cut;
  }
  let out = start > 0 ? '… ' : '';
  const highlights: [number, number][] = [];
  let pos = start;
  for (const h of hits) {
    if (h.start < start || h.end > end) continue;
    out += collapse(text.slice(pos, h.start));
    const from = out.length;
    out += collapse(text.slice(h.start, h.end));
    highlights.push([from, out.length]);
    pos = h.end;
  }
  out += collapse(text.slice(pos, end));
  if (end < text.length) out += ' …';
  return { text: out, highlights };
}

/**
 * The hits and the spans in text order, a word hit inside a span left out; spans that are not
 * within the text, or overlap an earlier one, are dropped. At most MAX_HITS.
 */
function withSpans(
  hits: Token[],
  text: string,
  spans: readonly (readonly [number, number])[],
): Token[] {
  const marked: Token[] = [];
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < 0 || end > text.length || end <= start) continue;
    if (marked.length && start < marked[marked.length - 1]!.end) continue;
    marked.push({ word: text.slice(start, end).toLowerCase(), start, end });
  }
  const inSpan = (t: Token) => marked.some((m) => t.start < m.end && t.end > m.start);
  return [...marked, ...hits.filter((t) => !inSpan(t))]
    .sort((a, b) => a.start - b.start)
    .slice(0, MAX_HITS);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

const HAS_CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const heads = new Map<string, RegExp | null>();

/**
 * The words of `text` whose first three folded letters are among `heads`, as tokens(text,
 * heads) gives them, found by one regular expression over the text instead of folding every
 * word: what makes a snippet cheap ("ß", "œ" and ligatures included). Texts with CJK are
 * tokenized.
 */
export function* headTokens(text: string, wanted: Set<string>): Generator<Token> {
  if (!wanted.size) return;
  const list = [...wanted];
  if (list.every((h) => h.length === 2 && HAS_CJK_RE.test(h[0]!) && HAS_CJK_RE.test(h[1]!))) {
    // CJK bigrams: every place the two characters stand in a row is such a token.
    const found: Token[] = [];
    for (const h of list) {
      for (let i = text.indexOf(h); i >= 0; i = text.indexOf(h, i + 1)) {
        found.push({ word: h, start: i, end: i + 2 });
      }
    }
    yield* found.sort((a, b) => a.start - b.start);
    return;
  }
  if ([...wanted].some((h) => HAS_CJK_RE.test(h)) || HAS_CJK_RE.test(text)) {
    yield* tokens(text, wanted);
    return;
  }
  const key = [...wanted].sort().join('\n');
  let re = heads.get(key);
  if (re === undefined) {
    // A head shorter than three letters is a whole word; one of three may go on.
    const alt = [...wanted].map((h) =>
      [...h].length < 3
        ? foldedPattern(h)?.concat('(?![\\p{L}\\p{N}\\p{M}])')
        : foldedPattern(h, true),
    );
    re = alt.every((a) => a !== undefined && a !== null) ? new RegExp(alt.join('|'), 'giu') : null;
    if (heads.size > 64) heads.clear();
    heads.set(key, re);
  }
  if (!re) {
    yield* tokens(text, wanted);
    return;
  }
  for (let m = execAtWordStart(re, text); m;) {
    const end = wordEnd(text, m.index);
    yield { word: foldText(text.slice(m.index, end)), start: m.index, end };
    m = execAtWordStart(re, text, end);
  }
}
