import { deterministicEntityId } from '../kb/canonical-id';
import type { KbEntry } from '../kb/kb-entry';
import { lookupName } from '../kb/lookup';
import { foldName, nameWords } from './fold-name';

/** The 50 states of the United States. */
export const STATES = [
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Florida',
  'Georgia',
  'Hawaii',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'Washington',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
];
// The AP's abbreviations of the states ("Athens, Ga.").
/** The AP abbreviations of the states, without their full stop. */
export const ABBREVIATIONS = [
  'Ala',
  'Ariz',
  'Ark',
  'Calif',
  'Colo',
  'Conn',
  'Del',
  'Fla',
  'Ga',
  'Ill',
  'Ind',
  'Kan',
  'Ky',
  'La',
  'Md',
  'Mass',
  'Mich',
  'Minn',
  'Miss',
  'Mo',
  'Mont',
  'Neb',
  'Nev',
  'N\\.H',
  'N\\.J',
  'N\\.M',
  'N\\.Y',
  'N\\.C',
  'N\\.D',
  'Okla',
  'Ore',
  'Pa',
  'R\\.I',
  'S\\.C',
  'S\\.D',
  'Tenn',
  'Tex',
  'Vt',
  'Va',
  'Wash',
  'W\\.Va',
  'Wis',
  'Wyo',
];

/**
 * The KB ids of the US-state sense of names the KB gives to another referent by default: the
 * country Georgia, the capital Washington. Only the text's context picks them.
 */
const STATE_SENSE = new Map([
  ['georgia', 'loc:Q1428'],
  ['georgie', 'loc:Q1428'],
  ['washington', 'loc:Q1223'],
]);
// "Washington Republicans" are in the capital as often as in the state: party cues are not
// evidence for it.
const PARTY_CUES_MISLEAD = new Set(['washington']);

// States that name nothing else, as partners in "Georgia and Alabama", "Florida, Georgia".
const PLAIN_STATES = STATES.filter((s) => !STATE_SENSE.has(foldName(s))).join('|');
const BEFORE_STATE = new RegExp(
  `(?:(?<![\\p{L}])(?:state|State|estado|État|état|gouverneur|gobernador|gobernadora) (?:of|de) |(?:${PLAIN_STATES})\\s*(?:,|and|or|&|y|et)\\s*)$`,
  'u',
);
// What follows the state's name: its officials, parties, institutions, or another state.
const AFTER_STATE = new RegExp(
  `^(?:['’]s)?\\s+(?:Gov\\.|Governor|Lt\\. Gov\\.|Sen\\.|Senator|Rep\\.|state (?:senator|representative|law|officials|lawmakers|legislature|election)|Legislature|General Assembly|county|counties|Secretary of State|Attorney General)(?![\\p{L}])|^\\s*(?:,|and|or|&)\\s*(?:${PLAIN_STATES})(?![\\p{L}])`,
  'u',
);
const AFTER_STATE_PARTY =
  /^(?:['’]s)?\s+(?:Republicans?|Democrats?|Democratic Party|Republican Party|lawmakers|voters|primary|Bulldogs)(?![\p{L}])/u;
// A place then a state: "Athens, Georgia", "Paris, Texas", "Rome, Ga.".
// The states that are also a country or a capital count only when punctuation follows them
// ("In Moscow, Washington was blamed" is the capital).
const CITY_OF_STATE = new RegExp(
  `^,\\s*(?:(?:${PLAIN_STATES})(?![\\p{L}])|(?:${STATES.filter((st) => STATE_SENSE.has(foldName(st))).join('|')})\\s*[,.;:)]|(?:${ABBREVIATIONS.join('|')})\\.)`,
  'u',
);

interface Span {
  start: number;
  end: number;
}

/** Whether a mention's words around it say it is the US state ("Georgia Gov. Brian Kemp"). */
export function saysUsState(text: string, m: Span, partyCues = true): boolean {
  const after = text.slice(m.end, m.end + 40);
  return (
    BEFORE_STATE.test(text.slice(Math.max(0, m.start - 30), m.start)) ||
    AFTER_STATE.test(after) ||
    (partyCues && AFTER_STATE_PARTY.test(after))
  );
}

// "Pramila Jayapal of Washington": a person, "of", the name. "of Washington, D.C." is the capital.
const OF_BEFORE = / of $/u;
const DC_AFTER = /^,? ?D\.? ?C\b/u;

/**
 * Whether a person's name and "of" stand right before the mention, as the press names a member
 * of Congress by their state ("Pramila Jayapal of Washington and Mark Pocan of Wisconsin").
 * `personEnds` holds where the document's persons' mentions end.
 */
function statesPerson(text: string, m: Span, personEnds: ReadonlySet<number>): boolean {
  if (!OF_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) return false;
  return personEnds.has(m.start - 4) && !DC_AFTER.test(text.slice(m.end, m.end + 6));
}

/** The names whose KB default is a capital: the state sense holds only where a mention says it. */
const CAPITAL_BY_DEFAULT = new Set(['washington']);

/**
 * The mentions of a place that name a person's US state ("Pramila Jayapal of Washington") where
 * the place's other mentions are a capital the KB names by default ("In Washington, centrist
 * Democrats..."): the news writes bare "Washington" for the capital, and the two were one card.
 * Empty unless some, not all, mentions do so and no other mention says the state (then
 * usPlaceId reads every mention as the state, as before). Only for a name whose KB default is a
 * capital: "Zourabichvili of Georgia" is the country's president.
 */
export function personsStateMentions<M extends Span>(
  name: string,
  mentions: readonly M[],
  text: string,
  personEnds: ReadonlySet<number>,
): M[] {
  const key = nameWords(foldName(name)).join(' ');
  if (!CAPITAL_BY_DEFAULT.has(key)) return [];
  const state = mentions.filter((m) => statesPerson(text, m, personEnds));
  if (state.length === 0 || state.length === mentions.length) return [];
  const party = !PARTY_CUES_MISLEAD.has(key);
  const rest = mentions.filter((m) => !state.includes(m));
  return rest.some((m) => saysUsState(text, m, party) || afterUsTown(text, m, name)) ? [] : state;
}

/** Whether a place mention is followed by a US state ("Athens, Georgia"): a US town. */
export function saysUsTown(text: string, m: Span): boolean {
  return CITY_OF_STATE.test(text.slice(m.end, m.end + 20));
}

// "Athens, Georgia," / "Seattle, Washington.": a town, a comma, the name, then punctuation.
const TOWN_BEFORE = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)?),\s*$/u;

/**
 * Whether the name follows a town and a comma as a state does ("Athens, Georgia,"), the town
 * being none the KB places in the country of that name ("Tbilisi, Georgia" is the country).
 */
function afterUsTown(text: string, m: Span, name: string): boolean {
  if (!/^(?:[,.;:)\n]|$)/u.test(text.slice(m.end, m.end + 1))) return false;
  const town = TOWN_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
  if (!town) return false;
  const known = lookupName(town);
  return !known || (known.type === 'LOC' && !(known.desc?.en ?? '').includes(name));
}

/**
 * The id a place takes where the text says it is in the United States, or undefined to keep the
 * KB's: the state where the KB's plain name is a country or a capital ("Georgia Gov. Brian
 * Kemp", "voters in Georgia and Alabama"; "Pramila Jayapal of Washington" by the document's
 * persons' mention ends, `personEnds`, not for a country's name: "Salome Zourabichvili of
 * Georgia" is its president), a town's own key where the KB knows a place abroad
 * ("Athens, Georgia" is not Athens, Greece).
 */
export function usPlaceId(
  name: string,
  mentions: readonly Span[],
  text: string,
  entry: KbEntry | undefined,
  personEnds?: ReadonlySet<number>,
): string | undefined {
  const key = nameWords(foldName(name)).join(' ');
  const state = STATE_SENSE.get(key);
  const party = !PARTY_CUES_MISLEAD.has(key);
  if (
    state &&
    mentions.some(
      (m) =>
        saysUsState(text, m, party) ||
        afterUsTown(text, m, name) ||
        (personEnds !== undefined &&
          CAPITAL_BY_DEFAULT.has(key) &&
          statesPerson(text, m, personEnds)),
    )
  ) {
    return state;
  }
  if (!entry || entry.type !== 'LOC' || /United States/.test(entry.desc?.en ?? '')) {
    return undefined;
  }
  return mentions.some((m) => saysUsTown(text, m)) ? deterministicEntityId('LOC', name) : undefined;
}
