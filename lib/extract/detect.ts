import { isProbablyReaderable } from '@mozilla/readability';
import { findArticleNode, readJsonLd, typesOf } from './json-ld';
import { collapseWhitespace } from './to-text';

/** What the cheap check saw on a page. */
export interface ArticleSignals {
  /** Readability's isProbablyReaderable with its default thresholds. */
  readerable: boolean;
  /** og:type=article. */
  ogArticle: boolean;
  /** A JSON-LD node typed NewsArticle, Article, BlogPosting, … */
  jsonLdArticle: boolean;
  /**
   * The page's one <h1> stands in an <article>: the markup says the page is one article with its
   * headline (a list of articles sets its teasers' headlines in <h2>-<h4>, its own title, if
   * any, outside them). Weaker than a declaration: it does not override a declared kind.
   */
  articleHeadline: boolean;
  /**
   * The article's JSON-LD says it is not free to read (isAccessibleForFree false, the markup
   * search engines ask of paywalled pages): what the page shows is its lead.
   */
  paywalled: boolean;
  /** What else the page declares or looks like, when that is not an article. */
  kind: PageKind | null;
  /**
   * A page of a declared kind that is nevertheless one item to read: see oneItem. It is
   * extracted and judged on its text like a page that merely looked short.
   */
  oneItem: boolean;
}

/** Kinds of pages that are not articles, each with the reason shown to the reader. */
export type PageKind = 'front-page' | 'listing' | 'search' | 'video' | 'forum';

/**
 * Why a page that declares nothing was refused: 'headlines' when its markup is a list of
 * teasers (see listsHeadlines), 'short' otherwise. Only the words told to the reader differ:
 * both are extracted and judged on their text alike.
 */
export type ShortKind = 'headlines' | 'short';

export interface Detection {
  isArticle: boolean;
  signals: ArticleSignals;
  /** Why the page is not an article, in words; null for an article. */
  reason: string | null;
}

/** The reason shown for each kind of page that is not an article ('short': too little text). */
export const REASONS: Record<PageKind | ShortKind, string> = {
  'front-page': 'a front page',
  listing: 'a list of articles',
  headlines: 'a list of headlines',
  search: 'search results',
  video: 'a video page',
  forum: 'a forum or discussion',
  short: 'not enough text for an article',
};

/** The reason shown when a page's text seems to sit in a large frame from another site. */
export const FOREIGN_FRAME_REASON =
  'the text seems to be in a frame from another site, which Backstory cannot read';

/**
 * Whether a page was refused for the text it showed, not for what it declares: its article may
 * still arrive (lazy loading, a single-page site) or sit in a frame, so it deserves another look.
 */
export function refusedForText(reason: string | null | undefined): boolean {
  return reason === REASONS.short || reason === REASONS.headlines;
}

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
  const articleNode = findArticleNode(jsonLd);
  const jsonLdArticle = articleNode !== undefined;
  const declaresArticle = ogType === 'article' || jsonLdArticle;
  const signals: ArticleSignals = {
    readerable: isProbablyReaderable(doc),
    ogArticle: ogType === 'article',
    jsonLdArticle,
    articleHeadline: hasArticleHeadline(doc),
    paywalled: /^false$/i.test(String(articleNode?.isAccessibleForFree ?? '')),
    kind: null,
    oneItem: false,
  };
  const declared = declaresArticle ? null : declaredKind(ogType, declaredTypes);
  signals.kind = declaresArticle ? null : (declared ?? urlKind(url));
  signals.oneItem = declared !== null && oneItem(doc, declared);
  const isArticle =
    signals.kind === null &&
    (signals.readerable || (declaresArticle && isProbablyReaderable(doc, { minScore: 10 })));
  const reason = isArticle
    ? null
    : REASONS[signals.kind ?? (listsHeadlines(doc) ? 'headlines' : 'short')];
  return { isArticle, signals, reason };
}

// What extracted text must hold to be an article rather than a teaser or a list of headlines: some
// characters in all, and one real paragraph (front pages alternate headlines and one-line teasers,
// none of them this long). A page that declares itself an article may hold a shorter paragraph.
const MIN_ARTICLE_CHARS = 200;
const MIN_LONGEST_PARAGRAPH = 120;
const MIN_LONGEST_PARAGRAPH_DECLARED = 80;
const MIN_DESCRIBED_CHARS = 80;
// A short news item in one-sentence paragraphs ("X and Y are engaged." and three more lines):
// on a page that says it is an article, this many sentences of this many words are its text.
const MIN_SENTENCES = 3;
const MIN_SENTENCE_WORDS = 6;
// The lead of a paywalled article, all it shows: one sentence of this many characters.
const MIN_LEAD_CHARS = 50;

/**
 * Whether text extracted from a page is an article's: enough characters, and at least one
 * paragraph of prose. Used after extraction on pages the cheap check found too short, so that
 * short articles, leads of paywalled ones and bodies split in many small blocks are not refused.
 */
export function isArticleText(
  text: string,
  declaresArticle: boolean,
  description: string | null = null,
  paywalled = false,
): boolean {
  // A page that says it is an article and whose text opens with its own description (a brief,
  // a micro-post: the description is the whole text) is one, however short.
  if (declaresArticle && text.length >= MIN_DESCRIBED_CHARS && opensWith(text, description)) {
    return true;
  }
  const paragraphs = text.split('\n\n');
  // A paywalled article shows its lead only: a sentence is what there is to read.
  if (paywalled && paragraphs.some((p) => p.length >= MIN_LEAD_CHARS && isSentence(p))) {
    return true;
  }
  if (text.length < MIN_ARTICLE_CHARS) return false;
  const longest = Math.max(...paragraphs.map((p) => p.length));
  if (longest >= (declaresArticle ? MIN_LONGEST_PARAGRAPH_DECLARED : MIN_LONGEST_PARAGRAPH)) {
    return true;
  }
  // A page that says it is an article, written in short paragraphs of a sentence each. A list of
  // headlines has none: its lines are titles, not sentences ending in a full stop.
  return declaresArticle && paragraphs.filter(isSentence).length >= MIN_SENTENCES;
}

/** A paragraph that reads as a sentence: enough words, ending as a sentence ends. */
function isSentence(p: string): boolean {
  return /[.!?…]["'”’»)]?$/u.test(p) && p.split(' ').length >= MIN_SENTENCE_WORDS;
}

/** Whether the page's one <h1> stands in an <article> (see ArticleSignals.articleHeadline). */
function hasArticleHeadline(doc: Document): boolean {
  const h1s = doc.getElementsByTagName('h1');
  if (h1s.length !== 1) return false;
  for (let el = h1s[0]!.parentElement; el; el = el.parentElement) {
    if (el.tagName.toUpperCase() === 'ARTICLE') return true;
  }
  return false;
}

/**
 * Whether a page that declares itself a video, a forum thread or a collection is one item a
 * reader opens to read: a video with its written description, one thread, a collection page that
 * is a text of its own. The declaration must name one thing (og:type video, VideoObject,
 * DiscussionForumPosting, QAPage: a forum path in the address is not enough, an index lies there
 * too) and the page must show one headline, its <h1>; a collection must also show no headline
 * links, which every list of articles shows, one per teaser. Search results, front pages and the
 * rest stay out, and the item's text is judged as any short page's is.
 */
function oneItem(doc: Document, kind: PageKind): boolean {
  if (kind === 'search' || kind === 'front-page') return false;
  if (doc.getElementsByTagName('h1').length !== 1) return false;
  return kind !== 'listing' || !hasHeadlineLink(doc);
}

// Teasers a page must show to read as a list of headlines when it has too little text of its
// own: a front page or section shows dozens; an article's related box, a handful.
const MIN_HEADLINE_LINKS = 8;

/**
 * Whether a page without enough text of its own is a list of articles: at least
 * MIN_HEADLINE_LINKS subheadings (h2-h4) that link to as many different addresses, the teasers
 * of a front page or a section that sits at an address of its own (/front-page.html, /monde).
 * Only the reason told to the reader depends on it.
 */
export function listsHeadlines(doc: Document): boolean {
  const targets = new Set<string>();
  for (const tag of ['h2', 'h3', 'h4']) {
    for (const h of Array.from(doc.getElementsByTagName(tag))) {
      const href = headlineHref(h);
      if (href) targets.add(href);
      if (targets.size >= MIN_HEADLINE_LINKS) return true;
    }
  }
  return false;
}

/** The address a subheading links to: its own link, or the link it sits in. */
function headlineHref(h: Element): string | null {
  const inner = h.getElementsByTagName('a')[0];
  if (inner) return inner.getAttribute('href');
  for (let el = h.parentElement; el; el = el.parentElement) {
    if (el.tagName.toUpperCase() === 'A') return el.getAttribute('href');
  }
  return null;
}

/** A subheading (h2-h6) that is, holds or sits in a link: a teaser's headline. */
function hasHeadlineLink(doc: Document): boolean {
  for (const tag of ['h2', 'h3', 'h4', 'h5', 'h6']) {
    for (const h of Array.from(doc.getElementsByTagName(tag))) {
      if (h.getElementsByTagName('a').length > 0) return true;
      for (let el = h.parentElement; el; el = el.parentElement) {
        if (el.tagName.toUpperCase() === 'A') return true;
      }
    }
  }
  return false;
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

/**
 * Whether the text's first paragraph is the description (its first 40 characters, any case), or
 * the text opens with it set in several lines: a photo post whose description runs its captions
 * and labels together ("Place: Japan. Film: Fuji.") while the page sets them one a line.
 */
function opensWith(text: string, description: string | null): boolean {
  const fold = (t: string) => collapseWhitespace(t).trim().toLowerCase();
  const key = fold(description ?? '').slice(0, 40);
  if (key.length < 40) return false;
  const first = text.split('\n\n')[0] ?? '';
  if (fold(first).includes(key)) return true;
  // Letters and digits only: the lines' breaks and the description's punctuation between them
  // do not count.
  const loose = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const looseKey = loose(description ?? '').slice(0, 40);
  return looseKey.length === 40 && loose(text.slice(0, 300)).startsWith(looseKey);
}
