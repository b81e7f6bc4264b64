/**
 * Deterministic documents for `npm run bench:search`, made from the corpus pools: the same
 * index i always gives the same article and entities, in Node and in the page.
 */
import type { StoredArticle } from '../../lib/db/schema';
import type { IndexedEntity } from '../../lib/search/document-terms';
import type { Pool } from './search-corpus';
import { seededRandom } from '../../lib/seeded-random';

/** Share of documents per language. */
export const LANG_MIX: [string, number][] = [
  ['en', 0.35],
  ['fr', 0.25],
  ['es', 0.12],
  ['de', 0.14],
  ['zh', 0.11],
  ['ja', 0.03],
];
const TLD: Record<string, string> = { en: 'com', fr: 'fr', es: 'es', de: 'de', zh: 'cn', ja: 'jp' };
const NAMES = ['daily', 'times', 'post', 'herald', 'courier', 'gazette', 'tribune', 'observer'];
const YEAR_MS = 365.25 * 86_400_000;
const START = Date.UTC(2015, 0, 1);

/** The news sites of a language. */
export function hostsOf(lang: string): string[] {
  return NAMES.map((n) => `www.${n}-${lang}.${TLD[lang] ?? 'org'}`);
}

/** Article `id` (1-based) and its entities. */
export function makeDoc(
  pools: Map<string, Pool>,
  id: number,
): { article: StoredArticle; entities: IndexedEntity[] } {
  const r = seededRandom(id * 7919 + 13);
  let x = r();
  let lang = LANG_MIX[0]![0];
  for (const [l, w] of LANG_MIX) {
    if (x < w) {
      lang = l;
      break;
    }
    x -= w;
  }
  const pool = pools.get(lang)!;
  const cjk = lang === 'zh' || lang === 'ja';
  const count = cjk ? 20 + Math.floor(r() * 40) : 20 + Math.floor(r() * 40);
  const paragraphs: string[] = [];
  let para: string[] = [];
  const start = Math.floor(r() * pool.sentences.length);
  for (let k = 0; k < count; k++) {
    // Runs of consecutive sentences read like real prose; a jump now and then mixes topics.
    const at = r() < 0.8 ? start + k : Math.floor(r() * pool.sentences.length);
    para.push(pool.sentences[at % pool.sentences.length]!);
    if (para.length >= 3 + Math.floor(r() * 3)) {
      paragraphs.push(para.join(cjk ? '' : ' '));
      para = [];
    }
  }
  if (para.length) paragraphs.push(para.join(cjk ? '' : ' '));
  const host = hostsOf(lang)[Math.floor(r() * NAMES.length)]!;
  const published = START + Math.floor(r() * 11 * YEAR_MS);
  const firstReadAt = published + Math.floor(r() * 30 * 86_400_000);
  const entities: IndexedEntity[] = [];
  const n = 3 + Math.floor(r() * 6);
  for (let k = 0; k < n && pool.entities.length; k++) {
    const e = pool.entities[Math.floor(r() * pool.entities.length)]!;
    entities.push({ id: `${e.type}:${e.name}`, type: e.type, name: e.name });
  }
  const title = paragraphs[0]!.slice(0, 90);
  const key = `https://${host}/${new Date(published).getUTCFullYear()}/${id}`;
  const article: StoredArticle = {
    id,
    key,
    url: key,
    canonicalUrl: key,
    title,
    byline: null,
    siteName: host,
    lang,
    publishedAt: r() < 0.9 ? new Date(published).toISOString() : null,
    excerpt: null,
    text: paragraphs.join('\n\n'),
    modifiedAt: null,
    section: null,
    imageUrl: null,
    description: null,
    captions: [],
    firstReadAt,
    lastReadAt: firstReadAt,
    readCount: 1,
    savedAt: r() < 0.7 ? firstReadAt + 3_600_000 : undefined,
  };
  return { article, entities };
}
