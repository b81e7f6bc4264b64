/**
 * The article as Backstory extracts it: the fixed shape that the analyze tool prints and the
 * content script sends. Later issues add fields; none is removed or renamed.
 */
export interface Article {
  /** The address the page was read at. */
  url: string | null;
  /** rel=canonical or og:url, absolute; null when the page names none. */
  canonicalUrl: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** Primary language subtag, lower case ("fr"), or null when the page does not say. */
  lang: string | null;
  /** ISO 8601 in UTC, or null. */
  publishedAt: string | null;
  excerpt: string | null;
  /** Paragraphs separated by one blank line. Offsets into it are UTF-16 code units. */
  text: string;
  /** ISO 8601 in UTC, or null. */
  modifiedAt: string | null;
  /** The site's section ("Politics", "Monde"), or null. */
  section: string | null;
  /** The lead image's absolute URL, or null. */
  imageUrl: string | null;
  /** The page's own description (meta description, og:description), or null. */
  description: string | null;
  /** Image captions and photo credits, kept apart from the text. */
  captions: Caption[];
}

/** A caption of one of the article's images, with its photo credit apart. */
export interface Caption {
  text: string;
  credit: string | null;
}

/** One object per input of `npm run analyze`: the contract in issue #2. */
export interface AnalyzeResult {
  input: string;
  article: Article | null;
  entities: unknown[];
  dates: unknown[];
  error: string | null;
}

/** An article of which nothing is known but its text (plain-text input, tests, benchmarks). */
export function textArticle(text: string, known: Partial<Article> = {}): Article {
  return {
    url: null,
    canonicalUrl: null,
    title: null,
    byline: null,
    siteName: null,
    lang: null,
    publishedAt: null,
    excerpt: null,
    text,
    modifiedAt: null,
    section: null,
    imageUrl: null,
    description: null,
    captions: [],
    ...known,
  };
}
