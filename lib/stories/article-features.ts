import type { StoredArticle } from '../db/schema';
import { normalizeLang } from '../entities/detect-language';
import { stemWord } from '../search/stem';
import { isCjkWord, tokenize, words } from '../search/tokenize';
import { ARTICLE_ENTITIES, ARTICLE_TERMS, PRIOR_DOCS } from './params';
import type { Weighted } from './rows';
import { STOPWORDS } from './stopwords';

/** What an article brings to grouping before rarity is known: counts, not weights yet. */
export interface RawFeatures {
  lang: string;
  /** Epoch ms: publication date, else first read. */
  date: number;
  dated: boolean;
  /** Entity id → salience (the highest, if the id comes twice). */
  entities: Map<string, number>;
  names: Record<string, [name: string, type: string]>;
  /** "lang:stem" → occurrences in title and text. */
  tf: Map<string, number>;
  /** Changes when anything grouping depends on changes: re-adding the same is a no-op. */
  signature: string;
}

/**
 * Prefix of a name word as an entity feature. The recogniser does not always give one referent
 * one id ("Tara Reid", later "Reid"; "Bettie Page" as a person, "Page" as a place), so names
 * also meet by their words: each word of a name is a feature with the name's salience.
 */
export const NAME_WORD = '~';

const DIGITS_RE = /^\p{N}+$/u;

/** The date an article is placed at in stories and timelines. */
export function articleDate(a: Pick<StoredArticle, 'publishedAt' | 'firstReadAt'>): number {
  const published = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
  return Number.isFinite(published) ? published : a.firstReadAt;
}

/**
 * Counts an article's entities and words. Words are folded and stemmed in the article's
 * language and keyed by it ("en:elect"), so that words only ever match within a language;
 * across languages, articles meet through entity ids.
 */
export function readFeatures(article: StoredArticle, readTimeIsDate = true): RawFeatures {
  const lang = normalizeLang(article.lang) ?? 'und';
  const entities = new Map<string, number>();
  const names: RawFeatures['names'] = {};
  for (const e of article.entities ?? []) {
    if (e.salience > (entities.get(e.id) ?? 0)) {
      entities.set(e.id, e.salience);
      names[e.id] = [e.name, e.type];
    }
    for (const k of nameWordFeatures(e.name)) {
      entities.set(k, Math.max(entities.get(k) ?? 0, e.salience));
    }
  }
  // Counted by stem, keyed by language once per distinct stem (in first-seen order, as the
  // counts were): an article's text is hundreds of words, a few hundred of them distinct.
  const byStem = new Map<string, number>();
  for (const word of words(`${article.title ?? ''}\n${article.text}`)) {
    const cjk = isCjkWord(word);
    if (!cjk && (word.length < 3 || STOPWORDS.has(word) || DIGITS_RE.test(word))) continue;
    const stem = cjk ? word : stemWord(word, lang);
    byStem.set(stem, (byStem.get(stem) ?? 0) + 1);
  }
  const tf = new Map<string, number>();
  for (const [stem, n] of byStem) tf.set(`${lang}:${stem}`, n);
  const date = articleDate(article);
  const dated = readTimeIsDate || date !== article.firstReadAt;
  const ents = [...entities].map(([id, s]) => `${id}=${s.toFixed(3)}`).sort();
  const signature = [lang, date, dated, article.title ?? '', article.text.length, ...ents].join(
    '|',
  );
  return { lang, date, dated, entities, names, tf, signature };
}

/** The name-word features of an entity name ("Tara Reid" → "~tara", "~reid"). */
export function nameWordFeatures(name: string): string[] {
  return tokenize(name)
    .map((t) => t.word)
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w))
    .map((w) => `${NAME_WORD}${w}`);
}

/** Inverse document frequency, smoothed: a feature in every document still weighs a little. */
export function idf(df: number, docs: number): number {
  return Math.log((docs + PRIOR_DOCS + 1) / (Math.max(df, 1) + 0.5));
}

/**
 * The article's grouping vectors, each of unit length: its entities weighted by salience ×
 * rarity, and its most distinctive words by TF-IDF (log-scaled counts). `df` gives the
 * document frequency of "e:<id>" and "t:<term>" with this article counted.
 */
export function weighFeatures(
  raw: RawFeatures,
  df: (k: string) => number,
  docs: number,
): { entities: Weighted[]; terms: Weighted[] } {
  const entities = top(
    [...raw.entities].map(([id, s]): Weighted => [id, s * idf(df(`e:${id}`), docs)]),
    ARTICLE_ENTITIES,
  );
  const terms = top(
    [...raw.tf].map(([t, n]): Weighted => [t, (1 + Math.log(n)) * idf(df(`t:${t}`), docs)]),
    ARTICLE_TERMS,
  );
  return { entities: unit(entities), terms: unit(terms) };
}

/** The `n` heaviest features, heaviest first (ties by feature, for a stable order). */
export function top(v: Weighted[], n: number): Weighted[] {
  return v
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n);
}

/** The vector scaled to length 1 (empty stays empty). */
export function unit(v: Weighted[]): Weighted[] {
  const norm = Math.hypot(...v.map(([, w]) => w));
  return norm > 0 ? v.map(([k, w]): Weighted => [k, w / norm]) : [];
}
