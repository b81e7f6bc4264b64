import { Readability } from '@mozilla/readability';
import type { Article } from '../article';
import { removeFurniture, tidyContent, type Caption } from './clean';
import { readMetadata } from './metadata';
import { elementToText, normalizeInline } from './to-text';

export type ExtractResult =
  { ok: true; article: Article; captions: Caption[] } | { ok: false; reason: string };

// Below this many characters of text, what Readability found is a teaser, not an article.
const MIN_TEXT_CHARS = 400;

/**
 * Extracts the article of a page: Readability on a clone (it mutates its input), our cleanup
 * around it, metadata from the best source. `doc` is left untouched.
 */
export function extractArticle(doc: Document, url: string | null): ExtractResult {
  const meta = readMetadata(doc, url);
  const clone = doc.cloneNode(true) as Document;
  const captions = removeFurniture(clone);
  const parsed = new Readability<Element>(clone, {
    // Keep the element, not its HTML: we read text from it without a second parse.
    serializer: (el) => el as Element,
  }).parse();
  if (!parsed?.content) return { ok: false, reason: 'not an article: no main text found' };

  tidyContent(parsed.content);
  const title = cleanTitle(parsed.title || meta.title, meta.siteName ?? parsed.siteName ?? null);
  const text = dropRepeatedTitle(elementToText(parsed.content), title);
  if (text.length < MIN_TEXT_CHARS) {
    return { ok: false, reason: `not an article: only ${text.length} characters of text` };
  }
  return {
    ok: true,
    captions,
    article: {
      url,
      canonicalUrl: meta.canonicalUrl,
      title,
      byline: nullIfEmpty(parsed.byline),
      siteName: meta.siteName ?? nullIfEmpty(parsed.siteName),
      lang: meta.lang,
      publishedAt: meta.publishedAt,
      excerpt: nullIfEmpty(parsed.excerpt),
      text,
    },
  };
}

/** Strips the site's name when it stands as a suffix or prefix ("Title | Section | Site"). */
export function cleanTitle(
  title: string | null | undefined,
  siteName: string | null,
): string | null {
  let t = normalizeInline(title ?? '');
  if (!t) return null;
  if (siteName) {
    const site = escapeRegExp(normalizeInline(siteName));
    const stripped = t
      .replace(new RegExp(`(\\s+[|\\-–—:·•»]\\s+[^|–—·•»]*)*\\s+[|\\-–—:·•»]\\s+${site}$`, 'i'), '')
      .replace(new RegExp(`^${site}\\s+[|\\-–—:·•»]\\s+`, 'i'), '');
    if (stripped.length >= 10) t = stripped;
  }
  return t;
}

function dropRepeatedTitle(text: string, title: string | null): string {
  if (!title) return text;
  const first = text.indexOf('\n\n');
  const head = first === -1 ? text : text.slice(0, first);
  return head === title ? text.slice(head.length).replace(/^\n+/, '') : text;
}

function nullIfEmpty(s: string | null | undefined): string | null {
  const t = normalizeInline(s ?? '');
  return t || null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
