import type { LightArticle } from '../db/light-articles';
import type { BackstoryDb, StoredArticle } from '../db/schema';
import { copiesOfEach } from '../stories/timeline-copies';
import { articleKey } from '../url/article-key';
import { displayName, kbEntry } from '../kb/lookup';
import type { OutsideCoverageView } from '../messaging/protocol';
import { fetchOutsideCoverage, type GdeltDeps } from '../online/gdelt';

// The article's main entities, as GDELT is asked about them.
const LABELS = 3;
const MIN_SALIENCE = 0.3;
const DAY_MS = 86_400_000;
// GDELT keeps about three months; a story older than that has nothing to show.
const WINDOW_DAYS = 30;

/** The English labels GDELT is asked with: the KB's English name, else the article's name. */
export function coverageLabels(article: LightArticle | StoredArticle): string[] {
  const labels: string[] = [];
  for (const e of article.entities ?? []) {
    if (e.salience < MIN_SALIENCE) continue;
    const entry = kbEntry(e.id);
    const label = entry ? displayName(entry, 'en') : e.name;
    if (!labels.includes(label)) labels.push(label);
    if (labels.length === LABELS) break;
  }
  return labels;
}

/**
 * Other outlets' coverage of an article's story from GDELT: only the main entities' English
 * names (and the languages wanted) leave the browser. The article itself is left out, and so are
 * the copies of its text the reader read on other sites (copiesOfEach: its fingerprint and
 * near-copy bands, a few indexed reads, issued with the request).
 */
export async function outsideCoverage(
  article: LightArticle | StoredArticle,
  deps: GdeltDeps,
): Promise<OutsideCoverageView> {
  const query = coverageLabels(article);
  if (!query.length) return { status: 'ok', query, articles: [] };
  const published = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
  const around = Number.isFinite(published) ? published : article.firstReadAt;
  const langs = [...new Set([article.lang?.slice(0, 2).toLowerCase(), 'en'])].filter(
    (l): l is string => !!l && /^[a-z]{2}$/.test(l),
  );
  const [answer, copies] = await Promise.all([
    fetchOutsideCoverage({ labels: query, langs, since: around - WINDOW_DAYS * DAY_MS }, deps),
    copiesRead(deps.db, article.key),
  ]);
  if (!answer.ok) return { status: 'failed', reason: answer.reason };
  // Its text read on other sites (a wire story republished) is the article itself too.
  const own = new Set<string | null>();
  for (const a of [article, ...copies]) {
    for (const u of [a.key, a.url, a.canonicalUrl]) own.add(u);
  }
  return {
    status: 'ok',
    query,
    articles: answer.articles
      .filter((a) => !own.has(a.url) && !own.has(articleKey(null, a.url)))
      .map(({ url, title, domain, language, seendate }) => ({
        url,
        title,
        domain,
        language,
        seendate,
      })),
  };
}

/** The light rows of the copies of the stored article under `key` read on other pages. */
async function copiesRead(db: BackstoryDb, key: string): Promise<LightArticle[]> {
  const row = await db.lightArticles.where('key').equals(key).first();
  if (!row) return [];
  return (await copiesOfEach(db, [row], key)).get(key) ?? [];
}
