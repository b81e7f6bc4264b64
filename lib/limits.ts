import type { Article } from './article';

/** The longest article text accepted, in UTF-16 code units (a long book chapter is ~500k). */
export const MAX_TEXT_CHARS = 2_000_000;

/** The longest URL accepted (keys, page and canonical URLs, images). */
export const MAX_URL_CHARS = 8192;

/**
 * The longest each article field may be, in UTF-16 code units, and the most captions. A field
 * over its limit is cut to it, in the content script and again on entry to the background:
 * a page with a long description is still an article.
 */
export const ARTICLE_LIMITS = {
  title: 2000,
  byline: 1000,
  siteName: 500,
  excerpt: 5000,
  description: 5000,
  section: 500,
  captionText: 5000,
  captionCredit: 1000,
  captions: 500,
} as const;

/**
 * The dates Backstory accepts (epoch ms), 1900 to 2200: a page's publication date or an
 * import's reading times outside it are not real, and far enough out they cannot be displayed.
 */
export const EARLIEST_TIME = Date.UTC(1900, 0, 1);
export const LATEST_TIME = Date.UTC(2200, 0, 1);

/** Whether an epoch-ms time is one Backstory accepts (see EARLIEST_TIME). */
export function isSaneTime(ms: number): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST_TIME && ms < LATEST_TIME;
}

/** An ISO 8601 date inside the accepted range, else null. */
export function saneIsoDate(iso: string | null): string | null {
  if (iso === null) return null;
  return isSaneTime(Date.parse(iso)) ? iso : null;
}

/**
 * An epoch-ms time as ISO 8601, or '' when it is not one Backstory accepts: data stored before
 * dates were checked (an import's 9e15) must not make a timeline or a card throw.
 */
export function isoOrEmpty(ms: number): string {
  return isSaneTime(ms) ? new Date(ms).toISOString() : '';
}

/** A string cut to `max` code units, never splitting a surrogate pair. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

const cut = (s: string | null, max: number) => (s === null ? null : truncate(s, max));

/** The article with every field cut to its limit and its dates inside the accepted range. */
export function clampArticle(a: Article): Article {
  const L = ARTICLE_LIMITS;
  return {
    ...a,
    title: cut(a.title, L.title),
    byline: cut(a.byline, L.byline),
    siteName: cut(a.siteName, L.siteName),
    excerpt: cut(a.excerpt, L.excerpt),
    description: cut(a.description, L.description),
    section: cut(a.section, L.section),
    text: truncate(a.text, MAX_TEXT_CHARS),
    publishedAt: saneIsoDate(a.publishedAt),
    modifiedAt: saneIsoDate(a.modifiedAt),
    captions: a.captions.slice(0, L.captions).map((c) => ({
      text: truncate(c.text, L.captionText),
      credit: cut(c.credit, L.captionCredit),
    })),
  };
}
