import { MAX_TEXT_CHARS, type PageReport } from '../messaging/protocol';
import { readPage } from './read-page';

/** What the content script reports to the background for the page at `url`. */
export function buildPageReport(doc: Document, url: string): PageReport {
  const result = readPage(doc, url);
  if (!result.ok) return { kind: 'not-article', url, reason: result.reason };
  const { article } = result;
  // A gigantic page is kept up to the limit rather than refused as a whole.
  const text = article.text.slice(0, MAX_TEXT_CHARS);
  return { kind: 'article', article: { ...article, text } };
}
