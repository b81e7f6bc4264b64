/**
 * A byline worth showing beside the site's name: a person's or an agency's, not the newsroom's
 * own ("Par la rédaction", "By Staff", "Von der Redaktion"), which says no more than the site's
 * name on the same line, in lower case where it followed "Par".
 */

// The newsroom, as sites sign for it in the interface's and the corpus's languages: an optional
// lead-in ("Par", "By"), an optional article, then one word for the editorial staff ("la rédaction", "the editors", "Redaktion").
const NEWSROOM =
  /^(?:(?:par|by|von|por)\s+)?(?:(?:la|the|die|der|el|our|notre)\s+)?(?:r[ée]daction|redakti?on|redacci[óo]n|editors?|editorial(?:\s+(?:staff|team|board))?|staff(?:\s+writers?|\s+reporters?)?|newsroom|news\s+desk)$/iu;

/** `byline` as the card shows it: null when it names no one but the newsroom. */
export function shownByline(byline: string | null | undefined): string | null {
  const b = byline?.trim();
  if (!b) return null;
  return NEWSROOM.test(b.replace(/[.\s]+$/u, '')) ? null : b;
}
