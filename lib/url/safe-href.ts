/**
 * A URL fit to be a link's href: an absolute http(s) URL, normalised; undefined for anything
 * else ("javascript:", "data:", relative or broken), so that the caller renders plain text.
 */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
