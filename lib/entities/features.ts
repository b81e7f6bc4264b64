import { casedClusterKey, clusterOfWord, type ClusterTable, FINE } from './clusters';
import { normalizeWord } from './gazetteer-key';
import { matchGazetteer } from './gazetteer';
import { hashFeature } from './hash';
import { addRows, type Model } from './model';
import { TAG_COUNT } from './tags';

const T = TAG_COUNT;

/** Per-document facts the features read: which words appear in lower case, or capitalised mid-sentence. */
export interface DocumentStats {
  lower: Set<string>;
  capitalMid: Set<string>;
  /**
   * Context aggregation (Chieu & Ng 2002; Ratinov & Roth 2009): for a capitalised word, the
   * word hashes of its first AGGREGATE distinct left and right neighbours over the document.
   */
  contexts?: Map<string, WordContext>;
}

/** A capitalised word's distinct neighbours over a document (word hashes). */
export interface WordContext {
  left: number[];
  right: number[];
  /** The context features' weight sums for `model`, made on first use (extractFeatures). */
  sums?: Int32Array;
  model?: Model;
}

/** Distinct neighbours per side a capitalised word's document context keeps. */
const AGGREGATE = 3;
// The features of one word's document context, while its sums are made (extractFeatures).
const contextIds = new Uint32Array(2 * AGGREGATE);

/**
 * Feature families beyond the base set, used only by a model trained with them (weights.json
 * `features`): word clusters (the table the model carries) and document context aggregation.
 */
export interface FeatureOptions {
  clusters?: ClusterTable;
  context?: boolean;
}

const BASE: FeatureOptions = {};

const UPPER_RE = /^\p{Lu}/u;
const LETTER_RE = /\p{L}/u;

/**
 * Counts, over all sentences of a document, the word forms the features ask about; with
 * `context`, also each capitalised word's neighbours (FeatureOptions.context).
 */
export function collectDocumentStats(
  sentences: readonly (readonly string[])[],
  context = false,
  infos: readonly (readonly WordInfo[])[] = sentences.map(wordInfos),
  capsSentences: readonly boolean[] = sentences.map(isCapsSentence),
): DocumentStats {
  const lower = new Set<string>();
  const capitalMid = new Set<string>();
  const contexts = new Map<string, WordContext>();
  sentences.forEach((words, k) => {
    const caps = capsSentences[k] as boolean;
    const sentence = infos[k] as readonly WordInfo[];
    for (let i = 0; i < words.length; i++) {
      const info = sentence[i] as WordInfo;
      if (!info.letter) continue;
      if (info.lowerCase) {
        lower.add(info.key);
        continue;
      }
      if (i > 0 && !caps && info.upper && (sentence[i - 1] as WordInfo).wordLike) {
        capitalMid.add(info.key);
      }
      if (!context || caps || !info.upper) continue;
      let ctx = contexts.get(info.key);
      if (!ctx) contexts.set(info.key, (ctx = { left: [], right: [] }));
      if (i > 0 && ctx.left.length < AGGREGATE) {
        const h = (sentence[i - 1] as WordInfo).word;
        if (!ctx.left.includes(h)) ctx.left.push(h);
      }
      if (i + 1 < words.length && ctx.right.length < AGGREGATE) {
        const h = (sentence[i + 1] as WordInfo).word;
        if (!ctx.right.includes(h)) ctx.right.push(h);
      }
    }
  });
  return context ? { lower, capitalMid, contexts } : { lower, capitalMid };
}

function isWordLike(w: string): boolean {
  return LETTER_RE.test(w) || /\d/.test(w) || w === ',';
}

/** Whether a sentence is set in capitals (a headline): most of its letters upper case. */
export function isCapsSentence(words: readonly string[]): boolean {
  let upper = 0;
  let letters = 0;
  for (const w of words) {
    const counts = letterCounts(w);
    upper += Math.floor(counts / CAPITALS);
    letters += counts % CAPITALS;
  }
  return capsShare(upper, letters);
}

/** isCapsSentence of a sentence from its words' infos (their counts made once per word). */
export function isCapsInfos(infos: readonly WordInfo[]): boolean {
  let upper = 0;
  let letters = 0;
  for (const info of infos) {
    upper += Math.floor(info.letterCounts / CAPITALS);
    letters += info.letterCounts % CAPITALS;
  }
  return capsShare(upper, letters);
}

function capsShare(upper: number, letters: number): boolean {
  return letters >= 8 && upper / letters > 0.8;
}

// letterCounts' unit of capitals: the letters below it (a word is shorter).
const CAPITALS = 2 ** 24;

/** A word's capitals × CAPITALS + its letters (units with a case), as isCapsSentence counts them. */
function letterCounts(w: string): number {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) {
      letters++;
    } else if (c > 127) {
      const ch = w[i] as string;
      const lo = ch.toLowerCase();
      if (lo !== ch.toUpperCase()) {
        letters++;
        if (lo !== ch) upper++;
      }
    }
  }
  return upper * CAPITALS + letters;
}

/** Word shape collapsed to classes: "Poutine" → "Xx", "KCNA" → "X", "24-ans" → "d-x". */
export function wordShape(w: string): string {
  // Most words are ASCII: their classes read from the code units, no string per character.
  let out = '';
  let last = -1;
  for (let i = 0; i < w.length; i++) {
    const u = w.charCodeAt(i);
    if (u >= 128) return wordShapeOf(w);
    const c = u >= 48 && u <= 57 ? 100 : u >= 65 && u <= 90 ? 88 : u >= 97 && u <= 122 ? 120 : u;
    if (c !== last) out += String.fromCharCode(c);
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

/** wordShape of any word: per code point. */
function wordShapeOf(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch.toUpperCase()) c = ch === ch.toUpperCase() ? 'X' : 'x';
    else c = ch === '’' ? "'" : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

function norm(w: string): string {
  return normalizeWord(w).replace(/\d/g, '0');
}

/**
 * Hashed features of one sentence, flat: token i owns ids[offsets[i]] .. ids[offsets[i + 1]].
 * Extracted for a model (tagging), `ids`, `offsets` and `folded` live in buffers the next such extraction
 * reuses: read them before extracting again (tagTokens hands them straight to tagSentence).
 */
export interface SentenceFeatures {
  ids: Uint32Array;
  offsets: Uint32Array;
  /**
   * Extracted for a model: TAG_COUNT weight sums per token of the features left out of `ids`
   * because they recur with the word or the document (bias, language, the word's own features,
   * its document context), summed once per word and model, not once per token.
   */
  folded?: Int32Array;
}

/** Mixes a feature template id with up to two value hashes (murmur3 finaliser). */
export function mixFeature(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 0x5bd1e995, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** What features read of a word, cached by its surface form (wordInfos). */
export interface WordInfo {
  word: number;
  shape: number;
  /** The word's own features: word, shape, affixes, hyphen. */
  own: Uint32Array;
  /** Starts with a capital letter. */
  upper: boolean;
  /** Has a letter (LETTER_RE). */
  letter: boolean;
  /** Is its own lower case: no capital anywhere. */
  lowerCase: boolean;
  /** A word, a number or a comma before a word (isWordLike): the word after it is not a sentence's first. */
  wordLike: boolean;
  /** The form the document statistics are keyed by. */
  key: string;
  /** Its capitals and letters as isCapsSentence counts them (letterCounts). */
  letterCounts: number;
  /** A sentence boundary, as a neighbour (cluster 0xffff). */
  boundary?: boolean;
  /** Its fine cluster (clusterOfWord) in `fineOf`, made on first use. */
  fine?: number;
  fineOf?: ClusterTable;
  /**
   * For `model` (extractFeatures with one), where its WORD_SUMS weight sums start in the shared
   * sums pool of generation `sumsGen` (wordSums): the word's own features, then the features it
   * gives its neighbours (WORD_SLOTS).
   */
  sumsAt?: number;
  sumsGen?: number;
  model?: Model;
}

/**
 * The slots of a word's sums (WordInfo.sumsAt): the word's own features (0), then the features it
 * gives the token it stands one to the left of (its word and shape: templates 4 and 8), one to the
 * right of (5 and 9), two to the left of (6) and two to the right of (7); with clusters, also its
 * own cluster features (0) and its fine cluster as a neighbour (22 in 1, 23 in 2). wordSums.
 */
const WORD_SLOTS = 5;

/** A word's fine cluster plus one (0 unknown, 0xffff a sentence boundary), cached on it. */
function fineCluster(wi: WordInfo, table: ClusterTable): number {
  if (wi.boundary) return 0xffff;
  if (wi.fineOf !== table || wi.fine === undefined) {
    // A capitalised word also looks up its own entry (casedClusterKey of its word feature's form).
    const cased = wi.upper ? hashFeature(casedClusterKey(norm(wi.key))) : undefined;
    wi.fine = clusterOfWord(table, wi.word, cased);
    wi.fineOf = table;
  }
  return wi.fine;
}

/** Weight sums per word: WORD_SLOTS × TAG_COUNT. */
const WORD_SUMS = WORD_SLOTS * T;
// Every word's sums in one pool, each at its WordInfo.sumsAt: no typed array (a memory block
// outside the heap) per word, and foldToken reads one array. Grown as needed; emptied (a new
// generation, every word's sums made again on use) once past POOL_LIMIT words' sums, when a
// sentence's extraction starts.
let sumsPool = new Int32Array(WORD_SUMS * 1024);
let poolUsed = 0;
let poolGen = 0;
const POOL_LIMIT = 60_000 * WORD_SUMS;

// wordSums' feature ids of one slot.
const slotIds = new Uint32Array(3);

function coarseOf(fine: number): number {
  return fine === 0 || fine === 0xffff ? fine : 1 + Math.floor((fine - 1) / FINE);
}

/**
 * The weight sums of a word's features for `model` (WORD_SLOTS). With `clusters`, the cluster
 * features that depend on the word alone are summed here too: its fine and coarse cluster and
 * coarse × shape (own), its fine cluster as the left (22) and right (23) neighbour.
 */
function wordSums(wi: WordInfo, model: Model, clusters?: ClusterTable): number {
  if (wi.model === model && wi.sumsGen === poolGen) return wi.sumsAt as number;
  if (poolUsed + WORD_SUMS > sumsPool.length) {
    const grown = new Int32Array(2 * sumsPool.length);
    grown.set(sumsPool);
    sumsPool = grown;
  }
  const at = poolUsed;
  poolUsed += WORD_SUMS;
  const out = sumsPool;
  // A new generation's cells hold an old one's sums.
  out.fill(0, at, at + WORD_SUMS);
  addRows(model, wi.own, 0, wi.own.length, out, at);
  // The slots written out, the ids in a scratch array: no array or closure per word (a page's
  // words are mostly new to the pool). The sums are integers: their order does not matter.
  const ids = slotIds;
  const { word, shape } = wi;
  if (clusters) {
    const fine = fineCluster(wi, clusters);
    const coarse = coarseOf(fine);
    if (!wi.boundary) {
      ids[0] = mixFeature(20, fine);
      ids[1] = mixFeature(21, coarse);
      ids[2] = mixFeature(25, coarse, shape);
      addRows(model, ids, 0, 3, out, at);
    }
    ids[0] = mixFeature(4, word);
    ids[1] = mixFeature(8, shape);
    ids[2] = mixFeature(22, fine);
    addRows(model, ids, 0, 3, out, at + T);
    ids[0] = mixFeature(5, word);
    ids[1] = mixFeature(9, shape);
    ids[2] = mixFeature(23, fine);
    addRows(model, ids, 0, 3, out, at + 2 * T);
  } else {
    ids[0] = mixFeature(4, word);
    ids[1] = mixFeature(8, shape);
    addRows(model, ids, 0, 2, out, at + T);
    ids[0] = mixFeature(5, word);
    ids[1] = mixFeature(9, shape);
    addRows(model, ids, 0, 2, out, at + 2 * T);
  }
  ids[0] = mixFeature(6, word);
  addRows(model, ids, 0, 1, out, at + 3 * T);
  ids[0] = mixFeature(7, word);
  addRows(model, ids, 0, 1, out, at + 4 * T);
  wi.sumsAt = at;
  wi.sumsGen = poolGen;
  wi.model = model;
  return at;
}

/** Most features one token can have: 18 fixed, 6 cluster, 8 affix and hyphen, 2 capitalisation, 6 context. */
const MAX_PER_TOKEN = 40;

const gazetteerHashes = new Map<string, number>();

function gazetteerHash(tag: string): number {
  let h = gazetteerHashes.get(tag);
  if (h === undefined) {
    h = hashFeature(tag);
    gazetteerHashes.set(tag, h);
  }
  return h;
}

const gazetteerKeys: string[] = [];

// Most words are in no gazetteer name.
const NO_GAZETTEER = hashFeature('');

// Word-intrinsic hashes by surface form: most words recur, so the strings are hashed once.
const wordCache = new Map<string, WordInfo>();
const CACHE_LIMIT = 50_000;

// FNV-1a's state (hash.ts) after the affix features' prefixes "s1=" .. "s4=", "p1=" .. "p3=":
// an affix's hash is made from it and the affix's units, no string built per affix.
const fnvAfter = (prefix: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), 0x01000193);
  return h;
};
const SUFFIX_SEEDS = [0, 1, 2, 3, 4].map((k) => fnvAfter(`s${k}=`));
const PREFIX_SEEDS = [0, 1, 2, 3].map((k) => fnvAfter(`p${k}=`));
const HYPH = hashFeature('hyph');

/** hashFeature(prefix + s.slice(from, to)), where `seed` is fnvAfter(prefix). */
function hashOn(seed: number, s: string, from: number, to: number): number {
  let h = seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** norm(raw) where `key` is normalizeWord(raw): its digits read 0, without a regex where it has none. */
function digitsAsZero(key: string): string {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 48 && c <= 57) return key.replace(/\d/g, '0');
  }
  return key;
}

/**
 * What wordInfo reads of a word's case and letters, in one pass over its units when they are all
 * ASCII (most words: A-Z and a-z are ASCII's only letters, \p{Lu} and \p{Ll}, and 0-9 its only
 * \d); null for any other word, whose facts the regexes and toLowerCase give.
 */
interface AsciiFacts {
  /** normalizeWord(raw). */
  key: string;
  upper: boolean;
  letter: boolean;
  lowerCase: boolean;
  wordLike: boolean;
  letterCounts: number;
}

const asciiFacts: AsciiFacts = {
  key: '',
  upper: false,
  letter: false,
  lowerCase: false,
  wordLike: false,
  letterCounts: 0,
};

/** asciiFacts filled for an ASCII `raw` (its answer is read before the next call); else null. */
export function readAscii(raw: string): AsciiFacts | null {
  let capitals = 0;
  let letters = 0;
  let digit = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 128) return null;
    if (c >= 97 && c <= 122) letters++;
    else if (c >= 65 && c <= 90) {
      letters++;
      capitals++;
    } else if (c >= 48 && c <= 57) digit = true;
  }
  const c0 = raw.charCodeAt(0);
  const out = asciiFacts;
  // No ASCII unit lower-cases to '’' (normalizeWord's other step).
  out.key = capitals ? raw.toLowerCase() : raw;
  out.upper = c0 >= 65 && c0 <= 90;
  out.letter = letters > 0;
  out.lowerCase = capitals === 0;
  out.wordLike = letters > 0 || digit || raw === ',';
  out.letterCounts = capitals * CAPITALS + letters;
  return out;
}

/** readAscii's facts of any word: the regexes and toLowerCase (the reference readAscii keeps to). */
export function wordFacts(raw: string): AsciiFacts {
  return {
    key: normalizeWord(raw),
    upper: UPPER_RE.test(raw),
    letter: LETTER_RE.test(raw),
    lowerCase: raw === raw.toLowerCase(),
    wordLike: isWordLike(raw),
    letterCounts: letterCounts(raw),
  };
}

function wordInfo(raw: string): WordInfo {
  let info = wordCache.get(raw);
  if (info) return info;
  const facts = readAscii(raw) ?? wordFacts(raw);
  const key = facts.key;
  const w = digitsAsZero(key);
  const len = w.length;
  // The word and its shape, then its affixes: for k = 1 .. 4, its last k units, and for k <= 3
  // its first k; then "hyph" for a hyphen inside.
  const affixes = (len > 1 ? 2 : 0) + (len > 2 ? 2 : 0) + (len > 3 ? 2 : 0) + (len > 4 ? 1 : 0);
  const hyph = len > 1 && w.includes('-');
  const own = new Uint32Array(2 + affixes + (hyph ? 1 : 0));
  const word = hashFeature(w);
  const shape = hashFeature(wordShape(raw));
  own[0] = mixFeature(2, word);
  own[1] = mixFeature(3, shape);
  let at = 2;
  for (let k = 1; k <= 4 && len > k; k++) {
    own[at++] = hashOn(SUFFIX_SEEDS[k] as number, w, len - k, len);
    if (k <= 3) own[at++] = hashOn(PREFIX_SEEDS[k] as number, w, 0, k);
  }
  if (hyph) own[at] = HYPH;
  info = {
    word,
    shape,
    own,
    upper: facts.upper,
    letter: facts.letter,
    lowerCase: facts.lowerCase,
    wordLike: facts.wordLike,
    key,
    letterCounts: facts.letterCounts,
  };
  if (wordCache.size >= CACHE_LIMIT) wordCache.clear();
  wordCache.set(raw, info);
  return info;
}

/** The cached facts of each word of a sentence: computed once, shared by the document's statistics and its features. */
export function wordInfos(words: readonly string[]): WordInfo[] {
  return words.map(wordInfo);
}

const BIAS = mixFeature(0, 0);
const START = hashFeature('<s>');
const END = hashFeature('</s>');

let scratch = new Uint32Array(5 * 128);
// Tagging's buffers for ids and folded (SentenceFeatures), grown as needed.
let tagIds = new Uint32Array(12 * 128);
let tagFolded = new Int32Array(T * 128);
let tagOffsets = new Uint32Array(129);
const NO_SUMS: Int32Array[] = [];
const NO_STARTS = new Int32Array(0);
// Each word's sums' offset in the pool, for the sentence being extracted.
let wordStarts = new Int32Array(128);

/**
 * Per model: the weight sums of the bias with each language's feature, of each flag set, of the
 * sentence boundaries as neighbours (in WordInfo.sums' slots) and of each gazetteer value at
 * each of its three templates (15, 16, 17).
 */
interface ModelFolds {
  lang: Map<string, Int32Array>;
  flags: (Int32Array | undefined)[];
  /** The boundaries as words, their sums in the pool (wordSums). */
  start: WordInfo;
  end: WordInfo;
  gazetteer: Map<number, Int32Array>;
}

function boundary(hash: number): WordInfo {
  return {
    word: hash,
    shape: hash,
    own: new Uint32Array(0),
    upper: false,
    letter: false,
    lowerCase: true,
    wordLike: false,
    key: '',
    letterCounts: 0,
    boundary: true,
  };
}
const modelFolds = new WeakMap<Model, ModelFolds>();

function sumsOf(model: Model, ids: ArrayLike<number>): Int32Array {
  const out = new Int32Array(T);
  addRows(model, ids, 0, ids.length, out, 0);
  return out;
}

/** Adds sums[from..from + TAG_COUNT) into out[at..at + TAG_COUNT), unrolled (TAG_COUNT is 7). */
function addInto(out: Int32Array, at: number, sums: Int32Array, from: number): void {
  out[at] = (out[at] as number) + (sums[from] as number);
  out[at + 1] = (out[at + 1] as number) + (sums[from + 1] as number);
  out[at + 2] = (out[at + 2] as number) + (sums[from + 2] as number);
  out[at + 3] = (out[at + 3] as number) + (sums[from + 3] as number);
  out[at + 4] = (out[at + 4] as number) + (sums[from + 4] as number);
  out[at + 5] = (out[at + 5] as number) + (sums[from + 5] as number);
  out[at + 6] = (out[at + 6] as number) + (sums[from + 6] as number);
}
if (T !== 7) throw new Error('addInto assumes 7 BIO tags');

/**
 * A token's folded sums (extractFeatures), unrolled like addInto: the language's, its word's own
 * (slot 0), its neighbours' as the word one (slot 1) and two (3) to its left and one (2) and two
 * (4) to its right (the words' sums at these offsets in `pool`), and the gazetteer's at its three
 * templates (own 0, left 1, right 2).
 */
function foldToken(
  out: Int32Array,
  at: number,
  ls: Int32Array,
  pool: Int32Array,
  own: number,
  l1: number,
  r1: number,
  l2: number,
  r2: number,
  g0: Int32Array,
  gl: Int32Array,
  gr: Int32Array,
): void {
  out[at + 0] =
    (ls[0] as number) +
    (pool[own + 0] as number) +
    (pool[l1 + 7] as number) +
    (pool[r1 + 14] as number) +
    (pool[l2 + 21] as number) +
    (pool[r2 + 28] as number) +
    (g0[0] as number) +
    (gl[7] as number) +
    (gr[14] as number);
  out[at + 1] =
    (ls[1] as number) +
    (pool[own + 1] as number) +
    (pool[l1 + 8] as number) +
    (pool[r1 + 15] as number) +
    (pool[l2 + 22] as number) +
    (pool[r2 + 29] as number) +
    (g0[1] as number) +
    (gl[8] as number) +
    (gr[15] as number);
  out[at + 2] =
    (ls[2] as number) +
    (pool[own + 2] as number) +
    (pool[l1 + 9] as number) +
    (pool[r1 + 16] as number) +
    (pool[l2 + 23] as number) +
    (pool[r2 + 30] as number) +
    (g0[2] as number) +
    (gl[9] as number) +
    (gr[16] as number);
  out[at + 3] =
    (ls[3] as number) +
    (pool[own + 3] as number) +
    (pool[l1 + 10] as number) +
    (pool[r1 + 17] as number) +
    (pool[l2 + 24] as number) +
    (pool[r2 + 31] as number) +
    (g0[3] as number) +
    (gl[10] as number) +
    (gr[17] as number);
  out[at + 4] =
    (ls[4] as number) +
    (pool[own + 4] as number) +
    (pool[l1 + 11] as number) +
    (pool[r1 + 18] as number) +
    (pool[l2 + 25] as number) +
    (pool[r2 + 32] as number) +
    (g0[4] as number) +
    (gl[11] as number) +
    (gr[18] as number);
  out[at + 5] =
    (ls[5] as number) +
    (pool[own + 5] as number) +
    (pool[l1 + 12] as number) +
    (pool[r1 + 19] as number) +
    (pool[l2 + 26] as number) +
    (pool[r2 + 33] as number) +
    (g0[5] as number) +
    (gl[12] as number) +
    (gr[19] as number);
  out[at + 6] =
    (ls[6] as number) +
    (pool[own + 6] as number) +
    (pool[l1 + 13] as number) +
    (pool[r1 + 20] as number) +
    (pool[l2 + 27] as number) +
    (pool[r2 + 34] as number) +
    (g0[6] as number) +
    (gl[13] as number) +
    (gr[20] as number);
}

function gazetteerSums(folds: ModelFolds, model: Model, value: number): Int32Array {
  let g = folds.gazetteer.get(value);
  if (!g) {
    g = new Int32Array(3 * T);
    for (let k = 0; k < 3; k++) addRows(model, [mixFeature(15 + k, value)], 0, 1, g, k * T);
    folds.gazetteer.set(value, g);
  }
  return g;
}

function gazetteerRow(folds: ModelFolds, model: Model, G: Uint32Array, m: number): Int32Array[] {
  const out = new Array<Int32Array>(m);
  let last = -1;
  let lastSums: Int32Array | undefined;
  for (let c = 0; c < m; c++) {
    const v = G[c] as number;
    // Runs of the same value (no gazetteer name: most words) share one lookup.
    if (v !== last || !lastSums) {
      lastSums = gazetteerSums(folds, model, v);
      last = v;
    }
    out[c] = lastSums;
  }
  return out;
}

/**
 * Hashed features for every token of one sentence: word, affixes, shape, context words,
 * gazetteer hits and document-level casing facts. Training and tagging share this function. With
 * a `model` (tagging), the features that recur with a word or a document are not listed but
 * summed into `folded`, each word's once per model (SentenceFeatures.folded): the same scores,
 * half the table lookups.
 */
export function extractFeatures(
  words: readonly string[],
  stats: DocumentStats,
  lang: string,
  options: FeatureOptions = BASE,
  model?: Model,
  info: readonly WordInfo[] = wordInfos(words),
  caps: boolean = isCapsSentence(words),
): SentenceFeatures {
  const n = words.length;
  // Context values padded with two sentence-boundary slots on each side: index i + 2. Scratch,
  // read only during this call.
  const m = n + 4;
  if (scratch.length < 5 * m) scratch = new Uint32Array(10 * m);
  const W = scratch.subarray(0, m);
  const SH = scratch.subarray(m, 2 * m);
  const G = scratch.subarray(2 * m, 3 * m);
  // Word clusters: fine and coarse, 0xffff at the sentence boundaries.
  const CF = scratch.subarray(3 * m, 4 * m);
  const CC = scratch.subarray(4 * m, 5 * m);
  CF.fill(0xffff);
  CC.fill(0xffff);
  W[0] = W[1] = SH[0] = SH[1] = G[0] = G[1] = START;
  W[n + 2] = W[n + 3] = SH[n + 2] = SH[n + 3] = G[n + 2] = G[n + 3] = END;
  const { clusters } = options;
  // The words' keys in an array kept between calls (read only during matchGazetteer).
  gazetteerKeys.length = n;
  for (let i = 0; i < n; i++) gazetteerKeys[i] = (info[i] as WordInfo).key;
  const gaz = matchGazetteer(words, gazetteerKeys);
  for (let i = 0; i < n; i++) {
    const wi = info[i] as WordInfo;
    W[i + 2] = wi.word;
    SH[i + 2] = wi.shape;
    G[i + 2] = gaz[i] === '' ? NO_GAZETTEER : gazetteerHash(gaz[i] as string);
    if (clusters) {
      const fine = fineCluster(wi, clusters);
      CF[i + 2] = fine;
      CC[i + 2] = coarseOf(fine);
    }
  }
  const langFeature = mixFeature(1, hashFeature(lang));
  let folds: ModelFolds | undefined;
  let folded: Int32Array | undefined;
  let langSums: Int32Array | undefined;
  if (model) {
    folds = modelFolds.get(model);
    if (!folds) {
      folds = {
        lang: new Map(),
        flags: [],
        start: boundary(START),
        end: boundary(END),
        gazetteer: new Map(),
      };
      modelFolds.set(model, folds);
    }
    langSums = folds.lang.get(lang);
    if (!langSums) folds.lang.set(lang, (langSums = sumsOf(model, [BIAS, langFeature])));
    // Every token's TAG_COUNT cells are assigned before anything is added into them.
    if (tagFolded.length < n * T) tagFolded = new Int32Array(2 * n * T);
    folded = tagFolded.subarray(0, n * T);
  }
  // Each word's sums, looked up once for the five tokens that read them: offsets into the pool,
  // read once all are made (the pool may grow meanwhile). A sentence's words are all made in
  // one generation: the pool is emptied, if at all, before them.
  let starts = NO_STARTS;
  let startAt = 0;
  let endAt = 0;
  if (model && folds) {
    if (poolUsed > POOL_LIMIT) {
      poolUsed = 0;
      poolGen++;
    }
    if (wordStarts.length < n) wordStarts = new Int32Array(2 * n);
    starts = wordStarts;
    for (let i = 0; i < n; i++) starts[i] = wordSums(info[i] as WordInfo, model, clusters);
    startAt = wordSums(folds.start, model, clusters);
    endAt = wordSums(folds.end, model, clusters);
  }
  const pool = sumsPool;
  // Each position's gazetteer sums (boundaries included), looked up once for the three tokens
  // that read them.
  const gazSums = folds && model ? gazetteerRow(folds, model, G, m) : NO_SUMS;
  // Folded, a token lists at most its 5 pair features, 1 cluster one and 1 capitals one.
  let ids: Uint32Array;
  if (folded) {
    if (tagIds.length < n * 12) tagIds = new Uint32Array(2 * n * 12);
    ids = tagIds;
  } else {
    ids = new Uint32Array(n * MAX_PER_TOKEN);
  }
  // Tagging reads the offsets before the next extraction, as it does `ids`: a view of a buffer
  // kept between calls (an array of its own per sentence is a memory block outside the heap).
  let offsets: Uint32Array;
  if (folded) {
    if (tagOffsets.length < n + 1) tagOffsets = new Uint32Array(2 * (n + 1));
    offsets = tagOffsets.subarray(0, n + 1);
    offsets[0] = 0;
  } else {
    offsets = new Uint32Array(n + 1);
  }
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = i + 2;
    const w0 = W[c] as number;
    const wm1 = W[c - 1] as number;
    const wp1 = W[c + 1] as number;
    const s0 = SH[c] as number;
    const sm1 = SH[c - 1] as number;
    const sp1 = SH[c + 1] as number;
    const wi = info[i] as WordInfo;
    if (folded && model && folds) {
      // WordInfo.sums' slots: own 0, left 1, right 2, two left 3, two right 4 (T each).
      const at = i * T;
      const own = starts[i] as number;
      const l1 = i > 0 ? (starts[i - 1] as number) : startAt;
      const r1 = i + 1 < n ? (starts[i + 1] as number) : endAt;
      const l2 = i > 1 ? (starts[i - 2] as number) : startAt;
      const r2 = i + 2 < n ? (starts[i + 2] as number) : endAt;
      const g0 = gazSums[c] as Int32Array;
      const gl = gazSums[c - 1] as Int32Array;
      const gr = gazSums[c + 1] as Int32Array;
      const ls = langSums as Int32Array;
      foldToken(folded, at, ls, pool, own, l1, r1, l2, r2, g0, gl, gr);
    } else {
      ids[len++] = BIAS;
      ids[len++] = langFeature;
      // Training's order, as before the folding: word and shape, ..., affixes after clusters.
      ids[len++] = wi.own[0] as number;
      ids[len++] = wi.own[1] as number;
      ids[len++] = mixFeature(4, wm1);
      ids[len++] = mixFeature(5, wp1);
      ids[len++] = mixFeature(6, W[c - 2] as number);
      ids[len++] = mixFeature(7, W[c + 2] as number);
      ids[len++] = mixFeature(8, sm1);
      ids[len++] = mixFeature(9, sp1);
    }
    ids[len++] = mixFeature(10, sm1, mixFeature(s0, sp1));
    ids[len++] = mixFeature(11, wm1, w0);
    ids[len++] = mixFeature(12, w0, wp1);
    ids[len++] = mixFeature(13, wm1, s0);
    ids[len++] = mixFeature(14, s0, wp1);
    if (!folded) {
      ids[len++] = mixFeature(15, G[c] as number);
      ids[len++] = mixFeature(16, G[c - 1] as number);
      ids[len++] = mixFeature(17, G[c + 1] as number);
    }
    if (clusters) {
      // Folded, the word's own cluster features are in its sums (wordSums); 24 pairs two words.
      if (!folded) {
        ids[len++] = mixFeature(20, CF[c] as number);
        ids[len++] = mixFeature(21, CC[c] as number);
        ids[len++] = mixFeature(22, CF[c - 1] as number);
        ids[len++] = mixFeature(23, CF[c + 1] as number);
      }
      ids[len++] = mixFeature(24, CC[c - 1] as number, CC[c + 1] as number);
      if (!folded) ids[len++] = mixFeature(25, CC[c] as number, s0);
    }
    if (!folded) for (let k = 2; k < wi.own.length; k++) ids[len++] = wi.own[k] as number;
    if (wi.upper) {
      const first = i === 0 || !(info[i - 1] as WordInfo).wordLike;
      const flags =
        (first ? 1 : 0) |
        (stats.lower.has(wi.key) ? 2 : 0) |
        (stats.capitalMid.has(wi.key) ? 4 : 0) |
        (caps ? 8 : 0);
      if (folded && model && folds) {
        let f = folds.flags[flags];
        if (!f) folds.flags[flags] = f = sumsOf(model, [mixFeature(18, flags)]);
        addInto(folded, i * T, f, 0);
      } else {
        ids[len++] = mixFeature(18, flags);
      }
      if (caps) ids[len++] = mixFeature(19, w0);
      const ctx = stats.contexts?.get(wi.key);
      if (ctx && folded && model) {
        if (ctx.model !== model) {
          // Its at most 2 × AGGREGATE features in a scratch array: no arrays made per word.
          let k = 0;
          for (const h of ctx.left) contextIds[k++] = mixFeature(29, h);
          for (const h of ctx.right) contextIds[k++] = mixFeature(30, h);
          const out = new Int32Array(T);
          addRows(model, contextIds, 0, k, out, 0);
          ctx.sums = out;
          ctx.model = model;
        }
        addInto(folded, i * T, ctx.sums as Int32Array, 0);
      } else if (ctx) {
        for (const h of ctx.left) ids[len++] = mixFeature(29, h);
        for (const h of ctx.right) ids[len++] = mixFeature(30, h);
      }
    }
    offsets[i + 1] = len;
  }
  return folded
    ? { ids: ids.subarray(0, len), offsets, folded }
    : { ids: ids.subarray(0, len), offsets };
}
