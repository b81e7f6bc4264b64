import type { EntityType, TokenSpan } from './tags';

// What joins the names of a list: a comma or a coordinating word (en, fr, es, de).
const JOINERS = new Set([',', 'and', 'or', 'et', 'ou', 'y', 'e', 'o', 'und', 'oder']);
/** A list has at least this many names. */
const MIN_LIST = 3;

/**
 * Names listed together are of one kind: "Chanel, Lanvin, Mainbocher, Molyneux et Patou" are
 * designers, "Moldava, Bazias, Kovi, Pancevo et Semlin" towns. In a list of three or more
 * names joined by commas or "and/et/y", a person among places or organisations, or a place or
 * organisation among persons, takes the type most of the list has (a strict majority). A place
 * beside an organisation is left alone (a city and its club, a country and its government both
 * stand), and so is a name the KB or gazetteer knows with its type (`known`).
 */
export function alignListTypes(
  words: readonly string[],
  spans: readonly TokenSpan[],
  known: (words: readonly string[]) => EntityType | undefined,
): TokenSpan[] {
  const out = spans.map((s) => ({ ...s }));
  let i = 0;
  while (i < out.length) {
    let j = i + 1;
    while (
      j < out.length &&
      (out[j] as TokenSpan).start === (out[j - 1] as TokenSpan).end + 1 &&
      JOINERS.has((words[(out[j - 1] as TokenSpan).end] as string).toLowerCase())
    ) {
      j++;
    }
    if (j - i >= MIN_LIST) align(words, out.slice(i, j), known);
    i = j;
  }
  return out;
}

function align(
  words: readonly string[],
  list: TokenSpan[],
  known: (words: readonly string[]) => EntityType | undefined,
): void {
  const counts = new Map<EntityType, number>();
  for (const s of list) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!top || top[1] * 2 <= list.length) return;
  const type = top[0];
  for (const s of list) {
    if (s.type === type || (type !== 'PER' && s.type !== 'PER')) continue;
    if (known(words.slice(s.start, s.end)) === s.type) continue;
    s.type = type;
  }
}
