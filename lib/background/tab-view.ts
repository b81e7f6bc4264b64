import type { ArticleSummary, TabView } from '../messaging/protocol';
import { lightFields, type LightArticle } from '../db/light-articles';
import type { StoredArticle } from '../db/schema';
import { isExcludedUrl } from '../privacy/excluded-sites';

/**
 * The shortest time between two "tab view changed" notices for one tab: a page flooding
 * navigations makes a few a second, not one per navigation.
 */
export const NOTIFY_GAP_MS = 200;

/** What the background remembers of a tab's last report (kept in session storage). */
export interface TabRecord {
  /** The page URL the report was about. */
  url: string;
  kind: 'article' | 'not-article' | 'failed';
  /** Stored article key, for kind "article". */
  key?: string;
  /** Hash of the stored article's text (lib/search/hash-content), for kind "article". */
  textHash?: string;
  reason?: string;
}

/** The parts of a browser tab that decide what is shown. */
export interface TabFacts {
  url?: string;
  incognito: boolean;
}

/**
 * Decides what to show for a tab, in order: private window, a page Backstory cannot read,
 * recording paused, an excluded site, a report about this very page, else "not looked at yet".
 */
export function describeTab(
  tab: TabFacts | undefined,
  record: TabRecord | undefined,
  recording: boolean,
  article: LightArticle | undefined,
  excluded: readonly string[] = [],
): TabView {
  if (!tab) return { kind: 'unsupported' };
  if (tab.incognito) return { kind: 'private' };
  if (!tab.url || !/^https?:\/\//i.test(tab.url)) return { kind: 'unsupported' };
  if (!recording) return { kind: 'paused' };
  if (isExcludedUrl(tab.url, excluded)) return { kind: 'excluded' };
  if (!record || stripHash(record.url) !== stripHash(tab.url)) return { kind: 'pending' };
  if (record.kind === 'article' && article) return { kind: 'article', article: summarize(article) };
  if (record.kind === 'not-article') return { kind: 'not-article', reason: record.reason ?? '' };
  if (record.kind === 'failed') return { kind: 'failed', reason: record.reason ?? '' };
  return { kind: 'pending' };
}

/** The UI's view of a stored article (a light row, or a whole one): metadata without the text. */
export function summarize(input: LightArticle | StoredArticle): ArticleSummary {
  const a = 'text' in input ? lightFields(input) : input;
  return {
    key: a.key,
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    lang: a.lang,
    publishedAt: a.publishedAt,
    firstReadAt: a.firstReadAt,
    lastReadAt: a.lastReadAt,
    readCount: a.readCount,
    savedAt: a.savedAt ?? null,
    // Only confident entities reach the interface; the others stay searchable.
    entities: a.entities
      .filter((e) => e.shown !== false)
      .map((e) => ({
        id: e.id,
        type: e.type,
        name: e.name,
        salience: e.salience,
        mentionCount: e.mentionCount,
      })),
  };
}

/**
 * Whether an article reported by a tab is the one it last stored, under another URL of the
 * same origin: the same text after a history-API navigation (a page pushing URLs) is the same
 * article, not a new one.
 */
export function isSameArticleAgain(
  record: TabRecord | undefined,
  report: { url: string | null; key: string; textHash: string },
): boolean {
  if (record?.kind !== 'article' || !record.key || !record.textHash || !report.url) return false;
  return (
    record.key !== report.key &&
    record.textHash === report.textHash &&
    originOf(record.url) === originOf(report.url) &&
    originOf(report.url) !== null
  );
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}
