import type { StorySummary } from '@/lib/messaging/protocol';

/**
 * The headline a story is shown under: its most representative one (StorySummary.name), else
 * its latest (`title`), else `fallback` (the article being read's own title); null when none.
 */
export function storyHeadline(
  story: StorySummary,
  fallback: string | null = null,
): { title: string; lang: string | null } | null {
  if (story.name) return { title: story.name.title, lang: story.name.lang };
  const title = story.title ?? fallback;
  return title ? { title, lang: null } : null;
}

/**
 * Whether two headlines read the same on screen: equal once their spaces are folded (a
 * non-breaking space, a doubled one, a trailing one) and their Unicode forms normalised. Case
 * counts: "US" and "us" do not read the same.
 */
export function sameHeadline(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const fold = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return fold(a) === fold(b);
}
