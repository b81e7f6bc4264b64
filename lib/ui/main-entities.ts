import type { EntitySummary } from '../messaging/protocol';

/**
 * How many cards of each type open by themselves: the two main people, the main organisation,
 * the two main places. Shown in this order: who acts first (people and an organisation, the more
 * the article is about one the earlier), then where.
 */
export const MAIN_CARDS: Readonly<Record<EntitySummary['type'], number>> = {
  PER: 2,
  ORG: 1,
  LOC: 2,
};

/**
 * An entity's card opens by itself only when it is at least this share as much what the article
 * is about as its main entity: a name met once in a long article ("ONU" in the tenth paragraph
 * of a piece on a state visit) is a chip, not a card.
 */
export const MAIN_SHARE = 0.5;

/**
 * The share of a city's weight its country takes: news names a state by its capital ("Pyongyang
 * fournit des armes", "Moscow said"), so an article saying "Pyongyang" five times is about North
 * Korea as well as about the city.
 */
export const CITY_SHARE = 0.5;

/** The KB id of the country a place is in (lib/kb KbEntry.country), when the KB knows it. */
export type CountryOf = (entityId: string) => string | undefined;

/**
 * How much the article is about each of its entities: its salience (the title's mentions weigh
 * 3, the lead's 2, the others 1: lib/entities/merge-mentions.ts), plus, for a country, a share of
 * the salience of its cities named in the article (CITY_SHARE).
 */
export function aboutness(
  entities: readonly EntitySummary[],
  countryOf: CountryOf,
): Map<string, number> {
  const score = new Map(entities.map((e) => [e.id, e.salience]));
  for (const e of entities) {
    if (e.type !== 'LOC') continue;
    const country = countryOf(e.id);
    const own = country !== undefined && country !== e.id ? score.get(country) : undefined;
    if (own !== undefined) score.set(country!, own + CITY_SHARE * e.salience);
  }
  return score;
}

/** An id the knowledge base confirms: a Wikidata QID ("per:Q7747"), not a spelling's key. */
const confirmed = (id: string) => /:Q\d+$/.test(id);

/**
 * The entities whose background cards open with the article (the reader's own picks aside):
 * what it is about, the main actors first. Each has a salience of at least MAIN_SHARE of the
 * highest (its own mentions: a capital lifts its country's rank, not a country named once over
 * the bar); at most MAIN_CARDS of each type; the actors (people, organisations), then the
 * places, each by aboutness, then a KB-confirmed entity first, then by the article's order.
 */
export function mainEntityIds(
  entities: readonly EntitySummary[],
  countryOf: CountryOf = () => undefined,
): string[] {
  const score = aboutness(entities, countryOf);
  const top = Math.max(0, ...entities.map((e) => e.salience));
  const left = { ...MAIN_CARDS };
  const ranked = entities
    .map((e, i) => ({ e, i, s: score.get(e.id) ?? 0 }))
    .filter(({ e }) => top > 0 && e.salience >= MAIN_SHARE * top)
    .sort((a, b) => b.s - a.s || Number(confirmed(b.e.id)) - Number(confirmed(a.e.id)) || a.i - b.i)
    .filter(({ e }) => left[e.type]-- > 0);
  const place = (e: EntitySummary) => Number(e.type === 'LOC');
  // A stable sort: each group keeps its rank.
  return ranked.sort((a, b) => place(a.e) - place(b.e)).map(({ e }) => e.id);
}
