import {
  collectDocumentStats,
  type DocumentStats,
  isCapsInfos,
  type WordInfo,
  wordInfos,
} from './features';
import type { Model } from './model';
import { tagTokens } from './tag-tokens';
import { type EntityType, type TokenSpan, TYPES } from './tags';
import { isTitleWord } from './title-spans';
import { startsCapital } from './letter-case';

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;

/**
 * TITLE_CASE's answer, read without the regex for a word of ASCII letters (A-Z then a-z, the
 * only ASCII \p{Lu} and \p{Ll}); any other unit goes to the regex.
 */
function titleCase(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if (c0 < 128 && !(c0 >= 65 && c0 <= 90)) return false;
  if (c0 < 128 && w.length > 1) {
    let i = 1;
    for (; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c >= 128) break;
      if (!(c >= 97 && c <= 122)) return false;
    }
    if (i === w.length) return true;
  }
  return TITLE_CASE.test(w);
}
/** Longest name, in tokens, that propagation looks for. */
const MAX_NAME = 4;

/**
 * Tags every sentence of one document, then makes names consistent across it: a name the tagger
 * found once (or the surname of a person found in full) is also a mention where the tagger missed
 * it, e.g. "Poutine" at the start of a sentence after "Vladimir Poutine". With `margins`, fills
 * one array per sentence with the tagger's margin on each token, and with `typeScores` one with
 * its score for each type on each token (tagSentence). `written`: the sentences as written where
 * `sentences` are some of them truecased (documentStats).
 */
export function tagDocument(
  model: Model,
  sentences: readonly string[][],
  lang: string,
  margins?: Float32Array[],
  typeScores?: Float32Array[],
  written?: readonly string[][],
): TokenSpan[][] {
  const infos = sentences.map(wordInfos);
  // Whether each sentence is a headline in capitals, read once for the statistics, the features
  // and the propagation.
  const caps = infos.map(isCapsInfos);
  const stats = documentStats(model, sentences, infos, caps, written);
  // One buffer per document for each, a view of it per sentence: an array of its own per
  // sentence cost a memory block each, outside the heap.
  let tokens = 0;
  for (const words of sentences) tokens += words.length;
  const allMargins = margins ? new Float32Array(tokens) : undefined;
  const allScores = typeScores ? new Float32Array(tokens * TYPES.length) : undefined;
  let at = 0;
  const spans = sentences.map((words, k) => {
    const n = words.length;
    const m = allMargins?.subarray(at, at + n);
    const ts = allScores?.subarray(at * TYPES.length, (at + n) * TYPES.length);
    if (margins && m) margins[k] = m;
    if (typeScores && ts) typeScores[k] = ts;
    at += n;
    return tagTokens(model, words, stats, lang, m, ts, infos[k], caps[k]);
  });
  joinRecurringFirstWords(sentences, spans, stats, lang);
  const known = knownNames(sentences, spans, stats);
  if (!known.size) return spans;
  const firstWords = firstWordsOf(known.keys());
  // Headlines in capitals are matched in capitals: "KIM JONG UN" after "Kim Jong Un" (the
  // upper-case names made only for a document that has such a headline).
  const upper = caps.includes(true)
    ? new Map([...known].map(([k, t]) => [k.toUpperCase(), t]))
    : new Map<string, EntityType>();
  const upperFirst = firstWordsOf(upper.keys());
  sentences.forEach((words, k) => {
    const inCaps = caps[k] as boolean;
    propagate(
      words,
      spans[k] as TokenSpan[],
      inCaps ? upper : known,
      inCaps ? upperFirst : firstWords,
      inCaps,
    );
  });
  return spans;
}

/** The first word of each name (up to its first space), without an array per name. */
function firstWordsOf(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const k of names) {
    const space = k.indexOf(' ');
    out.add(space < 0 ? k : k.slice(0, space));
  }
  return out;
}

/**
 * The document's statistics (collectDocumentStats), counted on its sentences as written when the
 * tagger reads some of them otherwise (`written`: a Title Case headline truecased, truecase.ts):
 * a headline's word lower-cased by guess is no evidence that the text writes it in lower case
 * ("Early" of "Gerald Early" in the body would lose its name).
 */
export function documentStats(
  model: Model,
  sentences: readonly string[][],
  infos: readonly WordInfo[][],
  caps: readonly boolean[],
  written?: readonly string[][],
): DocumentStats {
  if (written && written.some((w, k) => w !== sentences[k])) {
    return collectDocumentStats(written, model.options.context);
  }
  return collectDocumentStats(sentences, model.options.context, infos, caps);
}

function knownNames(
  sentences: readonly string[][],
  spans: readonly TokenSpan[][],
  stats: DocumentStats,
): Map<string, EntityType> {
  const votes = new Map<string, Map<EntityType, number>>();
  const vote = (key: string, type: EntityType): void => {
    // Words the document also uses in lower case ("La", "Union") are not names on their own.
    if (key.length < 3 || (!key.includes(' ') && stats.lower.has(key.toLowerCase()))) return;
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(type, (v.get(type) ?? 0) + 1);
    votes.set(key, v);
  };
  spans.forEach((list, k) => {
    const words = sentences[k] as string[];
    for (const s of list) {
      const parts = words.slice(s.start, s.end);
      if (!parts.every((w) => startsCapital(w) || w === '-')) continue;
      vote(parts.join(' '), s.type);
      const last = parts[parts.length - 1] as string;
      if (s.type === 'PER' && parts.length > 1 && TITLE_CASE.test(last)) vote(last, 'PER');
    }
  });
  const out = new Map<string, EntityType>();
  for (const [key, v] of votes) {
    const best = [...v].sort((a, b) => b[1] - a[1])[0];
    if (best) out.set(key, best[0]);
  }
  return out;
}

function propagate(
  words: readonly string[],
  spans: TokenSpan[],
  known: Map<string, EntityType>,
  firstWords: Set<string>,
  caps: boolean,
): void {
  const covered = new Uint8Array(words.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  for (let i = 0; i < words.length; i++) {
    if (covered[i] || !firstWords.has(words[i] as string)) continue;
    for (let n = Math.min(MAX_NAME, words.length - i); n >= 1; n--) {
      if (covered.subarray(i, i + n).some((c) => c === 1)) continue;
      // A match must not be the start of a longer capitalised run ("Poutine Mardi" is unclear);
      // in a headline set in capitals every word is one, and the longest match wins instead.
      const next = words[i + n];
      if (!caps && next !== undefined && startsCapital(next)) continue;
      const type = known.get(words.slice(i, i + n).join(' '));
      if (!type) continue;
      spans.push({ start: i, end: i + n, type });
      covered.fill(1, i, i + n);
      i += n - 1;
      break;
    }
  }
  spans.sort((a, b) => a.start - b.start);
}

// Articles: a capitalised word after one is a noun ("l'Allemand Uwe Seeler"), not a first name.
const ARTICLES = new Set(
  "the a an le la les l' l’ un une el los las der die das ein eine".split(' '),
);

const ARTICLE_MAX = Math.max(...[...ARTICLES].map((a) => a.length));

/** Whether word `i` follows an article ("l'Allemand", also tokenised "l ' Allemand"). */
function afterArticle(words: readonly string[], i: number): boolean {
  const prev = words[i - 1];
  if (prev === undefined) return false;
  const elided = (prev === "'" || prev === '’') && i > 1 ? `${words[i - 2]}'` : prev;
  // No lower case is shorter than its word: a word longer than every article is none.
  return elided.length <= ARTICLE_MAX && ARTICLES.has(elided.toLowerCase());
}

/**
 * A capitalised word that, each of the two or more times the article writes it, stands right
 * before the same name the tagger read (mostly as a person), never after an article, and never
 * in lower case, is the name's first word: "Tiger Woods" where the tagger took "Tiger" for the
 * animal and read "Woods" alone, at the start of a headline and of a sentence. Not a title
 * ("Premier Consul", "President Clinton"). Changes `spans` in place.
 */
export function joinRecurringFirstWords(
  sentences: readonly string[][],
  spans: readonly TokenSpan[][],
  stats: DocumentStats,
  lang: string,
): void {
  const seen = new Map<string, number>();
  const before = new Map<string, { span: TokenSpan; at: number; next: string }[]>();
  sentences.forEach((words, k) => {
    const list = spans[k] as TokenSpan[];
    for (let i = 0; i < words.length - 1; i++) {
      const w = words[i] as string;
      // A title-case word starts with a capital: most words are passed over without the regex.
      if (!titleCase(w)) continue;
      seen.set(w, (seen.get(w) ?? 0) + 1);
      if (afterArticle(words, i)) continue;
      const span = list.find((s) => s.start === i + 1);
      if (!span || list.some((s) => s.start <= i && s.end > i)) continue;
      const found = before.get(w) ?? [];
      found.push({ span, at: i, next: words[i + 1] as string });
      before.set(w, found);
    }
  });
  for (const [w, list] of before) {
    if (list.length < 2 || list.length !== seen.get(w)) continue;
    if (stats.lower.has(w.toLowerCase()) || isTitleWord(w, lang)) continue;
    const next = list[0]?.next as string;
    if (!TITLE_CASE.test(next) || list.some((x) => x.next !== next)) continue;
    if (list.filter(({ span }) => span.type === 'PER').length * 2 < list.length) continue;
    for (const { span, at } of list) {
      span.start = at;
      span.type = 'PER';
    }
  }
}
