import { getDomain } from 'tldts';

// Query parameters that only track where a reader came from; the same article with or without
// them is one article.
const TRACKING_PARAM =
  /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid|xtor|at_medium|at_campaign|ref|ref_src|smid|guccounter)$/i;

/**
 * The site a URL belongs to: its registrable domain by the Public Suffix List, private suffixes
 * included ("bbc.co.uk"; "alice.github.io" and "bob.github.io" are two sites), else its host
 * (IP addresses, "localhost"); null for what is not a URL.
 */
export function siteOf(url: string): string | null {
  let site = sites.get(url);
  if (site === undefined) {
    // Forgotten all at once when full: the URLs of the last views and searches come back.
    if (sites.size >= MAX_SITES) sites.clear();
    sites.set(url, (site = parseSite(url)));
  }
  return site;
}

// The sites of URLs recently asked for: folding copies asks for every row or result it lists
// (a search's 20-60 a keystroke), and parsing the URL and the suffix list took 5-8 µs a time.
const sites = new Map<string, string | null>();
const MAX_SITES = 4096;

function parseSite(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/**
 * The page's canonical URL when it is on the page's own site, else null: a page may say which
 * of its own addresses is the article's, never claim another site's article (which would then
 * be stored, and overwritten, under that site's key). Without a page URL there is nothing to
 * compare, and the canonical URL stands.
 */
export function ownCanonical(canonicalUrl: string | null, url: string | null): string | null {
  if (!canonicalUrl || !url) return canonicalUrl;
  const site = siteOf(canonicalUrl);
  return site !== null && site === siteOf(url) ? canonicalUrl : null;
}

/**
 * The key one article is stored under: its canonical URL when the page names one on its own
 * site, else the page URL; without the fragment and tracking parameters, host in lower case.
 */
export function articleKey(canonicalUrl: string | null, url: string | null): string | null {
  const raw = ownCanonical(canonicalUrl, url) ?? url;
  if (!raw) return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  u.hash = '';
  for (const name of [...u.searchParams.keys()]) {
    if (TRACKING_PARAM.test(name)) u.searchParams.delete(name);
  }
  return u.href;
}
