import { isProbablyReaderable } from '@mozilla/readability';
import { findArticleNode, readJsonLd, typesOf } from './json-ld';

/** What the cheap check saw on a page. */
export interface ArticleSignals {
  /** Readability's isProbablyReaderable with its default thresholds. */
  readerable: boolean;
  /** og:type=article. */
  ogArticle: boolean;
  /** A JSON-LD node typed NewsArticle, Article, BlogPosting, … */
  jsonLdArticle: boolean;
  /** What else the page declares or looks like, when that is not an article. */
  kind: PageKind | null;
}

/** Kinds of pages that are not articles, each with the reason shown to the reader. */
export type PageKind = 'front-page' | 'listing' | 'search' | 'video' | 'forum';

export interface Detection {
  isArticle: boolean;
  signals: ArticleSignals;
  /** Why the page is not an article, in words; null for an article. */
  reason: string | null;
}

const REASONS: Record<PageKind | 'short', string> = {
  'front-page': 'a front page',
  listing: 'a list of articles',
  search: 'search results',
  video: 'a video page',
  forum: 'a forum or discussion',
  short: 'not enough text for an article',
};

// og:type=website and a JSON-LD WebSite node are left out: article pages carry them too (heise).
const LISTING_TYPES = new Set(['CollectionPage', 'ItemList']);
const FORUM_TYPES = new Set(['DiscussionForumPosting', 'QAPage']);
const SEARCH_PARAMS = /^(q|query|search|s|keywords?|term)$/i;
const FORUM_PATH = /\/(forums?|threads?|topics?|t|discussions?|boards?|community|questions)\//i;

/**
 * Decides cheaply whether a page is worth extracting: no clone, no scoring of the whole tree.
 * A page that declares itself an article needs less text than one that does not; a page that
 * declares something else (listing, search, video, forum), or whose URL says so (site root,
 * search query, forum path), is not one. Counting teasers was tried and dropped: real article
 * pages carry as many teaser links (related, most read) as front pages do.
 */
export function detectArticle(doc: Document, url?: string | null): Detection {
  const ogType = doc
    .querySelector('meta[property="og:type"]')
    ?.getAttribute('content')
    ?.trim()
    .toLowerCase();
  const jsonLd = readJsonLd(doc);
  const declaredTypes = new Set(jsonLd.flatMap(typesOf));
  const jsonLdArticle = findArticleNode(jsonLd) !== undefined;
  const declaresArticle = ogType === 'article' || jsonLdArticle;
  const signals: ArticleSignals = {
    readerable: isProbablyReaderable(doc),
    ogArticle: ogType === 'article',
    jsonLdArticle,
    kind: null,
  };
  signals.kind = declaresArticle ? null : (declaredKind(ogType, declaredTypes) ?? urlKind(url));
  const isArticle =
    signals.kind === null &&
    (signals.readerable || (declaresArticle && isProbablyReaderable(doc, { minScore: 10 })));
  const reason = isArticle ? null : REASONS[signals.kind ?? 'short'];
  return { isArticle, signals, reason };
}

// What extracted text must hold to be an article rather than a teaser or a list of headlines: some
// characters in all, and one real paragraph (front pages alternate headlines and one-line teasers,
// none of them this long). A page that declares itself an article may hold a shorter paragraph.
const MIN_ARTICLE_CHARS = 200;
const MIN_LONGEST_PARAGRAPH = 120;
const MIN_LONGEST_PARAGRAPH_DECLARED = 80;
const MIN_DESCRIBED_CHARS = 80;

/**
 * Whether text extracted from a page is an article's: enough characters, and at least one
 * paragraph of prose. Used after extraction on pages the cheap check found too short, so that
 * short articles, leads of paywalled ones and bodies split in many small blocks are not refused.
 */
export function isArticleText(
  text: string,
  declaresArticle: boolean,
  description: string | null = null,
): boolean {
  // A page that says it is an article and whose text opens with its own description (a brief,
  // a micro-post: the description is the whole text) is one, however short.
  if (declaresArticle && text.length >= MIN_DESCRIBED_CHARS && opensWith(text, description)) {
    return true;
  }
  if (text.length < MIN_ARTICLE_CHARS) return false;
  const longest = Math.max(...text.split('\n\n').map((p) => p.length));
  return longest >= (declaresArticle ? MIN_LONGEST_PARAGRAPH_DECLARED : MIN_LONGEST_PARAGRAPH);
}

function declaredKind(ogType: string | undefined, types: Set<string>): PageKind | null {
  if (types.has('SearchResultsPage')) return 'search';
  if ([...FORUM_TYPES].some((t) => types.has(t))) return 'forum';
  if (ogType?.startsWith('video') || (types.has('VideoObject') && !types.has('WebPage'))) {
    return 'video';
  }
  if ([...LISTING_TYPES].some((t) => types.has(t))) return 'listing';
  return null;
}

function urlKind(url: string | null | undefined): PageKind | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if ((u.pathname === '/' || u.pathname === '') && !u.search) return 'front-page';
  if (
    /\/search\b/i.test(u.pathname) ||
    [...u.searchParams.keys()].some((k) => SEARCH_PARAMS.test(k))
  ) {
    return 'search';
  }
  if (FORUM_PATH.test(u.pathname)) return 'forum';
  return null;
}

/** Whether the text's first paragraph is the description (its first 40 characters, any case). */
function opensWith(text: string, description: string | null): boolean {
  const fold = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
  const key = fold(description ?? '').slice(0, 40);
  if (key.length < 40) return false;
  const first = text.split('\n\n')[0] ?? '';
  return fold(first).includes(key);
}
