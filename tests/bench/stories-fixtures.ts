/**
 * A small check beside ECB+ (English only, one day per event): the seven story fixture
 * articles of the tests, three stories told across languages and days — Putin in Pyongyang in
 * French, English and Spanish on one day; the Notre-Dame fire in English, then French, then
 * English over three days; and a golf article. Too few to be a benchmark: it shows whether
 * grouping does what ECB+ cannot test.
 */
import Dexie from 'dexie';
import { openDb, type StoredArticle } from '@/lib/db';
import { storeFixture } from '../helpers';

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
  for (const [file] of PAGES) articles.push(await storeFixture(db, file, (readAt += 3_600_000)));
  db.close();
  await Dexie.delete(db.name);
  return { articles, gold: PAGES.map(([, story]) => story) };
}
