// Query parameters that only track where a reader came from; the same article with or without
// them is one article.
const TRACKING_PARAM =
  /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid|xtor|at_medium|at_campaign|ref|ref_src|smid|guccounter)$/i;

/**
 * The key one article is stored under: its canonical URL when the page names one, else the page
 * URL; without the fragment and tracking parameters, host in lower case.
 */
export function articleKey(canonicalUrl: string | null, url: string | null): string | null {
  const raw = canonicalUrl ?? url;
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
