import { canonicalEntity } from '../kb/canonical-id';
import type { KbEntry } from '../kb/kb-entry';
import { hasName, lookupName } from '../kb/lookup';
import { nameKey, strictNameKey } from '../kb/name-key';
import { isDictionaryNounDe } from './common-words';
import { foldName, nameWords } from './fold-name';
import { articleFullName } from './french-media';
import { getGazetteer } from './gazetteer';
import { normalizeKey } from './gazetteer-key';
import { adjectiveCountryAfter, nationalName } from './nationality';
import type { Mention } from './find-mentions';
import { type EntityType, TYPES } from './tags';
import { personsStateMentions, usPlaceId } from './us-places';

/** A mention as the analyze output lists it. */
export interface MentionSpan {
  start: number;
  end: number;
  text: string;
}

/** One entity of an article: its mentions merged, with a salience in (0, 1]. */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  salience: number;
  mentions: MentionSpan[];
  /** The tagger's best margin over its mentions (confidence evidence), when it tagged one. */
  margin?: number;
  /**
   * Confidence evidence, dropped once the confidence is set (withConfidence): the share of its
   * mentions the tagger gave the entity's type (the KB or the vote overruled it on the rest), its
   * mentions' least edge margin (spanEdge), and the share with a capitalised word beside them.
   */
  typeShare?: number;
  edge?: number;
  capNeighbour?: number;
  /**
   * Confidence evidence too: the tagger's score for the entity's type less its best other type's,
   * the mean over its mentions (negative where it would rather read another type).
   */
  typeMargin?: number;
  /**
   * Confidence evidence too: the type the tagger gave most of the mentions it read as another
   * type than the entity's (a KB organisation the tagger reads as a place: the White House).
   */
  otherTagged?: EntityType;
  /** How sure the recogniser is that this is a name of its type, in [0, 1] (confidence.ts). */
  confidence?: number;
  /** Confident enough for cards, chips and underlines; the rest stay searchable. */
  shown?: boolean;
}

/** Weight of a mention in the title, the lead paragraph, and elsewhere. */
export const WEIGHTS = { title: 3, lead: 2, body: 1 } as const;

/**
 * The lower-case words that link the capitalised words of a name or a phrase: skipped when
 * reading an acronym off its expansion, and by the confidence's Title Case check.
 */
export const CONNECTORS: ReadonlySet<string> = new Set(
  'of the and for de du des la le l d et pour y del los las el für der die das und von zur zum'.split(
    ' ',
  ),
);

// The KB entry a mention names (lib/kb: curated aliases, countries, cities, leaders), or the one
// its full name names (`full`: a French paper's name with the article the text writes before it).
// In the text's language: English "Mexico" is the country, French "Mexico" the capital; without
// it, an English page's "Mexico" joined its "Mexico City".
function kbEntryOf(m: Mention, lang: string | undefined, full?: string): KbEntry | undefined {
  return (
    lookupName(m.text, m.type, lang) ??
    (full !== undefined ? lookupName(full, m.type, lang) : undefined)
  );
}

interface Group {
  type: EntityType;
  mentions: Mention[];
  words: Set<string>;
  multiWord: boolean;
  initials: Set<string>;
  score: number;
  name: string;
  nameWords: number;
  /** The document also has a spelling that the key would confuse with this one (Chen/Shen). */
  toldApart?: boolean;
  /**
   * Its name without the place that qualifies it ("conservative party" of "Conservative Party
   * of Canada", placeQualified), folded words joined by spaces: a mention of that shorter name
   * in the document is this one, whatever the KB calls the shorter name.
   */
  base?: string;
  /**
   * The KB name of a party named with its own country's adjective ("Parti travailliste
   * britannique": "Parti travailliste"), nationalParty: the id is the KB's for that name.
   */
  kbName?: string;
  /** The group this one was joined to after the mentions were read (joinNicknamedPersons). */
  joinedTo?: Group;
  /** It took an acronym in brackets that spells no initials of its name (bracketedAcronym). */
  bracketJoined?: boolean;
}

// The words that put a place after a party's name: "Conservative Party of Canada", "Democratic
// Party of Japan", "Parti socialiste du Sénégal".
const PLACE_LINKS = new Set(['of', 'de', 'du', 'del', 'della', 'di', 'von', 'des']);
// A party's word, folded: only parties. A firm's or a bank's name with a place is often another
// company than the one without it ("Standard Oil Company of New York", "General Motors of Canada").
const PARTY_WORDS = new Set(['party', 'parti', 'partido', 'partei', 'partito', 'labour']);

const INITIAL_CAPITAL = /^\p{Lu}/u;

/**
 * The name without its place when a party's name (PARTY_WORDS) is a name of two words or more,
 * a link word and a place the KB or the gazetteer knows ("Conservative Party of Canada" gives
 * "conservative party"; "Standard Oil Company of New York", "United Nations Security Council"
 * give nothing): the text names the party of that country, and "the Conservative Party" further
 * on is the same one, not the party the KB knows by that name (the UK's).
 */
function placeQualified(text: string, words: readonly string[], type: EntityType): string | null {
  if (type !== 'ORG') return null;
  for (let i = words.length - 2; i >= 2; i--) {
    if (!PLACE_LINKS.has(words[i] as string)) continue;
    const base = words.slice(0, i);
    if (!base.some((w) => PARTY_WORDS.has(w))) return null;
    const rest = text
      .split(/\s+/u)
      .slice(i + 1)
      .join(' ');
    const place =
      lookupName(rest, 'LOC')?.type === 'LOC' || getGazetteer().get(normalizeKey(rest)) === 'LOC';
    // A party's name that other countries' parties bear, then a capitalised qualifier
    // ("Partido Demócrata de Corea"): that country's party, whether the KB knows the place or not.
    const party = GENERIC_PARTY_NAMES.has(base.join(' ')) && INITIAL_CAPITAL.test(rest);
    return (place || party) && text.split(/\s+/u).length === words.length ? base.join(' ') : null;
  }
  return null;
}

function initialsOf(words: string[]): string[] {
  const content = words.filter((w) => !CONNECTORS.has(w));
  return [words, content].filter((ws) => ws.length > 1).map((ws) => ws.map((w) => w[0]).join(''));
}

// A headline's "PYONGYANG" yields its name to the body's "Pyongyang".
function isAllCaps(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

const ACRONYM_LIKE = /^\p{Lu}[\p{Lu}.&-]{1,7}$/u;

function isAcronym(text: string): boolean {
  return ACRONYM_LIKE.test(text);
}

/** The groups built so far, indexed for the lookups below. */
interface Index {
  /** The text's language (undefined when we do not read it): the KB's names are read in it. */
  lang: string | undefined;
  /**
   * By type and transliteration key, then by strict key: "Zelensky" and "Zelenskyy" are one
   * person, but "Chen Wei" and "Shen Wei" in one document are two.
   */
  byName: Map<string, Map<string, Group>>;
  /** By KB entry: "RPDC" and "Corée du Nord", "OTAN" and "NATO". */
  byKb: Map<string, Group>;
  /** Multi-word people by each of their words. */
  peopleByWord: Map<string, Group[]>;
  /** Organisations and places by the initials of their name. */
  byInitials: Map<string, Group>;
  /**
   * Spanish and French: persons of three words or more by their initials, null where two persons
   * share them (personByInitials).
   */
  personInitials: Map<string, Group | null>;
  /**
   * The acronyms personByInitials gave a person ("PPK"): no evidence of the person's type or
   * edges, wherever they stand.
   */
  initialTexts: Set<string>;
  /** Organisations qualified by a place, by their name without it (Group.base). */
  byBase: Map<string, Group[]>;
  /** Organisations by the end of each of their mentions (bracketedAcronym). */
  orgByEnd: Map<number, Group>;
}

// Lower-case particles of persons' names besides CONNECTORS ("Ludwig van Beethoven", "Luiz da
// Silva", "Mohammed bin Salman", "Mustafa al-Kadhimi" is one word).
const NAME_PARTICLES_LOWER = new Set(
  'van da di do dos das bin ibn al ben ter ten den zu af e i'.split(' '),
);

const LOWER_CASE_WORD = /^\p{Ll}+$/u;

/**
 * Whether a person's name holds a lower-case word that is no particle nor connector ("Kadewere
 * décale Dubois"): the tagger ran a sentence's verb into the name. Not, in old print, the rest of
 * a word broken at a line's end ("Fran¬ ziska Longo"), a genitive's "s" split from its apostrophe
 * ("Urban ' s VI"), nor "v" before its dot ("Moriz Ritter v . Dobler", "von" cut short): the name
 * is clean.
 */
function runOnName(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.some(
    (w, i) =>
      LOWER_CASE_WORD.test(w) &&
      !CONNECTORS.has(w) &&
      !NAME_PARTICLES_LOWER.has(w) &&
      !(words[i - 1] ?? '').endsWith('¬') &&
      !(w === 's' && /^['’]$/u.test(words[i - 1] ?? '')) &&
      !(w === 'v' && words[i + 1] === '.'),
  );
}

/** Finds the group a mention belongs to, by name, alias, name parts or acronym. */
function findGroup(
  index: Index,
  m: Mention,
  words: string[],
  full?: string,
  text?: string,
): Group | undefined {
  const kb = kbEntryOf(m, index.lang, full)?.id;
  const spellings = index.byName.get(`${m.type}:${nameKey(m.text)}`);
  const exact =
    spellings?.get(strictNameKey(m.text)) ?? (kb !== undefined ? index.byKb.get(kb) : undefined);
  if (exact) return exact;
  if (spellings?.size) {
    // Same key, another spelling of a guarded word: the document tells them apart.
    for (const g of spellings.values()) g.toldApart = true;
    return undefined;
  }
  if (!words.length) return undefined;
  // "the Conservative Party" after "the Conservative Party of Canada": that one, if only one.
  const qualified = index.byBase.get(words.join(' '))?.filter((g) => g.type === m.type);
  if (qualified?.length === 1) return qualified[0];
  if (qualified?.length) return undefined;
  // "Poutine" after "Vladimir Poutine", "Kim" after "Kim Jong Un": a part of a name joins the
  // one person whose name has every word; with two such people ("Kim Jong Un", "Kim Il Sung")
  // the part is ambiguous and stays apart. Word overlap with two candidates is no evidence.
  if (m.type === 'PER' || words.length === 1) {
    const fits = new Set(
      (index.peopleByWord.get(words[0] as string) ?? []).filter((g) =>
        words.every((w) => g.words.has(w)),
      ),
    );
    if (fits.size === 1) return [...fits][0];
    // "Dubois" with "Léo Dubois" and the tagger's run-on "Kadewere décale Dubois": a name that
    // holds a lower-case word other than a particle is no second person; the one clean name takes
    // the part.
    const clean = [...fits].filter((g) => !runOnName(g.name));
    if (fits.size > 1 && clean.length === 1) return clean[0];
    if (fits.size > 1) return text !== undefined ? headingCopyOf(fits, m, words, text) : undefined;
  }
  if (!isAcronym(m.text)) return undefined;
  return (
    index.byInitials.get(words.join('')) ??
    personByInitials(index, m, words) ??
    (text !== undefined ? bracketedAcronym(index, m, text) : undefined)
  );
}

const OPEN_BRACKET_BEFORE = / ?\( ?$/u;
const CLOSE_BRACKET_AFTER = /^ ?\)/u;
// A stock exchange's code and a colon before a ticker in brackets: "Apple (NASDAQ:AAPL)",
// "Exxon Mobil (NYSE: XOM)", "LVMH (EPA: MC)". The bracket then holds a listed firm's ticker,
// never an airport's code.
const EXCHANGE_BEFORE =
  / ?\( ?(?:NASDAQ|Nasdaq|NYSE(?: American| Arca)?|AMEX|OTC(?:QX|QB)?|TSXV?|ASX|LSE|LON|EPA|ETR|FRA|AMS|BME|BIT|SIX|HKEX|HKG|TYO|NSE|BSE|SGX|KRX|JSE|BMV|TASE) ?: ?$/u;

// An airport's name, whose bracket holds its code, of whatever letters: "Aeropuerto Internacional
// de Miami (MIA)", "aéroport Roissy-Charles-de-Gaulle (CDG)", "Heathrow Airport (LHR)".
const AIRPORT_HEAD = /^(?:aeropuerto|a[ée]roport)\b|\bairport$/iu;

/**
 * An organisation's acronym or stock ticker in brackets right after its name, opening with the
 * name's first letter but not spelling its initials: "la Unión Industrial (UIA)", "Dirección
 * General de Registro de Propiedad Industrial (DIGERPI)", "LVMH (LVMHF)", "Apple (AAPL)". The
 * press writes the bracket to say the two are one; read apart, the ticker was a second card. The
 * name before is of two words or more, itself an acronym, or a body the KB knows as one ("Apple"):
 * after another word, the bracket holds a city's airport code as often ("Bangalore (BLR)"); and a
 * name cut short ("la Liga Argentina por los [Derechos Humanos] (LADH)") does not open with the
 * acronym's letter (an airport's name aside: AIRPORT_HEAD). After a stock exchange's code
 * ("Apple (NASDAQ:AAPL)", "Alphabet (NASDAQ: GOOGL)") the bracket holds the body's ticker
 * whatever its letters.
 */
function bracketedAcronym(index: Index, m: Mention, text: string): Group | undefined {
  if (m.type !== 'ORG' || !CLOSE_BRACKET_AFTER.test(text.slice(m.end, m.end + 2))) return undefined;
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  const exchange = EXCHANGE_BEFORE.exec(before);
  const open = exchange ?? OPEN_BRACKET_BEFORE.exec(before.slice(-3));
  if (!open) return undefined;
  const g = index.orgByEnd.get(m.start - open[0].length);
  if (g?.type !== 'ORG') return undefined;
  if (
    !exchange &&
    !(g.multiWord || isAcronym(g.name) || lookupName(g.name, 'ORG', index.lang)?.type === 'ORG')
  ) {
    return undefined;
  }
  if (!exchange && foldName(g.name)[0] !== foldName(m.text)[0] && !AIRPORT_HEAD.test(g.name)) {
    return undefined;
  }
  g.bracketJoined = true;
  return g;
}

// Persons' initials as the press writes them: three capitals or more, no dots ("PPK", "AMLO").
export const PERSON_INITIALS = /^\p{Lu}{3,5}$/u;

/**
 * Spanish and French: the one person of the document whose name of three words or more the
 * acronym spells, word by word ("PPK" after "Pedro Pablo Kuczynski", "AMLO" after "Andrés Manuel
 * López Obrador"): the press names leaders by their initials, and the tagger reads them as an
 * organisation. Not an acronym the KB knows, nor one two persons share.
 */
function personByInitials(index: Index, m: Mention, words: readonly string[]): Group | undefined {
  if (!PERSON_INITIALS.test(m.text) || kbEntryOf(m, index.lang)) return undefined;
  const g = index.personInitials.get(words.join('')) ?? undefined;
  if (g) index.initialTexts.add(m.text);
  return g;
}

/**
 * The key personByInitials reads: the initials of a name's words, link words aside ("de", "del"),
 * for a name of three to five such words.
 */
export function personInitialsKey(words: readonly string[]): string | null {
  const content = words.filter((w) => !CONNECTORS.has(w));
  return content.length >= 3 && content.length <= 5 ? content.map((w) => w[0]).join('') : null;
}

/**
 * The one person a heading in capitals copies with the words before the surname: "“EL CHAPO”
 * GUZMÁN" is "Joaquín “El Chapo” Guzmán", not "Joaquín Guzmán Loera", though "Guzmán" fits both.
 * The words in capitals before it on its line, the nearest first, with it: the longest such run
 * of two words or more that stands, in that order, in a candidate's name must stand in exactly
 * one. Two people who share the surname and no such words stay apart.
 */
function headingCopyOf(
  fits: Set<Group>,
  m: Mention,
  words: readonly string[],
  text: string,
): Group | undefined {
  if (!isAllCaps(m.text)) return undefined;
  const line = text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start).split(/\s+/u);
  const before: string[] = [];
  for (let i = line.length - 1; i >= 0 && before.length < 6; i--) {
    const w = line[i] as string;
    if (w === '') continue;
    if (!isAllCaps(w)) break;
    before.unshift(w);
  }
  const run = nameWords(foldName([...before, m.text].join(' ')));
  const names = [...fits].map((g) => ({ g, key: ` ${nameWords(foldName(g.name)).join(' ')} ` }));
  for (let k = run.length; k > words.length && k >= 2; k--) {
    const key = ` ${run.slice(-k).join(' ')} `;
    const copied = names.filter((n) => n.key.includes(key));
    if (copied.length) return copied.length === 1 ? copied[0]?.g : undefined;
  }
  return undefined;
}

/**
 * The name an organisation's card takes when the long name the page writes is none the KB knows
 * for the entry its acronym gave ("l'Organisation de coopération économique (OCDE)", the page's
 * own short form of the OECD's name, joined by bracketedAcronym): the acronym as written, the one
 * name of the card both page and KB agree on. Undefined where the name is the KB's, no acronym of
 * the page is, or the acronym spells the name's initials; not in German, which declines names
 * ("des Internationalen Währungsfonds (IWF)"): germanCardNames names those cards.
 */
function knownAcronymName(g: Group, id: string, lang: string | undefined): string | undefined {
  if (!g.bracketJoined || g.type !== 'ORG' || !g.multiWord || lang === 'de') return undefined;
  if (hasName(id, g.name)) return undefined;
  // A name whose words' initials spell the acronym, in order, some words skipped, is the body's
  // full name in the page's spelling ("Organisation for Security and Cooperation in Europe
  // (OSCE)", the KB's "Organization ... Co-operation ..."), not a cut one.
  const initials = nameWords(foldName(g.name))
    .map((w) => w[0])
    .join('');
  return g.mentions.find(
    (m) =>
      isAcronym(m.text) &&
      !inOrder(nameWords(foldName(m.text)).join(''), initials) &&
      hasName(id, m.text),
  )?.text;
}

/** Whether the letters of `short` stand in `long` in the same order ("osce" in "ofsacie"). */
function inOrder(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** One group takes another's mentions and score, and its name when that has more words. */
function absorb(into: Group, from: Group): void {
  into.mentions.push(...from.mentions);
  into.score += from.score;
  if (from.nameWords > into.nameWords) {
    into.name = from.name;
    into.nameWords = from.nameWords;
  }
}

// A nickname in quotes inside a person's name: "Joaquín “El Chapo” Guzmán", "Juan Antonio
// “Tony” Hernández".
const QUOTED_NICKNAME = /[“"«‘„‚][^“”"«»‘’„‚]{1,40}[”"»’“‘]/gu;

/**
 * A person named with a nickname in quotes is the one other person whose name holds every other
 * word of it ("Joaquín “El Chapo” Guzmán" and "Joaquín Guzmán Loera"), as a part of a name joins
 * the one person whose name has every word (findGroup): the nickname is no word of the name the
 * other mentions could share. Two such people ("Juan Orlando Hernández" for "Juan “Tony”
 * Hernández") and it stays apart; "Juan Antonio “Tony” Hernández" is not "Juan Orlando Hernández".
 * The group with more mentions keeps the other's; the longer name is the entity's.
 */
function joinNicknamedPersons(groups: Group[]): void {
  for (const a of [...groups]) {
    if (a.type !== 'PER' || !groups.includes(a)) continue;
    const core = a.name.replace(QUOTED_NICKNAME, ' ');
    if (core === a.name) continue;
    const words = nameWords(foldName(core));
    if (words.length < 2) continue;
    const fits = groups.filter(
      (g) => g !== a && g.type === 'PER' && g.multiWord && words.every((w) => g.words.has(w)),
    );
    if (fits.length !== 1) continue;
    const b = fits[0] as Group;
    absorb(b, a);
    for (const w of a.words) b.words.add(w);
    a.joinedTo = b;
    groups.splice(groups.indexOf(a), 1);
  }
}

// Names that parties of several countries bear, folded: the US Democratic Party's (South Korea,
// Italy and Japan have a "Democratic Party"), the UK's Conservative and Labour parties' (Canada's,
// Norway's, Ireland's). A KB party of such a name is its own country's (KbEntry.country, written
// by build:kb from news-orgs.ts) only where the text names no other. "Tories", "UK Labour Party"
// and "Conservative and Unionist Party" say their country.
const GENERIC_PARTY_NAMES = new Set([
  'democratic party',
  'parti democrate',
  'partido democrata',
  'demokratische partei',
  'partito democratico',
  'conservative party',
  'parti conservateur',
  'partido conservador',
  'partito conservatore',
  'labour',
  'labour party',
  'parti travailliste',
  'partido laborista',
  'partito laburista',
]);

// More such parties (fr22), kept apart from GENERIC_PARTY_NAMES, which placeQualified also reads
// ("Parti socialiste de <a person>" is one span often): France's Parti socialiste (Belgium's,
// Senegal's), Germany's FDP (Japan's "Parti libéral-démocrate"), the US Republicans, Spain's
// Partido Popular, Turkey's AKP (Morocco's "Parti de la justice et du développement"), Brazil's
// PT (Mexico's, Argentina's "Partido de los Trabajadores").
const MORE_GENERIC_PARTY_NAMES = new Set([
  'parti socialiste',
  'free democratic party',
  'parti liberal democrate',
  'partido democratico libre',
  'freie demokratische partei',
  'republican party',
  'parti republicain',
  'partido republicano',
  'republikanische partei',
  'partido popular',
  'parti populaire',
  'justice and development party',
  'parti de la justice et du developpement',
  'partido de la justicia y el desarrollo',
  'partido de los trabajadores',
  'partido dos trabalhadores',
]);

function isGenericPartyName(text: string): boolean {
  const key = nameWords(foldName(text)).join(' ');
  return GENERIC_PARTY_NAMES.has(key) || MORE_GENERIC_PARTY_NAMES.has(key);
}

// "South Korea's Democratic Party", "Italy's main opposition Democratic Party": a place, its
// possessive, and at most three lower-case words before the name.
const POSSESSOR = /(\p{Lu}[\p{L}.]*(?:[ -]\p{Lu}[\p{L}.]*){0,3})['’]s\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

// "the Labour Party of Norway" where the place was read apart from the name.
const OF_PLACE =
  /^\s+(?:of|de|du|del|des|della|di)\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2})/u;

/**
 * Whether the text gives one of the mentions another country than `country` (an id, "loc:Q30")
 * by a possessive before it ("South Korea's Democratic Party") or a place after it ("the Labour
 * Party of Norway"): that country's party.
 */
function ownedElsewhere(mentions: readonly Mention[], text: string, country: string): boolean {
  const elsewhere = (name: string | undefined) => {
    const place = name ? lookupName(name, 'LOC') : undefined;
    // A city of the party's own country is no other country: "Chicago's Democratic Party".
    return place?.type === 'LOC' && place.id !== country && place.country !== country;
  };
  const otherAdjective = (m: Mention) => {
    const id = adjectiveCountryAfter(text, m.end);
    return id !== undefined && id !== country;
  };
  return mentions.some(
    (m) =>
      elsewhere(POSSESSOR.exec(text.slice(Math.max(0, m.start - 80), m.start))?.[1]) ||
      elsewhere(OF_PLACE.exec(text.slice(m.end, m.end + 60))?.[1]) ||
      otherAdjective(m),
  );
}

/**
 * A party's name that other countries' parties bear, then a nationality adjective in the name
 * ("Parti conservateur canadien", "Partido Laborista noruego"): the name without it, folded, as
 * placeQualified gives it (a later "Parti conservateur" is the Canadian party); or, with the
 * adjective of the KB party's own country ("Parti travailliste britannique"), the KB's name.
 */
function nationalParty(
  text: string,
  type: EntityType,
): { base: string } | { kbName: string } | null {
  if (type !== 'ORG') return null;
  const national = nationalName(text);
  if (!national) return null;
  if (!isGenericPartyName(national.base)) return null;
  const base = nameWords(foldName(national.base)).join(' ');
  const country = lookupName(national.base, 'ORG')?.country;
  return country !== undefined && country === national.country
    ? { kbName: national.base }
    : { base };
}

/**
 * One referent, one type, by a vote over the document: every mention of one name takes the type
 * most of them have, and a name the tagger typed as a place or organisation whose last word is a
 * person of the document ("Tiger Woods" beside "Woods") is that person. Names the KB or the
 * gazetteer types keep their type.
 */
function voteTypes(mentions: readonly Mention[]): Mention[] {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    const key = foldName(m.text);
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
    votes.set(key, v);
  }
  const winner = (key: string): EntityType | undefined => {
    const v = votes.get(key);
    if (!v || v.size < 2) return undefined;
    const [first, second] = [...v].sort((a, b) => b[1] - a[1]);
    return first && second && first[1] > second[1] ? first[0] : undefined;
  };
  return mentions.map((m) => {
    const key = foldName(m.text);
    let type = winner(key) ?? m.type;
    const words = nameWords(key);
    const last = words[words.length - 1];
    if (type !== 'PER' && words.length === 2 && last !== undefined) {
      const v = votes.get(last);
      const person = v?.get('PER') ?? 0;
      if (person > 0 && person >= Math.max(v?.get('LOC') ?? 0, v?.get('ORG') ?? 0)) type = 'PER';
    }
    if (type === m.type || known(m.text)) return m;
    return { ...m, type };
  });
}

function marginOf(mentions: readonly Mention[]): { margin?: number } {
  let best = -Infinity;
  for (const m of mentions) if (m.margin !== undefined && m.margin > best) best = m.margin;
  return best > -Infinity ? { margin: Math.round(best * 100) / 100 } : {};
}

function doubtOf(
  type: EntityType,
  mentions: readonly Mention[],
  tagged: ReadonlyMap<number, EntityType>,
): Pick<Entity, 'typeShare' | 'edge' | 'capNeighbour' | 'typeMargin' | 'otherTagged'> {
  const n = Math.max(1, mentions.length);
  const share = (f: (m: Mention) => boolean) =>
    Math.round((mentions.filter(f).length / n) * 100) / 100;
  const edges = mentions.flatMap((m) => (m.edge === undefined ? [] : [m.edge]));
  const k = TYPES.indexOf(type);
  const typeMargins = mentions.flatMap((m) => {
    const s = m.typeScores;
    if (!s) return [];
    const others = s.filter((_, t) => t !== k);
    return [(s[k] as number) - Math.max(...others)];
  });
  const otherTypes = new Map<EntityType, number>();
  for (const m of mentions) {
    const t = tagged.get(m.start) ?? m.type;
    if (t !== type) otherTypes.set(t, (otherTypes.get(t) ?? 0) + 1);
  }
  const otherTagged = [...otherTypes].sort((a, b) => b[1] - a[1])[0]?.[0];
  return {
    typeShare: share((m) => (tagged.get(m.start) ?? m.type) === type),
    ...(otherTagged ? { otherTagged } : {}),
    ...(edges.length ? { edge: Math.min(...edges) } : {}),
    capNeighbour: share((m) => !!m.capNeighbour),
    ...(typeMargins.length
      ? {
          typeMargin:
            Math.round((typeMargins.reduce((a, b) => a + b, 0) / typeMargins.length) * 100) / 100,
        }
      : {}),
  };
}

function known(name: string): boolean {
  return !!lookupName(name) || getGazetteer().has(normalizeKey(name));
}

/**
 * Merges mentions into entities: same name (up to transliteration), names of one KB entry
 * (OTAN/NATO, RPDC/Corée du Nord), person name parts and acronyms with their expansion. Title
 * mentions only add salience; entities must occur in the text. Ids are canonical (lib/kb):
 * the same across articles and languages. With the body `text` (the mentions' offsets point
 * into it), a place the text puts in the United States takes that sense (us-places.ts).
 */
/**
 * German (de47): a one-word name the KB matches only by its transliteration key ("Pollen" by
 * Poland's "Polen") that German's noun lexicon declines as a common noun is that noun: the key
 * forgives a doubled letter, and capitals say nothing of a German noun.
 */
export function germanNounByKey(
  names: readonly string[],
  id: string,
  lang: string | undefined,
): boolean {
  return (
    lang?.slice(0, 2) === 'de' &&
    names.every((n) => nameWords(foldName(n)).length === 1 && !hasName(id, n)) &&
    names.some((n) => isDictionaryNounDe(n))
  );
}

export function mergeMentions(
  mentions: readonly Mention[],
  titleMentions: readonly Mention[] = [],
  lang?: string,
  text?: string,
): Entity[] {
  const groups: Group[] = [];
  const index: Index = {
    lang,
    byName: new Map(),
    byKb: new Map(),
    peopleByWord: new Map(),
    byInitials: new Map(),
    personInitials: new Map(),
    initialTexts: new Set(),
    byBase: new Map(),
    orgByEnd: new Map(),
  };
  const initialsOfPersons = lang === 'es' || lang === 'fr';
  // The type each mention was found with, before the vote and the KB.
  const tagged = new Map(mentions.map((m) => [m.start, m.type]));
  const prepared = voteTypes(mentions).map((m) => ({ m, words: nameWords(foldName(m.text)) }));
  prepared.sort((a, b) => b.words.length - a.words.length || a.m.start - b.m.start);
  // "du Figaro", "au Caire": what the KB names "Le Figaro", "Le Caire" (french-media.ts
  // articleFullName).
  const fullName = (m: Mention): string | undefined =>
    (lang === 'fr' && text !== undefined
      ? articleFullName(text, m, (name) => lookupName(name)?.type)
      : null) ?? undefined;
  for (const { m, words } of prepared) {
    const full = fullName(m);
    let g = findGroup(index, m, words, full, text);
    if (!g) {
      const entry = kbEntryOf(m, lang, full);
      const kb = entry?.id;
      // KB entries and country names fix the type: "España" is a place even where the tagger
      // read an organisation (a national team, a government).
      const known = entry ? entry.type : getGazetteer().get(normalizeKey(m.text));
      g = {
        type: known ?? m.type,
        mentions: [],
        words: new Set(words),
        multiWord: words.length > 1,
        initials: new Set(initialsOf(words)),
        score: 0,
        name: m.text,
        nameWords: words.length,
      };
      if (index.byName.get(`${m.type}:${nameKey(m.text)}`)?.size) g.toldApart = true;
      const national = entry ? null : nationalParty(m.text, g.type);
      if (national && 'kbName' in national) g.kbName = national.kbName;
      if (full !== undefined && entry && !lookupName(m.text, m.type)) {
        g.kbName = full;
        g.name = full;
        g.nameWords = nameWords(foldName(full)).length;
      }
      const base =
        (national && 'base' in national ? national.base : null) ??
        (entry ? null : placeQualified(m.text, words, g.type));
      if (base) {
        g.base = base;
        index.byBase.set(base, [...(index.byBase.get(base) ?? []), g]);
      }
      groups.push(g);
      if (kb !== undefined) index.byKb.set(kb, g);
      if (g.type === 'PER' && g.multiWord) {
        for (const w of g.words) {
          index.peopleByWord.set(w, [...(index.peopleByWord.get(w) ?? []), g]);
        }
        const key = initialsOfPersons ? personInitialsKey(words) : null;
        if (key !== null) {
          const other = index.personInitials.get(key);
          index.personInitials.set(key, other === undefined || other === g ? g : null);
        }
      }
      if (g.type !== 'PER') {
        for (const key of g.initials) if (!index.byInitials.has(key)) index.byInitials.set(key, g);
      }
    }
    const key = `${m.type}:${nameKey(m.text)}`;
    const spellings = index.byName.get(key) ?? new Map<string, Group>();
    index.byName.set(key, spellings);
    if (!spellings.has(strictNameKey(m.text))) spellings.set(strictNameKey(m.text), g);
    g.mentions.push(m);
    if (m.type === 'ORG') index.orgByEnd.set(m.end, g);
    g.score += m.lead ? WEIGHTS.lead : WEIGHTS.body;
    const better =
      words.length > g.nameWords ||
      (words.length === g.nameWords && isAllCaps(g.name) && !isAllCaps(m.text));
    if (better) {
      g.name = m.text;
      g.nameWords = words.length;
    }
  }
  joinNicknamedPersons(groups);
  for (const m of titleMentions) {
    const g = findGroup(index, m, nameWords(foldName(m.text)));
    if (g) (g.joinedTo ?? g).score += WEIGHTS.title;
  }
  // "Pramila Jayapal of Washington" is the state, "In Washington, centrist Democrats" the capital:
  // the person's state takes a group of its own (personsStateMentions), which usPlaceId reads as
  // the state.
  const personEnds = new Set(prepared.filter(({ m }) => m.type === 'PER').map(({ m }) => m.end));
  for (const g of text !== undefined ? [...groups] : []) {
    if (g.type !== 'LOC') continue;
    const state = personsStateMentions(g.name, g.mentions, text as string, personEnds);
    if (!state.length) continue;
    g.mentions = g.mentions.filter((m) => !state.includes(m));
    const share = state.reduce((sum, m) => sum + (m.lead ? WEIGHTS.lead : WEIGHTS.body), 0);
    g.score -= share;
    groups.push({ ...g, mentions: state, words: new Set(g.words), score: share });
  }
  // Two groups the KB or the transliteration key calls one entity become one.
  const byId = new Map<string, Group & { id: string }>();
  for (const g of groups) {
    // The shorter name of a place-qualified party is no name of it for the KB.
    const names = [g.name, ...g.mentions.map((m) => m.text)].filter(
      (n) => !g.base || nameWords(foldName(n)).join(' ') !== g.base,
    );
    const canonical = canonicalEntity(g.type, g.kbName ? [g.kbName] : names, lang);
    if (canonical.entry && germanNounByKey(names, canonical.entry.id, lang)) {
      canonical.id = `${g.type.toLowerCase()}:${strictNameKey(g.name)}`;
      canonical.type = g.type;
      delete canonical.entry;
    }
    // A party's name that other countries' parties bear too: not the KB's where the text says
    // it is another country's ("South Korea's Democratic Party").
    const country = canonical.entry?.country;
    if (
      country &&
      text &&
      g.mentions.every((m) => isGenericPartyName(m.text)) &&
      ownedElsewhere(g.mentions, text, country)
    ) {
      canonical.id = `${canonical.type.toLowerCase()}:${strictNameKey(g.name)}`;
      delete canonical.entry;
    }
    // Spellings the document tells apart keep apart ids unless the KB knows the name.
    if (g.toldApart && !canonical.entry) {
      canonical.id = `${canonical.type.toLowerCase()}:${strictNameKey(g.name)}`;
    }
    // The text says the place is in the United States: "Georgia Gov. Brian Kemp" is the state,
    // not the country the KB names by default; "Athens, Georgia" is not Athens, Greece.
    const us =
      text && canonical.type === 'LOC'
        ? usPlaceId(g.name, g.mentions, text, canonical.entry, personEnds)
        : undefined;
    if (us !== undefined) canonical.id = us;
    const known = canonical.entry ? knownAcronymName(g, canonical.entry.id, lang) : undefined;
    if (known !== undefined) {
      g.name = known;
      g.nameWords = 1;
    }
    const same = byId.get(canonical.id);
    if (!same) {
      byId.set(canonical.id, { ...g, id: canonical.id, type: canonical.type });
      continue;
    }
    absorb(same, g);
  }
  const merged = [...byId.values()];
  const max = Math.max(1, ...merged.map((g) => g.score));
  return merged
    .map((g) => ({
      id: g.id,
      type: g.type,
      name: g.name.replace(/\s+/g, ' '),
      salience: Math.round((g.score / max) * 1000) / 1000,
      mentions: g.mentions
        .sort((a, b) => a.start - b.start)
        .map(({ start, end, text }) => ({ start, end, text })),
      ...marginOf(g.mentions),
      // The tagger's organisation "PPK" casts no doubt on the person it spells.
      ...doubtOf(
        g.type,
        g.type === 'PER' ? g.mentions.filter((m) => !index.initialTexts.has(m.text)) : g.mentions,
        tagged,
      ),
    }))
    .sort(
      (a, b) =>
        b.salience - a.salience || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
    );
}
