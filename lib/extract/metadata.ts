import { findArticleNode, readJsonLd, stringProp } from './json-ld';

/** Metadata read from the page head before Readability strips the document. */
export interface PageMetadata {
  canonicalUrl: string | null;
  publishedAt: string | null;
  lang: string | null;
  siteName: string | null;
  title: string | null;
}

/** Reads canonical URL, publication date, language and site name, each with fallbacks. */
export function readMetadata(doc: Document, url: string | null): PageMetadata {
  const article = findArticleNode(readJsonLd(doc));
  const meta = (selector: string) =>
    doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
  return {
    canonicalUrl:
      absoluteHttpUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), url) ??
      absoluteHttpUrl(meta('meta[property="og:url"]'), url),
    publishedAt: firstIsoDate([
      stringProp(article, 'datePublished'),
      meta('meta[property="article:published_time"]'),
      meta('meta[itemprop="datePublished"]'),
      meta('meta[name="date"]'),
      doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'),
    ]),
    lang: firstLang([
      doc.documentElement?.getAttribute('lang'),
      stringProp(article, 'inLanguage'),
      meta('meta[property="og:locale"]'),
      meta('meta[http-equiv="content-language" i]'),
    ]),
    siteName: meta('meta[property="og:site_name"]') ?? stringProp(article, 'publisher'),
    title: meta('meta[property="og:title"]') ?? stringProp(article, 'headline'),
  };
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
    const primary = c?.trim().toLowerCase().split(/[-_]/)[0];
    if (primary && /^[a-z]{2,3}$/.test(primary) && primary !== 'und') return primary;
  }
  return null;
}
