import {
  findMainTextNode,
  readJsonLd,
  readJsonLdScripts,
  stringProp,
  type JsonLdNode,
} from './json-ld';
import { normalizeInline } from './to-text';

/** Metadata read from the page before Readability strips the document; each field has fallbacks. */
export interface PageMetadata {
  canonicalUrl: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  lang: string | null;
  siteName: string | null;
  title: string | null;
  /** Author names as the page states them (JSON-LD, meta author), joined with ", ". */
  byline: string | null;
  section: string | null;
  imageUrl: string | null;
  description: string | null;
}

// Meta keys (property, name, itemprop or http-equiv), lower case, best first.
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:published_time',
  'published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'publish-date',
  'publish_date',
  'pubdate',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'date',
];
const MODIFIED_KEYS = [
  'article:modified_time',
  'og:updated_time',
  'modified_time',
  'datemodified',
  'dcterms.modified',
  'last-modified',
];
// Dublin Core first, as Readability does: where a page has both, it is the more deliberate one.
const AUTHOR_KEYS = [
  'dc:creator',
  'dcterm:creator',
  'dcterms:creator',
  'dc.creator',
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
];
const SECTION_KEYS = ['article:section', 'parsely-section', 'section', 'articlesection'];
const IMAGE_KEYS = [
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'twitter:image',
  'twitter:image:src',
];
const DESCRIPTION_KEYS = ['description', 'og:description', 'twitter:description', 'dc.description'];
const LANG_KEYS = ['content-language', 'og:locale', 'language', 'dc.language'];

/**
 * Reads every metadata field from the page, each from the best source with fallbacks. With
 * `found` (the elements a walk of the caller's collected), the page is not scanned again.
 */
export function readMetadata(
  doc: Document,
  url: string | null,
  found?: PageElements,
): PageMetadata {
  const meta = readMetaTags(found?.metas ?? Array.from(doc.getElementsByTagName('meta')));
  const first = (keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v) ?? null;
  const node = findMainTextNode(found ? readJsonLdScripts(found.jsonLdScripts) : readJsonLd(doc));
  const parsely = readParsely(meta.get('parsely-metadata'));
  return {
    canonicalUrl:
      absoluteHttpUrl(
        canonicalLink(found?.links ?? Array.from(doc.getElementsByTagName('link')))?.getAttribute(
          'href',
        ),
        url,
      ) ?? absoluteHttpUrl(meta.get('og:url'), url),
    publishedAt:
      firstIsoDate([
        stringProp(node, 'datePublished'),
        ...PUBLISHED_KEYS.map((k) => meta.get(k)),
        stringProp(parsely, 'pub_date'),
      ]) ??
      // The page's own date element only when the head says nothing: finding it scans the page.
      firstIsoDate([
        (found ? found.datePublished : datePublishedElement(doc))?.getAttribute('datetime'),
        stringProp(node, 'dateCreated'),
      ]) ??
      toIsoDate(dateInUrl(url)),
    modifiedAt: firstIsoDate([
      stringProp(node, 'dateModified'),
      ...MODIFIED_KEYS.map((k) => meta.get(k)),
    ]),
    lang: firstLang([
      doc.documentElement?.getAttribute('lang'),
      doc.documentElement?.getAttribute('xml:lang'),
      stringProp(node, 'inLanguage'),
      ...LANG_KEYS.map((k) => meta.get(k)),
    ]),
    siteName: withoutTagline(
      first(['og:site_name', 'application-name']) ?? stringProp(node, 'publisher'),
    ),
    title: first(['og:title', 'twitter:title']) ?? stringProp(node, 'headline'),
    byline:
      authorNames(node?.author) ?? personName(first(AUTHOR_KEYS)) ?? authorNames(parsely?.authors),
    section: stringProp(node, 'articleSection') ?? first(SECTION_KEYS),
    imageUrl: absoluteHttpUrl(first(IMAGE_KEYS) ?? imageOf(node?.image), url),
    description: first(DESCRIPTION_KEYS) ?? stringProp(node, 'description'),
  };
}

const META_KEY_ATTRIBUTES = ['property', 'name', 'itemprop', 'http-equiv'];

/**
 * Elements of the page that readMetadata reads, when the caller has collected them in a walk of
 * its own (in page order; from a copy of the page taken before anything was removed from it).
 */
export interface PageElements {
  metas: Element[];
  links: Element[];
  jsonLdScripts: Element[];
  /** What datePublishedElement finds, or null. */
  datePublished: Element | null;
}

/** All meta tags by lower-cased property / name / itemprop / http-equiv; the first value wins. */
function readMetaTags(metas: Element[]): Map<string, string> {
  const map = new Map<string, string>();
  // By tag name, not by selector: linkedom compiles a selector on every query, and a tag-name
  // walk is native in browsers.
  for (const el of metas) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of META_KEY_ATTRIBUTES) {
      const keys = el.getAttribute(attr);
      if (!keys) continue; // Most metas have one of the four.
      for (const key of keys.toLowerCase().split(/\s+/)) {
        if (key && !map.has(key)) map.set(key, content);
      }
    }
  }
  return map;
}

/** The first <link rel="canonical"> (rel is a token list). */
function canonicalLink(links: Element[]): Element | null {
  for (const link of links) {
    if ((link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
      return link;
    }
  }
  return null;
}

/**
 * The page's own publication date element, first in document order: what
 * '[itemprop="datePublished"][datetime], time[pubdate][datetime], article time[datetime]'
 * selects (outside <template>), found by one flat pass over the elements (linkedom compiles a
 * selector on every query); the rare element with a datetime is the only one whose ancestors are
 * looked at.
 */
function datePublishedElement(doc: Document): Element | null {
  const root = doc.documentElement;
  if (!root) return null;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isDatePublishedElement(node as Element, root)) return node as Element;
  }
  return null;
}

/** Whether `el` (under `root`, the page's <html>) is one datePublishedElement looks for. */
export function isDatePublishedElement(el: Element, root: Element): boolean {
  if (!el.hasAttribute('datetime')) return false;
  const tag = el.tagName.toUpperCase();
  const isTime = tag === 'TIME';
  if ((el.getAttribute('itemprop') !== 'datePublished' && !isTime) || tag === 'TEMPLATE') {
    return false;
  }
  let inArticle = false;
  for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
    const upTag = up.tagName.toUpperCase();
    if (upTag === 'TEMPLATE') return false;
    if (upTag === 'ARTICLE') inArticle = true;
  }
  return (
    el.getAttribute('itemprop') === 'datePublished' ||
    (isTime && (inArticle || el.hasAttribute('pubdate')))
  );
}

// NodeFilter.SHOW_ELEMENT (NodeFilter is not a global in Node).
const SHOW_ELEMENT = 0x1;

function readParsely(raw: string | undefined): JsonLdNode | undefined {
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw);
    return v && typeof v === 'object' ? (v as JsonLdNode) : undefined;
  } catch {
    return undefined;
  }
}

/** A site name without its tagline: "Yahoo News - Latest News & Headlines" → "Yahoo News". */
function withoutTagline(name: string | null): string | null {
  const m = /^(.{2,}?)\s+[-–—|·:]\s+\S.*$/.exec(name ?? '');
  return m ? m[1]! : name;
}

/** Names from a JSON-LD author value: a string, a {name}, or a list of either. */
function authorNames(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names = list
    .map((a) =>
      typeof a === 'string' ? a : a && typeof a === 'object' ? (a as JsonLdNode).name : null,
    )
    .filter((n): n is string => typeof n === 'string')
    .map((n) => personName(n))
    .filter((n): n is string => n !== null);
  return names.length ? [...new Set(names)].join(', ') : null;
}

/** A person's name, or null for what is not one (a URL, a handle, an empty string). */
function personName(value: string | null | undefined): string | null {
  const v = normalizeInline(value ?? '');
  if (!v || /^(https?:|www\.|@)/i.test(v) || v.length > 200) return null;
  return v;
}

function imageOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return imageOf(value[0]);
  if (value && typeof value === 'object') {
    const url = (value as JsonLdNode).url ?? (value as JsonLdNode).contentUrl;
    return typeof url === 'string' ? url : null;
  }
  return null;
}

/** A date written into the URL's path (/2024/06/19/, /2024-06-19-), as a day. */
export function dateInUrl(url: string | null): string | null {
  // No year in the address (most): no need to parse it.
  if (!url || !/(?:19|20)\d{2}/.test(url.replace(/[\t\n\r]/g, ''))) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/\-_.]|$)/.exec(
    path,
  );
  if (!m) return null;
  const [, y, mo, d] = m;
  return `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/** Resolves href against the page URL; only http(s) results count. */
export function absoluteHttpUrl(
  href: string | null | undefined,
  base: string | null,
): string | null {
  if (!href?.trim()) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The first candidate that parses as a date, as ISO 8601 UTC. */
export function firstIsoDate(candidates: (string | null | undefined)[]): string | null {
  for (const c of candidates) {
    const iso = toIsoDate(c);
    if (iso) return iso;
  }
  return null;
}

/** Parses an ISO-like date string ("2024-06-19T06:45:00+00:00", "2024-06-19"); null if invalid. */
export function toIsoDate(value: string | null | undefined): string | null {
  const s = value?.trim();
  // Only machine-readable dates here; "19 juin 2024" and friends need a real date parser.
  if (!s || !/^\d{4}-\d{2}-\d{2}/.test(s)) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  return year >= 1900 && year <= 2200 ? new Date(t).toISOString() : null;
}

/** The first candidate that is a language tag, reduced to its primary subtag ("fr_FR" → "fr"). */
export function firstLang(candidates: (string | null | undefined)[]): string | null {
  for (const c of candidates) {
    const primary = c
      ?.trim()
      .toLowerCase()
      .split(/[-_,;\s]/)[0];
    if (primary && /^[a-z]{2,3}$/.test(primary) && primary !== 'und') return primary;
  }
  return null;
}
