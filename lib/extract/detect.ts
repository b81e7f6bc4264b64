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
  /** The page declares itself a site or a listing (og:type=website, CollectionPage, ItemList). */
  declaresListing: boolean;
  /** The URL is a site's root ("/"), which is a front page. */
  rootPath: boolean;
}

export interface Detection {
  isArticle: boolean;
  signals: ArticleSignals;
}

const LISTING_TYPES = new Set(['CollectionPage', 'ItemList', 'SearchResultsPage', 'WebSite']);

/**
 * Decides cheaply whether a page is worth extracting: no clone, no scoring of the whole tree.
 * A page that declares itself an article needs less text than one that does not.
 */
export function detectArticle(doc: Document, url?: string | null): Detection {
  const ogType = doc
    .querySelector('meta[property="og:type"]')
    ?.getAttribute('content')
    ?.trim()
    .toLowerCase();
  const jsonLd = readJsonLd(doc);
  const jsonLdArticle = findArticleNode(jsonLd) !== undefined;
  const signals: ArticleSignals = {
    readerable: isProbablyReaderable(doc),
    ogArticle: ogType === 'article',
    jsonLdArticle,
    declaresListing:
      ogType === 'website' || jsonLd.some((n) => typesOf(n).some((t) => LISTING_TYPES.has(t))),
    rootPath: isRootPath(url),
  };
  const declaresArticle = signals.ogArticle || signals.jsonLdArticle;
  const isArticle = declaresArticle
    ? signals.readerable || isProbablyReaderable(doc, { minScore: 10 })
    : signals.readerable && !signals.declaresListing && !signals.rootPath;
  return { isArticle, signals };
}

function isRootPath(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return (u.pathname === '/' || u.pathname === '') && !u.search;
  } catch {
    return false;
  }
}
