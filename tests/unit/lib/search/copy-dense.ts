import type { BackstoryDb } from '@/lib/db';
import type { IndexedEntity } from '@/lib/search/document-terms';
import { indexArticle } from '@/lib/search/index-articles';
import { seededRandom } from '@/lib/seeded-random';
import { storedArticle } from '../../../helpers';

/**
 * A seeded archive where most texts are read on several sites (a wire story republished as it
 * is, with a dateline, a credit line, a paragraph cut or added), some twice on one site, beside
 * texts of their own: the results of a search over it fold many copies, on every page. The same
 * seed gives the same archive, so that two versions of lib/search compare their results.
 */

const SITES = ['wire-a', 'wire-b', 'daily', 'herald', 'post', 'tribune', 'courier', 'gazette'];
const PEOPLE = ['Adams', 'Baker', 'Castro', 'Dumas'];
const DAY = 86_400_000;
export const COPY_DENSE_NOW = Date.UTC(2025, 0, 15);

/** Words of two or three syllables, the first 40 the most frequent (drawn by a skewed law). */
function vocabulary(r: () => number): string[] {
  const syl = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ber', 'dan', 'fel', 'gor', 'hul'];
  const words = new Set<string>();
  while (words.size < 400) {
    const n = 2 + Math.floor(r() * 2);
    words.add(Array.from({ length: n }, () => syl[Math.floor(r() * syl.length)]!).join(''));
  }
  return [...words];
}

/** A paragraph of 20-35 words, the frequent ones more often. */
function paragraph(r: () => number, words: string[]): string {
  const n = 20 + Math.floor(r() * 16);
  const out = Array.from({ length: n }, () => words[Math.floor(words.length * r() ** 2.5)]!);
  out[0] = out[0]![0]!.toUpperCase() + out[0]!.slice(1);
  return `${out.join(' ')}.`;
}

export interface CopyDenseArchive {
  words: string[];
  /** Consecutive words of stored texts, for phrase queries. */
  phrases: string[];
  people: string[];
  sites: string[];
}

/** Stores and indexes the archive in `db` (in the index's tail, as saved one at a time). */
export async function storeCopyDenseArchive(
  db: BackstoryDb,
  seed = 28,
  texts = 90,
): Promise<CopyDenseArchive> {
  const r = seededRandom(seed);
  const words = vocabulary(r);
  const phrases: string[] = [];
  let n = 0;
  const put = async (site: string, text: string, title: string, entities: IndexedEntity[]) => {
    n++;
    const published = COPY_DENSE_NOW - Math.floor(r() * 900) * DAY;
    const key = `https://www.${site}.example/${n}`;
    const row = storedArticle({
      key,
      canonicalUrl: r() < 0.5 ? key : null,
      title,
      siteName: site,
      lang: 'en',
      publishedAt: r() < 0.85 ? new Date(published).toISOString() : null,
      text,
      firstReadAt: published + DAY,
      lastReadAt: published + DAY,
      savedAt: r() < 0.8 ? published + DAY : undefined,
    });
    row.id = await db.articles.add(row);
    await indexArticle(db, row, entities);
  };
  for (let t = 0; t < texts; t++) {
    const paras = Array.from({ length: 3 + Math.floor(r() * 3) }, () => paragraph(r, words));
    const person = PEOPLE[Math.floor(r() * PEOPLE.length)]!;
    const entities = r() < 0.5 ? [{ id: `per:${person}`, type: 'PER', name: person }] : [];
    const plain = paras[0]!.split(/[ .]/);
    phrases.push(plain.slice(3, 5).join(' '));
    const title = paras[0]!.slice(0, 40);
    // Two texts in three are republished, on 1-4 more sites (now and then its own site again).
    const copies = r() < 0.67 ? 1 + Math.floor(r() * 4) : 0;
    const first = Math.floor(r() * SITES.length);
    for (let c = 0; c <= copies; c++) {
      const site = SITES[r() < 0.12 ? first : (first + c) % SITES.length]!;
      const x = r();
      const body =
        c === 0 || x < 0.3
          ? paras
          : x < 0.5
            ? [`${site.toUpperCase()} (AFP) — ${paras[0]}`, ...paras.slice(1)]
            : x < 0.7
              ? [...paras, 'With AFP and Reuters.']
              : x < 0.85
                ? paras.slice(0, -1)
                : [...paras, paragraph(r, words)];
      await put(site, body.join('\n\n'), c && r() < 0.5 ? `${title} (${site})` : title, entities);
    }
  }
  return { words, phrases, people: PEOPLE, sites: SITES };
}

/** The queries run over the archive: words frequent and rare, prefixes, phrases, filters. */
export function copyDenseQueries(a: CopyDenseArchive): string[] {
  const w = a.words;
  return [
    `${w[0]} `,
    `${w[1]} `,
    `${w[5]} `,
    `${w[20]} `,
    `${w[60]} `,
    `${w[150]} `,
    `${w[0]} ${w[5]} `,
    w[0]!.slice(0, 3),
    w[10]!.slice(0, 4),
    `"${a.phrases[0]}"`,
    `"${a.phrases[7]}"`,
    `"${a.phrases[30]}"`,
    `person:${a.people[0]}`,
    `person:${a.people[1]} ${w[2]} `,
    `site:www.${a.sites[2]}.example`,
    `site:example ${w[3]} `,
    `lang:en after:2024-06 ${w[1]} `,
    `before:2024-01`,
    `saved:no ${w[0]} `,
  ];
}

/** Each query in pages as the search box asks (20; 5 then 15; pages of 3), all twice. */
export const COPY_DENSE_PAGES: { limit: number; offset?: number }[] = [
  { limit: 20 },
  { limit: 5 },
  { limit: 15, offset: 5 },
  { limit: 3, offset: 3 },
  { limit: 3, offset: 6 },
];
