/**
 * Online background benchmark: npm run bench:online [-- STORIES_JSONL]. A reader with
 * "Wikipedia background" on opens 20 articles (the fixture articles, then the first ECB+
 * documents of the shared corpus); each article's cards ask about its main entities (two
 * people, a place, an organisation, as the panel does). The Wikimedia client (lib/online)
 * runs against the fake APIs on 127.0.0.1 with its cache in fake-indexeddb. Reports the cache
 * hit rate, the requests sent, and the same with no cache (a fresh, empty cache per lookup)
 * measured in the same run; then the reader opens the 20 articles again. Last line: JSON.
 */
import 'fake-indexeddb/auto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Dexie from 'dexie';
import { textArticle } from '../../lib/article';
import { onlineBackground } from '../../lib/background/online-background';
import { openDb, type BackstoryDb, type StoredEntity } from '../../lib/db';
import { parseHtmlDocument } from '../../lib/extract/parse-html';
import type { Entity } from '../../lib/entities/merge-mentions';
import { annotateArticle, readInLanguage } from '../../lib/pipeline/annotate';
import { readPage } from '../../lib/pipeline/read-page';
import { createSourceState, readCacheStats } from '../../lib/online/source-state';
import { mainEntityIds } from '../../lib/ui/panel-store';
import { startFakeApis } from '../fake-apis/server';

const ROOT = resolve(import.meta.dirname, '../..');
const STORIES = resolve(
  process.argv[2] ?? resolve(ROOT, '../shared/corpus/stories/ecbplus/ecbplus-dev.jsonl'),
);
const ARTICLES = 20;
const LANG = 'en';

interface Article {
  name: string;
  entities: Entity[];
}

function fixtureArticles(): Article[] {
  const dirs = [join(ROOT, 'tests/fixtures'), join(ROOT, 'tests/fixtures/stories')];
  const out: Article[] = [];
  for (const dir of dirs) {
    // News articles only: not the test pages for hostile, lazy or single-page sites.
    const news = readdirSync(dir).filter((f) => /\.(en|fr|es|de)\.html$/.test(f));
    for (const name of news.sort()) {
      const html = readFileSync(join(dir, name), 'utf8');
      const page = readPage(parseHtmlDocument(html, `https://example.org/${name}`), null);
      if (page.ok) {
        const { article, lang } = readInLanguage(page.article);
        out.push({ name, entities: annotateArticle(article, lang).entities });
      }
    }
  }
  return out;
}

function corpusArticles(n: number): Article[] {
  if (n <= 0) return [];
  if (!existsSync(STORIES)) {
    console.error(`*** corpus not found at ${STORIES}: only the fixture articles are used ***`);
    return [];
  }
  const lines = readFileSync(STORIES, 'utf8').split('\n').filter(Boolean).slice(0, n);
  return lines.map((line) => {
    const doc = JSON.parse(line) as { doc_id: string; text: string; title?: string };
    const article = textArticle(doc.text, { title: doc.title ?? null, lang: 'en' });
    return { name: doc.doc_id, entities: annotateArticle(article).entities };
  });
}

/** The entities whose cards open with an article, as the panel picks them. */
function cardEntities(a: Article): StoredEntity[] {
  const summaries = a.entities.map((e) => ({ ...e, mentionCount: e.mentions.length }));
  const ids = new Set(mainEntityIds(summaries));
  return a.entities
    .filter((e) => ids.has(e.id))
    .map(({ id, type, name, salience }) => ({ id, type, name, salience, mentions: [] }));
}

const apis = await startFakeApis();
const endpoints = {
  wikidataApi: `${apis.origin}/w/api.php`,
  wikipediaRest: `${apis.origin}/{lang}/api/rest_v1`,
  gdeltApi: `${apis.origin}/api/v2/doc/doc`,
};
try {
  const fixtures = fixtureArticles();
  const articles = [...fixtures, ...corpusArticles(ARTICLES - fixtures.length)].slice(0, ARTICLES);
  const lookups = articles.flatMap(cardEntities);
  console.log(
    `bench:online: ${articles.length} articles (${fixtures.length} fixtures, ` +
      `${articles.length - fixtures.length} from ${STORIES}), ${lookups.length} card lookups, ` +
      `reader language ${LANG}, fake Wikimedia APIs on ${apis.origin}`,
  );

  // With the cache, as the extension runs.
  const db: BackstoryDb = openDb(`bench-online-${Date.now()}`);
  const state = createSourceState('wiki');
  const run = async (label: string) => {
    apis.log.length = 0;
    const before = readCacheStats(state);
    const t0 = performance.now();
    const outcomes: Record<string, number> = {};
    for (const e of lookups) {
      const r = await onlineBackground(e, LANG, { db, endpoints, state });
      outcomes[r.status] = (outcomes[r.status] ?? 0) + 1;
    }
    const ms = performance.now() - t0;
    const after = readCacheStats(state);
    const hits = after.hits - before.hits;
    const misses = after.misses - before.misses;
    const requests = apis.log.length;
    console.log(
      `${label}: ${hits} hits, ${misses} misses, hit rate ${(hits / (hits + misses)).toFixed(3)}; ` +
        `${requests} requests sent; ${(ms / lookups.length).toFixed(2)} ms per lookup; ` +
        `answers ${JSON.stringify(outcomes)}`,
    );
    return { hits, misses, requests, hitRate: hits / (hits + misses) };
  };
  const first = await run('first reading, with the cache');
  const again = await run('the same 20 articles again');

  // Baseline: no cache (an empty cache for every lookup), same lookups, same run.
  apis.log.length = 0;
  for (const e of lookups) {
    const fresh = openDb(`bench-online-nocache-${Math.random()}`);
    await onlineBackground(e, LANG, { db: fresh, endpoints, state: createSourceState('wiki') });
    fresh.close();
    await Dexie.delete(fresh.name);
  }
  const noCache = apis.log.length;
  console.log(
    `baseline, no cache: ${noCache} requests for the first reading; with the cache ` +
      `${first.requests} (ratio ${(first.requests / noCache).toFixed(3)})`,
  );
  db.close();
  console.log(
    JSON.stringify({
      bench: 'online',
      articles: articles.length,
      lookups: lookups.length,
      hitRate: Number(first.hitRate.toFixed(3)),
      requests: first.requests,
      requestsNoCache: noCache,
      revisitHitRate: Number(again.hitRate.toFixed(3)),
      revisitRequests: again.requests,
    }),
  );
} finally {
  await apis.close();
}
