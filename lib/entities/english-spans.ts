/**
 * Rules for English text only (#15). refineEnglish runs at the end of refineSpans, per sentence:
 * words English capitalises that name nothing (months, days, nationalities, "Dublin-born"), a
 * place that is part of an event's name ("the Hong Kong Open"), a capitalised function word
 * opening a span ("During Rosati"), storms ("Hurricane Sandy"), a country or a town before its
 * region read as an organisation, teams in a results line ("Saracens 25 Leicester 23").
 * alignEnglishDocument runs after alignDocumentTypes, per article: companies named once with
 * their legal form ("Pirelli SpA", then "Pirelli" alone), surnames that are places ("Neil
 * Jordan", then "Jordan said"), towns that are teams in a sports report. Gated by language: the
 * other languages pay nothing for them.
 */
import { commonWordBand, isEnglishWord, trainedNameType } from './common-words';
import { foldName } from './fold-name';
import { isGivenName } from './given-names';
import { startsCapital, startsLower } from './letter-case';
import { isCityName } from './gazetteer';
import countries from './model/gazetteer.json';
import type { EntityType, TokenSpan } from './tags';
import { ABBREVIATIONS, STATES } from './us-places';

type Known = (words: readonly string[]) => EntityType | undefined;

function wordSet(list: string): Set<string> {
  return new Set(list.split(' '));
}

// Months that are no given names: alone they are a date, opening a span they are no part of the
// name ("July FOMC", "March Kaczmarek"); and the days of the week.
const MONTHS = wordSet('january february march july september october november december');
const WEEKDAYS = wordSet('monday tuesday wednesday thursday friday saturday sunday');
// Months that are also given names ("April Ryan", "June Carter", "Theresa May", "August
// Strindberg", "Jan Kowalski"), and abbreviations: a date only where a number follows or a
// preposition of time comes before.
const NAME_MONTHS = wordSet(
  'april may june august jan feb mar apr jun jul aug sep sept oct nov dec',
);
const TIME_BEFORE = wordSet('in since until till through during last next this early late mid');

function isDate(words: readonly string[], i: number): boolean {
  const w = (words[i] as string).toLowerCase().replace(/\.$/u, '');
  if (MONTHS.has(w) || WEEKDAYS.has(w)) return true;
  if (!NAME_MONTHS.has(w)) return false;
  const next = words[i + 1] ?? '';
  const prev = words[i - 1] ?? '';
  if (/^\d/u.test(next)) return true;
  return startsLower(prev) && TIME_BEFORE.has(prev) && next !== "'s" && next !== '’s';
}

// Era markers after a year ("500 BC", "14th century BCE", "AD 300" is read by the tagger as
// no name) and currencies after an amount ("5 Euros", "3,40 Euros"): a number's unit, no name.
// Not "BC" alone ("Vancouver, BC"), hence the number or "century" before.
const ERAS = wordSet('bc bce ad ce b.c b.c.e a.d c.e bp');
const CURRENCIES = wordSet(
  'euro euros dollar dollars pound pounds yen yuan renminbi franc francs peso pesos rupee rupees rouble roubles ruble rubles lira lire krona kronor krone kroner shekel shekels rand dinar dinars dirham dirhams baht zloty zlotys forint forints',
);

/**
 * A one-word span that is the unit of the number before it: an era after a year or a century
 * ("around 1000 BC", "14th century BCE", "ca. 1600 B.C.E."), a currency after an amount ("5
 * Euros"). The tagger, which saw few of them capitalised, reads them as organisations.
 */
export function unitAfterNumber(words: readonly string[], s: TokenSpan): boolean {
  if (s.end - s.start !== 1) return false;
  const w = (words[s.start] as string).toLowerCase().replace(/\.$/u, '');
  const prev = words[s.start - 1] ?? '';
  const amount = /^\d[\d.,]*$/u.test(prev);
  if (ERAS.has(w)) return amount || /^(?:century|centuries|millennium)$/iu.test(prev);
  return amount && CURRENCIES.has(w);
}

// Nationalities and peoples, written with a capital in English, naming no person, place or
// organisation alone ("the American", "Dutch police", "Azeris"); plurals are the word + "s".
const DEMONYMS = wordSet(
  'afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian azerbaijani azeri ' +
    'bahraini bangladeshi belarusian belgian beninese bolivian bosnian brazilian british briton bulgarian burmese burundian ' +
    'cambodian cameroonian canadian chadian chechen chilean chinese colombian congolese croat croatian cuban cypriot ' +
    'danish dane dutch dutchman ecuadorean ecuadorian egyptian emirati english eritrean estonian ethiopian european ' +
    'fijian filipino finnish french frenchman gabonese gambian georgian german ghanaian greek guatemalan guinean haitian honduran hungarian ' +
    'icelandic indian indonesian iranian iraqi irish irishman israeli italian ivorian jamaican japanese jordanian ' +
    'kazakh kenyan korean kosovar kurd kurdish kuwaiti kyrgyz laotian latvian lebanese liberian libyan lithuanian luxembourger ' +
    'macedonian malagasy malawian malaysian malian maltese mauritanian mexican moldovan mongolian montenegrin moroccan mozambican ' +
    'namibian nepalese nepali nicaraguan nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan persian peruvian ' +
    'pole polish portuguese qatari romanian russian rwandan salvadoran saudi scot scottish scotsman senegalese serb serbian ' +
    'slovak slovakian slovene slovenian somali spaniard spanish sudanese swede swedish swiss syrian ' +
    'taiwanese tajik tanzanian thai togolese tunisian turk turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh ' +
    'yemeni yugoslav yugoslavian zairean zairian zambian zimbabwean ' +
    'soviet arab asian african hutu tutsi bantu latin latino hispanic caucasian slav slavic nordic scandinavian arabic hebrew ' +
    'sunni shia shiite catholic protestant muslim moslem jew jewish hindu buddhist sikh',
);
// Their plurals that do not take an "s": "the Dutch", "the Swiss", "Frenchmen".
const DEMONYM_PLURALS = wordSet('frenchmen dutchmen irishmen scotsmen englishmen englishman');

/** Whether `word` names a nationality or a people: "American", "Americans", "Arab-Israeli". */
export function isDemonym(word: string): boolean {
  if (!startsCapital(word)) return false;
  const w = word.toLowerCase();
  if (DEMONYMS.has(w) || DEMONYM_PLURALS.has(w)) return true;
  const one = w.endsWith('s') ? w.slice(0, -1) : w;
  if (DEMONYMS.has(one) || ofCountryOrState(one)) return true;
  // "Arab-Israeli", "Sino-Japanese": every part a nationality (or its combining form).
  if (!w.includes('-')) return false;
  const parts = w.split('-');
  return (
    parts.length > 1 &&
    parts.every((p, k) => DEMONYMS.has(p) || (k < parts.length - 1 && COMBINING.has(p)))
  );
}
/**
 * A people named after a country or a US state by "-n" or "-ian": "Alaskan", "Kenyan",
 * "Floridian", "Georgian" (no first name: the stem must be the country's or the state's name).
 */
function ofCountryOrState(w: string): boolean {
  if (!w.endsWith('n')) return false;
  const places = placeNames();
  return places.has(w.slice(0, -1)) || (w.endsWith('ian') && places.has(`${w.slice(0, -3)}a`));
}
let placeSet: Set<string> | null = null;
function placeNames(): Set<string> {
  placeSet ??= new Set([
    ...(countries as { LOC: string[] }).LOC,
    ...STATES.map((st) => st.toLowerCase()),
  ]);
  return placeSet;
}
const COMBINING = wordSet('sino anglo franco italo russo indo afro euro greco austro');

// "Dublin-born", "Ontario-based", "United Nations-sponsored": a name and a lower-case participle,
// one token, an adjective.
const COMPOUND_ADJECTIVE =
  /^\p{Lu}[\p{L}\p{M}.'’]*-(?:born|based|bred|led|backed|sponsored|owned|run|made|controlled|listed|bound|style|era|registered|flagged|dominated|speaking|educated|trained|funded|brokered|linked|affiliated|held|occupied|ruled|built|headquartered|operated|produced|inspired|allied|armed|shaped|sized|themed)$/u;

/**
 * Whether a word is a compound adjective made on a name ("Ontario-based", "Hong Kong-based"), its
 * second part capitalised too in a title ("Hug-Shaped Ring", en31).
 */
function compoundAdjective(w: string): boolean {
  const dash = w.lastIndexOf('-');
  return (
    dash > 0 && COMPOUND_ADJECTIVE.test(w.slice(0, dash + 1) + w.slice(dash + 1).toLowerCase())
  );
}

// Capitalised words that follow a place in an event's name: "the Hong Kong Open", "the Berlin
// Grand Prix", "the UEFA Cup". Compared folded.
const EVENT_WORDS = wordSet(
  'open cup masters marathon classic championship championships games invitational trophy grand tournament festival',
);

function isEventWord(words: readonly string[], i: number): boolean {
  const w = words[i];
  if (w === undefined || !startsCapital(w)) return false;
  const f = w.toLowerCase();
  if (!EVENT_WORDS.has(f)) return false;
  if (f === 'grand') return (words[i + 1] ?? '').toLowerCase() === 'prix';
  // "Federal Open Market Committee": an "Open" with a name going on after it in a sentence
  // (not a headline in capitals: "HONG KONG OPEN QUARTER-FINAL RESULTS").
  if (f === 'open' && w !== 'OPEN') {
    const next = words[i + 1] ?? '';
    return !(startsCapital(next) && next !== next.toUpperCase());
  }
  return true;
}

// Heads of the bodies that English writes with "the" outside the name: "The Commerce Department
// said", "The Party of Democratic Action".
const BODY_HEADS = wordSet(
  'department ministry party federation association commission council committee agency bureau office board authority institute organisation organization union',
);
// Capitalised function words that open a sentence and no name: "During Rosati's trip", "Neither
// Lebed nor", "Since Mauritania has". Not "A" ("A Coruña").
const OPENERS = wordSet(
  'during neither nor since although though while whereas when whenever if unless until because despite after before but and or yet so as also meanwhile however thus then both either among between without with through across against for from in on at by to into upon about like unlike',
);

// A score after a team's name in a results line ("Saracens 25", "Derbyshire 471").
const SCORE = /^\d{1,3}$/u;

// Countries (the gazetteer's) and the home nations: in a results line, a national team is a
// place in the CoNLL guidelines and on news pages ("Israel 2 Bulgaria 0").
let countrySet: Set<string> | null = null;
function isCountry(words: readonly string[]): boolean {
  countrySet ??= new Set([
    ...(countries as { LOC: string[] }).LOC,
    'england',
    'scotland',
    'wales',
    'northern ireland',
    'usa',
    'u.s.',
    'us',
    'uk',
    'u.k.',
  ]);
  return countrySet.has(words.join(' ').toLowerCase());
}

/**
 * The English rules over one sentence's refined spans (sorted by start): spans dropped, cut or
 * retyped, untouched spans kept as they are.
 */
export function refineEnglish(
  words: readonly string[],
  spans: readonly TokenSpan[],
  known: Known,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const span of spans) {
    let s: TokenSpan | null = span;
    s = cutOpener(words, s, known);
    // "Mo.-based Commerce Bancshares": the compound adjective is no part of the name.
    if (s && s.end - s.start > 1 && compoundAdjective(words[s.start] as string)) {
      s = { ...s, start: s.start + 1 };
    }
    if (s) s = cutMonth(words, s, known);
    if (!s) continue;
    const len = s.end - s.start;
    const first = words[s.start] as string;
    if (len === 1 && isDate(words, s.start) && !known([first])) continue;
    // "Senator the Hon. Aubyn Hill": an honorific alone names no one.
    if (len === 1 && HONORIFIC_ALONE.test(first) && !known([first])) continue;
    if (unitAfterNumber(words, s)) continue;
    if (peopleOnly(words, s)) continue;
    // "Hurricane Sandy", "Typhoon Haiyan", "Operation Desert Storm": an event, no person.
    if (len > 1 && EVENT_HEADS.has(first)) continue;
    if (compoundAdjective(words[s.end - 1] as string)) continue;
    // "Hong" of "Hong Kong-based": the name goes on into a compound adjective.
    if (compoundAdjective(words[s.end] ?? '')) continue;
    // An event's name: the place before "Open", or a span ending on the event word.
    if (s.type !== 'PER' && isEventWord(words, s.end)) continue;
    if (len > 1 && isEventWord(words, s.end - 1) && !known(words.slice(s.start, s.end))) continue;
    // "Ontario-based Magna": what a place is the base of is a firm.
    if (
      s.type !== 'ORG' &&
      /-based$/u.test(words[s.start - 1] ?? '') &&
      known(words.slice(s.start, s.end)) !== s.type
    ) {
      s = { ...s, type: 'ORG' };
    }
    if (s.type === 'LOC' && ownedByFirm(words, s) && !known(words.slice(s.start, s.end))) {
      s = { ...s, type: 'ORG' };
    }
    // "Israel" an organisation, "LA CORUNA , Spain", "Lockerbie , Scotland": places.
    if (s.type === 'ORG' && isCountry(words.slice(s.start, s.end))) s = { ...s, type: 'LOC' };
    if (s.type === 'ORG' && placeBeforeRegion(words, s) && !known(words.slice(s.start, s.end))) {
      s = { ...s, type: 'LOC' };
    }
    if (s.type !== 'LOC' && dateline(words, s) && !known(words.slice(s.start, s.end))) {
      s = { ...s, type: 'LOC' };
    }
    if (s.type !== 'ORG' && bodyByHead(words, s) && !known(words.slice(s.start, s.end))) {
      s = { ...s, type: 'ORG' };
    }
    if (
      s.type === 'LOC' &&
      MADE_BY.test(words.slice(Math.max(0, s.start - 2), s.start).join(' '))
    ) {
      if (!known(words.slice(s.start, s.end))) s = { ...s, type: 'ORG' };
    }
    if (
      s.type === 'ORG' &&
      len > 1 &&
      ISLAND_HEADS.has((words[s.end - 1] as string).toLowerCase()) &&
      !known(words.slice(s.start, s.end))
    ) {
      s = { ...s, type: 'LOC' };
    }
    // "the goddess Athena": a god's name, whatever the tagger read.
    if (s.type !== 'PER' && DEITY_BEFORE.has(words[s.start - 1] ?? '')) {
      if (known(words.slice(s.start, s.end)) !== s.type) s = { ...s, type: 'PER' };
    }
    // "Ecuador's Amazon forests": a land's name before a landform noun, whatever the KB knows.
    if (s.type === 'ORG' && LANDFORM_NOUNS.has(words[s.end] ?? '')) s = { ...s, type: 'LOC' };
    if (s.type === 'PER') {
      s = cutInfoboxLabel(words, s);
      if (!s) continue;
    }
    out.push(s === span ? span : s);
  }
  const joined = openingName(joinGivenName(out, words), words);
  return regionAfterTown(words, resultsLineTeams(words, joined), known);
}

const INITIAL_WORD = /^\p{Lu}\.?$/u;

/**
 * A person the tagger began at the second word of its sentence, or line, the first a
 * capitalised word no dictionary nor the common words write in lower case, and a given name or
 * before an initial ("Daryl | Michael Scott", "Rinne | B. Groff" opening lines of a list): the
 * word is the person's first name. "Will", "Hope", "Professor" are words too: left out.
 */
export function openingName(spans: readonly TokenSpan[], words: readonly string[]): TokenSpan[] {
  const s = spans[0];
  if (!s || s.type !== 'PER' || s.start !== 1) return spans as TokenSpan[];
  const w = words[0] as string;
  if (!NAME_WORD.test(w)) return spans as TokenSpan[];
  const f = foldName(w);
  if (isEnglishWord(f) || commonWordBand(f, 'en') !== undefined) return spans as TokenSpan[];
  const initial = INITIAL_WORD.test(words[1] as string);
  if (!initial && !isGivenName(w)) return spans as TokenSpan[];
  return [{ ...s, start: 0 }, ...spans.slice(1)];
}

/**
 * A given name the tagger read as a person of its own, right before another person, no word
 * between ("Jean | Siméon Chardin", "Mary | Anne Smith"): one person. Only a single word that is
 * a given name: a list written without commas ("Kim Ghattas Malcolm Gladwell") tags whole names.
 */
export function joinGivenName(spans: readonly TokenSpan[], words: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    const prev = out.at(-1);
    if (
      prev &&
      prev.type === 'PER' &&
      s.type === 'PER' &&
      prev.end === s.start &&
      prev.end - prev.start === 1 &&
      isGivenName(words[prev.start] as string)
    ) {
      out[out.length - 1] = { ...s, start: prev.start };
      continue;
    }
    out.push(s);
  }
  return out;
}

/**
 * The county, province or state after a town and a comma ("Grantham , Lincolnshire , England",
 * "Blackburn , Lancashire .", "Bristol , Quebec"), read as an organisation: where the town lies,
 * a place. CoNLL's English counties are cricket teams, so the tagger reads a county as a team.
 * Only after a place and before a comma, a stop or the end (not "London , Barclays said"), and
 * not a name the KB knows as an organisation.
 */
function regionAfterTown(words: readonly string[], spans: TokenSpan[], known: Known): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((s, k) => {
    const town = spans[k - 1];
    if (s.type !== 'ORG' || town?.type !== 'LOC' || town.end + 1 !== s.start) return;
    if (words[town.end] !== ',') return;
    const after = words[s.end];
    if (after !== undefined && !/^[,.;:)]$/u.test(after)) return;
    if (known(words.slice(s.start, s.end)) === 'ORG') return;
    (out ??= [...spans])[k] = { ...s, type: 'LOC' };
  });
  return out ?? spans;
}

// Words that open the name of a storm or a military operation.
const EVENT_HEADS = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'Operation']);
// Compass words before a nationality: "North American", "South Asian".
const COMPASS = wordSet('north south east west northern southern eastern western central');

// Lower-case nouns that make the name after them a god's, a person's in the text's own words
// ("the goddess Athena", "the god Anubis", "the prophet Muhammad").
const DEITY_BEFORE = wordSet('god goddess gods goddesses deity prophet apostle demigod');
// Lower-case landform nouns after a land's name ("the Amazon rainforest", "Congo basin"): the
// name is a place's. No firm's holding is one of them.
const LANDFORM_NOUNS = wordSet(
  'forest forests rainforest rainforests jungle jungles basin delta river valley highlands lowlands watershed',
);

/** Whether `word` is a landform's noun in lower case ("forests", "basin"): see LANDFORM_NOUNS. */
export function isLandformNoun(word: string): boolean {
  return LANDFORM_NOUNS.has(word);
}
// Sentence adverbs and pronouns that open a sentence after a one-letter word and its stop ("…
// independent of A. Thus, references to C.x"): no surname after an initial.
const SENTENCE_OPENERS = wordSet(
  'Thus Hence However Therefore Then Also So Yet Still Instead Meanwhile Moreover Furthermore ' +
    'Otherwise Finally Now Here There This That These Those It We They He She You I',
);

const CAPITAL_LETTER = /^\p{Lu}$/u;

/**
 * A person's span run on into an infobox's labels ("Michael Shapiro Full| name", "Michael J.
 * Shapiro Born| February 16, 1940", "… Died| 1992"): cut before the label; null when an initial
 * and a sentence's first word are all it holds ("A. Thus,": a letter ending a sentence).
 */
export function cutInfoboxLabel(words: readonly string[], s: TokenSpan): TokenSpan | null {
  if (
    s.end - s.start === 3 &&
    CAPITAL_LETTER.test(words[s.start] as string) &&
    words[s.start + 1] === '.' &&
    SENTENCE_OPENERS.has(words[s.start + 2] as string)
  ) {
    return null;
  }
  for (let i = s.start + 1; i < s.end; i++) {
    const w = words[i] as string;
    const next = words[i + 1] ?? '';
    const label =
      (w === 'Full' && next === 'name') ||
      ((w === 'Born' || w === 'Died') &&
        (/^\d/u.test(next) ||
          MONTHS.has(next.toLowerCase()) ||
          NAME_MONTHS.has(next.toLowerCase())));
    if (label) return { ...s, end: i };
  }
  return s;
}

/**
 * A span of nationalities or peoples only ("American", "Azeris", "North Africans", "American
 * Catholics"): it names no one.
 */
function peopleOnly(words: readonly string[], s: TokenSpan): boolean {
  if (!isDemonym(words[s.end - 1] as string)) return false;
  for (let i = s.start; i < s.end - 1; i++) {
    const w = words[i] as string;
    if (!isDemonym(w) && !(startsCapital(w) && COMPASS.has(w.toLowerCase()))) return false;
  }
  return true;
}

// What only a company has, after its possessive: "Dell's buyout", "Ruch's shares".
const FIRM_HOLDINGS = wordSet(
  'shares stock shareholders stockholders chairman ceo buyout takeover subsidiary subsidiaries earnings merger',
);

/** A name followed by "'s" and a company's holding: "Dell's buyout" (not "China's exports"). */
function ownedByFirm(words: readonly string[], s: TokenSpan): boolean {
  const poss = words[s.end];
  if (poss !== "'s" && poss !== '’s') return false;
  return FIRM_HOLDINGS.has((words[s.end + 1] ?? '').toLowerCase());
}

// US states' abbreviations as written after a town: "Farmington Hills , Mich .", "Mo.-based".
const STATE_ABBREVIATIONS = new Set(ABBREVIATIONS.flatMap((a) => [a, `${a}.`]));

const STATE_BASED = /^\p{Lu}\p{Ll}{1,3}\.-based$/u;

/**
 * A name followed by a comma and the country or the US state it lies in, where that ends the
 * sentence, a clause or a bracket ("Lockerbie , Scotland .", "LA CORUNA , Spain 1996-08-31",
 * "Kansas City , Mo.-based"): a town, not an organisation. Not "Acme , Texas governor".
 */
function placeBeforeRegion(words: readonly string[], s: TokenSpan): boolean {
  // Not a list's or a byline's member: "Jon Sopel , BBC News , Washington".
  if (words[s.end] !== ',' || words[s.start - 1] === ',') return false;
  const region = words[s.end + 1] ?? '';
  let end = s.end + 2;
  // "Mo.-based": the town is the base of what follows.
  if (STATE_BASED.test(region)) return true;
  if (!STATE_ABBREVIATIONS.has(region)) {
    if (!startsCapital(region)) return false;
    // "Faroe Islands", "New Mexico": up to three words.
    while (end < words.length && end - s.end - 1 < 3 && !isRegion(words.slice(s.end + 1, end))) {
      if (!startsCapital(words[end] as string)) return false;
      end++;
    }
    if (!isRegion(words.slice(s.end + 1, end))) return false;
  }
  const after = words[end];
  // Not "Dallas , Texas , and Tulsa": a comma goes on to more names.
  return after === undefined || /^(?:[.;:)]|\d)/u.test(after);
}

// English honorifics, with or without their stop ("Hon.", "Drs").
const HONORIFIC_ALONE = /^(?:Mr|Mrs|Ms|Mx|Dr|Drs|Prof|Hon)\.?$/u;

// A word in capitals of two letters or more ("KHAN", "YOUNIS", "GAZA").
const CAPS_WORD = /^\p{Lu}[\p{Lu}'’.-]+$/u;
// A dateline's dash is long: a hyphen after words in capitals opens a newswire's section heading
// ("RUGBY UNION - LYNAGH SEALS VICTORY", CoNLL's organisations).
const DASHES = new Set(['—', '–', '--']);

/**
 * A news report's dateline: a name in capitals opening the sentence, then a dash, or a comma,
 * one to three words in capitals and a dash ("KHAN YOUNIS , GAZA — The Israeli assault",
 * "WASHINGTON — Lawmakers"): where the report is filed, a place, whatever the tagger read.
 */
export function dateline(words: readonly string[], s: TokenSpan): boolean {
  if (s.start !== 0) return false;
  for (let i = s.start; i < s.end; i++) if (!CAPS_WORD.test(words[i] as string)) return false;
  let i = s.end;
  if (words[i] === ',') {
    i++;
    const from = i;
    while (i < words.length && i - from < 3 && CAPS_WORD.test(words[i] as string)) i++;
    if (i === from) return false;
  }
  return DASHES.has(words[i] ?? '');
}

// Courts' kinds before "Court": "District Court", "Superior Court" are bodies; "Earls Court",
// "Hampton Court" are places.
const COURT_KINDS = new Set(
  'district supreme high superior circuit appeals appellate federal crown magistrates county family criminal civil constitutional bankruptcy'.split(
    ' ',
  ),
);

// A body's or a firm's head closing a name ("East Midlands Railway", "Alaska Airlines", "Rutgers
// University", "Wiltshire Council"): a body, whatever place its first words name. Not "Bank"
// ("West Bank"), "Square", "Park" (places).
const BODY_LAST = wordSet(
  'railway railways airlines airways motors university council ministry department agency commission committee association federation corporation',
);

/**
 * A "person" or a place whose last word is a centre's ("Crisis Management Centre"), a body's or
 * a firm's head ("East Midlands Railway", "Alaska Airlines"), or a court of a kind ("U.S.
 * District Court", "Superior Court"): a body. No one's name ends so, nor a place's.
 */
export function bodyByHead(words: readonly string[], s: TokenSpan): boolean {
  if (s.end - s.start < 2) return false;
  const last = (words[s.end - 1] as string).toLowerCase();
  if (s.type === 'PER' && (last === 'centre' || last === 'center')) return true;
  if (BODY_LAST.has(last) && startsCapital(words[s.end - 1] as string)) return true;
  const kind = (words[s.end - 2] as string).toLowerCase();
  return last === 'court' && COURT_KINDS.has(kind);
}

// A maker's verb and "by" before a name: "made by Holeroll", "manufactured by Acme".
const MADE_BY =
  /(?:^|\s)(?:made|manufactured|produced|developed|designed|published|sold|distributed) by$/u;

// Last words that make a body's name a place ("British Virgin Islands", "Malay Archipelago").
const ISLAND_HEADS = new Set(['island', 'islands', 'archipelago', 'peninsula']);

function isRegion(name: readonly string[]): boolean {
  return isCountry(name) || placeNames().has(name.join(' ').toLowerCase());
}

/** A span opening with a capitalised function word loses it ("During Rosati" → "Rosati"). */
function cutOpener(words: readonly string[], s: TokenSpan, known: Known): TokenSpan | null {
  const first = words[s.start] as string;
  if (!startsCapital(first) || first === first.toUpperCase()) return s;
  const f = first.toLowerCase();
  if (f === 'the') {
    // "The Commerce Department" → "Commerce Department"; not "The Hague", "The Times", nor a
    // brand ("The Points Guy").
    if (s.end - s.start < 3 || known(words.slice(s.start, s.end))) return s;
    for (let i = s.start + 1; i < s.end; i++) {
      if (BODY_HEADS.has((words[i] as string).toLowerCase())) return { ...s, start: s.start + 1 };
    }
    return s;
  }
  if (!OPENERS.has(f)) return s;
  if (s.end - s.start === 1) return null;
  return startsCapital(words[s.start + 1] as string) ? { ...s, start: s.start + 1 } : s;
}

/** A span opening with a month (not one that is also a given name) loses it: "July FOMC". */
function cutMonth(words: readonly string[], s: TokenSpan, known: Known): TokenSpan {
  if (s.end - s.start < 2) return s;
  const f = (words[s.start] as string).toLowerCase().replace(/\.$/u, '');
  if (!MONTHS.has(f) || known(words.slice(s.start, s.end))) return s;
  return startsCapital(words[s.start + 1] as string) ? { ...s, start: s.start + 1 } : s;
}

/**
 * A results line, two or more names each followed by a score ("Saracens 25 Leicester 23",
 * "Essex 372 and 100-5 , Derbyshire 471"): the names read as places are teams, organisations,
 * except countries (national teams are places). Persons stay (batting lines: "Butcher 70").
 */
function resultsLineTeams(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  let scored = 0;
  for (const s of spans) if (SCORE.test(words[s.end] ?? '')) scored++;
  if (scored === 0) return spans;
  // A team the tagger missed: capitalised words, untagged, between the line's start, a score, a
  // comma or a bracket and a score ("Sale 31 Wasps 33").
  const taken = new Uint8Array(words.length);
  for (const s of spans) taken.fill(1, s.start, s.end);
  const missed: TokenSpan[] = [];
  for (let j = 1; j < words.length; j++) {
    if (!SCORE.test(words[j] as string)) continue;
    let start = j;
    while (
      start > 0 &&
      j - start < TEAM_RUN &&
      !taken[start - 1] &&
      TEAM_WORD.test(words[start - 1] as string)
    ) {
      start--;
    }
    if (start === j || (start > 0 && !TEAM_BEFORE.test(words[start - 1] as string))) continue;
    missed.push({ start, end: j, type: isCountry(words.slice(start, j)) ? 'LOC' : 'ORG' });
  }
  if (scored + missed.length < 2) return spans;
  const out = spans.map((s) =>
    s.type === 'LOC' && SCORE.test(words[s.end] ?? '') && !isCountry(words.slice(s.start, s.end))
      ? { ...s, type: 'ORG' as const }
      : s,
  );
  return missed.length ? [...out, ...missed].sort((a, b) => a.start - b.start) : out;
}
// A team's word ("Wasps", "Jed-Forest", "Heriot's"; not an initial's "T.O'Gorman": a batsman),
// and what may stand before its name.
const TEAM_WORD = /^\p{Lu}(?!\.)[\p{L}\p{M}'’.-]*$/u;
const TEAM_BEFORE = /^(?:\d[\d-]*|[,;)(])$/u;
/** Most words of a team's name in a results line. */
const TEAM_RUN = 3;

// Legal forms that end a company's name, as written: "Pirelli SpA", "Magna International Inc",
// "LM Ericsson AB", "Ruch SA".
const LEGAL_FORMS = new Set(
  'Inc Inc. Corp Corp. Ltd Ltd. Plc plc PLC SpA S.p.A. SA S.A. AG AB NV N.V. BV B.V. GmbH Oyj ASA LLC Bhd Tbk'.split(
    ' ',
  ),
);
// A word of a company's name before its legal form: "Magna", "Ericsson", "LM".
const FIRM_WORD = /^\p{Lu}[\p{L}\p{M}&'’.-]*$/u;
// Words inside a company's name, between its words: "Bank of America Corp", "Procter & Gamble Co".
const LINKS = new Set(['of', '&', 'de', 'for']);
/** Most words a company's name runs over before its legal form. */
const FIRM_RUN = 4;

/**
 * A company named once with its legal form ("Pirelli SpA", "Magna International Inc") is that
 * company wherever the article names it alone ("Pirelli said", "at Magna"), whatever type the
 * tagger read there ("Pirelli" a person, "Ruch" a place): the first and the last word of its
 * name (at least three letters, not a word the KB knows as another type) retype one-word spans;
 * a span just before the legal form takes it in ("Pirelli" + "SpA"). English text; `spans[k]`
 * are sentence `k`'s, changed in place.
 */
export function alignCompanies(
  sentences: readonly (readonly string[])[],
  spans: TokenSpan[][],
  known: Known,
): void {
  const firms = new Set<string>();
  sentences.forEach((words, k) => {
    for (let i = 1; i < words.length; i++) {
      if (!LEGAL_FORMS.has(words[i] as string)) continue;
      let start = i;
      while (start > 0 && i - start < FIRM_RUN && FIRM_WORD.test(words[start - 1] as string)) {
        start--;
      }
      // "Gold Fields of South Africa Ltd": the name goes on before the run.
      if (start === i || LINKS.has(words[start - 1] ?? '')) continue;
      const list = spans[k] as TokenSpan[];
      // "Pirelli" + "SpA": one company.
      const before = list.find((s) => s.end === i && s.start >= start);
      const beforeKnown = before && known(words.slice(before.start, before.end));
      if (before && (!beforeKnown || beforeKnown === 'ORG')) {
        const legal = list.findIndex((s) => s.start === i && s.end === i + 1);
        if (legal >= 0) list.splice(legal, 1);
        if (!list.some((s) => s.start <= i && s.end > i)) {
          before.end = i + 1;
          before.type = 'ORG';
        }
      }
      for (const w of [words[start] as string, words[i - 1] as string]) {
        if (w.length >= 3 && !LEGAL_FORMS.has(w)) firms.add(w);
      }
    }
  });
  if (!firms.size) return;
  sentences.forEach((words, k) => {
    for (const s of spans[k] as TokenSpan[]) {
      if (s.type === 'ORG' || s.end - s.start !== 1) continue;
      const w = words[s.start] as string;
      if (!firms.has(w)) continue;
      const kb = known([w]);
      if (kb && kb !== 'ORG') continue;
      s.type = 'ORG';
    }
  });
}

// A name's word: a capital, then lower-case letters ("Jordan", "MaliVai" is not one).
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
// A given name's word: "Neil", "MaliVai".
const GIVEN_WORD = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u;
// Words before a place, not a person: "in Jordan", "to Washington".
const PLACE_BEFORE = wordSet('in at to from into near across outside inside throughout via');

/**
 * A person's surname that is also a place ("Neil Jordan", "MaliVai Washington", "Jools Holland")
 * is that person alone in the article ("Jordan said"), where the article never puts the word
 * after a preposition of place ("in Jordan") nor inside another name ("Jordan Valley"): the
 * place the KB knows is not this article's. alignDocumentTypes leaves known words alone.
 */
export function alignPlaceSurnames(
  sentences: readonly (readonly string[])[],
  spans: TokenSpan[][],
  known: Known,
): void {
  const surnames = new Set<string>();
  sentences.forEach((words, k) => {
    for (const s of spans[k] as TokenSpan[]) {
      if (s.type !== 'PER' || s.end - s.start < 2) continue;
      const last = words[s.end - 1] as string;
      if (!NAME_WORD.test(last) || !GIVEN_WORD.test(words[s.start] as string)) continue;
      if (known([last]) === 'LOC') surnames.add(last);
    }
  });
  if (!surnames.size) return;
  sentences.forEach((words, k) => {
    for (const s of spans[k] as TokenSpan[]) {
      if (s.type === 'PER') continue;
      for (let i = s.start; i < s.end; i++) {
        if (s.end - s.start > 1) surnames.delete(words[i] as string);
      }
    }
    for (let i = 1; i < words.length; i++) {
      // "in Jordan's film" is the person's.
      const possessive = words[i + 1] === "'s" || words[i + 1] === '’s';
      if (
        surnames.has(words[i] as string) &&
        PLACE_BEFORE.has(words[i - 1] as string) &&
        !possessive
      ) {
        surnames.delete(words[i] as string);
      }
    }
  });
  if (!surnames.size) return;
  sentences.forEach((words, k) => {
    for (const s of spans[k] as TokenSpan[]) {
      if (s.type !== 'PER' && s.end - s.start === 1 && surnames.has(words[s.start] as string)) {
        s.type = 'PER';
      }
    }
  });
}

// Words of sports reports: "Kent beat Surrey by an innings", "Rotor's striker".
const SPORTS_WORDS_EN = wordSet(
  'match matches game games goal goals scored scorer striker midfielder defender goalkeeper coach manager referee penalty halftime half-time ' +
    'league cup championship tournament season seeded semifinal semifinals quarter-final final finals draw drew beat beaten defeat defeated victory win won ' +
    'soccer football rugby cricket tennis golf baseball basketball hockey innings wickets wicket batting bowling runs inning pitcher homer ' +
    'stadium fans club clubs team teams squad striker play-off playoff points standings',
);
/** Sports words among the lower-case words from which a text reports sport. */
const SPORT_SHARE = 0.02;

/**
 * Whether the sentences report sport: sports words make 1 in 50 of their
 * lower-case words. With `strict`, "points" counts for none: a loyalty programme's, a poll's or
 * a market's points ("earn points", "two percentage points") are no score. The answer both ways
 * from one count of their words, made on first use: the English document rules ask it up to
 * three times.
 */
function sportReport(sentences: readonly (readonly string[])[]): (strict: boolean) => boolean {
  let lower = -1;
  let hits = 0;
  let points = 0;
  return (strict) => {
    if (lower < 0) {
      lower = 0;
      for (const words of sentences) {
        for (const w of words) {
          if (!startsLower(w)) continue;
          lower++;
          if (!SPORTS_WORDS_EN.has(w)) continue;
          hits++;
          if (w === 'points') points++;
        }
      }
    }
    const counted = strict ? hits - points : hits;
    return counted >= 2 && counted >= lower * SPORT_SHARE;
  };
}

/**
 * In a report on sport (sportReport), a one-word name the tagger reads as a person
 * in one place and as a place or an organisation in another ("Kent had reached 108", "while Kent
 * made up") is a team, an organisation, where the training sets read it as a club or the KB as
 * a place; a country a national team, a place. Not a word of a longer person's name in the
 * article (a player's surname), nor the town after a preposition of place or in a dateline.
 */
export function alignSportsTeams(
  sentences: readonly (readonly string[])[],
  spans: TokenSpan[][],
  known: Known,
  sport = sportReport(sentences),
): void {
  const types = new Map<string, number>();
  const inNames = new Set<string>();
  const bit = { PER: 1, LOC: 2, ORG: 4 } as const;
  sentences.forEach((words, k) => {
    for (const s of spans[k] as TokenSpan[]) {
      if (s.end - s.start === 1) {
        const w = words[s.start] as string;
        types.set(w, (types.get(w) ?? 0) | bit[s.type as keyof typeof bit]);
      } else if (s.type === 'PER') {
        for (let i = s.start; i < s.end; i++) inNames.add(words[i] as string);
      }
    }
  });
  const teams = new Set<string>();
  for (const [w, t] of types) {
    if (!(t & bit.PER) || t === bit.PER || inNames.has(w)) continue;
    // A name the training sets read as a club ("Kent", "Karlsruhe") or the KB as a place.
    const trained = trainedNameType(foldName(w), 'en');
    if (trained === 'ORG' || (!trained && known([w]) === 'LOC')) teams.add(w);
  }
  if (!teams.size) return;
  if (!sport(false)) return;
  sentences.forEach((words, k) => {
    for (const s of spans[k] as TokenSpan[]) {
      const w = words[s.start] as string;
      if (s.end - s.start !== 1 || !teams.has(w)) continue;
      // "In Milwaukee", "NICE , France 1996-08-30": the town itself.
      const before = words[s.start - 1] ?? '';
      if (PLACE_BEFORE.has(before.toLowerCase()) || (s.start === 0 && words[1] === ',')) continue;
      s.type = isCountry([w]) ? 'LOC' : 'ORG';
    }
  });
}

/**
 * The English document rules: companies by their legal form, surnames that are places, towns
 * that are teams.
 */
export function alignEnglishDocument(
  sentences: readonly (readonly string[])[],
  spans: TokenSpan[][],
  known: Known,
): void {
  alignCompanies(sentences, spans, known);
  alignPlaceSurnames(sentences, spans, known);
  const sport = sportReport(sentences);
  alignSportsTeams(sentences, spans, known, sport);
  clubsInTransfers(sentences, spans, sport);
  if (!sport(true)) townsOutsideSport(sentences, spans, known);
  firmsNamedForPlaces(sentences, spans);
  firmsByTheirCues(sentences, spans);
}

// What a firm has and a person has not, after its name and "'s" ("Petofi 's board of directors",
// "Comelf 's six-month output"), and the posts and deals of a firm before "of" / "in" ("acting
// chief executive officer of Petofi", "a stake in Comelf").
const FIRM_OWNS = wordSet(
  'board shares stock subsidiary subsidiaries unit units output revenue revenues turnover earnings profit profits dividend shareholders',
);
const FIRM_OF = wordSet('subsidiary unit units shareholders shares stake');
const FIRM_POSTS = /^(?:chief executive(?: officer)?|general manager|managing director|board) of$/u;

/**
 * A one-word "person" the article writes as a firm at one mention at least ("Petofi 's board of
 * directors", "acting chief executive officer of Petofi", "a stake in Comelf") is that firm at
 * every one-word mention: a person has no shares, board or output. Not a given name, nor a word
 * of a longer person's name in the article ("Frater", of "Tamas Frater"). English text; changes
 * `spans` in place.
 */
export function firmsByTheirCues(
  sentences: readonly (readonly string[])[],
  spans: TokenSpan[][],
): void {
  const inNames = new Set<string>();
  const firms = new Set<string>();
  sentences.forEach((words, k) => {
    for (const s of spans[k] as TokenSpan[]) {
      if (s.type === 'PER' && s.end - s.start > 1) {
        for (let i = s.start; i < s.end; i++) inNames.add(words[i] as string);
      }
    }
  });
  sentences.forEach((words, k) => {
    for (const s of spans[k] as TokenSpan[]) {
      if (s.type !== 'PER' || s.end - s.start !== 1) continue;
      const w = words[s.start] as string;
      if (isGivenName(w)) continue;
      const owns =
        (words[s.end] === "'s" || words[s.end] === '’s') &&
        FIRM_OWNS.has((words[s.end + 1] ?? '').toLowerCase());
      const before = (n: number) => words.slice(Math.max(0, s.start - n), s.start).join(' ');
      const of =
        ((words[s.start - 1] === 'of' || words[s.start - 1] === 'in') &&
          FIRM_OF.has((words[s.start - 2] ?? '').toLowerCase())) ||
        [2, 3, 4].some((n) => FIRM_POSTS.test(before(n).toLowerCase()));
      if (owns || of) firms.add(w);
    }
  });
  for (const w of inNames) firms.delete(w);
  if (!firms.size) return;
  sentences.forEach((words, k) => {
    for (const s of spans[k] as TokenSpan[]) {
      if (s.type === 'PER' && s.end - s.start === 1 && firms.has(words[s.start] as string)) {
        s.type = 'ORG';
      }
    }
  });
}

/**
 * Outside a report on sport, a one-word name the tagger read as an organisation that is a town
 * the city list or the KB holds as a place ("Seattle had 60% women speakers", "told Boston
 * television stations", "Seattle-based carrier") is the place: a club named for its town plays
 * in sports reports (alignSportsTeams), and a firm named for a place is named with its head
 * ("Alaska Airlines", firmsNamedForPlaces). A word alignCompanies saw before a legal form keeps
 * its type, and so does one a number follows (a results line: "Karlsruhe 2 Hansa Rostock 0"). English text; `spans[k]` are sentence `k`'s, changed in place.
 */
export function townsOutsideSport(
  sentences: readonly (readonly string[])[],
  spans: TokenSpan[][],
  known: Known,
): void {
  const firms = new Set<string>();
  sentences.forEach((words) => {
    for (let i = 1; i < words.length; i++) {
      if (LEGAL_FORMS.has(words[i] as string)) firms.add(words[i - 1] as string);
    }
  });
  sentences.forEach((words, k) => {
    for (const s of spans[k] as TokenSpan[]) {
      if (s.type !== 'ORG' || s.end - s.start !== 1) continue;
      const w = words[s.start] as string;
      // "Karlsruhe 2 Hansa Rostock 0": a results line's club, whatever the text around it.
      if (!NAME_WORD.test(w) || firms.has(w) || /^\d/u.test(words[s.end] ?? '')) continue;
      const kb = known([w]);
      if (kb === 'LOC' || (kb === undefined && isCityName(w))) s.type = 'LOC';
    }
  });
}

// The heads of a firm's name after the place it is named for: "Alaska Airlines", "Hawaiian
// Airlines", "Virgin Atlantic" is not one (no place), "Santander Bank", "East Midlands Railway".
const FIRM_HEADS = wordSet('airlines airways air bank railway railways rail motors');

/**
 * A word that names a firm in the article ("Alaska Airlines") is that firm where the article
 * names it alone ("Alaska’s network", "at Alaska, said in a statement", "Alaska frequent
 * flyers") where the article writes it as a firm's ("Alaska’s", "Alaska said") at least twice
 * more often than after a preposition of place ("flights to Alaska"): else the place stays a
 * place. English text; changes `spans` in place.
 */
export function firmsNamedForPlaces(
  sentences: readonly (readonly string[])[],
  spans: TokenSpan[][],
): void {
  const named = new Set<string>();
  sentences.forEach((words, k) => {
    for (const s of spans[k] as TokenSpan[]) {
      if (s.type !== 'ORG' || s.end - s.start !== 2) continue;
      const w = words[s.start] as string;
      if (!NAME_WORD.test(w) || !FIRM_HEADS.has((words[s.start + 1] as string).toLowerCase())) {
        continue;
      }
      named.add(w);
    }
  });
  if (!named.size) return;
  // The firm's cues ("Alaska’s network", "Alaska said") against the place's ("flights to Alaska").
  const cues = new Map<string, number>();
  sentences.forEach((words) => {
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (!named.has(w)) continue;
      const before = (words[i - 1] ?? '').toLowerCase();
      const after = words[i + 1] ?? '';
      const firm = after === "'s" || after === '’s' || after === 'said' || after === 'says';
      // "to Alaska’s network" is the firm's.
      const place = !firm && before !== 'at' && PLACE_BEFORE.has(before);
      cues.set(w, (cues.get(w) ?? 0) + (firm ? 1 : 0) - (place ? 1 : 0));
    }
  });
  for (const w of named) if ((cues.get(w) ?? 0) < 2) named.delete(w);
  if (!named.size) return;
  sentences.forEach((words, k) => {
    for (const s of spans[k] as TokenSpan[]) {
      if (s.type === 'LOC' && s.end - s.start === 1 && named.has(words[s.start] as string)) {
        s.type = 'ORG';
      }
    }
  });
}

// A player's move between clubs, some words before "from" ("joined Milan from Torino", "signed
// for Espanyol from Nantes"), and a post or a stay at a club before "at" ("his former coach at
// Torino", "a spell at Nantes").
const TRANSFER_VERBS = wordSet(
  'joined joins join signed signs sign moved moves move transferred bought buy loaned sold arrived arrives recruited',
);
const CLUB_POSTS = wordSet(
  'coach manager striker midfielder defender goalkeeper player spell career stint captain trainer',
);
// How many words a transfer's verb may stand before "from".
const TRANSFER_SPAN = 6;

/**
 * In a report on sport, a one-word place after "from" a transfer's verb opens ("joined Milan from
 * Torino") or after "at" a post at a club ends ("his former coach at Torino") is the club the
 * player came from or served: a team, an organisation, at each of its one-word mentions in the
 * article but after "in" and in a dateline ("TURIN 1996-08-30"). English text; changes `spans`
 * in place.
 */
export function clubsInTransfers(
  sentences: readonly (readonly string[])[],
  spans: TokenSpan[][],
  sport = sportReport(sentences),
): void {
  const clubs = new Set<string>();
  sentences.forEach((words, k) => {
    for (const s of spans[k] as TokenSpan[]) {
      if (s.type !== 'LOC' || s.end - s.start !== 1 || s.start < 2) continue;
      const w = words[s.start] as string;
      if (!NAME_WORD.test(w)) continue;
      const before = words[s.start - 1];
      const cue =
        before === 'from'
          ? words
              .slice(Math.max(0, s.start - 1 - TRANSFER_SPAN), s.start - 1)
              .some((x) => TRANSFER_VERBS.has(x.toLowerCase()))
          : before === 'at' && CLUB_POSTS.has((words[s.start - 2] as string).toLowerCase());
      if (cue) clubs.add(w);
    }
  });
  if (!clubs.size || !sport(false)) return;
  sentences.forEach((words, k) => {
    for (const s of spans[k] as TokenSpan[]) {
      if (s.type !== 'LOC' || s.end - s.start !== 1 || !clubs.has(words[s.start] as string)) {
        continue;
      }
      if ((words[s.start - 1] ?? '').toLowerCase() === 'in') continue;
      if (s.start === 0 && words[1] === ',') continue;
      s.type = 'ORG';
    }
  });
}
