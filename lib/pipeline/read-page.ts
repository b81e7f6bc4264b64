import { extractArticle, type ExtractResult } from '../extract/article';
import { detectArticle } from '../extract/detect';

// Below this many characters of text, what Readability found is a teaser, not an article.
const MIN_TEXT_CHARS = 400;

/**
 * The content script's work on one page, shared with the Node tools: the cheap check first, and
 * only for an article page the extraction (on a clone, inside extractArticle).
 */
export function readPage(doc: Document, url: string | null): ExtractResult {
  const detection = detectArticle(doc, url);
  if (!detection.isArticle) return { ok: false, reason: detection.reason ?? 'not an article' };
  const result = extractArticle(doc, url);
  if (result.ok && result.article.text.length < MIN_TEXT_CHARS) {
    return {
      ok: false,
      reason: `only ${result.article.text.length} characters of text`,
    };
  }
  return result;
}
