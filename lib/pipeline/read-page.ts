import { extractArticle, type ExtractResult } from '../extract/article';
import { detectArticle } from '../extract/detect';

/**
 * The content script's work on one page, shared with the Node tools: the cheap check first, and
 * only for an article page the extraction (on a clone, inside extractArticle).
 */
export function readPage(doc: Document, url: string | null): ExtractResult {
  if (!detectArticle(doc, url).isArticle) return { ok: false, reason: 'not an article page' };
  return extractArticle(doc, url);
}
