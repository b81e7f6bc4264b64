import { textArticle, type AnalyzeResult } from '../article';
import { annotateArticle, readInLanguage } from './annotate';
import { readPage } from './read-page';

export interface AnalyzeOptions {
  /** The page's address: article.url, and the base for relative links. */
  url?: string | null;
  /** A language code that overrides what the page says. */
  lang?: string | null;
}

/**
 * The extension's pipeline on one parsed page, as the content script and background run it:
 * cheap check, extraction, annotation.
 */
export function analyzeDocument(
  input: string,
  doc: Document,
  opts: AnalyzeOptions = {},
): AnalyzeResult {
  const extracted = readPage(doc, opts.url ?? null);
  if (!extracted.ok) return failure(input, `not an article: ${extracted.reason}`);
  if (opts.lang) {
    const article = { ...extracted.article, lang: opts.lang };
    return { input, article, ...annotateArticle(article), error: null };
  }
  const { article, lang } = readInLanguage(extracted.article);
  return { input, article, ...annotateArticle(article, lang), error: null };
}

/** The pipeline on plain text: no extraction, the text exactly as given, metadata null. */
export function analyzeText(input: string, text: string, opts: AnalyzeOptions = {}): AnalyzeResult {
  const article = textArticle(text, { url: opts.url ?? null, lang: opts.lang ?? null });
  return { input, article, ...annotateArticle(article), error: null };
}

/** The result for an input that failed: the run goes on with the next one. */
export function failure(input: string, error: string): AnalyzeResult {
  return { input, article: null, entities: [], dates: [], error };
}
