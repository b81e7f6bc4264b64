import type { EntityType, TokenSpan } from './tags';

// What joins the names of a list: a comma or a coordinating word (en, fr, es, de).
const JOINERS = new Set([',', 'and', 'or', 'et', 'ou', 'y', 'e', 'o', 'und', 'oder']);
/** A list has at least this many names. */
const MIN_LIST = 3;
// Articles that may open a listed name after its joiner (es, fr): "Punta Arenas, Puerto Natales y
// la Antártica Chilena", "Racsa, el Ministerio de Ciencia y Tecnología, el Instituto …".
const LIST_ARTICLES = new Set(['el', 'la', 'los', 'las', 'le', 'les', "l'", 'l’']);

/** Whether the words between two names join them in a list: a joiner, then an article or none. */
function joined(gap: readonly string[]): boolean {
  const [joiner, article, ...rest] = gap.map((w) => w.toLowerCase());
  if (joiner === undefined || !JOINERS.has(joiner) || rest.length) return false;
  return article === undefined || LIST_ARTICLES.has(article);
}

/**
 * Names listed together are of one kind: "Chanel, Lanvin, Mainbocher, Molyneux et Patou" are
 * designers, "Moldava, Bazias, Kovi, Pancevo et Semlin" towns. In a list of three or more
 * names joined by commas or "and/et/y", a person among places or organisations, or a place or
 * organisation among persons, takes the type most of the list has (a strict majority). So does an
 * organisation of one word the KB does not know at all among places ("Aragón, Andalucía y
 * Castilla" the regions); a place among organisations is left alone (a city and its club, a
 * country and its government both stand), and so is any name the KB knows with its type
 * (`known`). A joiner may be followed by an article
 * ("Racsa, el Ministerio de Ciencia y Tecnología, el Instituto Meteorológico Nacional").
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
      joined(words.slice((out[j - 1] as TokenSpan).end, (out[j] as TokenSpan).start))
    ) {
      j++;
    }
    const list = out.slice(i, j);
    if (afterPlaceKinds(words, (out[i] as TokenSpan).start)) placesOfKind(words, list, known);
    else if (j - i >= MIN_LIST) {
      align(words, list, known);
      hyphenedPlacesAmongBodies(words, list, known);
    }
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
    if (s.type === type) continue;
    const k = known(words.slice(s.start, s.end));
    if (k === s.type) continue;
    // An organisation among places: only a name of one word the KB does not know ("Andalucía",
    // "Radkersburg"); a longer one has its own evidence ("Agence Havas", "Loescher & Co.", "Musée
    // pédagogique" in an address). A place among organisations stays (a city and its club).
    if (type !== 'PER' && s.type !== 'PER' && (k || s.type !== 'ORG' || s.end - s.start > 1)) {
      continue;
    }
    s.type = type;
  }
}

// A name of capitalised words joined by hyphens: "Paris-Dauphine", "Paris - Saclay".
const HYPHENED = /^\p{Lu}[\p{L}\p{M}]*(?:\s*[-‐]\s*\p{Lu}[\p{L}\p{M}]*)+$/u;

/**
 * A place the KB does not know, named by a hyphened compound, in a list most of whose other names
 * are organisations ("ESPCI Paris, Institut Curie, Observatoire de Paris, Paris-Dauphine"): a body
 * named after its town and what sets it apart (a university: "Paris-Dauphine", "Paris-Saclay"),
 * not a place; a town so named is known ("Saint-Denis", "Aulnay-sous-Bois").
 */
function hyphenedPlacesAmongBodies(
  words: readonly string[],
  list: TokenSpan[],
  known: (words: readonly string[]) => EntityType | undefined,
): void {
  const bodies = list.filter((s) => s.type === 'ORG').length;
  for (const s of list) {
    if (s.type !== 'LOC' || bodies * 2 <= list.length - 1) continue;
    const name = words.slice(s.start, s.end);
    if (HYPHENED.test(name.join(' ')) && !known(name)) s.type = 'ORG';
  }
}

// Plural nouns of places' kinds, Spanish and French, that a list of their names follows ("los
// ríos Ariari, Guayabero y Guaviare", "les villes Lyon, Nantes et Lille", "países como Chile,
// Perú y Bolivia").
const PLACE_KINDS = new Set(
  (
    'ríos lagos volcanes islas cerros ciudades países provincias departamentos municipios ' +
    'regiones localidades pueblos comunas fleuves rivières lacs îles villes pays provinces ' +
    'départements communes régions villages'
  ).split(' '),
);
// What may stand between the noun and the list: "como", "comme", "tales como", "telles que".
const KIND_LINKS = new Set(['como', 'comme', 'que']);

const INITIAL_CAPITAL = /^\p{Lu}/u;

/**
 * Whether the list starting at token `start` follows a plural noun of places' kind, right before
 * it, or with its own place between it and "como"/"comme" ("otras ciudades de la Florida como
 * Jacksonville"). One or two names so placed are places too.
 */
function afterPlaceKinds(words: readonly string[], start: number): boolean {
  let k = start - 1;
  const linked = k >= 0 && KIND_LINKS.has(words[k] as string);
  while (k >= 0 && KIND_LINKS.has(words[k] as string)) k--;
  if (k >= 0 && PLACE_KINDS.has(words[k] as string)) return true;
  // "ciudades de la Florida como Jacksonville": the kind's own place between it and "como".
  if (!linked) return false;
  let m = k;
  while (m >= 0 && INITIAL_CAPITAL.test(words[m] as string)) m--;
  if (m === k) return false;
  if (m >= 0 && COMPLEMENT_ARTICLES.has(words[m] as string)) m--;
  return (
    m >= 1 && COMPLEMENT_LINKS.has(words[m] as string) && PLACE_KINDS.has(words[m - 1] as string)
  );
}
const COMPLEMENT_LINKS = new Set(['de', 'del', 'du', 'des', "d'", 'd’']);
const COMPLEMENT_ARTICLES = new Set(['la', 'el', 'los', 'las', 'le', 'les', "l'", 'l’']);

/**
 * A list after a plural noun of places' kind names places of that kind, whatever most of it was
 * read as ("los ríos Ariari, Guayabero y Guaviare" read as persons): its persons become places;
 * organisations (a country acting, a club) and names the KB knows with their type stay.
 */
function placesOfKind(
  words: readonly string[],
  list: TokenSpan[],
  known: (words: readonly string[]) => EntityType | undefined,
): void {
  for (const s of list) {
    if (s.type !== 'PER' || known(words.slice(s.start, s.end)) === 'PER') continue;
    s.type = 'LOC';
  }
}
