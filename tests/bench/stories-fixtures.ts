/**
 * A small check beside ECB+ (English only, one day per event): the seven story fixture
 * articles of the tests, three stories told across languages and days — Putin in Pyongyang in
 * French, English and Spanish on one day; the Notre-Dame fire in English, then French, then
 * English over three days; and a golf article. Too few to be a benchmark: it shows whether
 * grouping does what ECB+ cannot test.
 */
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '@/lib/article';
import { openDb, upsertArticle, type StoredArticle, type StoredEntity } from '@/lib/db';
import type { Entity } from '@/lib/entities/merge-mentions';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { analyzeDocument } from '@/lib/pipeline/analyze';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

// In order of publication within each story, stories interleaved as a reader might meet them.
const PAGES: [file: string, story: string][] = [
  ['stories/courier-notre-dame-fire.en.html', 'notre-dame'],
  ['stories/courier-masters-woods.en.html', 'golf'],
  ['stories/quotidien-notre-dame-reconstruction.fr.html', 'notre-dame'],
  ['stories/courier-notre-dame-spire-contest.en.html', 'notre-dame'],
  ['news24-putin-pyongyang.fr.html', 'putin-pyongyang'],
  ['diario-global-putin-pyongyang.es.html', 'putin-pyongyang'],
  ['world-desk-putin-pyongyang.en.html', 'putin-pyongyang'],
];

/** The fixture pages extracted and annotated as the extension stores them, with gold stories. */
export async function fixtureArticles(): Promise<{ articles: StoredArticle[]; gold: string[] }> {
  const db = openDb(`bench-fixtures-${Date.now()}`);
  const articles: StoredArticle[] = [];
  let readAt = Date.UTC(2026, 0, 1);
  for (const [file] of PAGES) {
    const url = `http://fixtures.localhost/${file}`;
    const html = readFileSync(join(FIXTURES, file), 'utf8');
    const result = analyzeDocument(file, parseHtmlDocument(html, url), { url });
    if (!result.article) throw new Error(`${file}: ${result.error ?? 'no article'}`);
    const entities: StoredEntity[] = (result.entities as Entity[]).map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      salience: e.salience,
      mentions: e.mentions.map(({ start, end }) => ({ start, end })),
    }));
    const article: Article & { entities: StoredEntity[] } = { ...result.article, entities };
    articles.push(await upsertArticle(db, article, (readAt += 3_600_000)));
  }
  db.close();
  await Dexie.delete(db.name);
  return { articles, gold: PAGES.map(([, story]) => story) };
}
