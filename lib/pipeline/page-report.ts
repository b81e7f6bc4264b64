import { clampArticle } from '../limits';
import type { PageReport } from '../messaging/protocol';
import { readPage } from './read-page';

/** What the content script reports to the background for the page at `url`. */
export function buildPageReport(doc: Document, url: string): PageReport {
  const result = readPage(doc, url);
  if (!result.ok) return { kind: 'not-article', url, reason: result.reason };
  // A page with a gigantic text or description is kept up to the limits rather than refused
  // as a whole (the background cuts again on entry: lib/messaging/article-schema.ts).
  return { kind: 'article', article: clampArticle(result.article) };
}
