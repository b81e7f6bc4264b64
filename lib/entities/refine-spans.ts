import { lookupName } from '../kb/lookup';
import { refineEnglish } from './english-spans';
import { commonWordBand, isFrenchWord, isSpanishWord, trainedNameType } from './common-words';
import { foldName } from './fold-name';
import { isGivenName, SURNAME_WORD } from './given-names';
import {
  afterPressPeople,
  articleMediumType,
  broadcasterSpan,
  hyphenedPaperSpan,
} from './french-media';
import { cutAdjectiveAfterAcronym } from './nationality';
import { getGazetteer } from './gazetteer';
import { normalizeKey } from './gazetteer-key';
import { nounsAroundPersonDe } from './german-evidence';
import { articleBeforePersonDe } from './german-teams';
import { alignListTypes } from './list-types';
import { numberedPlayers } from './spanish-teams';
import type { EntityType, TokenSpan } from './tags';
import { addNamesAfterTitles, isMinistryOfTitle, isTitleWord, splitTitle } from './title-spans';
import { startsCapital, startsLower } from './letter-case';

/** The words of a space-separated list, as a set. */
function wordSet(list: string): Set<string> {
  return new Set(list.split(' '));
}

// Words that are names only as part of a longer one: alone, capitalised, they are the common
// noun ("la République", "l'État", "el Estado"), a link's verb ("Click here"), a section or a
// reference list's "Retrieved".
const COMMON_NOUNS: Record<string, Set<string>> = {
  fr: wordSet(
    'republique etat etats nation gouvernement ministere presidence region departement capitale pays ville monde',
  ),
  es: wordSet('estado republica nacion gobierno ministerio pais ciudad mundo'),
  // German abbreviations of common nouns: Lkw, Pkw, Kfz (vehicles), AGB (terms of business).
  de: wordSet('staat republik regierung ministerium land stadt welt lkw pkw kfz agb'),
  en: wordSet(
    'state republic nation government ministry staff ceo tv click here read share subscribe login menu home advertisement breaking update watch retrieved ' +
      // Things written in capitals, no organisations: file formats, devices, interfaces, genres.
      'pdf url urls css html json xml yaml csv jpeg jpg png gif svg sms gps cpu gpu usb hdmi sdk api apis cli gui ui ux faq diy edm dj vpn wifi ssd mmorpg rpg ' +
      // Protocols and methods ("over HTTP", "a PCA of the data"); not DOM, also a name ("Dom Phillips").
      'http https dns ssl tls rss pca',
  ),
};

// The common nouns that open "État de Kumsusan", "République de Paris": the name is what follows.
const HEAD_CONNECTORS = new Set(['de', 'du', 'des', "d'", 'd’', 'of', 'del']);
const HEAD_CONNECTOR_MAX = Math.max(...[...HEAD_CONNECTORS].map((w) => w.length));

/**
 * HEAD_CONNECTORS.has(w.toLowerCase()), no lower case made of a longer word (lower-casing makes
 * no word shorter): German pages ask it of most nouns' neighbours (knownAlone).
 */
function headConnector(w: string): boolean {
  return w.length <= HEAD_CONNECTOR_MAX && HEAD_CONNECTORS.has(w.toLowerCase());
}

// Capitalised words that make the name before them a place ("Kim Il Sung Square", "Rae's Creek").
const PLACE_HEADS = wordSet(
  'square street avenue road boulevard bridge park creek river lake bay island mount mountain hill tower stadium airport station palace cathedral monument memorial plaza',
);
// PLACE_HEADS' longest word: a longer word is none of them and is not lower-cased to be looked up
// (lower-casing never shortens a string). Most of German's capitalised nouns are longer.
const PLACE_HEAD_MAX = Math.max(...[...PLACE_HEADS].map((w) => w.length));

function isPlaceHead(word: string): boolean {
  return word.length <= PLACE_HEAD_MAX && PLACE_HEADS.has(word.toLowerCase());
}
// Lower-case words that make the name after them a place ("place Kim Il Sung", "plaza Kim Il Sung").
const PLACE_BEFORE: Record<string, Set<string>> = {
  fr: wordSet('place avenue boulevard rue pont quai gare aéroport stade fleuve rivière lac'),
  es: wordSet('plaza avenida calle puente estadio aeropuerto río ríos lago volcán cerro'),
};
// Last words of a place's name that end no person's: "Dolphin Cay", "Bismarck Archipelago",
// "Shanghai Pudong Airport" (not "Hill", "Park", "Lake", "Bay", "Street": family names too).
const PLACE_ENDS = wordSet(
  'square avenue boulevard road creek river island islands archipelago cay harbour harbor peninsula canyon valley airport station stadium cathedral plaza county district province strait',
);
// Capitalised heads that make a span a place whatever the tagger said ("Monument de la Libération").
const PLACE_FIRST = wordSet(
  'monument place pont cathédrale basilique tour palais jardin parc gare aéroport stade plaza puente catedral punta bahía estadio coliseo velódromo hipódromo autódromo',
);
// Lower-case words that make the capitalised name after them an organisation ("groupe Kering").
const ORG_CUES = wordSet(
  'groupe group société company firm entreprise empresa grupo konzern firma compagnie',
);
// Words that end a company's name, never a person's: "Gulf Oil", "Salomon Brothers", "Texas Tech",
// "Urban Outfitters", "Yum Brands".
export const COMPANY_WORDS = wordSet(
  'outfitters enterprises brands express oil brothers bros corp corporation inc ltd plc llc gmbh ag group holdings airlines airways motors films pictures studios records bank bancorp securities insurance seguros industries industrias tech technologies systems software telecom petroleum pharma pharmaceuticals entertainment investments partners',
);

// Words that open a Spanish company's name, never a person's: "Seguros Vitalicio", "Banco Pastor",
// "Industrias Peñoles", "Laboratorios Ovejero".
const COMPANY_FIRST_WORDS: Record<string, Set<string>> = {
  es: wordSet(
    'seguros banco grupo industrias laboratorios inversiones construcciones editorial cementos transportes hoteles aerolíneas líneas almacenes corporación compañía',
  ),
};

// Words that end a publication's or a publisher's name, never a person's: "Shabka Journal",
// "US News", "Springer Nature", "Management Science", "Oxford University Press".
const PUBLICATION_WORDS = wordSet(
  'journal journals press review magazine news times gazette herald publishing publishers books media verlag nature science quarterly',
);
// Lower-case nouns that make the name after them a publisher: "la maison d'édition Actes Sud".
const PUBLISHER_CUES = wordSet('édition éditions éditeur publisher publishers editorial verlag');

// Last words of a job title or a role, never of a person's name: "Deputy Editor", "Research
// Consultant", "Sports Business Analyst" (written after a name, in a byline or a list of staff).
export const ROLE_WORDS = wordSet(
  'editor editors author authors writer writers reporter reporters correspondent columnist contributor contributors analyst analysts consultant consultants commentator director directors manager managers officer officers coordinator assistant intern founder cofounder co-founder strategist adviser advisor specialist administrator engineer developer designer scientist researcher photographer producer spokesperson spokesman spokeswoman attorney lawyer economist journalist blogger lecturer presenter',
);
// Words that end no name: pronouns, prepositions, auxiliaries, link words ("Thank You",
// "Published By", "Hey Let’s"): a heading, a button or a greeting read as a person.
const NO_NAME_ENDS = wordSet(
  'you me him us them it its my your our their this that these those by of for to with from at up out off and or but is are was were be been let can will do does did not here there',
);
// Greetings and thanks open no name: "Thank You", "Hey Let", "Dear John" (the name is after).
const GREETINGS = wordSet('thank thanks hey hello dear welcome please');

// French function words, capitalised, that open a sentence and never end or open a name.
const EDGE_FUNCTION_WORDS: Record<string, Set<string>> = {
  fr: new Set(
    'Ce Se Ces Cet Il Ils Elle Elles On Nous Vous Mais Et Ou Puis Outre Lorsque Lorfque Quand Dans Pour Par Avec Sur Son Sa Ses Leur Leurs Cependant Toutefois Ainsi Alors'.split(
      ' ',
    ),
  ),
  // Spanish adverbs and conjunctions that open a sentence before a surname ("Ahora Bustos
  // asegura", "Además Pérez dijo"): never a given name. Not "Su", "Ya", "Si", "Este", "Y":
  // Chinese names, initials, family names.
  es: new Set(
    'Ahora Además Mientras Luego Entonces Pero Así Según Cuando Aunque También Tras Hoy Ayer Incluso Desde Hasta Durante Ante Porque Pues Todavía Finalmente Asimismo Donde'.split(
      ' ',
    ),
  ),
};
/**
 * A person span without a greeting at its head ("Dear John" → "John"), or null where what is left
 * ends in a role word or in a word that ends no name ("Deputy Editor", "Thank You").
 */
function personWords(words: readonly string[], s: TokenSpan, lang: string): TokenSpan | null {
  let start = s.start;
  while (start < s.end && GREETINGS.has((words[start] as string).toLowerCase())) start++;
  if (start === s.end) return null;
  // A sentence's first word run into the name before it, or after it, where a full stop was lost
  // (OCR): "la reine Victoria Ce délicat problème", "Outre Olano et Mauri".
  const fw = EDGE_FUNCTION_WORDS[lang];
  if (fw && s.end - start > 1) {
    let end = s.end;
    if (fw.has(words[end - 1] as string)) end--;
    if (end - start > 1 && fw.has(words[start] as string)) start++;
    if (end !== s.end) return { ...s, start, end };
  }
  const edges = lang === 'de' ? germanPersonEdges(words, { ...s, start }) : { ...s, start };
  const last = (words[edges.end - 1] as string).toLowerCase();
  if (ROLE_WORDS.has(last) || NO_NAME_ENDS.has(last)) return null;
  return edges.start === s.start && edges.end === s.end ? s : edges;
}

// German placings and medals, capitalised as nouns after a name: "wurde Martin Annen Zweiter",
// "gewann mit Andreas Zingerle Bronze". Not "Gold", a surname.
const PLACING_DE =
  /^(?:(?:Erst|Zweit|Dritt|Viert|Fünft|Sechst|Siebt|Acht|Neunt|Zehnt|Elft|Zwölft|Letzt)(?:er|e)|Silber|Bronze)$/u;

const INITIAL_CAPITAL = /^\p{Lu}/u;

// A woman's role noun, by the suffixes German forms them with ("Stylistin", "Sängerin",
// "Singer-Songwriterin", "Moderatorin", "Dozentin"), hyphenated or of eight letters or more:
// shorter ones are given names too ("Severin"; "Christin", "Valentin" the given-name list knows).
const FEMININE_ROLE_DE = /^\p{Lu}\p{Ll}{2,}(?:erin|istin|entin|antin|orin|eurin|ärin|ologin)$/u;

/** Whether a German word is a woman's role noun (FEMININE_ROLE_DE) and no given name. */
export function feminineRoleDe(word: string): boolean {
  const last = word.slice(word.lastIndexOf('-') + 1);
  return (
    FEMININE_ROLE_DE.test(last) &&
    (last !== word || word.length >= 8) &&
    !isGivenName(word) &&
    !isGivenName(last)
  );
}

/**
 * German: a person span without the "B." of "z. B." before it ("z. B. Rachel Caine"), without a
 * woman's role noun before her name ("Stylistin Lisa Masé", "Singer-Songwriterin Elif") and
 * without a placing or a medal after a name of two words or more ("Martin Annen Zweiter", "Eric
 * Frenzel Silber"): the sentence's words, which German capitalises, run into the name.
 */
export function germanPersonEdges(words: readonly string[], s: TokenSpan): TokenSpan {
  let { start, end } = s;
  // "B." as one word or two ("B", "."), after "z." as one word or two.
  const b = words[start] === 'B.' ? 1 : words[start] === 'B' && words[start + 1] === '.' ? 2 : 0;
  const z = words[start - 1] === 'z.' || (words[start - 1] === '.' && words[start - 2] === 'z');
  if (b && z && end - start > b) start += b;
  if (end - start > 1 && feminineRoleDe(words[start] as string)) start++;
  // Not a regnal name's ordinal after its article ("Friedrich der Zweite").
  if (
    end - start > 2 &&
    PLACING_DE.test(words[end - 1] as string) &&
    INITIAL_CAPITAL.test(words[end - 2] as string)
  ) {
    end--;
  }
  return start === s.start && end === s.end ? s : { ...s, start, end };
}

/**
 * An academic degree written after a name ("Jane Roe, MD, PhD, MPH"): no name of its own. As
 * written: "MSC" (a shipping line) and "BSC" (Hertha BSC) are names.
 */
export const DEGREE = /^(?:PhD|DPhil|MSc|BSc|MSCE|MPH|MHS|MBA|MFA|DrPH|EdD|PsyD)$/u;

// A capital inside a word after four letters or more: "WhatsApp", "FlightGlobal", "PrivatBank":
// the way companies and products write their names; people and places rarely ("McAllen",
// "DeShawn", "MacArthur", "FitzGerald" have a shorter head).
const CAMEL_WORD = /^\p{Lu}(\p{Ll}{3,})\p{Lu}\p{Ll}{2,}$/u;
// Place names run together without their hyphen ("SaintNazaire", "PontNeuf", "ChâteauGontier",
// "GrandFougeray" in OCR text) are no company.
const PLACE_PREFIX =
  /^(?:saint|sainte|santa|santo|san|pont|port|mont|fort|château|chateau|grand|grande|terre|bourg|ville|villa|val|neu|nord|sud)/u;

// Capitalised words that make any name holding them an institution, never a person or a place:
// "Clemson University", "Census Bureau", "Bondy Blog", "Institut Curie", "Sorbonne Université".
const INSTITUTION_WORDS = wordSet(
  'university universities université universität universidad universidade universita college institute institut instituto bureau blog foundation fondation fundación academy académie agency ministry ministère ministerio school endowment orchestra orchestre orquesta orchester philharmonic philharmoniker',
);
// More of them that retype a place or a person (refineSpans) but do not yet feed the fitted
// confidence's institution_form feature (institutionName): widening a fitted feature's domain
// without a refit moved the cross-fitted figures (es, fr-hipe) by noise. Not "Confédération"
// (the Swiss state, a place) nor "Federation" ("Russian Federation").
const MORE_INSTITUTION_WORDS = wordSet(
  'agence agencia observatory observatoire observatorio observatorium mutuelle mutuelles syndicat sindicato association asociación comité',
);

/**
 * Whether a capitalised word makes a name an institution: an institution word, or a compound
 * whose last part is one, as German joins them ("Max-Planck-Institut", "Bar-Ilan-Universität").
 */
function institutionWord(word: string, more: boolean): boolean {
  if (!startsCapital(word)) return false;
  const w = word.toLowerCase();
  if (INSTITUTION_WORDS.has(w) || (more && MORE_INSTITUTION_WORDS.has(w))) return true;
  const dash = w.lastIndexOf('-');
  return more && dash > 0 && INSTITUTION_WORDS.has(w.slice(dash + 1));
}
// Building words: an institution's word before one names a building, a place ("University Hall").
const BUILDING_HEADS = wordSet('hall building center centre library');

// Spanish and French: capitalised first words of a court's, an assembly's, a party's or a
// union's name ("Corte Suprema", "Consejo de Estado", "Cour de cassation", "Chambre des
// députés"): the dev sets name no place so (CoNLL-2002 es dev: 154 names open with one, none a
// place; HIPE and Europeana fr dev: 94, none a place). Not "Confédération" (the Swiss state, a
// place three times there), nor "Palacio"/"Palais" (the building).
const BODY_FIRST: Record<string, Set<string>> = {
  es: wordSet(
    'corte tribunal consejo comisión junta ministerio secretaría asamblea congreso senado partido federación asociación fiscalía defensoría procuraduría policía ejército',
  ),
  fr: wordSet(
    'conseil cour tribunal assemblée sénat ministère chambre commission comité parti syndicat fédération',
  ),
};

// A plural noun of persons opening a name, capitalised: a group of people ("Madres de Plaza de
// Mayo", "Abuelas de Plaza de Mayo", "Madres" alone, "Amis de la Terre", "Mothers Against Drunk
// Driving"), never a place. The dev sets name one such group ("Abuelas de Plaza de Mayo", an
// organisation) and no such place.
const PERSONS_FIRST = wordSet(
  'Madres Padres Abuelas Abuelos Hijos Hijas Familiares Amigos Amigas Mujeres Médicos Trabajadores Mères Pères Amis Amies Médecins Mothers Fathers Friends Doctors',
);

/** Spanish or French: whether a capitalised word opens a body's name (BODY_FIRST). */
export function bodyFirst(word: string, lang: string): boolean {
  return startsCapital(word) && !!BODY_FIRST[lang]?.has(word.toLowerCase());
}

/** The type an institution word in the span gives it, if any: a building is a place. */
function institutionType(
  words: readonly string[],
  s: TokenSpan,
  more = true,
): EntityType | undefined {
  for (let i = s.start; i < s.end; i++) {
    const w = words[i] as string;
    if (!institutionWord(w, more)) continue;
    const last = (words[s.end - 1] as string).toLowerCase();
    return s.end - s.start > 1 && BUILDING_HEADS.has(last) ? 'LOC' : 'ORG';
  }
  return undefined;
}

// "Click Add to Cart", "tap Settings": the name a click or a tap goes to is a button's label.
const UI_VERBS = wordSet('click tap clicking tapping');
function isButtonLabel(words: readonly string[], s: TokenSpan): boolean {
  const first = (words[s.start] as string).toLowerCase();
  const before = (words[s.start - 1] ?? '').toLowerCase();
  return UI_VERBS.has(first) || UI_VERBS.has(before);
}

// "$499 at Walmart", "12 € chez Fnac": where a price is paid is a shop, an organisation.
const CURRENCY = /^(?:[$€£¥]|usd|eur|euros?|dollars?|pounds?)$/iu;
const SHOP_AT = new Set(['at', 'from', 'chez', 'bei', 'en']);
function afterPrice(words: readonly string[], s: TokenSpan): boolean {
  if (!SHOP_AT.has((words[s.start - 1] ?? '').toLowerCase())) return false;
  let digit = false;
  let currency = false;
  for (let i = Math.max(0, s.start - 5); i < s.start - 1; i++) {
    const w = words[i] as string;
    if (/\d/u.test(w)) digit = true;
    if (CURRENCY.test(w) || /^[$€£¥]\d|\d[$€£¥]$/u.test(w)) currency = true;
  }
  return digit && currency;
}

// The genre of a French press cutting written before its medium: "Article Le Figaro", "Reportage France
// Inter" (a list of press coverage). The medium is the name.
const GENRE_WORDS = wordSet('article reportage interview entretien tribune chronique');

const MEDIUM_GENRES = new Set(['article', 'reportage']);

// German nouns that classify the name after them ("Firma Sony", "Musiklabel Island Records",
// "Bundesligisten SV Mattersburg", "Reederei British India…", "Verlag Elsevier"), alone or as
// the last part of a compound: the kind, no part of the name. Not "Studio", "Gruppe", "Team",
// "Band", which names take in ("Studio Ghibli", "Gruppe 47", "Team Sky").
const CLASSIFIER_DE =
  /^\p{Ll}*(?:firma|label|labels|verlag|verlags|agentur|reederei|klub|klubs|verein|vereins|vereine|ligist|ligisten|sponsor|sponsors|konzern|konzerns|hersteller|herstellers|abfüller|organisation|produktionsgesellschaft|eisenbahngesellschaft|fluggesellschaft)$/u;

const CAPITAL_OR_DIGIT_FIRST = /^[\p{Lu}\d]/u;

/**
 * German: an organisation or a person of two words or more opened by a noun that classifies the
 * name after it, the next word capitalised ("Firma Aviat Aircraft", "Drittligisten FC Barnsley",
 * "Label Polydor", "Plattenlabel Lantis"): German writes the kind before the name, and the
 * tagger ran it in. The caller drops that first word.
 */
export function germanClassifierFirst(words: readonly string[], s: TokenSpan): boolean {
  if (s.type === 'LOC' || s.end - s.start < 2) return false;
  const first = words[s.start] as string;
  const next = words[s.start + 1] as string;
  return (
    INITIAL_CAPITAL.test(first) &&
    CLASSIFIER_DE.test(first.toLowerCase()) &&
    CAPITAL_OR_DIGIT_FIRST.test(next)
  );
}

/** The span typed `type` by a rule (its tagger's type scores are then no evidence). */
function retyped(s: TokenSpan, type: EntityType): TokenSpan {
  return { ...s, type, typedByRule: true };
}

// A reference list's author, "Halloran ME", "Miller RA": a surname and its initials.
const INITIALS = /^\p{Lu}{1,3}$/u;
const SURNAME = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
function authorAt(words: readonly string[], i: number): boolean {
  const after = words[i + 2];
  return (
    SURNAME.test(words[i] ?? '') &&
    INITIALS.test(words[i + 1] ?? '') &&
    (after === ',' || after === '.' || after === 'Jr' || after === 'and')
  );
}
/** The start of the list of authors that ends with the one at `i` ("Medlock J and Galvani AP"). */
function authorsStart(words: readonly string[], i: number): number {
  for (;;) {
    let k = i - 1;
    while (k >= 0 && (words[k] === ',' || words[k] === 'and' || words[k] === '&')) k--;
    if (k === i - 1) return i;
    if (words[k] === 'Jr') k--;
    if (k < 1 || !authorAt(words, k - 1)) return i;
    i = k - 1;
  }
}

// A doctrine, a faith or a movement, one capitalised word: "Marxism", "Buddhism", "Islamism",
// "le Gaullisme", "el Peronismo". CoNLL's MISC, no person, place or body; German's "-ismus"
// nouns are confidence.ts's (NOUN_SUFFIX_DE).
const DOCTRINE: Record<string, RegExp> = {
  en: /^\p{Lu}\p{Ll}{2,}ism$/u,
  fr: /^\p{Lu}\p{Ll}{2,}isme$/u,
  es: /^\p{Lu}\p{Ll}{2,}ismo$/u,
};

/** A one-word doctrine's name ("Marxism", "Catholicism"), in the languages that write it so. */
function isDoctrine(word: string, lang: string): boolean {
  return DOCTRINE[lang]?.test(word) ?? false;
}

// Kinship nouns, written in lower case before the name of the relative they stand for ("his
// wife Naina", "her brother, Shannon", "sa sœur Antonia", "la veuve Andrieux", "su hermana
// Ana"). Not French "son" (his), nor German, where "Frau" is also the title of any woman.
const KINSHIP: Record<string, Set<string>> = {
  en: wordSet(
    'wife husband son daughter brother sister father mother uncle aunt nephew niece cousin grandson granddaughter grandfather grandmother widow widower fiancé fiancée fiance fiancee girlfriend boyfriend stepson stepdaughter stepfather stepmother',
  ),
  fr: wordSet(
    'femme mari fils fille frère sœur soeur père mère oncle tante neveu nièce cousin cousine veuve veuf épouse époux fiancé fiancée petit-fils petite-fille',
  ),
  es: wordSet(
    'esposa esposo marido mujer hijo hija hermano hermana padre madre tío tía sobrino sobrina primo prima viuda viudo novia novio nieto nieta abuelo abuela',
  ),
};

/**
 * A name right after a kinship noun, or after it and a comma ("Yeltsin visits wife Naina",
 * "'s wife, Nancy,", "les époux Dupont"): the relative, a person, whatever type the tagger read
 * ("Naina" a place, "Alice" an organisation on held-out text).
 */
function afterKinship(words: readonly string[], s: TokenSpan, lang: string): boolean {
  const kin = KINSHIP[lang];
  if (!kin || s.end - s.start > 3 || !startsCapital(words[s.start] as string)) return false;
  const before = words[s.start - 1] === ',' ? words[s.start - 2] : words[s.start - 1];
  return before !== undefined && kin.has(before);
}

/**
 * A surname and initials in a reference list: its list of authors opens the sentence or follows
 * a reference number ("41. Ward CJ.", "4. Medlock J and Galvani AP."), or "et al" or a journal's
 * "2006;37" is near another author. Not "Linux, Apple TV, Android TV".
 */
function isCitedAuthor(words: readonly string[], s: TokenSpan): boolean {
  if (s.end - s.start !== 2 || !authorAt(words, s.start)) return false;
  if (COMPANY_WORDS.has((words[s.start + 1] as string).toLowerCase())) return false;
  const start = authorsStart(words, s.start);
  const numbered = words[start - 1] === '.' && /^\d+$/u.test(words[start - 2] ?? '');
  if (numbered || (start === 0 && (start < s.start || words[s.end] === '.'))) return true;
  let reference = false;
  for (let i = 0; i < words.length && !reference; i++) {
    const next = words[i + 1] ?? '';
    reference =
      (words[i] === 'et' && /^al\.?$/u.test(next)) ||
      (/^(?:1[89]|20)\d\d$/u.test(words[i] as string) && /^[;:]$/u.test(next));
  }
  if (!reference) return false;
  const from = Math.max(0, s.start - 6);
  const to = Math.min(words.length, s.end + 6);
  for (let i = from; i < to; i++) {
    if (i !== s.start && authorAt(words, i)) return true;
    if (words[i] === 'et' && /^al\.?$/u.test(words[i + 1] ?? '')) return true;
  }
  return false;
}

// A journal's abbreviated title in a reference, "J Clin Virol. 2006;37:237-43": an organisation.
const JOURNAL_WORD = /^\p{Lu}\p{Ll}{0,7}$/u;
function isCitedJournal(words: readonly string[], s: TokenSpan): boolean {
  if (s.end - s.start < 2) return false;
  for (let i = s.start; i < s.end; i++) if (!JOURNAL_WORD.test(words[i] as string)) return false;
  return (
    words[s.end] === '.' &&
    /^(?:1[89]|20)\d\d$/u.test(words[s.end + 1] ?? '') &&
    /^[;:(]$/u.test(words[s.end + 2] ?? '')
  );
}

/** A word after the first of a span is a company word (capitalised): the span names a company. */
function hasCompanyWord(words: readonly string[], s: TokenSpan, lang: string): boolean {
  const first = COMPANY_FIRST_WORDS[lang];
  if (first && s.end - s.start > 1 && first.has((words[s.start] as string).toLowerCase())) {
    return true;
  }
  for (let i = s.start + 1; i < s.end; i++) {
    const w = words[i] as string;
    const f = w.toLowerCase().replace(/\.$/, '');
    if (startsCapital(w) && (COMPANY_WORDS.has(f) || PUBLICATION_WORDS.has(f))) return true;
  }
  return false;
}

function lastWord(words: readonly string[], s: TokenSpan): string {
  return (words[s.end - 1] as string).toLowerCase();
}

/** A word of the span is written as companies and products write theirs (CAMEL_WORD). */
function camelName(words: readonly string[], s: TokenSpan): boolean {
  const w = words[s.start] as string;
  return s.end - s.start === 1 && CAMEL_WORD.test(w) && !PLACE_PREFIX.test(w.toLowerCase());
}

// People who work for a firm or a lab, before "at" / "chez" and its name: "analysts at Morgan
// Stanley", "researchers at Canonical", "économiste chez Natixis". Not officials, workers or
// employees, who are also at places ("officials at Heathrow", "employees at Wolfsburg").
const STAFF_AT: Record<string, { at: string; staff: Set<string> }> = {
  en: {
    at: 'at',
    staff: wordSet(
      'analyst analysts economist economists strategist strategists researcher researchers scientist scientists engineer engineers executive executives trader traders banker bankers ' +
        // A firm's teams and the people who build or advise there: "the Ubuntu team at
        // Canonical", "Product Leader at Mozilla", "a partner at Rhodium".
        'team teams developer developers programmer programmers designer designers consultant consultants partner partners leader leaders founder founders cofounder co-founder',
    ),
  },
  fr: {
    at: 'chez',
    staff: wordSet(
      'analyste analystes économiste économistes stratège stratèges chercheur chercheurs chercheuse chercheuses ingénieur ingénieurs',
    ),
  },
};

/** The span follows a firm's staff and "at" ("analysts at Morgan Stanley"): it is the firm. */
function afterStaffAt(words: readonly string[], s: TokenSpan, lang: string): boolean {
  const cue = STAFF_AT[lang];
  return (
    !!cue &&
    words[s.start - 1] === cue.at &&
    cue.staff.has((words[s.start - 2] ?? '').toLowerCase())
  );
}

// Nouns of a firm written before its name, with at most two adjectives between ("la empresa
// estatal brasileña Petrobras", "la firma Salomon Smith Barney", "las agencias Linda Woods").
const FIRM_CUES: Record<string, Set<string>> = {
  es: wordSet(
    'empresa empresas firma firmas compañía compañías multinacional multinacionales agencia agencias aseguradora aseguradoras constructora constructoras consultora consultoras petrolera petroleras distribuidora operadora cadena cadenas entidad entidades grupo',
  ),
  fr: wordSet(
    'société sociétés entreprise entreprises firme firmes groupe filiale multinationale enseigne compagnie banque assureur constructeur laboratoire start-up startup opérateur',
  ),
};
// A firm's people and dealings, then "de": "el gerente general de Musimundo", "la absorción de
// Paribas", "los ejecutivos de Petrobras". What follows is the firm, never a person.
const FIRM_OF: Record<string, Set<string>> = {
  es: wordSet(
    'gerente gerentes ejecutivos directivos accionista accionistas empleados absorción fusión filial filiales',
  ),
  fr: wordSet(
    'actionnaire actionnaires salariés dirigeants rachat fusion filiale filiales pdg revues usines',
  ),
};
// French words that link a cue to what is no part of its name: "le groupe dirigé par", "la
// société de", "l'entreprise qui": an adjective may stand between a cue and the name, these not.
const FIRM_LINKS_FR = wordSet('par de du des à au aux pour avec dont qui que sur dans en et ou');
// Adjectives between a cue and the name: lower-case words of letters ("estatal", "brasileña").
const FIRM_ADJECTIVE = /^\p{Ll}{3,}$/u;

/**
 * A "person" named right after a firm's noun ("la empresa estatal Petrobras", "la société
 * Business France") or a firm's people and "de" ("el gerente general de Musimundo", "les
 * salariés de Michelin"): the firm.
 */
function afterFirmCue(words: readonly string[], s: TokenSpan, lang: string): boolean {
  const cues = FIRM_CUES[lang];
  const of = FIRM_OF[lang];
  if (!cues || !of) return false;
  let i = s.start - 1;
  if (words[i] === 'de' || words[i] === 'del' || /^d['’]$/u.test(words[i] ?? '')) {
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const w = (words[j] as string).toLowerCase();
      if (of.has(w)) return true;
      if (!FIRM_ADJECTIVE.test(words[j] as string)) return false;
    }
    return false;
  }
  for (; i >= Math.max(0, s.start - 3); i--) {
    const w = words[i] as string;
    if (cues.has(w)) return true;
    if (!FIRM_ADJECTIVE.test(w) || (lang === 'fr' && FIRM_LINKS_FR.has(w))) return false;
  }
  return false;
}

// French nouns of a firm in an apposition after its name: those written before one (FIRM_CUES)
// and these ("Knoll, une grande fabrique allemande", "Dior, une maison de couture").
const FIRM_APPOSITION_FR = new Set([
  ...(FIRM_CUES.fr as Set<string>),
  ...wordSet('fabrique fabricant éditeur maison marque cabinet chaîne'),
]);

/**
 * French: a "person" followed by a comma, an indefinite article and a firm's noun, at most two
 * adjectives between ("Knoll, une grande fabrique allemande", "Elsevier, un éditeur
 * néerlandais"): the apposition says what the name is, a firm.
 */
function firmApposition(words: readonly string[], s: TokenSpan): boolean {
  if (words[s.end] !== ',' || !/^une?$/u.test(words[s.end + 1] ?? '')) return false;
  for (let i = s.end + 2; i < Math.min(words.length, s.end + 5); i++) {
    const w = words[i] as string;
    if (FIRM_APPOSITION_FR.has(w)) return true;
    if (!FIRM_ADJECTIVE.test(w) || FIRM_LINKS_FR.has(w)) return false;
  }
  return false;
}

// French verbs of a firm's trade, in the present, with their object after ("Elsevier édite 15
// des 57 revues", "Lactalis commercialise les marques"): what a firm does, seldom one person.
const FIRM_VERBS_FR = wordSet('édite commercialise fabrique licencie');
// What opens the object of such a verb: a number or a determiner.
const OBJECT_OPENING_FR = /^(?:\d[\d.,]*|les?|la|l['’]|une?|des|du|ses|son|sa|plus|près)$/u;

/**
 * French: a one-word "person", no given name, as the subject of a firm's verb with its object
 * ("Elsevier édite 15 des 57 revues", "Renault fabrique ses moteurs"): a firm.
 */
function firmVerbAfter(words: readonly string[], s: TokenSpan): boolean {
  return (
    s.end - s.start === 1 &&
    !isGivenName(words[s.start] as string) &&
    FIRM_VERBS_FR.has(words[s.end] ?? '') &&
    OBJECT_OPENING_FR.test(words[s.end + 1] ?? '')
  );
}

/** The span follows a lower-case publisher noun ("maison d'édition Actes Sud", "publisher Brill"). */
function afterPublisherCue(words: readonly string[], s: TokenSpan): boolean {
  const before = (words[s.start - 1] ?? '').replace(/^[dl]['’]/u, '');
  return startsLower(before) && PUBLISHER_CUES.has(before.toLowerCase());
}

// Words before a school's name given by what it teaches, before its article: "après avoir fait
// les Beaux-Arts", "élève des Arts-Déco", "diplômée des Ponts-et-Chaussées", "l'école des
// Beaux-Arts", "entrée aux Beaux-Arts".
const STUDY_CUES_FR = wordSet(
  'fait faire intégré intégrer intègre étudie étudié étudier étudiant étudiante étudiants étudiantes élève élèves diplômé diplômée diplômés diplômées école académie ancien ancienne anciens anciennes entré entrée',
);

/**
 * French: a name of two words or more, each a word the language writes in lower case ("Beaux",
 * "Arts", "Ponts", "Chaussées"), after "les", "des" or "aux" and a verb or a noun of study ("fait
 * les Beaux-Arts", "l'école des Beaux-Arts"): the school named by what it teaches, an
 * organisation, not a place nor a person. A name the KB knows keeps its type.
 */
function schoolOfStudies(words: readonly string[], s: TokenSpan): boolean {
  const article = words[s.start - 1] ?? '';
  if (!/^(?:les|des|aux)$/u.test(article)) return false;
  const cue = (words[s.start - 2] ?? '').replace(/^[dl]['’]/u, '');
  if (!STUDY_CUES_FR.has(cue)) return false;
  const parts = words
    .slice(s.start, s.end)
    .join(' ')
    .split(/[\s\-‐]+/u)
    .filter((p) => !/^(?:et|de|du|des)$/u.test(p));
  return (
    parts.length >= 2 &&
    parts.every(
      (p) =>
        TITLE_CASE_WORD.test(p) &&
        (isFrenchWord(p) || commonWordBand(foldName(p), 'fr') !== undefined),
    )
  );
}

// French plural demonyms after a determiner: "des Parisiens", "les Américains".
const DEMONYM_FR =
  /^\p{Lu}\p{Ll}+(?:iens|iennes|éens|éennes|aises|oises|ains|aines|ois|ais|ands|andes|ols|oles|ites|otes|ards|ardes)$/u;
// Peoples whose plural takes no demonym's ending ("les Suisses", "des Basques", "entre Juifs et
// Arabes"): never a place, with or without a determiner.
const PEOPLES_FR = wordSet(
  'suisses juifs arabes basques turcs grecs russes belges slaves serbes croates tchèques slovaques kurdes perses maures berbères bretons gascons saxons wallons flamands',
);
const DETERMINERS_FR = new Set([
  'les',
  'des',
  'de',
  'aux',
  'ces',
  'nos',
  'leurs',
  'quelques',
  'autres',
  'plusieurs',
]);

// One person named by where they come from, after an article: "l'Espagnol", "la Néerlandaise",
// "le Britannique", "un Danois" (the sports pages' way of naming a player again). Endings of
// places left out: "-and(e)" (Irlande, Groenland), "-ol" (Tyrol). Pays and regions ("le
// Beaujolais", "l'Artois", "la Lorraine") and given names ("la Fabienne", "le Julien") end like
// demonyms too: only a word French also writes in lower case (common-words.json: "danois",
// "américain"; a region's or a person's name is not).
const DEMONYM_ONE_FR = /^\p{Lu}\p{Ll}+(?:ien|ienne|éen|éenne|ais|aise|ois|oise|ain|aine)$/u;
const PEOPLE_ONE_FR = wordSet(
  'espagnol espagnole allemand allemande normand normande flamand flamande mongol mongole belge russe serbe croate tchèque slovaque slovène kurde turc turque grec grecque arabe basque britannique',
);
// Words that end like a demonym and are none: "le Marais", "le Palais", "le Beaujolais".
const NOT_DEMONYMS_FR = wordSet('marais palais relais beaujolais');
// "la Suisse" is the country, "le Suisse" a man.
const MASCULINE_PEOPLE_FR = wordSet('suisse');
const ONE_ARTICLES_FR = wordSet("le la l' l’ un une");
const MASCULINE_ARTICLES_FR = wordSet('le un');

/** Whether the word at `i`, after a singular article, names a person by their origin. */
function personOfOrigin(words: readonly string[], i: number): boolean {
  // "l'" may come cut in two ("L ' Espagnol").
  const cut = (words[i - 1] === "'" || words[i - 1] === '’') && /^[lL]$/.test(words[i - 2] ?? '');
  const at = cut ? i - 2 : i - 1;
  const prev = cut ? `${words[at] as string}'` : words[at];
  if (prev === undefined) return false;
  // The article in lower case, or opening the sentence: "Le Parisien" mid-sentence is the paper.
  if (!(startsLower(prev) || at === 0)) return false;
  const det = prev.toLowerCase();
  if (!ONE_ARTICLES_FR.has(det)) return false;
  const w = (words[i] as string).toLowerCase();
  if (MASCULINE_PEOPLE_FR.has(w)) return MASCULINE_ARTICLES_FR.has(det);
  if (PEOPLE_ONE_FR.has(w)) return true;
  if (NOT_DEMONYMS_FR.has(w)) return false;
  const word = words[i] as string;
  return DEMONYM_ONE_FR.test(word) && commonWordBand(word, 'fr') !== undefined;
}

// Military and noble ranks: the name after one is a person's ("le général Moreau", "les généraux
// Benkendorf et Adlerberg"), and after a general's or a noble's rank and "de" ("le général de
// Gaulle", "le comte de Méran"), though it may be a place's name too; a place the KB knows stays
// one ("le duc d'Orléans"). "Le commandant de Strasbourg" commands the town: no "de" after the
// other ranks.
const RANKS_FR = wordSet(
  'général généraux maréchal maréchaux colonel colonels capitaine lieutenant commandant amiral amiraux comte comtesse baron baronne marquis marquise vicomte vicomtesse duc duchesse',
);
const RANKS_DE_FR = wordSet(
  'général généraux maréchal comte comtesse baron baronne marquis marquise vicomte vicomtesse duc duchesse',
);
// What may stand before a rank: "général" is an adjective after a noun ("quartier général de
// Vérone", "procureur général de Douai", "secrétaire général").
const BEFORE_RANK_FR = wordSet(
  "le la les l' l’ du des au aux un une ce cet ces son sa ses leur leurs notre nos votre ancien ancienne fameux célèbre jeune vieux futur feu et",
);
const RANK_PARTICLES = wordSet("de d' d’");

// "Messieurs" before a list of names: "MM.", "MM", "Messieurs" (French).
const PLURAL_ADDRESS_FR = /^(?:MM\.?|Messieurs|MESSIEURS)$/u;
/** At most this many words from "MM." to a name of its list. */
const ADDRESS_LIST_WORDS = 24;

/**
 * French: the name at `i` is one of a list that "MM." (Messieurs) opens, names joined by commas
 * and "et" only ("MM. Gervex, Dewambez, Borde et Latoudre", "MM . Stéphan , Feyfant , Hemery"):
 * every one is a person's, however the tagger read it. A lower-case word ends the list ("MM.
 * Dupont et Durand sont allés à Paris").
 */
function inAddressList(words: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - ADDRESS_LIST_WORDS); k--) {
    const w = words[k] as string;
    if (PLURAL_ADDRESS_FR.test(w)) return k < i - 1;
    if (w === '.' && /^MM$/u.test(words[k - 1] ?? '')) return true;
    if (w !== ',' && w !== 'et' && !startsCapital(w)) return false;
  }
  return false;
}

/** Whether the word at `i` follows a rank ("généraux X et Y": the second name too), or a rank and "de". */
function afterRank(words: readonly string[], i: number): boolean {
  let at = i - 1;
  const de = RANK_PARTICLES.has(words[at] ?? '');
  if (de) at--;
  // "les généraux Benkendorf et Adlerberg": the name after "et" that follows the rank's name.
  else if (words[at] === 'et' && startsCapital(words[at - 1] ?? '')) at -= 2;
  const rank = words[at];
  if (rank === undefined || !startsLower(rank) || !(de ? RANKS_DE_FR : RANKS_FR).has(rank)) {
    return false;
  }
  const before = words[at - 1];
  return before === undefined || !startsLower(before) || BEFORE_RANK_FR.has(before);
}

/**
 * "le général de Gaulle", "le comte de Méran": the "de" between a general's or a noble's rank
 * and a person's name is the name's ("de Gaulle"), as after "M." ("M. de Blowitz").
 */
function particleAfterRank(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((s, k) => {
    if (s.type !== 'PER' || !RANK_PARTICLES.has(words[s.start - 1] ?? '')) return;
    if (!afterRank(words, s.start)) return;
    (out ??= [...spans])[k] = { ...s, start: s.start - 1 };
  });
  return out ?? spans;
}

/**
 * "les de Mont ont successivement rempli…", "le dernier des de Mont": a noble family named by
 * its particle and name after a plural article, persons, whatever the tagger read ("Mont" a place).
 */
function familiesByParticle(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((s, k) => {
    if (words[s.start - 1] !== 'de' || s.end - s.start > 3) return;
    const article = words[s.start - 2];
    if (article !== 'les' && article !== 'des') return;
    (out ??= [...spans])[k] = { start: s.start - 1, end: s.end, type: 'PER' };
  });
  return out ?? spans;
}

// A regnal number: "XIII", "IV", "II" (not "I" alone, a pronoun in English, a letter), or "1er",
// "Ier", "1 er" as old papers print "premier".
const REGNAL = /^(?:[IVX]{2,5}|V|X)$/u;
const FIRST_REGNAL = /^(?:1er|Ier)$/u;

/**
 * "l'avènement de Louis XIII", "François 1 er": a given name and a regnal number the tagger left
 * untagged, after a lower-case word, are a sovereign, a person. Not a word French writes in lower
 * case ("chapitre III"), nor a name the KB or the training sets type otherwise ("Vatican II"),
 * nor one opening a clause or a list's entry (a horse in a race's results: "1. Clouglou II").
 */
function addRegnalNames(
  words: readonly string[],
  spans: TokenSpan[],
  known: RefineContext['known'],
): TokenSpan[] {
  let taken: Uint8Array | null = null;
  let added: TokenSpan[] | null = null;
  for (let i = 0; i + 1 < words.length; i++) {
    const next = words[i + 1] as string;
    const first = FIRST_REGNAL.test(next) || (next === '1' && words[i + 2] === 'er');
    if (!first && !REGNAL.test(next)) continue;
    const w = words[i] as string;
    if (!NAME_WORD_FR.test(w) || w.length < 3 || !startsLower(words[i - 1] ?? '')) continue;
    if (FUNCTION_WORDS.has(w.toLowerCase()) || commonWordBand(w, 'fr') !== undefined) continue;
    const trained = trainedNameType(foldWord(w), 'fr');
    if ((trained && trained !== 'PER') || known([w])) continue;
    const end = next === '1' ? i + 3 : i + 2;
    taken ??= covered(spans, words.length);
    if (anyTaken(taken, i, end)) continue;
    (added ??= []).push({ start: i, end, type: 'PER' });
  }
  return added ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

// Prepositions of place: "d'Ostrava", "à Lyon", "de Paris".
const PLACE_PREPOSITIONS_FR = wordSet("à de d' d’ en");

const LETTER = /^\p{Lu}\.?$/u;
// Without its dot: "J. de Villiers" and "M. de Mauroy" open with an initial or an honorific.
const BARE_LETTER = /^\p{Lu}$/u;

// Elected people and candidates, who are named with their party's acronym first.
const ELECTED_FR = wordSet(
  'député députée sénateur sénatrice eurodéputé eurodéputée élu élue maire candidat candidate ministre militant militante conseiller conseillère président présidente porte-parole chef patron patronne leader cadre responsable secrétaire dirigeant dirigeante',
);
// Acronyms that open a stage name: "DJ Snake", "MC Solaar".
const STAGE_NAMES = new Set(['DJ', 'MC']);

const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;

/**
 * Whether a span opens with a party's (or a union's) acronym before a person's name: 2 after an
 * elected person's function ("le député LFI Jean-Luc Mélenchon", "la députée RN Marine" read as
 * an organisation), the acronym then an organisation of its own; 1 for any other person span so
 * written ("LR Bruno Retailleau"), where the acronym may be OCR noise ("SW Gonery") and is
 * dropped; 0 for none. An acronym is no part of a person's name.
 */
function partyBefore(words: readonly string[], s: TokenSpan): 0 | 1 | 2 {
  if (s.end - s.start < 2) return 0;
  const first = words[s.start] as string;
  if (!ACRONYM.test(first) || STAGE_NAMES.has(first)) return 0;
  if (!CAPITAL_THEN_LOWER.test(words[s.start + 1] as string) || capsSentence(words)) return 0;
  // "US News", "BFM Business": the acronym opens a firm's or a publication's name.
  if (hasCompanyWord(words, s, 'fr')) return 0;
  if (ELECTED_FR.has((words[s.start - 1] ?? '').toLowerCase())) return 2;
  return s.type === 'PER' ? 1 : 0;
}

// Capitalised at a sentence start, never part of the name: "The Kim Il Sung Square".
const FUNCTION_WORDS = wordSet('the a an la le les el los las der die das on at in en');
const ACRONYM = /^\p{Lu}{2,4}$/u;

const HAS_LETTER = /\p{L}/u;

/** How many of a sentence's words hold letters, and how many of those are written in capitals. */
export function capsCount(words: readonly string[]): { upper: number; letters: number } {
  let upper = 0;
  let letters = 0;
  for (const w of words) {
    if (!HAS_LETTER.test(w)) continue;
    letters++;
    if (w === w.toUpperCase()) upper++;
  }
  return { upper, letters };
}

// A headline or a sports result in capitals: "MILLER DEFEATS BAILEY" are names, not acronyms.
function capsSentence(words: readonly string[]): boolean {
  const { upper, letters } = capsCount(words);
  return letters > 2 && upper / letters > 0.5;
}

function titleOnly(words: readonly string[], s: TokenSpan, lang: string): boolean {
  if (s.end - s.start < 2) return false;
  for (let i = s.start; i < s.end; i++) if (!isTitleWord(words[i] as string, lang)) return false;
  return true;
}

/** The type of the KB's entry for a name, if any (articleMediumType). */
function kbType(name: string): EntityType | undefined {
  return lookupName(name)?.type;
}

/** Facts about names the rules may not override: the KB or gazetteer knows the name. */
export interface RefineContext {
  lang: string;
  /** Whether the words form a name the KB or the gazetteer knows (any type). */
  known(words: readonly string[]): EntityType | undefined;
}

function lang2(lang: string): string {
  return lang.toLowerCase().slice(0, 2);
}

/**
 * Whether a one-word name is a common noun of the language (or an English link word): such a
 * span stays for search, but is never shown (the dev sets count "Gobierno" as an organisation).
 */
export function isCommonNoun(word: string, lang: string): boolean {
  return isCommon(word, lang2(lang));
}

// Heads that a name after "de" replaces: "État de Kumsusan", "République de Paris". Not
// "Gobierno de Estados Unidos", which is the government.
const REPLACED_HEADS = new Set(['republique', 'etat']);

// Folded words (foldName: a Unicode normalisation, the dearest step of isCommon) by their
// form: the same capitalised nouns recur, German ones above all. A pure function's cache.
const foldedWords = new Map<string, string>();
const FOLDED_LIMIT = 20_000;

function foldWord(word: string): string {
  let f = foldedWords.get(word);
  if (f === undefined) {
    f = foldName(word);
    if (foldedWords.size >= FOLDED_LIMIT) foldedWords.clear();
    foldedWords.set(word, f);
  }
  return f;
}

// "PC" is a personal computer in English and German tech text ("your PC library", "mein PC"),
// but the Communist Party in French and Spanish ("le PC", "el PC chileno"): common only there.
const COMPUTER_LANGS = new Set(['en', 'de']);
const COMPUTER = new Set(['pc', 'pcs']);

function isCommon(word: string, lang: string): boolean {
  const f = foldWord(word);
  if (COMPUTER.has(f)) return COMPUTER_LANGS.has(lang);
  return !!COMMON_NOUNS[lang]?.has(f) || (lang !== 'en' && !!COMMON_NOUNS.en?.has(f));
}

const CHAMBERS = new Set(['House', 'Senate']);
const CHAMBER_MEMBERS = new Set(
  'member members seat seats race races candidate candidates colleagues Democrats Republicans'.split(
    ' ',
  ),
);
const CHAMBER_BODY = /^\p{Lu}{2,6}$/u;

/**
 * English: a body's acronym before "House" or "Senate" and its members ("CBC House members",
 * "GOP Senate candidates"): the chamber says which of the body's members, it is no part of the
 * body's name. The span keeps the acronym ("CBC", one card with the page's other "CBC").
 */
export function stripChamberOfMembers(words: readonly string[], s: TokenSpan): TokenSpan {
  if (s.end - s.start !== 2) return s;
  if (!CHAMBERS.has(words[s.end - 1] as string)) return s;
  if (!CHAMBER_BODY.test(words[s.start] as string)) return s;
  if (!CHAMBER_MEMBERS.has(words[s.end] ?? '')) return s;
  return { ...s, end: s.end - 1 };
}

/**
 * Corrects the tagger's spans by general rules of name writing: a common noun alone is no name;
 * an apposition after a comma is not part of the name before it; "L'" in "L'Oréal" is; a
 * possessive or a place word inside a name makes one place ("Rae's Creek", "Kim Il Sung
 * Square"); a common-noun head before "de" is not the name ("État de Kumsusan" → "Kumsusan");
 * a person typed as an acronym is an organisation; a title's words are no part of the name after
 * it ("Secretary of State Antony Blinken", title-spans.ts). Spans are token spans over `words`.
 */
export function refineSpans(
  words: readonly string[],
  spans: readonly TokenSpan[],
  ctx: RefineContext,
): TokenSpan[] {
  const lang = lang2(ctx.lang);
  const out: TokenSpan[] = [];
  for (const span of spans) {
    let s: TokenSpan | null = { ...span };
    // "le ministre de l'Intérieur": the ministry is the title's, no name.
    if ((lang === 'fr' || lang === 'es') && isMinistryOfTitle(words, s, lang)) continue;
    let known = ctx.known(words.slice(s.start, s.end));
    if (!known) {
      s = splitTitle(words, s, lang);
      if (s.start !== span.start) known = ctx.known(words.slice(s.start, s.end));
    }
    if (!known && adjectiveOfKnownName(words, s, ctx)) continue;
    // "le Premier Consul", "le Premier Ministre": a title of two words or more, no person's name.
    if (!known && titleOnly(words, s, lang)) continue;
    if (!known) s = cutApposition(words, s, out);
    if (s && !known) s = stripCommonHead(words, s);
    if (s && !known) s = stripNationality(words, s, ctx.lang);
    if (s && !known && (lang === 'fr' || lang === 'es')) s = cutAdjectiveAfterAcronym(words, s);
    if (s && !known && lang === 'en') s = stripChamberOfMembers(words, s);
    if (s) s = stripLoneQuotes(words, s);
    if (s) s = stripAddress(words, s);
    if (!s) continue;
    const party = lang === 'fr' && !known ? partyBefore(words, s) : 0;
    if (party) {
      // "le député LFI Jean-Luc Mélenchon": the party (after a function), then the person.
      if (party === 2) out.push({ start: s.start, end: s.start + 1, type: 'ORG' });
      s = { ...s, start: s.start + 1, type: 'PER' };
    }
    if (!known && isButtonLabel(words, s)) continue;
    if (!known && s.type === 'PER') s = personWords(words, s, lang);
    if (!s) continue;
    // A degree after a name is none ("Jaya K. Rao, MD, MHS"): kept, it would make a list of
    // organisations of the names beside it (list-types.ts).
    if (!known && s.end - s.start === 1 && DEGREE.test(words[s.start] as string)) continue;
    if (!known && s.end - s.start === 1 && isDoctrine(words[s.start] as string, lang)) continue;
    // A role word alone is no name of any type ("Author", "Editor").
    if (
      !known &&
      s.end - s.start === 1 &&
      ROLE_WORDS.has((words[s.start] as string).toLowerCase())
    ) {
      continue;
    }
    if (
      !known &&
      lang === 'fr' &&
      s.end - s.start > 1 &&
      GENRE_WORDS.has((words[s.start] as string).toLowerCase())
    ) {
      const genre = (words[s.start] as string).toLowerCase();
      s.start++;
      known = ctx.known(words.slice(s.start, s.end));
      // What an article or a report is of is a medium: "Article Le Figaro".
      if (!known && MEDIUM_GENRES.has(genre) && s.type !== 'ORG') s = retyped(s, 'ORG');
    }
    // "France 2", "France info": a French broadcaster, not the country (french-media.ts);
    // after a genre word ("Reportage France 3").
    const broadcaster =
      lang === 'fr'
        ? (broadcasterSpan(words, s) ??
          articleMediumType(words, s, kbType) ??
          hyphenedPaperSpan(words, s))
        : null;
    if (broadcaster) {
      out.push(broadcaster);
      continue;
    }
    // "Gründungsintendant Udo Reiter", "Christian Seiler Illustration": the nouns are cut off.
    const cut =
      !known && lang === 'de' && s.type === 'PER'
        ? nounsAroundPersonDe(words, s.start, s.end)
        : null;
    if (cut) {
      s = { ...s, start: cut[0], end: cut[1] };
      known = ctx.known(words.slice(s.start, s.end));
    }
    if (!known && lang === 'de' && germanClassifierFirst(words, s)) {
      s.start++;
      known = ctx.known(words.slice(s.start, s.end));
    }
    // "L'Oréal", "L'Équipe": a capital elision mid-sentence belongs to the name.
    const before = words[s.start - 1];
    if (s.start > 1 && before !== undefined && /^[LD]['’]$/.test(before)) {
      s.start--;
      if (!ctx.known(words.slice(s.start + 1, s.end)) && s.type === 'LOC') s.type = 'ORG';
    }
    // "M’Jid El Guerrab", "N’Golo Kanté": "m’" and "n’" elide a pronoun or "ne" before a verb,
    // never capitalised; before a capitalised name they are its first letter.
    if (
      s.type === 'PER' &&
      /^[MN]['’]$/u.test(before ?? '') &&
      startsCapital(words[s.start] as string)
    ) {
      s.start--;
    }
    // "du parti LREM", "le syndicat CGT": a lower-case noun before an acronym is its kind, not its name.
    if (
      !known &&
      s.end - s.start === 2 &&
      startsLower(words[s.start] as string) &&
      ACRONYM_WORD.test(words[s.start + 1] as string)
    ) {
      s = { ...s, start: s.start + 1 };
      known = ctx.known(words.slice(s.start, s.end));
    }
    const len = s.end - s.start;
    const first = words[s.start] as string;
    if (len === 1 && !ctx.known([first])) {
      const prev = words[s.start - 1];
      if (lang === 'fr' && PEOPLES_FR.has(first.toLowerCase())) continue;
      const determined = prev !== undefined && DETERMINERS_FR.has(prev.toLowerCase());
      if (lang === 'fr' && DEMONYM_FR.test(first) && determined) continue;
      if (lang === 'fr' && (personOfOrigin(words, s.start) || prev === 'prix')) continue;
      // A letter alone names nothing one can show: "M. B.", "le groupe A"; in brackets it may
      // stand for a country ("Zberg (S)").
      if (lang === 'fr' && LETTER.test(first) && !(prev === '(' && words[s.end] === ')')) continue;
    }
    // "le groupe B de la Ligue" read as a person: a letter then a lower-case word names no one.
    if (lang === 'fr' && s.type === 'PER' && len > 1 && BARE_LETTER.test(first)) {
      if (startsLower(words[s.start + 1] as string)) continue;
    }
    // "RIA", "KCNA": people are not written as acronyms.
    if (len === 1 && s.type === 'PER' && ACRONYM.test(first) && !capsSentence(words)) {
      const k = ctx.known([first]);
      s.type = k && k !== 'PER' ? k : 'ORG';
    }
    // "Estadio Asociación Cívica Jicaraleña": in Spanish, a place's head first makes the name a
    // place, whatever institution's word follows it (the ground is named after the club).
    const placeFirst = !known && len > 1 && PLACE_FIRST.has(first.toLowerCase());
    if (placeFirst) s.type = 'LOC';
    if (known !== 'PER' && s.type === 'PER' && hasCompanyWord(words, s, lang)) s.type = 'ORG';
    if (!known && s.type === 'PER' && len > 1 && PLACE_ENDS.has(lastWord(words, s))) {
      s = retyped(s, 'LOC');
    }
    const institution =
      s.type !== 'ORG' && known !== s.type && !(placeFirst && lang === 'es')
        ? institutionType(words, s)
        : undefined;
    if (institution && (!known || known === institution)) s = retyped(s, institution);
    if (s.type === 'LOC' && known !== 'LOC' && afterPrice(words, s)) s = retyped(s, 'ORG');
    if (s.type === 'LOC' && !known && bodyFirst(words[s.start] as string, lang)) {
      s = retyped(s, 'ORG');
    }
    if (s.type === 'LOC' && !known && PERSONS_FIRST.has(words[s.start] as string)) {
      s = retyped(s, 'ORG');
    }
    if (s.type === 'LOC' && !known && camelName(words, s)) s = retyped(s, 'ORG');
    if (s.type !== 'ORG' && !known && afterPublisherCue(words, s)) s = retyped(s, 'ORG');
    if (s.type === 'PER' && !known && afterFirmCue(words, s, lang)) s = retyped(s, 'ORG');
    if (lang === 'fr' && s.type !== 'ORG' && !known && schoolOfStudies(words, s)) {
      s = retyped(s, 'ORG');
    }
    if (lang === 'fr' && afterPressPeople(words, s, known)) s = retyped(s, 'ORG');
    if (
      lang === 'fr' &&
      s.type === 'PER' &&
      !known &&
      (firmApposition(words, s) || firmVerbAfter(words, s))
    ) {
      s = retyped(s, 'ORG');
    }
    if (s.type === 'LOC' && !known && afterStaffAt(words, s, lang)) s = retyped(s, 'ORG');
    if (s.type !== 'PER' && !known && isCitedAuthor(words, s)) s = retyped(s, 'PER');
    if (s.type !== 'PER' && !known && afterKinship(words, s, lang)) s = retyped(s, 'PER');
    if (s.type !== 'ORG' && !known && isCitedJournal(words, s)) s = retyped(s, 'ORG');
    if (lang === 'fr' && s.type === 'LOC' && !known && afterRank(words, s.start)) {
      s = retyped(s, 'PER');
    }
    if (lang === 'fr' && s.type !== 'PER' && !known && inAddressList(words, s.start)) {
      s = retyped(s, 'PER');
    }
    out.push(s);
  }
  let joined = joinParticles(words, joinGivenNames(words, joinPossessives(words, out), lang), lang);
  joined = joinNicknames(words, joined);
  joined = joinSyllableNames(words, joined);
  joined = addPatterns(words, joined, lang, ctx.known);
  joined = joinStreetWords(words, joined, lang, ctx.known);
  joined = namedAfterPersons(words, joined, lang);
  joined = addKnown(words, addInstitutions(words, joined, lang), ctx);
  joined = joinBodyOf(words, joinClubPrefix(words, joined, lang), lang, ctx.known);
  joined = joinCoordinatedBody(words, joined, lang, ctx.known);
  joined = addPowers(words, joined, lang);
  joined = addBracketedAcronyms(words, joined, lang, ctx.known);
  joined = clubAfterPerson(words, joined, lang);
  joined = clubAfterArticle(words, joined, lang);
  joined = dropCompetitionParts(words, joined, lang);
  joined = dropCurrencies(words, joined, lang);
  joined = addListedShares(words, joined, lang);
  joined = playersInLineUp(words, joined, lang);
  joined = scorersWithGoals(words, joined, lang, ctx.known);
  joined = playersWithMinutes(words, joined, lang, ctx.known);
  joined = articleBeforePersonDe(words, joined, lang);
  joined = numberedPlayers(words, joined, lang, ctx.known);
  if (lang === 'en') joined = refineEnglish(words, joined, ctx.known);
  if (lang === 'fr') {
    joined = joinArticleSurnames(words, addNamesBeforeFunctions(words, joined, ctx.known), ctx);
    joined = particleAfterRank(words, joined);
    joined = ridersWithTimes(words, joined, ctx.known);
    joined = countriesOfAthletes(words, joined);
    joined = newspapersOfPlaces(words, joined, lang);
    joined = familiesByParticle(words, joined);
    joined = addRegnalNames(words, joined, ctx.known);
  }
  if (lang === 'es') {
    joined = newspapersOfPlaces(words, joined, lang);
    joined = joinMarriedNames(words, joined, ctx.known);
    joined = regionsAfterEn(words, joined, ctx.known);
  }
  // A publication's name by its last word ("US News", "Shabka Journal") keeps its type in a list
  // of persons, as a name the KB knows does. Not a company's word: "O'Keeffe AG" in a list of
  // authors is one.
  return alignListTypes(words, addNamesAfterTitles(words, joined, lang), (w) =>
    publicationKnown(w, ctx),
  );
}

function publicationKnown(w: readonly string[], ctx: RefineContext): EntityType | undefined {
  return (
    ctx.known(w) ??
    (w.length > 1 && PUBLICATION_WORDS.has((w[w.length - 1] as string).toLowerCase())
      ? 'ORG'
      : undefined)
  );
}

/**
 * French family names that open with a capitalised article, where the tagger stopped before it
 * ("Marine" + "Le Pen", "Jean-Yves" + "Le Drian"): a person span followed by "Le" or "La" and a
 * name word in no span takes them in. Not a word French writes in lower case ("Le Monde") nor
 * a name the KB knows or the training sets type as no person ("Le Havre", "Le Caire").
 */
function joinArticleSurnames(
  words: readonly string[],
  spans: TokenSpan[],
  ctx: RefineContext,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((s, k) => {
    const article = words[s.end];
    const name = words[s.end + 1];
    if (s.type !== 'PER' || (article !== 'Le' && article !== 'La') || name === undefined) return;
    if (!NAME_WORD_FR.test(name) || (spans[k + 1]?.start ?? Infinity) < s.end + 2) return;
    if (commonWordBand(name, 'fr') !== undefined || ctx.known([name])) return;
    const trained = trainedNameType(foldName(name), 'fr');
    if (trained && trained !== 'PER') return;
    if (ctx.known([article, name])) return;
    (out ??= [...spans])[k] = { ...s, end: s.end + 2 };
  });
  return out ?? spans;
}

// Functions written after a name and a comma: "Stump, professeur au collège", "Numa Matthey,
// secrétaire", "Clemenceau, ministre de la Guerre".
const FUNCTIONS_FR = wordSet(
  'professeur professeure médecin président présidente vice-président vice-présidente secrétaire député députée sénateur sénatrice ministre maire notaire avocat avocate banquier juge curé pasteur abbé directeur directrice inspecteur inspectrice commissaire conseiller conseillère ingénieur docteur rédacteur rédactrice lieutenant capitaine colonel entrepreneur négociant instituteur institutrice porte-parole préfet sous-préfet procureur syndic',
);
// "vice - président" as some texts cut it.
const FUNCTION_PREFIXES_FR = wordSet('vice');
const NAME_WORD_FR = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;
const SENTENCE_END = /^[.!?:;«»"“”—–-]$/u;

/**
 * Persons the tagger missed before a comma and a function ("Stump, professeur au collège de
 * Genève"): one to three capitalised words, none in a span, the first not a word French mostly
 * writes in lower case ("la Presse, secrétaire"), nor at all at a sentence's start ("Hier, ..."),
 * nothing the KB knows. French only.
 */
function addNamesBeforeFunctions(
  words: readonly string[],
  spans: TokenSpan[],
  known: RefineContext['known'],
): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  for (let c = 1; c + 1 < words.length; c++) {
    if (words[c] !== ',') continue;
    const f = (words[c + 1] as string).toLowerCase();
    const fn = FUNCTIONS_FR.has(f) || (FUNCTION_PREFIXES_FR.has(f) && words[c + 2] === '-');
    if (!fn) continue;
    let start = c;
    while (start > 0 && c - start < 3 && NAME_WORD_FR.test(words[start - 1] as string)) start--;
    if (start === c) continue;
    if (spans.some((s) => s.start < c && start < s.end)) continue;
    const first = words[start] as string;
    const opens = start === 0 || SENTENCE_END.test(words[start - 1] as string);
    if (FUNCTION_WORDS.has(first.toLowerCase()) || isTitleWord(first, 'fr')) continue;
    const band = commonWordBand(first, 'fr');
    if (band === 'mostly' || (opens && band !== undefined)) continue;
    if (isCommon(first, 'fr') || known(words.slice(start, c))) continue;
    (added ??= []).push({ start, end: c, type: 'PER' });
  }
  return added ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** `spans` without those `removed` (absent ones ignored) and with `span`, in order of start. */
function replaceSpans(
  spans: readonly TokenSpan[],
  removed: readonly (TokenSpan | undefined)[],
  span: TokenSpan,
): TokenSpan[] {
  return [...spans.filter((o) => !removed.includes(o)), span].sort((a, b) => a.start - b.start);
}

// The powers of a Spanish-speaking state, named as bodies: "el Poder Ejecutivo", "el Poder Judicial".
const POWERS: Record<string, { head: string; names: Set<string> }> = {
  es: { head: 'poder', names: wordSet('ejecutivo judicial legislativo ciudadano electoral moral') },
};

/**
 * "el Poder Ejecutivo": one organisation, where the tagger took the adjective alone or missed it.
 * Not where a longer span holds the two words.
 */
function addPowers(words: readonly string[], spans: TokenSpan[], lang: string): TokenSpan[] {
  const powers = POWERS[lang];
  if (!powers) return spans;
  let out = spans;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as string;
    const next = words[i + 1] as string;
    if (!startsCapital(w) || !startsCapital(next) || w.toLowerCase() !== powers.head) continue;
    if (!powers.names.has(next.toLowerCase())) continue;
    const inside = out.filter((o) => o.start < i + 2 && o.end > i);
    if (inside.some((o) => o.start < i || o.end > i + 2)) continue;
    out = replaceSpans(out, inside, { start: i, end: i + 2, type: 'ORG' });
  }
  return out;
}

// Spanish heads of public bodies and associations, named by what or where they are of: "el
// Gobierno de EEUU", "el Ejército de Nicaragua", "la Asamblea de Extremadura", "el Ministerio de
// Relaciones Exteriores de Venezuela". Not "Liga" ("Liga de Campeones" is a competition).
const BODY_HEADS: Record<string, Set<string>> = {
  es: wordSet(
    'gobierno ejército congreso asamblea comisión orquesta ministerio universidad banco consejo tribunal junta ayuntamiento diputación parlamento cámara senado partido federación asociación confederación fundación instituto agencia policía corte audiencia fiscalía secretaría presidencia sindicato colegio departamento delegación subdelegación comité cabildo mancomunidad facultad defensoría conselleria consejería',
  ),
};
const BODY_LINKS = new Set(['de', 'del']);

/** Spanish: whether a word is a public body's or an association's head ("Grupo", "Consejo"). */
export function spanishBodyHead(word: string): boolean {
  return BODY_HEADS.es?.has(word.toLowerCase()) ?? false;
}
const BODY_ARTICLES = wordSet('la los las');

/**
 * "el [Gobierno] de [EEUU]", "el Ejército de [Nicaragua]", "la [Orquesta Sinfónica] de RTVE": a
 * public body's capitalised head (or a name that opens with one), then "de"/"del" and a name, is
 * one organisation, over the tagger's split or short spans. The name after "de" is the tagger's
 * span there, or a run of capitalised words; not a person's (a minister "de Aznar" is his).
 */
function joinBodyOf(
  words: readonly string[],
  spans: TokenSpan[],
  lang: string,
  known: RefineContext['known'],
): TokenSpan[] {
  const heads = BODY_HEADS[lang];
  if (!heads || capsSentence(words)) return spans;
  let out = spans;
  for (let i = 0; i < words.length - 2; i++) {
    const w = words[i] as string;
    if (!startsCapital(w) || !heads.has(w.toLowerCase())) continue;
    // The body's name: its span opening at the head, or the head alone.
    const own = out.find((o) => o.start === i);
    if (out.some((o) => o.start < i && o.end > i)) continue;
    let j = own ? own.end : i + 1;
    // A name that opens with the head is the body's ("Ministerio de Relaciones Exteriores").
    if (own && own.type !== 'ORG' && own.end > i + 1) continue;
    if (!BODY_LINKS.has(words[j] ?? '')) continue;
    j++;
    if (words[j - 1] === 'de' && BODY_ARTICLES.has(words[j] ?? '')) j++;
    if (!startsCapital(words[j] ?? '')) continue;
    const next = out.find((o) => o.start === j);
    if (next?.type === 'PER') continue;
    // A body of an organisation the KB knows keeps both names ("Consejo de Seguridad de la ONU":
    // the council, and the UN).
    if (next && known(words.slice(next.start, next.end)) === 'ORG') continue;
    let end = next ? next.end : j;
    if (!next) while (end < words.length && startsCapital(words[end] as string)) end++;
    if (end === j || out.some((o) => o !== next && o.start < end && o.end > j)) continue;
    const joined: TokenSpan = { start: i, end, type: 'ORG' };
    out = replaceSpans(out, [own, next], joined);
    i = end - 1;
  }
  return out;
}

// What joins the members of a Spanish body's name: "Agricultura, Ganadería y Pesca".
const MEMBER_JOINS_ES = new Set(['y', 'e']);

/** Spanish: whether a capitalised word is an ordinary word (the dictionary's, or mostly or often written in lower case). */
function ordinaryWordEs(word: string): boolean {
  return isSpanishWord(word) || commonWordBand(word, 'es') !== undefined;
}

/**
 * "el Ministerio de Ciencia y Tecnología", "el Ministerio de Ganadería, Agricultura y Pesca": a
 * Spanish public body's name (its capitalised head, "de", ordinary words) goes on over a
 * comma-separated run of capitalised ordinary words closed by "y" or "e"; the tagger stops at the
 * first member and reads the last one alone. Not over a name ("el Ministerio de Trabajo y
 * Fodesaf": a second body), a person, nor a name the KB knows; the run must end before a
 * lower-case word.
 */
function joinCoordinatedBody(
  words: readonly string[],
  spans: TokenSpan[],
  lang: string,
  known: RefineContext['known'],
): TokenSpan[] {
  const heads = BODY_HEADS[lang];
  if (lang !== 'es' || !heads || capsSentence(words)) return spans;
  let out = spans;
  for (const s of spans) {
    const head = words[s.start] as string;
    if (s.type !== 'ORG' || s.end - s.start < 3 || !out.includes(s)) continue;
    if (!startsCapital(head) || !heads.has(head.toLowerCase())) continue;
    if (!BODY_LINKS.has(words[s.start + 1] as string)) continue;
    if (!ordinaryWordEs(words[s.end - 1] as string)) continue;
    const others = out.filter((o) => o !== s);
    // A member: a capitalised ordinary word, or one the training sets do not type and the tagger
    // read as no name or as a place alone.
    const member = (k: number): boolean => {
      const w = words[k] ?? '';
      if (!startsCapital(w) || !TITLE_CASE_WORD.test(w)) return false;
      const holder = others.find((o) => o.start <= k && o.end > k);
      if (holder && (holder.type === 'PER' || holder.end - holder.start > 1)) return false;
      if (holder && known(words.slice(holder.start, holder.end))) return false;
      // A word the tagger read as a place alone ("y Pesca") is a member; a body's ("y Fodesaf") is not.
      return ordinaryWordEs(w) || ((!holder || holder.type === 'LOC') && !trainedNameType(w, 'es'));
    };
    let j = s.end;
    while (words[j] === ',' && member(j + 1)) j += 2;
    if (!MEMBER_JOINS_ES.has(words[j] ?? '') || !member(j + 1)) continue;
    const end = j + 2;
    if (startsCapital(words[end] ?? '')) continue;
    const inside = others.filter((o) => o.start >= s.end && o.end <= end);
    if (others.some((o) => !inside.includes(o) && o.start < end && o.end > s.end)) continue;
    out = replaceSpans(out, [s, ...inside], { start: s.start, end, type: 'ORG' });
  }
  return out;
}

// An organisation's acronym as written in brackets after its name: capitals, digits, "&" or "-".
// Spanish and French news name a body so; in English and German text, brackets after a name hold
// as often a product's or an honour's letters ("Intelligent Network (IN)", "British Empire (CBE)").
const ACRONYM_LANGS = new Set(['es', 'fr']);
const BRACKETED_ACRONYM = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\d&-]{2,8}$/u;

/**
 * "la Asamblea Nacional ( AN )", "Organización del Pueblo en Lucha ( OPL )": an acronym in
 * brackets right after an organisation's name is that organisation's, whether the tagger missed
 * it or typed it otherwise; not one the KB knows as another type ("( EEUU )"). Spanish and French.
 */
function addBracketedAcronyms(
  words: readonly string[],
  spans: TokenSpan[],
  lang: string,
  known: RefineContext['known'],
): TokenSpan[] {
  if (!ACRONYM_LANGS.has(lang)) return spans;
  let out = extendToBracketedAcronyms(words, spans, known);
  if (lang === 'fr') out = extendToSpelledAcronym(words, out);
  for (const s of out) {
    const i = s.end + 1;
    if (s.type !== 'ORG' || words[s.end] !== '(' || words[i + 1] !== ')') continue;
    const w = words[i] as string;
    const shaped = BRACKETED_ACRONYM.test(w) || titleAcronymOf(w, words, s.end);
    if (!shaped || capsSentence(words)) continue;
    const at = out.find((o) => o.start === i && o.end === i + 1);
    if (at?.type === 'ORG' || (!at && out.some((o) => o.start <= i && o.end > i))) continue;
    const k = known([w]);
    if (k && k !== 'ORG') continue;
    out = replaceSpans(out, [at], { start: i, end: i + 1, type: 'ORG' });
  }
  return out;
}

// Words a French body's name links its words with, left out of its acronym ("Institut de
// recherche pour le développement", IRD).
const ACRONYM_LINKS_FR = new Set(
  'de du des la le les à au aux pour sur en et'.split(' ').concat(["d'", 'd’', "l'", 'l’']),
);
const LOWER_NAME_WORD = /^\p{Ll}[\p{L}\p{M}’']*$/u;
const SPELLED_ACRONYM = /^\p{Lu}{2,8}$/u;
/** At most this many lower-case words continue a body's name before its acronym. */
const LOWER_TAIL_WORDS = 5;

/**
 * French: an organisation the tagger cut before the lower-case rest of its name, right before its
 * acronym in brackets or after a comma ("l'Institut de recherche pour le développement, IRD",
 * "l'Agence nationale pour la rénovation urbaine (ANRU)"): the name runs to the acronym when the
 * acronym's letters are the initials of the name's words, its link words aside, every one.
 */
function extendToSpelledAcronym(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  let out = spans;
  for (const s of spans) {
    if (s.type !== 'ORG') continue;
    let b = s.end;
    while (b < s.end + LOWER_TAIL_WORDS && LOWER_NAME_WORD.test(words[b] ?? '')) b++;
    if (b === s.end || (words[b] !== ',' && words[b] !== '(')) continue;
    const acronym = words[b + 1] ?? '';
    if (
      !SPELLED_ACRONYM.test(acronym) ||
      out.some((o) => o !== s && o.start < b && o.end > s.end)
    ) {
      continue;
    }
    const initials = words
      .slice(s.start, b)
      .filter((w) => !ACRONYM_LINKS_FR.has(w.toLowerCase()))
      .map((w) => foldName(w)[0])
      .join('');
    if (initials !== foldName(acronym)) continue;
    out = replaceSpans(out, [s], { start: s.start, end: b, type: 'ORG' });
  }
  return out;
}

// Link words inside a body's name, between its words ("del Uruguay", "de la Santé", "y Pesca").
const NAME_LINKS = new Set(
  'de del la las los y e para por di des du et pour sur le les en'
    .split(' ')
    .concat(["d'", 'd’', "l'", 'l’']),
);
/** Most words between an organisation's span and the bracket its acronym stands in. */
const TAIL_WORDS = 4;

/**
 * "la ONG Conservación de Especies Nativas del Uruguay (Coendu)", tagged "ONG Conservación de
 * Especies Nativas" and "Uruguay" apart: an organisation's name runs on to the bracket that gives
 * its acronym when the words between are link words and names ("del Uruguay"), the acronym's
 * letters fall in the whole name (Schwartz and Hearst's test, longFormHas) and its last letter
 * opens the last of those names: the acronym spells the tail, so the tail is the body's. The
 * names between (a place read alone) give way; the acronym's own span is left to
 * addBracketedAcronyms. Not an acronym the KB knows as another type.
 */
function extendToBracketedAcronyms(
  words: readonly string[],
  spans: TokenSpan[],
  known: RefineContext['known'],
): TokenSpan[] {
  let out = spans;
  for (const s of spans) {
    if (s.type !== 'ORG' || words[s.end] === '(') continue;
    let b = s.end;
    while (b < s.end + TAIL_WORDS && b < words.length && words[b] !== '(') {
      const w = words[b] as string;
      if (!NAME_LINKS.has(w) && !CAPITAL_THEN_LOWER.test(w)) break;
      b++;
    }
    if (words[b] !== '(' || words[b + 2] !== ')' || b === s.end) continue;
    const last = words[b - 1] as string;
    const w = words[b + 1] as string;
    if (!CAPITAL_THEN_LOWER.test(last) || capsSentence(words)) continue;
    if (!BRACKETED_ACRONYM.test(w) && !TITLE_ACRONYM.test(w)) continue;
    const short = foldName(w);
    if (short[short.length - 1] !== foldName(last)[0]) continue;
    if (!longFormHas(short, words, b, s.start)) continue;
    const k = known([w]);
    if (k && k !== 'ORG') continue;
    const inside = out.filter((o) => o !== s && o.start >= s.end && o.end <= b);
    if (out.some((o) => o !== s && !inside.includes(o) && o.start < b && o.end > s.end)) continue;
    out = replaceSpans(out, [s, ...inside], { start: s.start, end: b, type: 'ORG' });
  }
  return out;
}

// An acronym written as a word, its first letter alone a capital ("Diprove", "Micitt", "Aemet").
const TITLE_ACRONYM = /^\p{Lu}\p{Ll}{2,7}$/u;
const SHORT_LOWER = /^\p{Ll}{1,4}$/u;

/**
 * A word of the name an acronym stands for: a word in Title Case, a short lower-case link word
 * ("de", "del", "y", "para"), a comma or a hyphen. A word in capitals, a sentence's stop or a
 * long lower-case word ends the name ("PLENO CASARES ... GIL Casares (Málaga)").
 */
function longFormWord(w: string): boolean {
  return CAPITAL_THEN_LOWER.test(w) || SHORT_LOWER.test(w) || w === ',' || w === '-';
}
/** Most words looked back over for the name an acronym stands for. */
const LONG_FORM_WORDS = 12;

/**
 * Whether `w`, a word whose first letter alone is a capital, is the acronym of the words before
 * the bracket at `bracket` (Schwartz and Hearst's test, 2003: its letters in order, from the end,
 * the first at the start of a capitalised word, over two words at least): "Dirección de
 * Prevención e Investigación de Robo de Vehículos (Diprove)", "Ministerio de Ciencia, Tecnología
 * y Telecomunicaciones (Micitt)". A place or a club in brackets is no acronym of the name before
 * it ("Rebeldes de Moca (Moca)" aside): its letters seldom fall so.
 */
export function titleAcronymOf(w: string, words: readonly string[], bracket: number): boolean {
  return TITLE_ACRONYM.test(w) && longFormHas(foldName(w), words, bracket);
}

/**
 * Whether the folded acronym `short` is one of the words before the bracket at `bracket`
 * (titleAcronymOf's test), looking back no further than `from` (the name's first word).
 */
function longFormHas(short: string, words: readonly string[], bracket: number, from = 0): boolean {
  from = Math.max(from, bracket - LONG_FORM_WORDS);
  let start = bracket;
  while (start > from && longFormWord(words[start - 1] as string)) start--;
  const long = words.slice(start, bracket).map((x) => foldName(x));
  // From the end: the short form's letters, each found further back in the long form's words.
  let k = long.length - 1;
  let at = (long[k] ?? '').length - 1;
  for (let c = short.length - 1; c >= 0; c--) {
    const ch = short[c] as string;
    for (;;) {
      if (k < 0) return false;
      const word = long[k] as string;
      if (at >= 0 && word[at] === ch && (c > 0 || at === 0)) break;
      if (--at < 0) {
        k--;
        at = (long[k] ?? '').length - 1;
      }
    }
    if (c === 0) {
      const first = words[start + k] as string;
      return long.length - k >= 2 && startsCapital(first);
    }
    if (--at < 0) {
      k--;
      at = (long[k] ?? '').length - 1;
    }
  }
  return false;
}

/**
 * "Maia ( Lleida )", "Luis López ( San Sebastián )": in Spanish news, a place in brackets right
 * after a person's name is the team, club or party the person plays or stands for, an
 * organisation. Not a code in capitals ("Jan Gambill ( USA )": the country in tennis draws), a
 * country, or a dateline.
 */
function clubAfterPerson(
  words: readonly string[],
  spans: TokenSpan[],
  lang: string,
  list = false,
): TokenSpan[] {
  if (lang !== 'es') return spans;
  const pairs = personClubPairs(words, spans);
  if (!pairs.length) return spans;
  // A list of players and their clubs ("Poli ( Extremadura ) y Sabas ( Albacete )"): where two
  // of its names are persons (or the article lists them, `list`), a one-word name the tagger read
  // as a place or an organisation is a player too; not a town after "de" or "en".
  const inList = list || pairs.filter(([a]) => a.type === 'PER').length >= 2;
  const retype = new Map<TokenSpan, TokenSpan>();
  for (const [a, b] of pairs) {
    if (a.type !== 'PER') {
      if (!inList || !TITLE_CASE_WORD.test(words[a.start] as string)) continue;
      if (a.end - a.start !== 1 || PLACE_PREPOSITIONS_ES.has(words[a.start - 1] ?? '')) continue;
      retype.set(a, { ...a, type: 'PER' });
    }
    retype.set(b, { ...b, type: 'ORG' });
  }
  return retype.size ? spans.map((o) => retype.get(o) ?? o) : spans;
}

const LIST_BEFORE = new Set([',', ';', 'y', ':']);
// Before a town in its province ("recinto ferial de Ecija ( Sevilla )"), not a player.
const PLACE_PREPOSITIONS_ES = new Set(['de', 'en', 'desde', 'hasta', 'hacia']);

const ALL_CAPS = /^\p{Lu}+$/u;

/** The pairs of a name and a place right after it in brackets, not a country nor a dateline's. */
function personClubPairs(words: readonly string[], spans: TokenSpan[]): [TokenSpan, TokenSpan][] {
  const pairs: [TokenSpan, TokenSpan][] = [];
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k] as TokenSpan;
    const b = spans[k + 1] as TokenSpan;
    if (b.type !== 'LOC' || b.start !== a.end + 1) continue;
    if (words[a.end] !== '(' || words[b.end] !== ')') continue;
    if (b.end - b.start === 1 && ALL_CAPS.test(words[b.start] as string)) continue;
    // A country is the person's country ("Dan Roe ( Perú )"); a dateline's place is where it
    // was written ("Vista Alegre ( Madrid ) , 23 may").
    if (getGazetteer().get(normalizeKey(words.slice(b.start, b.end).join(' '))) === 'LOC') continue;
    if (words[b.end + 1] === ',' && /^\d/u.test(words[b.end + 2] ?? '')) continue;
    pairs.push([a, b]);
  }
  return pairs;
}

/**
 * "Amonestación a Lipidio ( Salamanca )": in a Spanish article that lists players and their
 * clubs ("Unai ( Mérida ) , Fede Marín ( Toledo )", two or more), a one-word name with a place
 * in brackets after it is one more player and his club, in sentences of its own too. Runs per
 * article, after the span rules.
 */
export function alignSpanishDocument(
  sentences: readonly (readonly string[])[],
  spans: TokenSpan[][],
): void {
  let players = 0;
  sentences.forEach((words, k) => {
    const ss = spans[k] as TokenSpan[];
    for (let j = 0; j + 1 < ss.length; j++) {
      const a = ss[j] as TokenSpan;
      const b = ss[j + 1] as TokenSpan;
      if (a.type !== 'PER' || b.type !== 'ORG' || b.start !== a.end + 1) continue;
      if (words[a.end] === '(' && words[b.end] === ')') players++;
    }
  });
  if (players < 2) return;
  sentences.forEach((words, k) => {
    let ss = spans[k] as TokenSpan[];
    // A one-word name the tagger missed before the club: "Pepín ( Badajoz ) , Marcos ( Mérida )".
    for (let j = 0; j < ss.length; j++) {
      const b = ss[j] as TokenSpan;
      const i = b.start - 2;
      if (b.type !== 'LOC' || i < 1 || words[i + 1] !== '(' || words[b.end] !== ')') continue;
      if (!LIST_BEFORE.has(words[i - 1] as string)) continue;
      if (!TITLE_CASE_WORD.test(words[i] as string)) continue;
      if (j > 0 && (ss[j - 1] as TokenSpan).end > i) continue;
      const a: TokenSpan = { start: i, end: i + 1, type: 'PER' };
      const withA = [...ss.slice(0, j), a, ...ss.slice(j)];
      if (!personClubPairs(words, withA).some(([p]) => p === a)) continue;
      ss = withA;
      j++;
    }
    spans[k] = clubAfterPerson(words, ss, 'es', true);
  });
}

/** A word with a capital and only lower-case letters after it: "Grupo", "Beaux". */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

// Spanish competitions, named as a whole ("Copa de la UEFA", "Liga ACB", "Copas Asobal"): the
// whole is no organisation, and the name inside it is none on its own (esp.train: none of 83
// names after "Copa" or "Liga" is tagged).
const COMPETITION_HEADS: Record<string, Set<string>> = {
  es: new Set(
    'Copa Copas Liga Ligas Supercopa Supercopas Recopa Recopas Giro Festival Feria Torneo'.split(
      ' ',
    ),
  ),
};
const COMPETITION_LINKS = wordSet('de del la los las');
// Spanish heads of the names of events, awards, laws and plans ("Ley de Enjuiciamiento Civil",
// "Cumbre de las Américas", "Premio de Transferencia Tecnológica", "Muestra de Arte
// Electrónico"): CoNLL tags the whole MISC, or leaves it untagged ("Día de las Fuerzas Armadas"),
// no entity of ours. The name after the head and its link is inside it (esp.train: 2 of 146
// capitalised words there start a name of their own, "Juegos de Sydney", "Gran Premio de
// Montecarlo"), and a name the head opens is no body nor place (esp.train: of 178, 150 MISC, 24
// untagged, 1 ORG, and 3 people, "Premio Nobel de la Paz", whom the rule leaves). Not "Pacto":
// a coalition's ("Pacto de Progreso").
const EVENT_HEADS: Record<string, Set<string>> = {
  es: new Set(
    'Premio Premios Muestra Exposición Ley Plan Operación Día Semana Fiesta Campeonato Cumbre Juegos Tratado Declaración Decreto Código Estatuto Encuentro Concurso Certamen Jornadas Bienal Olimpiada Olimpiadas'.split(
      ' ',
    ),
  ),
};

// A capitalised Spanish adjective, by its ending ("Internacional", "Bilateral", "Iberoamericana",
// "Europeo"): esp.train, none of 24 names after a head, such an adjective and a link is tagged.
const HEAD_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:al|ales|an[ao]s?|ic[ao]s?|enses?|és|esa|iv[ao]|ar|ares)$/u;

/**
 * "Copa de la [UEFA]", "Liga [ACB]", "[Copas Asobal]": a name inside a competition's name, or the
 * plural of a competition's (a count of titles won), is no name of its own. Nor a name inside an
 * event's, award's or law's ("Ley de [Enjuiciamiento Civil]"), nor the event as a body or a place
 * ("[Muestra de Arte Electrónico]").
 */
function dropCompetitionParts(
  words: readonly string[],
  spans: TokenSpan[],
  lang: string,
): TokenSpan[] {
  const heads = COMPETITION_HEADS[lang];
  const events = EVENT_HEADS[lang];
  if (!heads || !events) return spans;
  return spans.filter((s) => {
    const first = words[s.start] as string;
    if (heads.has(first) && first.endsWith('s')) return false;
    if (s.type !== 'PER' && events.has(first)) return false;
    let i = s.start - 1;
    while (
      i >= s.start - 2 &&
      i >= 0 &&
      COMPETITION_LINKS.has((words[i] as string).toLowerCase())
    ) {
      i--;
    }
    const isHead = (w: string) => heads.has(w) || events.has(w);
    if (i < 0) return true;
    if (isHead(words[i] as string)) return false;
    // An adjective between the head and its link: "Cumbre Bilateral de", "Feria Internacional del".
    return !(
      i > 0 &&
      i < s.start - 1 &&
      HEAD_ADJECTIVE.test(words[i] as string) &&
      isHead(words[i - 1] as string)
    );
  });
}

// Currencies as exchange-rate tables name them, before their country in brackets ("Pesos (
// Argentina )", "Nuevo Peso ( México )", "Real ( Brasil )"), folded.
const CURRENCIES: Record<string, Set<string>> = {
  es: wordSet(
    'peso pesos dolar dolares real reales euro euros bolivar bolivares sucre sucres sol soles colon colones quetzal quetzales lempira lempiras balboa guarani guaranies yen yenes libra libras franco francos marco marcos lira liras',
  ),
};

/**
 * "[Pesos] ( Argentina )", "Nuevo [Peso] ( México )": a currency alone before a capitalised word in
 * brackets (its country) is no name. Not a person ("Juan Sol ( Ventoril )"), nor a club before
 * its score ("el Real ( 3-1 )").
 */
function dropCurrencies(words: readonly string[], spans: TokenSpan[], lang: string): TokenSpan[] {
  const currencies = CURRENCIES[lang];
  if (!currencies) return spans;
  return spans.filter(
    (s) =>
      s.type === 'PER' ||
      words[s.end] !== '(' ||
      !startsCapital(words[s.end + 1] ?? '') ||
      !words.slice(s.start, s.end).every((w) => w === 'Nuevo' || currencies.has(foldName(w))),
  );
}

// A share's line of a stock table: its price with decimals ("21,37", "10.422,27") and its signed
// change ("+0,25", "-3,3", "+.37", or the sign alone before it).
const SHARE_LANGS = new Set(['es']);
const SHARE_PRICE = /^\d{1,3}(?:\.\d{3})*,\d+$/u;
const SHARE_CHANGE = /^[+-](?:\d*[.,]?\d+)?$/u;
const SHARE_NAME = /^\p{Lu}[\p{L}\p{M}&.'’-]*$/u;
const SHARE_LINKS = wordSet('de del');

/**
 * Where a price with decimals that starts at `i` ends, or -1: one token as CoNLL writes it
 * ("10.422,27") or the tokens the recogniser splits it into ("10", ".", "422", ",", "27").
 */
function priceEnd(words: readonly string[], i: number): number {
  if (SHARE_PRICE.test(words[i] as string)) return i + 1;
  if (!/^\d{1,3}$/u.test(words[i] as string)) return -1;
  let j = i + 1;
  while (words[j] === '.' && /^\d{3}$/u.test(words[j + 1] ?? '')) j += 2;
  return words[j] === ',' && /^\d+$/u.test(words[j + 1] ?? '') ? j + 2 : -1;
}

/**
 * "- 2,12 2473000 [Repsol] 20,50 - 0,43", "Siderca 1,67 +0 [Atanor] 0,52 +1,9": in a stock
 * table, the capitalised words right before a price and its signed change name a company, an
 * organisation (es dev: 42 of 50 such names; the rest an index's sector, "Industriales 10.422,27
 * -120,28", words mostly written in lower case). The tagger, without a sentence around them,
 * misses them or reads a place ("Telefónica de [Argentina] 2,92 -3,3").
 */
function addListedShares(words: readonly string[], spans: TokenSpan[], lang: string): TokenSpan[] {
  if (!SHARE_LANGS.has(lang)) return spans;
  let out = spans;
  for (let i = 1; i + 1 < words.length; i++) {
    // Most words are no number: the cheap test first (the recogniser's budget is per word).
    const c = (words[i] as string).charCodeAt(0);
    if (c < 48 || c > 57) continue;
    const after = priceEnd(words, i);
    if (after < 0 || !SHARE_CHANGE.test(words[after] ?? '')) continue;
    let start = i;
    while (start > 0) {
      const w = words[start - 1] as string;
      if (SHARE_NAME.test(w)) start--;
      else if (
        start > 1 &&
        start < i &&
        SHARE_LINKS.has(w) &&
        SHARE_NAME.test(words[start - 2] as string)
      ) {
        start -= 2;
      } else break;
    }
    if (start === i) continue;
    if (i - start === 1 && commonWordBand(words[start] as string, lang) === 'mostly') continue;
    const span: TokenSpan = { start, end: i, type: 'ORG' };
    const covered = out.filter((o) => o.start < i && o.end > start);
    if (covered.some((o) => o.start < start || o.end > i)) continue;
    if (covered.length === 1 && covered[0]!.start === start && covered[0]!.type === 'ORG') continue;
    out = replaceSpans(out, covered, span);
  }
  return out;
}

// A minute of play as match reports mark substitutions and goals ("m.59", "ms.88"), or as the
// recogniser splits it ("min . 59", "m . 84") and as pages also write it ("71 '").
const MINUTE_MARK = /^(?:min|ms?)\.\d+/iu;
const MINUTE_WORDS = new Set(['m', 'min', 'ms', 'Min']);
function minuteAt(words: readonly string[], i: number): boolean {
  const w = words[i] as string;
  if (MINUTE_WORDS.has(w)) return words[i + 1] === '.' && /^\d{1,3}$/u.test(words[i + 2] ?? '');
  return /^\d{1,3}$/u.test(w) && /^['’]$/u.test(words[i + 1] ?? '') && words[i - 1] !== "'";
}
const LINE_UP_LANGS = new Set(['es']);
const LINE_UP_BEFORE = new Set([',', ';', '(', ':']);
const LINE_UP_AFTER = new Set([',', ';', '(', ')', '.']);
/** How far from a minute mark a line-up's names are read (tokens). */
const LINE_UP_REACH = 15;

/**
 * "Parma : Buffon ; Sartor , Thuram , Cannavaro ; Fuser , Bolaño ( Stanic , m.59 )": in a
 * match's line-up, a one-word name between its commas and semicolons is a player, whatever the
 * tagger read (a place: "Thuram", "Córdoba"). Only near a minute mark, the line-up's sign; not a
 * country (a national team), nor a name before ":" (the team).
 */
function playersInLineUp(words: readonly string[], spans: TokenSpan[], lang: string): TokenSpan[] {
  if (!LINE_UP_LANGS.has(lang)) return spans;
  if (!spans.some((s) => s.type === 'LOC' && s.end - s.start === 1)) return spans;
  const marks: number[] = [];
  words.forEach((w, i) => {
    // A mark opens with "m", "M" or a digit: the cheap test first.
    const c = w.charCodeAt(0);
    if (c !== 109 && c !== 77 && (c < 48 || c > 57)) return;
    if (MINUTE_MARK.test(w) || minuteAt(words, i)) marks.push(i);
  });
  if (!marks.length) return spans;
  return spans.map((s) => {
    if (s.type !== 'LOC' || s.end - s.start !== 1) return s;
    if (!LINE_UP_BEFORE.has(words[s.start - 1] ?? '') || !LINE_UP_AFTER.has(words[s.end] ?? '')) {
      return s;
    }
    if (!marks.some((m) => Math.abs(m - s.start) <= LINE_UP_REACH)) return s;
    if (getGazetteer().get(normalizeKey(words[s.start] as string)) === 'LOC') return s;
    return { ...s, type: 'PER' };
  });
}

// A time behind the winner: "à 2 ' 43 \"", "à 2'43\"", "à 44 \"" (the recogniser's tokens and a page's).
const GAP_TIME = /^\d{1,2}(?:['’]\d{2})?$/u;
const GAP_MARK = /^(?:['’"”*]|['’]['’])$/u;
function timeGapAt(words: readonly string[], i: number): boolean {
  if (words[i] !== 'à' || !GAP_TIME.test(words[i + 1] ?? '')) return false;
  return GAP_MARK.test(words[i + 2] ?? '') || /['’]\d{2}$/u.test(words[i + 1] as string);
}
/** "m. t.", "m.t": the same time as the rider before, in a race's results. */
function sameTimeAt(words: readonly string[], i: number): boolean {
  if (words[i] === 'm.t' || words[i] === 'm.t.') return true;
  return words[i] === 'm' && words[i + 1] === '.' && words[i + 2] === 't';
}
const RIDER_NAME = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * A race's results: "126 . Paradis à 16 ' 22 \"", "Aebersold m . t .": a one-word name right
 * before a time behind the winner or "m. t." (same time) is a rider, a person, where the tagger
 * read a place or nothing. Not a word French mostly writes in lower case ("Puis à 2'"), nor a
 * name the KB knows (a country's team).
 */
function ridersWithTimes(
  words: readonly string[],
  spans: TokenSpan[],
  known: RefineContext['known'],
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  let taken: Uint8Array | null = null;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!timeGapAt(words, i + 1) && !sameTimeAt(words, i + 1)) continue;
    const w = words[i] as string;
    if (!RIDER_NAME.test(w) || w.length < 3 || commonWordBand(w, 'fr') === 'mostly') continue;
    if (FUNCTION_WORDS.has(w.toLowerCase()) || known([w])) continue;
    const list: TokenSpan[] = (out ??= [...spans]);
    const k = list.findIndex((s) => s.start <= i && i < s.end);
    if (k >= 0) {
      const s = list[k] as TokenSpan;
      if (s.start === i && s.end === i + 1 && s.type === 'LOC') list[k] = { ...s, type: 'PER' };
      continue;
    }
    taken ??= covered(spans, words.length);
    if (taken[i]) continue;
    list.push({ start: i, end: i + 1, type: 'PER' });
  }
  return out ? (out as TokenSpan[]).sort((a, b) => a.start - b.start) : spans;
}

// The words a newspaper's title opens with before its town: "la Tribune de Genève", "la Gazette
// de Lausanne", "l'Écho de Paris", "le Courrier de l'Ouest" (folded). Not "Presse" ("la Presse de
// Vienne" is a town's press as often as a title).
const NEWSPAPER_HEADS_FR = wordSet(
  'tribune gazette echo journal courrier feuille nouvelles nouvelliste depeche republicain progres quotidien memorial moniteur independant bulletin',
);
// Spanish, folded: "La Estrella de Panamá", "La Voz de Galicia", "El Diario de Sevilla", "La
// Prensa de Honduras", "El Heraldo de Aragón", "El Correo de Andalucía".
const NEWSPAPER_HEADS_ES = wordSet(
  'estrella voz diario prensa heraldo correo tribuna gaceta cronica opinion periodico mercurio',
);
const NEWSPAPER_OF = wordSet("de du d' d’");
// The article of a Spanish title, capitalised mid-sentence: part of the name ("a La Estrella").
const TITLE_ARTICLES_ES = new Set(['La', 'El']);

/**
 * "la Tribune de Genève", "l'Écho de Paris", "explicó a La Estrella de Panamá": a newspaper's
 * title word, capitalised mid-sentence, then "de" and a place the tagger found is the newspaper,
 * an organisation, not the place ("de Genève" read as a place). Not a person after "de" ("le
 * Journal de Frédéric III" is his diary). A Spanish title's capitalised article is the name's.
 */
function newspapersOfPlaces(
  words: readonly string[],
  spans: TokenSpan[],
  lang: string,
): TokenSpan[] {
  const heads = lang === 'es' ? NEWSPAPER_HEADS_ES : NEWSPAPER_HEADS_FR;
  let out = spans;
  for (let i = 1; i + 2 < words.length; i++) {
    const head = words[i] as string;
    if (!startsCapital(head) || !heads.has(foldWord(head))) continue;
    if (!NEWSPAPER_OF.has(words[i + 1] as string)) continue;
    const prev = words[i - 1] as string;
    const titled = lang === 'es' && TITLE_ARTICLES_ES.has(prev) && i > 1;
    if (titled && startsCapital(words[i - 2] as string)) continue;
    if (!titled && startsCapital(prev) && !/^[LD]['’]$/u.test(prev)) continue;
    const start = titled ? i - 1 : i;
    const place = out.find((s) => s.start <= i + 2 && i + 2 < s.end);
    if (!place || place.type !== 'LOC' || place.start < start) continue;
    const inside = out.filter((s) => s.start <= place.end - 1 && s.end > start);
    out = replaceSpans(out, inside, { start, end: place.end, type: 'ORG' });
  }
  return out;
}

// A lower-case letter anywhere in a word (an acronym has none).
const HAS_LOWER = /\p{Ll}/u;

/**
 * Spanish: whether a span's words show nothing of an organisation: no body's, institution's or
 * company's word, no acronym, no word the training sets read alone as an organisation.
 */
function plainNameEs(words: readonly string[], s: TokenSpan): boolean {
  for (let i = s.start; i < s.end; i++) {
    const w = words[i] as string;
    if (!HAS_LOWER.test(w) || institutionWord(w, true) || bodyFirst(w, 'es')) return false;
    if (spanishBodyHead(w) || trainedNameType(foldWord(w), 'es') === 'ORG') return false;
  }
  return !hasCompanyWord(words, s, 'es');
}

/**
 * Spanish married and compound family names: "Elena Highton de Nolasco", "María Servini de
 * Cubría", "Carlos Salinas de Gortari". A person of two words or more, then "de" and one name
 * word that ends the run of capitals, is one person (the tagger stopped at "de" and read
 * "Nolasco" alone, as an organisation); the CoNLL-2002 dev set splits no such name. Not a place
 * or an organisation after "de": one the KB, the training sets or the tagger's span of its own
 * type name ("Juan Pérez de Madrid", "Pedro Sánchez de Telefónica"), nor a Spanish word.
 */
function joinMarriedNames(
  words: readonly string[],
  spans: TokenSpan[],
  known: (words: readonly string[]) => EntityType | undefined,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as TokenSpan;
    const next = spans[k + 1];
    const at = s.end + 1;
    const name = words[at];
    const after = words[at + 1];
    const family =
      s.type === 'PER' &&
      s.end - s.start >= 2 &&
      words[s.end] === 'de' &&
      name !== undefined &&
      CAPITAL_THEN_LOWER.test(name) &&
      (after === undefined || !startsCapital(after)) &&
      (!next || next.start > at || (next.end === at + 1 && next.type !== 'LOC')) &&
      (known([name]) ?? 'PER') === 'PER' &&
      (trainedNameType(foldWord(name), 'es') ?? 'PER') === 'PER' &&
      !isSpanishWord(name);
    if (!family) {
      out.push(s);
      continue;
    }
    out.push({ ...s, end: at + 1, type: 'PER' });
    if (next && next.start === at) k++;
  }
  return out;
}

// A region's ending: "Amazonia", "Orinoquia", "Patagonia", "Araucanía"; not an office's in
// "-ría" ("Procuraduría", "Gendarmería", "Contraloría").
const REGION_ENDING = /[^r][ií]a$/u;

/**
 * Spanish: "en la Amazonia y Orinoquia": one name word ending in "-ia" after "en la", and one
 * joined to it by "y", read as organisations, are regions, places, where nothing else names a
 * body: not a word the KB knows, none the language writes in lower case ("Fiscalía",
 * "Alcaldía"), nor a body's or a club's word ("en la Lazio").
 */
function regionsAfterEn(
  words: readonly string[],
  spans: TokenSpan[],
  known: (words: readonly string[]) => EntityType | undefined,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  let region: TokenSpan | undefined;
  for (const s of spans) {
    const w = words[s.start] as string;
    const afterEn =
      s.start >= 2 && words[s.start - 1] === 'la' && words[s.start - 2]?.toLowerCase() === 'en';
    const joinedTo =
      region !== undefined && region.end + 1 === s.start && words[region.end] === 'y';
    const retype =
      s.type === 'ORG' &&
      s.end === s.start + 1 &&
      (afterEn || joinedTo) &&
      REGION_ENDING.test(w) &&
      !known([w]) &&
      !isSpanishWord(w) &&
      commonWordBand(w, 'es') === undefined &&
      plainNameEs(words, s);
    const t = retype ? { ...s, type: 'LOC' as EntityType } : s;
    region = retype ? t : undefined;
    out.push(t);
  }
  return out;
}

// The abbreviations French sports pages put in brackets after an athlete's name for the
// country ("Pogacar (Slo)", "Guidi (It)", "Armstrong (EU)"), and the IOC's codes.
const COUNTRY_ABBREVIATIONS_FR = new Set(
  `All Arg Aus Aut Be Bel Bié Bra Bul Can Chi Col Cro Dan Ecu Eri Esp Est Eth EU Fin Fr Fra GB Ger
  Hol Ho Hon Irl Isr It Ita Jap Kaz Ken Let Lit Lux Mex Nor NZ Ned Pol Por RDA RFA Rou RSA Rus Sui
  Slq Slo Sué Tch Tur Ukr URSS USA Ven You ARG AUS AUT BEL BRA CAN COL CZE DEN ECU ERI ESP FRA GBR
  GER IRL ITA JPN KAZ LUX NED NOR POL POR RUS SLO SUI SVK SWE UKR`.split(/\s+/),
);

/**
 * "Guidi (It, bonif. 12")", "Armstrong (EU) à 1'32"": a country's abbreviation in brackets
 * right after a person is the athlete's country, a place, whatever the tagger read (an
 * organisation, nothing). Only the closed list: a party's acronym after a politician ("(PS)")
 * is none.
 */
function countriesOfAthletes(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (const p of spans) {
    const code = words[p.end + 1];
    if (p.type !== 'PER' || words[p.end] !== '(' || code === undefined) continue;
    if (!COUNTRY_ABBREVIATIONS_FR.has(code)) continue;
    if (words[p.end + 2] !== ')' && words[p.end + 2] !== ',') continue;
    const at = p.end + 1;
    const list: TokenSpan[] = (out ??= [...spans]);
    const k = list.findIndex((s) => s.start <= at && at < s.end);
    if (k >= 0 && (list[k] as TokenSpan).end - (list[k] as TokenSpan).start !== 1) continue;
    if (k >= 0) list[k] = { start: at, end: at + 1, type: 'LOC' };
    else list.push({ start: at, end: at + 1, type: 'LOC' });
  }
  return out ? (out as TokenSpan[]).sort((a, b) => a.start - b.start) : spans;
}

const SCORER_BEFORE = new Set([',', ';', ':', 'y']);

/**
 * "Kisselev , [Garralda] ( 3 ) , Villaldea ( 6 1p )": in a list, a one-word name followed by a
 * bare count in brackets is a scorer with his goals, a person, where the tagger read a place. Not
 * a name the KB or the gazetteer knows (a country's medals, a club's titles), nor a count with a
 * unit ("( 10% )", "( 2a c. )", "( 147,2 kms )": shares and stages, esp.train).
 */
function scorersWithGoals(
  words: readonly string[],
  spans: TokenSpan[],
  lang: string,
  known: RefineContext['known'],
): TokenSpan[] {
  if (!LINE_UP_LANGS.has(lang)) return spans;
  return spans.map((s) => {
    if (s.type !== 'LOC' || s.end - s.start !== 1) return s;
    if (!SCORER_BEFORE.has(words[s.start - 1] ?? '') || words[s.end] !== '(') return s;
    if (!/^\d{1,2}$/u.test(words[s.end + 1] ?? '')) return s;
    const after = words[s.end + 2] ?? '';
    if (after !== ')' && !/^\d{1,2}p$/u.test(after)) return s;
    if (known(words.slice(s.start, s.end))) return s;
    return { ...s, type: 'PER' };
  });
}

// A match's minute as sports reports write it: "m.90", "min.23", "85'".
const MINUTE = /^(?:(?:m|min)\.\d{1,3}|\d{1,3}['’])$/iu;

/**
 * "poco pudo hacer ante [Zamorano] ( m.90 )", "Vieri ( [Zamorano] , m.33 )", "0-2 , M.70 :
 * [Cafu] .": a name of one to three words with a match's minute in brackets after it, in
 * brackets before one (who came on), or after one and a colon (who scored) is a player, a
 * person, where the tagger read a club or a place (CoNLL-2002 es dev: all 61 names so placed
 * are persons). Not a name the KB knows as no person, nor a country (a national team).
 */
function playersWithMinutes(
  words: readonly string[],
  spans: TokenSpan[],
  lang: string,
  known: RefineContext['known'],
): TokenSpan[] {
  if (!LINE_UP_LANGS.has(lang)) return spans;
  const minute = (i: number) => MINUTE.test(words[i] ?? '');
  return spans.map((s) => {
    if (s.type === 'PER' || s.end - s.start > 3) return s;
    const after = words[s.end] === '(' && minute(s.end + 1) && words[s.end + 2] === ')';
    const cameOn = words[s.start - 1] === '(' && words[s.end] === ',' && minute(s.end + 1);
    const scored = words[s.start - 1] === ':' && minute(s.start - 2);
    if (!after && !cameOn && !scored) return s;
    const k = known(words.slice(s.start, s.end));
    if (k && k !== 'PER') return s;
    // A country with a minute is a national team's ("Italia ( m.5 )").
    if (getGazetteer().get(normalizeKey(words.slice(s.start, s.end).join(' '))) === 'LOC') return s;
    return { ...s, type: 'PER' as const, typedByRule: true };
  });
}

// The masculine articles before a club named after its town: "el Valencia", "al Roma", "del Lyon".
const CLUB_ARTICLES: Record<string, Set<string>> = { es: new Set(['el', 'al', 'del']) };
// What the KB says of a town: its English description opens so ("city of Spain", "capital of Italy").
const TOWN_DESC = /^(?:city|capital|town|municipality|commune)\b/u;

/**
 * "El Barcelona eliminó...", "presidente del Roma", "ligado al Badajoz": in Spanish, a town's name
 * takes no article; after a masculine one ("el", "al", "del") it is the town's club, an
 * organisation (esp.train: 70 of 72 such towns of the KB are ORG). Only names the KB describes as
 * a town or capital: a country, region, river or mountain takes the article as a place ("el
 * Líbano", "el Caribe", "el Everest"), and a town whose name holds the article ("El Cairo") keeps
 * it inside its span.
 */
function clubAfterArticle(words: readonly string[], spans: TokenSpan[], lang: string): TokenSpan[] {
  const articles = CLUB_ARTICLES[lang];
  if (!articles) return spans;
  return spans.map((s) => {
    if (s.type !== 'LOC' || s.start === 0) return s;
    if (!articles.has((words[s.start - 1] as string).toLowerCase())) return s;
    const entry = lookupName(words.slice(s.start, s.end).join(' '), 'LOC', lang);
    if (entry?.type !== 'LOC' || !TOWN_DESC.test(entry.desc?.en ?? '')) return s;
    if (Object.values(entry.names).some((ns) => ns?.some((n) => /^el\s/iu.test(n)))) return s;
    return { ...s, type: 'ORG' };
  });
}

// Spanish sports clubs' abbreviations, written before the club's name ("FC Barcelona", "BM.
// Granollers", "CD Tenerife"), with or without their full stop.
const CLUB_ABBREVIATIONS: Record<string, Set<string>> = {
  es: new Set('FC CF CD UD SD CB BM RCD CE SAD'.split(' ')),
};
// Words that open a club's name before "de" and its town: "Atlético de Madrid", "Deportivo de La
// Coruña", "Racing de Santander" (folded).
const CLUB_WORDS = wordSet('atletico athletic deportivo racing sporting');

/**
 * "BM. [Granollers]", "CB. [Calpisa] 1976-77": a club's abbreviation right before a name is part of
 * the club's name, an organisation (the tagger leaves the abbreviation out, and reads the town as a
 * place). Only upper-case abbreviations of the closed list, directly before the span.
 */
function joinClubPrefix(words: readonly string[], spans: TokenSpan[], lang: string): TokenSpan[] {
  const abbreviations = CLUB_ABBREVIATIONS[lang];
  if (!abbreviations) return spans;
  // "ELGORRIAGA BIDASOA FC BARCELONA" read as one name: an abbreviation inside opens a second club.
  let out = spans.flatMap((s) => {
    for (let i = s.start + 1; i < s.end - 1; i++) {
      if (!abbreviations.has(words[i] as string) || !startsCapital(words[i - 1] as string)) {
        continue;
      }
      return [
        { ...s, end: i, type: 'ORG' as const },
        { start: i, end: s.end, type: 'ORG' as const },
      ];
    }
    // An abbreviation alone names no club ("Barcelona 71 - TAU Vitoria 65 FC ."): the name
    // after it, if any, takes it in below.
    if (s.end - s.start === 1 && abbreviations.has(words[s.start] as string)) return [];
    return [s];
  });
  for (const s of [...out]) {
    // Its full stop is a word of its own as the recogniser tokenises ("BM", ".").
    const stop = words[s.start - 1] === '.' ? 1 : 0;
    const prev = words[s.start - 1 - stop];
    let start = s.start - 1 - stop;
    if (prev === undefined) continue;
    if (!abbreviations.has(stop ? prev : prev.replace(/\.$/u, ''))) {
      // "Atlético de [Madrid]": a club's word, then "de" and its town.
      const head = words[s.start - 2] ?? '';
      if (prev.toLowerCase() !== 'de' || !CLUB_WORDS.has(foldName(head))) continue;
      if (!startsCapital(head)) continue;
      start = s.start - 2;
    }
    if (out.some((o) => o.end > start && o.start < s.start)) continue;
    out = out.map((o) => (o === s ? { start, end: s.end, type: 'ORG' } : o));
  }
  return out;
}

// French prepositions that elide or open a place's name, never a person's before a full name
// ("l'hôpital d'Ostrava", "à Brno"): "de" is left out, it opens full names ("le livre de Kim
// Jong Un").
const ELIDED_PLACE_PREPOSITIONS_FR = wordSet("d' d’ à");

const INITIAL_LOWER = /^\p{Ll}/u;

/**
 * "le directeur de l'Hôpital universitaire d'Ostrava Jiří Havrlant", tagged one person: in French,
 * after "d'" or "à", a person's span of three words or more whose first word is no given name and
 * is followed by a full name of capitalised words is a place then a person (a comma went
 * missing); not a French word, a title or an honorific, and the name ends the phrase.
 * joinGivenNames does so where the tagger split them. The place's span, or undefined.
 */
function placeBeforeFullName(
  words: readonly string[],
  s: TokenSpan,
  lang: string,
): TokenSpan | undefined {
  if (lang !== 'fr' || s.type !== 'PER' || s.end - s.start < 3) return undefined;
  const before = words[s.start - 1]?.toLowerCase();
  if (before === undefined || !ELIDED_PLACE_PREPOSITIONS_FR.has(before)) return undefined;
  const first = words[s.start] as string;
  if (!TITLE_CASE_WORD.test(first) || isGivenName(first) || capsSentence(words)) {
    return undefined;
  }
  // A word of the language, a title or an honorific opens a person's span as often ("à Madame
  // Jeanne Dupont", "à Saint Jean Baptiste"): only a word the text writes as a name.
  if (isFrenchWord(first) || commonWordBand(first, lang) || isTitleWord(first, lang)) {
    return undefined;
  }
  if (FULL_HONORIFICS.has(first.toLowerCase())) return undefined;
  const rest = words.slice(s.start + 1, s.end);
  if (!rest.every((w) => CAPITAL_THEN_LOWER.test(w))) return undefined;
  // The name ends the phrase: a stop, a comma or a lower-case word after it, no hyphen or name
  // running on (an OCR'd line "à Affrète Stcamers Maurice - Réunion" is no place and person).
  const after = words[s.end];
  if (after !== undefined && !/^[,.;:)]$/u.test(after) && !INITIAL_LOWER.test(after)) {
    return undefined;
  }
  return { start: s.start, end: s.start + 1, type: 'LOC' };
}

// German articles of a masculine noun or a plural, never of a country's name but a few ("dem
// Polen Jakub Szymanski", "den Schweden Armand Duplantis"): a place after one, before a full name,
// is the person's nationality (de41).
const DATIVE_ARTICLES_DE = new Set(['dem', 'den', 'des']);

// "Georgia Harrison", "Paris Hilton", "Jordan Henderson": a one-word place written right before a
// person's name, with nothing between them, is the person's first name, not the place.
// After an article, such a word is the person's nationality ("le Suisse Roger Federer"): it
// names neither the person nor the place, and is dropped.
function joinGivenNames(words: readonly string[], spans: TokenSpan[], lang: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as TokenSpan;
    const next = spans[k + 1];
    const place = placeBeforeFullName(words, s, lang);
    if (place) {
      out.push(place, { start: s.start + 1, end: s.end, type: 'PER' });
      continue;
    }
    if (
      s.type === 'LOC' &&
      s.end - s.start === 1 &&
      next?.type === 'PER' &&
      next.start === s.end &&
      TITLE_CASE_WORD.test(words[s.start] as string) &&
      CAPITAL_THEN_LOWER.test(words[next.start] as string) &&
      !capsSentence(words)
    ) {
      const before = words[s.start - 1];
      if (
        before !== undefined &&
        ((ARTICLES.has(before.toLowerCase()) && commonWordBand(words[s.start] as string, lang)) ||
          (lang === 'de' && DATIVE_ARTICLES_DE.has(before) && next.end - next.start > 1))
      ) {
        continue;
      }
      // "l'hôpital d'Ostrava Jiří Havrlant", "à Paris Jean Dupont": after a preposition of place,
      // before a full name, the place is a place (a comma or a full stop went missing).
      if (
        lang === 'fr' &&
        next.end - next.start > 1 &&
        before !== undefined &&
        PLACE_PREPOSITIONS_FR.has(before.toLowerCase())
      ) {
        out.push(s);
        continue;
      }
      out.push({ start: s.start, end: next.end, type: 'PER' });
      k++;
      continue;
    }
    out.push(s);
  }
  return out;
}

// Germanic and Dutch particles of family names ("von der Leyen", "van den Brande"), never a
// preposition in English, French or Spanish: not "de" or "del", which also join a person to a
// club. A name opens with the first kind ("von", "Van"); "der" and "den" only follow one. Not in
// German, where "von" and "der" are words of every sentence and every noun is capitalised.
const NAME_PARTICLES = wordSet('von van ter ten zu');
const SECOND_PARTICLES = new Set(['der', 'den']);
const NOBLE_PARTICLES = wordSet('von van zu');

// Arabic particles of a father's name ("Osama bin Laden", "Mohammed bin Salman", "Ahmad ibn
// Hanbal"): after a person only, never opening one ("Recycle bin Windows").
const PATRONYMIC_PARTICLES = wordSet('bin ibn bint');
// Portuguese family particles, in Spanish text ("Edson Arantes do Nascimento", "Joaquim dos
// Santos"): no Spanish word before a capitalised one, after a person only.
const PORTUGUESE_PARTICLES = wordSet('do dos da das');

/**
 * Where the particles after word `i - 1` end (i itself if there are none); `patronymic`, also
 * an Arabic father's particle, after a person, and `portuguese` a Portuguese one.
 */
function particlesEnd(
  words: readonly string[],
  i: number,
  patronymic = false,
  portuguese = false,
): number {
  const prev = (words[i - 1] ?? '').toLowerCase();
  let j = i;
  if (patronymic && PATRONYMIC_PARTICLES.has(words[j] ?? '')) return j + 1;
  if (portuguese && PORTUGUESE_PARTICLES.has(words[j] ?? '')) return j + 1;
  if (NAME_PARTICLES.has(words[j] ?? '')) j++;
  if ((j > i || NAME_PARTICLES.has(prev)) && SECOND_PARTICLES.has(words[j] ?? '')) j++;
  return j;
}

/**
 * "Ursula" + "von der" + "Leyen", "Hendryck Van" + "den" + "Brande", "Osama" + "bin" + "Laden":
 * a person span followed by one or two lower-case particles and a capitalised word takes them in
 * (the tagger, that reads "Leyen" as a name going on, cannot open one there). A capitalised word
 * that opens a longer span of another type is left to it; one word of another type after "von",
 * "van" or "zu" is the family name ("Rudolf von Habsburg").
 */
function joinParticles(words: readonly string[], tagged: TokenSpan[], lang: string): TokenSpan[] {
  if (lang === 'de') return tagged;
  const spans = withParticleSeeds(words, tagged);
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = { ...(spans[k] as TokenSpan) };
    if (s.type === 'PER') {
      const portuguese = lang === 'es' && PORTUGUESE_PARTICLES.has(words[s.end] ?? '');
      const i = particlesEnd(words, s.end, true, portuguese);
      const last = words[i];
      const next = spans[k + 1];
      // One word of another type after "von", "van", "zu" or a Portuguese particle is the
      // family's name ("Rudolf von Habsburg", "Joaquim dos Santos", "Habsburg" and "Santos"
      // places): these particles join no person to a place.
      const family =
        next?.start === i &&
        next.end === i + 1 &&
        (NOBLE_PARTICLES.has(words[s.end] as string) || portuguese);
      const free = !next || next.start > i || (next.start === i && next.type === 'PER') || family;
      if (i > s.end && last !== undefined && CAPITAL_THEN_LOWER.test(last) && free) {
        const end = next && next.start === i ? next.end : i + 1;
        if (next && next.start === i) k++;
        s.end = end;
      }
    }
    out.push(s);
  }
  return out;
}

// A given name romanised from Korean, two syllables joined by a hyphen, the second in lower case
// ("Il-kwon", "Dae-jung", "Sok-yong", "Jae-in"). Not a French word so written ("Peut-être",
// "Celle-ci", "Va-t"), nor any with more than one hyphen.
const SYLLABLE_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,6}$/u;
const HYPHEN_WORD_ENDS = wordSet(
  'ci là même être il ils elle elles on ce je tu nous vous moi toi lui',
);
// A family name of one syllable before it ("Sung", "Kim", "Moon", "Park"): a vowel in it, and no
// honorific, short or in full ("Mlle Masj-ot" in europeana's print).
const SYLLABLE_FAMILY = /^\p{Lu}\p{Ll}{0,3}[aeiouy]\p{Ll}{0,3}$/u;
const FULL_HONORIFICS = wordSet(
  'mme mmes mlle mlles mr mrs ms dr pr me mgr sr sra hr fr st ste sir herr frau don doña dom fra lady lord san santa saint sainte',
);

function syllableFamily(w: string | undefined): boolean {
  return !!w && SYLLABLE_FAMILY.test(w) && w.length <= 5 && !FULL_HONORIFICS.has(w.toLowerCase());
}

function syllableName(w: string | undefined): boolean {
  return !!w && SYLLABLE_NAME.test(w) && !HYPHEN_WORD_ENDS.has(w.slice(w.indexOf('-') + 1));
}

/**
 * Korean names, family name first, given name of two hyphened syllables: a person read on one
 * part only takes the other ("Sung" + "Il-kwon" after "Martine Bulard &", "Kim" + "Dae-jung"),
 * where that part is in no span.
 */
function joinSyllableNames(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((s, k) => {
    if (s.type !== 'PER' || s.end - s.start !== 1) return;
    const before = words[s.start - 1];
    const after = words[s.end];
    const prevEnd = spans[k - 1]?.end ?? 0;
    const nextStart = spans[k + 1]?.start ?? Infinity;
    const w = words[s.start] as string;
    if (syllableName(w) && prevEnd < s.start && syllableFamily(before)) {
      if (!FUNCTION_WORDS.has((before as string).toLowerCase())) {
        (out ??= [...spans])[k] = { ...s, start: s.start - 1 };
      }
    } else if (syllableFamily(w) && nextStart > s.end && syllableName(after)) {
      (out ??= [...spans])[k] = { ...s, end: s.end + 1 };
    }
  });
  return out ?? spans;
}

/**
 * The spans, with a one-word person added on an untagged first name before particles and a
 * capitalised word ("Ursula" of "Ursula von der Leyen" opening a sentence, read as nothing), for
 * joinParticles to extend. Not an article or another function word ("The von Trapps").
 */
function withParticleSeeds(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  let taken: Uint8Array | null = null;
  const seeds: TokenSpan[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    if (!NAME_PARTICLES.has(words[i + 1] as string)) continue;
    const w = words[i] as string;
    if (!TITLE_CASE_WORD.test(w) || FUNCTION_WORDS.has(w.toLowerCase())) continue;
    const j = particlesEnd(words, i + 1);
    if (!CAPITAL_THEN_LOWER.test(words[j] ?? '')) continue;
    taken ??= covered(spans, words.length);
    const after = spans.find((o) => o.start === j);
    if (taken[i] || (taken[j] && after?.type !== 'PER' && after?.end !== j + 1)) continue;
    seeds.push({ start: i, end: i + 1, type: 'PER' });
  }
  return seeds.length ? [...spans, ...seeds].sort((a, b) => a.start - b.start) : spans;
}

/**
 * Whether a span is a known name's adjective ("North Korean": North Korea) or its first part
 * ("North" of "North Korean", "South" of "South African"): either names nothing.
 */
function adjectiveOfKnownName(words: readonly string[], s: TokenSpan, ctx: RefineContext): boolean {
  const last = words[s.end - 1] as string;
  if (s.end - s.start > 1 && isAdjectiveOf(words.slice(s.start, s.end - 1), last, ctx)) return true;
  const next = words[s.end];
  return next !== undefined && isAdjectiveOf(words.slice(s.start, s.end), next, ctx);
}

function isAdjectiveOf(parts: readonly string[], word: string, ctx: RefineContext): boolean {
  if (!ADJECTIVE.test(word)) return false;
  const stems = [word.slice(0, -1), word.replace(/ian$/, 'a')];
  return stems.some((stem) => stem !== word && !!ctx.known([...parts, stem]));
}
// A capitalised adjective made from a name: "Korean", "African", "Canadian".
const ADJECTIVE = /^\p{Lu}\p{Ll}+n$/u;

const TITLE_CASE_3 = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * A word the KB knows as an organisation or a place, on its own mid-sentence, that the tagger
 * left out: "controls Kering." A lower-case word before it and none capitalised after it, and no
 * connector either side: it is neither a sentence's first word nor part of a longer name
 * ("Collège de France", "Reunión de Ciudadanos Patriotas").
 */
function knownAlone(
  words: readonly string[],
  i: number,
  ctx: RefineContext,
): EntityType | undefined {
  const w = words[i] as string;
  const before = words[i - 1];
  const after = words[i + 1];
  if (
    before === undefined ||
    !startsLower(before) ||
    (after !== undefined && startsCapital(after))
  ) {
    return undefined;
  }
  if (headConnector(before) || (after !== undefined && headConnector(after))) return undefined;
  if (!TITLE_CASE_3.test(w) || isCommon(w, lang2(ctx.lang))) return undefined;
  const type = ctx.known([w]);
  return type === 'ORG' || type === 'LOC' ? type : undefined;
}

// A hyphen inside a name: "Notre-Dame".
const HYPHENATED = /\p{L}[-‐]\p{Lu}/u;
/** HYPHENATED's answer, the regex asked only of a word with a hyphen (few are). */
const hyphenated = (w: string): boolean =>
  (w.includes('-') || w.includes('‐')) && HYPHENATED.test(w);

// Names of several parts the KB knows as a place or an organisation, where the tagger saw none
// ("Notre-Dame", "Notre-Dame de Paris"): longest first, over untagged capitalised words; and
// one-word ones mid-sentence (knownAlone).
function addKnown(words: readonly string[], spans: TokenSpan[], ctx: RefineContext): TokenSpan[] {
  const taken = covered(spans, words.length);
  const added: TokenSpan[] = [];
  // Each word's capital, tested once for the up to four runs that end on it.
  const capital = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) capital[i] = startsCapital(words[i] as string) ? 1 : 0;
  for (let i = 0; i < words.length; i++) {
    if (taken[i] || !capital[i]) continue;
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      if (!capital[i + n - 1] || anyTaken(taken, i, i + n)) continue;
      const type =
        n > 1 || hyphenated(words[i] as string)
          ? ctx.known(words.slice(i, i + n))
          : knownAlone(words, i, ctx);
      if (!type || type === 'PER') continue;
      added.push({ start: i, end: i + n, type });
      taken.fill(1, i, i + n);
      i += n - 1;
      break;
    }
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

// "François-Henri Pinault, propriétaire du groupe Kering" → the person, then "Kering" by its cue.
function cutApposition(words: readonly string[], s: TokenSpan, out: TokenSpan[]): TokenSpan | null {
  for (let i = s.start + 1; i < s.end - 1; i++) {
    if (words[i] !== ',' || !startsLower(words[i + 1] as string)) continue;
    for (let j = i + 2; j < s.end; j++) {
      if (
        !ORG_CUES.has((words[j - 1] as string).toLowerCase()) ||
        !startsCapital(words[j] as string)
      ) {
        continue;
      }
      let end = j + 1;
      while (end < s.end && startsCapital(words[end] as string)) end++;
      out.push({ start: j, end, type: 'ORG' });
      break;
    }
    return { ...s, end: i };
  }
  return s;
}

// "État de Kumsusan" → "Kumsusan", "République de Paris" → "Paris".
function stripCommonHead(words: readonly string[], s: TokenSpan): TokenSpan | null {
  if (s.end - s.start < 3 || !REPLACED_HEADS.has(foldName(words[s.start] as string))) return s;
  let i = s.start + 1;
  while (i < s.end && HEAD_CONNECTORS.has((words[i] as string).toLowerCase())) i++;
  if (i === s.start + 1 || i >= s.end || !startsCapital(words[i] as string)) return s;
  return { ...s, start: i, type: s.type === 'PER' ? 'LOC' : s.type };
}

// Articles before a nationality noun: "la Britannique Emma Raducanu", "l'Américaine Coco Gauff".
const ARTICLES = wordSet("le la l' l’ les un une the a an el los las un una der die das ein eine");

/**
 * "la Britannique Emma Raducanu" → "Emma Raducanu": a person span that opens, after an article,
 * with a word the language writes in lower case outside names (a nationality: "britannique",
 * "suisse"), followed by capitalised words, is the person those words name.
 */
function stripNationality(words: readonly string[], s: TokenSpan, lang: string): TokenSpan {
  if (s.type !== 'PER' || s.end - s.start < 2) return s;
  const before = words[s.start - 1];
  if (before === undefined || !ARTICLES.has(before.toLowerCase())) return s;
  if (!commonWordBand(words[s.start] as string, lang)) return s;
  // "el Seguros Vitalicio": a company's first word, no nationality (hasCompanyWord).
  if (COMPANY_FIRST_WORDS[lang2(lang)]?.has((words[s.start] as string).toLowerCase())) return s;
  for (let i = s.start + 1; i < s.end; i++) if (!startsCapital(words[i] as string)) return s;
  return { ...s, start: s.start + 1 };
}

// Forms of address, no names: "Sa Majesté", "His Holiness", "Su Majestad", "Votre Excellence".
const ADDRESS_OWNERS = wordSet('sa son votre vos leurs leur his her your their su sus vuestra');
const ADDRESS_WORDS = wordSet(
  'majesté majestés altesse altesses sainteté excellence excellences éminence majesty majesties highness holiness excellency eminence majestad alteza santidad excelencia eminencia',
);

/**
 * A span that opens with a form of address keeps the name after it ("Sa Majesté Georges V" →
 * "Georges V"); one that is only the form of address is no name (null).
 */
function stripAddress(words: readonly string[], s: TokenSpan): TokenSpan | null {
  const owner = words[s.start] as string;
  const title = words[s.start + 1];
  if (!ADDRESS_OWNERS.has(owner.toLowerCase()) || title === undefined) return s;
  if (!ADDRESS_WORDS.has(title.toLowerCase()) || s.end - s.start < 2) return s;
  return s.end - s.start > 2 ? { ...s, start: s.start + 2, type: 'PER' } : null;
}

// Quotes: a span that opens one it does not close ('" London Stock Exchange') drops it.
const QUOTE = /^["«»“”„‘’']$/u;

// An acronym of two to six capitals ("LREM", "CGT", "UNSA").
const ACRONYM_WORD = /^\p{Lu}{2,6}$/u;
// An opening quote and the marks that close it ("’" after a name is a genitive's, no quote).
// A Map: a word read as an object's key is interned first, and "constructor" is one.
const QUOTE_PAIRS = new Map<string, string[]>([
  ['“', ['”']],
  ['«', ['»']],
  ['„', ['“', '”']],
  ['"', ['"']],
  ['‘', ['’']],
]);
const NICKNAME_WORD = /^\p{Lu}[\p{Ll}\p{Lu}'’.-]*$/u;

/**
 * A nickname in quotes between the given names and the surname is part of the person's name:
 * "Juan Antonio “Tony” Hernández", "Joaquín « El Chapo » Guzmán" are one person, not "Juan
 * Antonio", "Tony" and "Hernández" apart. A person, an opening quote, one or two capitalised
 * words, a closing quote and a capitalised word (tagged a person, or nothing) become one person.
 */
function joinNicknames(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as TokenSpan;
    const open = s.end;
    let close = -1;
    const closing = s.type === 'PER' ? QUOTE_PAIRS.get(words[open] ?? '') : undefined;
    if (closing) {
      for (let q = open + 2; q <= open + 3; q++) {
        if (closing.includes(words[q] ?? '')) {
          close = q;
          break;
        }
        if (!NICKNAME_WORD.test(words[q - 1] ?? '')) break;
      }
    }
    const surname = close + 1;
    if (
      close < 0 ||
      !NICKNAME_WORD.test(words[open + 1] ?? '') ||
      !SURNAME_WORD.test(words[surname] ?? '')
    ) {
      out.push(s);
      continue;
    }
    // The nickname's own span, if any, and the surname's (a person's, or none at all).
    let m = k + 1;
    while (m < spans.length && (spans[m] as TokenSpan).end <= close) m++;
    const after = spans[m];
    if (after && after.start === surname && after.type !== 'PER') {
      out.push(s);
      continue;
    }
    const end = after && after.start === surname ? after.end : surname + 1;
    out.push({ start: s.start, end, type: 'PER' });
    k = after && after.start === surname ? m : m - 1;
  }
  return out;
}

/** A span without a quote mark at an edge that has no partner inside it; null if nothing is left. */
function stripLoneQuotes(words: readonly string[], s: TokenSpan): TokenSpan | null {
  let { start, end } = s;
  if (QUOTE.test(words[start] as string) && quotesIn(words, start, end) === 1) start++;
  if (end > start && QUOTE.test(words[end - 1] as string) && quotesIn(words, start, end) === 1) {
    end--;
  }
  if (end <= start) return null;
  // Most spans have no quote: the span itself (refineSpans' own copy), no new one.
  return start === s.start && end === s.end ? s : { ...s, start, end };
}

/** How many of words[start..end) are quote marks. */
function quotesIn(words: readonly string[], start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (QUOTE.test(words[i] as string)) n++;
  return n;
}

// "Rae" + "'s" + "Creek": one place.
function joinPossessives(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as TokenSpan;
    const poss = words[s.end];
    const head = words[s.end + 1];
    if (
      (poss === "'s" || poss === '’s') &&
      head !== undefined &&
      isPlaceHead(head) &&
      startsCapital(head)
    ) {
      const next = spans[k + 1];
      if (next && next.start === s.end + 1 && next.end === s.end + 2) k++;
      else if (next && next.start <= s.end + 1) {
        out.push(s);
        continue;
      }
      out.push({ start: s.start, end: s.end + 2, type: 'LOC' });
      continue;
    }
    out.push(s);
  }
  return out;
}

/** Whether any of taken[from..to) is set (no subarray made: this runs per candidate run). */
function anyTaken(taken: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (taken[i]) return true;
  return false;
}

function covered(spans: readonly TokenSpan[], n: number): Uint8Array {
  const c = new Uint8Array(n);
  for (const s of spans) c.fill(1, s.start, s.end);
  return c;
}

// Names the tagger missed that their neighbours type: "Kim Il Sung Square", "place Kim Il
// Sung", "groupe Kering", "Joint Chiefs of Staff".
function addPatterns(
  words: readonly string[],
  spans: TokenSpan[],
  lang: string,
  known: RefineContext['known'],
): TokenSpan[] {
  const out = spans.slice().sort((a, b) => a.start - b.start);
  // A name followed by a capitalised place word is that place.
  for (const s of out) {
    const next = words[s.end];
    if (next !== undefined && startsCapital(next) && isPlaceHead(next)) {
      if (!out.some((o) => o !== s && o.start <= s.end && o.end > s.end)) {
        s.end++;
        s.type = 'LOC';
      }
    }
    // An organisation "of" a capitalised word: "Joint Chiefs of Staff", "Bank of England".
    if (
      s.type === 'ORG' &&
      s.end - s.start > 1 &&
      words[s.end] === 'of' &&
      startsCapital(words[s.end + 1] ?? '')
    ) {
      if (!out.some((o) => o.start <= s.end + 1 && o.end > s.end + 1)) s.end += 2;
    }
  }
  joinPersonIntoPlace(words, out);
  const taken = covered(out, words.length);
  // An untagged capitalised run before a place word: "Kim Il Sung Square".
  for (let j = 2; j < words.length; j++) {
    const head = words[j] as string;
    if (taken[j] || !startsCapital(head) || !isPlaceHead(head)) continue;
    let start = j;
    while (start > 0 && !taken[start - 1] && startsCapital(words[start - 1] as string)) start--;
    while (start < j && FUNCTION_WORDS.has((words[start] as string).toLowerCase())) start++;
    if (j - start < 1) continue;
    // A person's name the run goes on from is the place's ("Kim" + "Il Sung Square").
    const person = start === j ? undefined : out.find((o) => o.end === start && o.type === 'PER');
    if (person) {
      out.splice(out.indexOf(person), 1);
      start = person.start;
    }
    out.push({ start, end: j + 1, type: 'LOC' });
    taken.fill(1, start, j + 1);
  }
  addPlacesOfForm(words, out, taken, known);
  const before = PLACE_BEFORE[lang];
  for (let i = 0; i < words.length - 1; i++) {
    // A cue opens with a lower-case letter, and a capitalised word follows it.
    if (!startsLower(words[i] as string) || !startsCapital(words[i + 1] as string)) continue;
    const w = (words[i] as string).toLowerCase();
    const isPlace = !!before?.has(w);
    const isOrg = ORG_CUES.has(w);
    if (!isPlace && !isOrg) continue;
    let end = i + 1;
    while (end < words.length && end - i <= 4 && startsCapital(words[end] as string)) end++;
    if (end === i + 1) continue;
    // "le groupe B": a letter alone names no organisation (French).
    if (lang === 'fr' && end === i + 2 && LETTER.test(words[i + 1] as string)) continue;
    const inside = out.filter((o) => o.start >= i + 1 && o.start < end);
    if (anyTaken(taken, i + 1, end)) {
      // Only a person the tagger read inside the place name gives way ("place Kim Il Sung").
      if (!isPlace || inside.some((o) => o.type !== 'PER' || o.end > end)) continue;
      for (const o of inside) out.splice(out.indexOf(o), 1);
    }
    if (isPlace && end - i < 3 && !inside.length) continue;
    out.push({ start: i + 1, end, type: isPlace ? 'LOC' : 'ORG' });
    taken.fill(1, i + 1, end);
  }
  return out.sort((a, b) => a.start - b.start);
}

// Lower-case words that name a street or a square with the name after them, and are part of
// its name: "rue Lesage", "place de la Bastille", "quai de la Douane" (Quaero's and Impresso's
// French guidelines count the kind of way into the place: loc.oro; the Europeana set marks 245
// such places with the word and 25 without). Not "route": "la route de Rennes" is read as the
// town it goes to.
const STREET_WORDS: Record<string, Set<string>> = {
  fr: wordSet('rue avenue place quai boulevard faubourg chaussée impasse allée chemin square'),
};
// What may stand between a street word and its name: "de la", "du", "des", "d'", "l'" (also
// tokenised apart: "l ' Horloge").
const STREET_LINKS = new Set(['de', 'du', 'des', 'la', "l'", 'l’', "d'", 'd’', 'l', 'd', "'", '’']);
// A name's first word: a capital and a lower-case letter ("Lesage", "Saint-Yves"); not an
// initial or an honorific's letter ("place de M. Baroche").
const STREET_NAME = /^\p{Lu}[\p{Ll}-]/u;
/** Longest untagged capitalised run taken as a street's name. */
const STREET_NAME_MAX = 3;

/**
 * A street or a square is named with its kind: a lower-case street word, link words and a
 * capitalised name make one place, "rue du Vicaire", "place Kim Il Sung" (the tagger read the
 * name alone, or nothing). Not a person's or an organisation's name after it ("la place de
 * Melchior Mauri", his rank; "la place de Tesla sur le marché"), nor a town or a country the KB
 * knows after a link word ("place de la Suisse", its place): the street word is then a common
 * noun.
 */
function joinStreetWords(
  words: readonly string[],
  spans: TokenSpan[],
  lang: string,
  known: RefineContext['known'],
): TokenSpan[] {
  const streets = STREET_WORDS[lang];
  if (!streets) return spans;
  let out = spans;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i] as string;
    if (!startsLower(w) || !streets.has(w)) continue;
    let j = i + 1;
    while (j < words.length && j - i <= 3 && STREET_LINKS.has((words[j] as string).toLowerCase())) {
      j++;
    }
    if (j >= words.length || !STREET_NAME.test(words[j] as string)) continue;
    if (out.some((o) => o.start <= i && o.end > i)) continue;
    const at = out.find((o) => o.start === j);
    let end = at?.end ?? j;
    if (!at) {
      if (out.some((o) => o.start < j + 1 && o.end > j)) continue;
      while (
        end < words.length &&
        end - j < STREET_NAME_MAX &&
        startsCapital(words[end] as string)
      ) {
        end++;
      }
      if (out.some((o) => o.start < end && o.end > j)) end = j + 1;
    } else if (at.type !== 'LOC') {
      continue;
    }
    if (j > i + 1 && known(words.slice(j, end)) === 'LOC') continue;
    if (out === spans) out = spans.slice();
    if (at) out.splice(out.indexOf(at), 1);
    out.push({ start: i, end, type: 'LOC' });
  }
  return out === spans ? spans : out.sort((a, b) => a.start - b.start);
}

// Nouns of a building, a ground or a school that Spanish and French name after a person, the
// noun written first ("el coliseo Evangelista Mora", "Estadio Carlos Ugalde Álvarez", "le lycée
// Angela Davis", "la fondation Cartier"), with the type the name then has: a place, or a body
// for a school or a foundation (CoNLL-2002 writes "pabellón Antonio Magariños" as one place,
// "colegio San Juan Bosco" as one organisation). A prize after its noun is neither ("le prix
// Émile Guimet", "el premio Cervantes"): null. The lower-case street and stadium words of
// PLACE_BEFORE and STREET_WORDS are left to addPatterns and joinStreetWords.
const NAMED_AFTER: Record<string, Map<string, EntityType | null>> = {
  es: nounTypes({
    LOC: 'estadio coliseo pabellón polideportivo velódromo hipódromo autódromo teatro auditorio hospital sanatorio museo parque aeropuerto',
    ORG: 'colegio liceo escuela instituto fundación universidad',
    none: 'premio trofeo',
  }),
  fr: nounTypes({
    LOC: 'stade vélodrome hippodrome patinoire piscine théâtre hôpital musée parc aéroport',
    ORG: 'lycée collège école institut fondation université',
    none: 'prix trophée',
  }),
};

function nounTypes(lists: {
  LOC: string;
  ORG: string;
  none: string;
}): Map<string, EntityType | null> {
  const out = new Map<string, EntityType | null>();
  for (const w of lists.LOC.split(' ')) out.set(w, 'LOC');
  for (const w of lists.ORG.split(' ')) out.set(w, 'ORG');
  for (const w of lists.none.split(' ')) out.set(w, null);
  return out;
}

/**
 * A person's name right after the noun of a building, a ground, a school or a prize (NAMED_AFTER)
 * is what is named after the person: "el coliseo Evangelista Mora" and "Estadio Carlos Ugalde
 * Álvarez" are places, "le lycée Angela Davis" a school, the noun part of the name (the gold of
 * CoNLL-2002 and HIPE holds it); a card of the person would show someone the text does not
 * speak of. After a prize's noun the name is dropped. Spanish and French. Not where a lower-case
 * street or stadium word already made the name a place (addPatterns): the tagger's persons only.
 */
function namedAfterPersons(
  words: readonly string[],
  spans: TokenSpan[],
  lang: string,
): TokenSpan[] {
  const nouns = NAMED_AFTER[lang];
  if (!nouns) return spans;
  let out = spans;
  for (const s of spans) {
    if (s.type !== 'PER' || s.start === 0) continue;
    const noun = words[s.start - 1] as string;
    const type = nouns.get(noun.toLowerCase());
    if (type === undefined || out.some((o) => o.start <= s.start - 1 && o.end > s.start - 1)) {
      continue;
    }
    if (out === spans) out = spans.slice();
    out.splice(out.indexOf(s), 1);
    if (type) out.push({ start: s.start - 1, end: s.end, type, typedByRule: true });
  }
  return out === spans ? spans : out.sort((a, b) => a.start - b.start);
}

// Heads of institutions that French and Spanish name with a lower-case qualifier: "le Conseil
// constitutionnel", "la Cour de cassation", "le Parti socialiste", "el Tribunal constitucional".
const INSTITUTION_HEADS: Record<string, Set<string>> = {
  fr: wordSet(
    'conseil cour tribunal parti assemblée chambre chambres académie banque caisse autorité parquet église mouvement front rassemblement',
  ),
  es: wordSet(
    'tribunal consejo audiencia partido corte junta banco fiscalía congreso senado cámara iglesia frente movimiento',
  ),
};
// Endings of the adjectives that qualify them ("fédéral", "socialiste", "européenne",
// "constitucional", "popular"): the verb a capitalised subject takes seldom ends so, and when it
// does ("indique", "critica") an object follows it (QUALIFIER_STOPS).
const QUALIFIER_END: Record<string, RegExp> = {
  fr: /\p{Ll}{2,}(?:el|elle|els|elles|al|ale|aux|ales|iste|istes|ien|ienne|iens|iennes|ain|aine|ains|aines|ique|iques|if|ive|ifs|ives|ier|ière|iers|ières|aire|aires|eur|eure|ême|ois|oise|ais|aise|aises)$/u,
  es: /\p{Ll}{2,}(?:al|ales|ar|ares|ista|istas|ico|ica|icos|icas|ano|ana|anos|anas|ense|enses|ivo|iva|ivos|ivas|ior|ores)$/u,
};
// What follows a verb, not a name: an article, a possessive, a pronoun, "que".
const QUALIFIER_STOPS = wordSet(
  "le la les l' l’ un une ses sa son leur leurs ce cette ces que qu' qu’ el los las lo unos unas su sus le les",
);
const OF_WORDS = new Set(['de', 'des', 'du', "d'", 'd’', 'del']);
// Qualifiers of a kind of body every town or firm has ("le Conseil municipal", "la Cour d'appel",
// "le Conseil d'administration"): no name without its place or its firm.
const GENERIC_QUALIFIERS = wordSet(
  'general generale municipal municipale communal communale regional regionale departemental departementale cantonal cantonale correctionnel administratif administrative appel assises commerce administration surveillance classe discipline guerre provincial provinciales comarcal',
);
// Adjectives written before the noun of a qualifier: "Tribunal de grande instance".
const PREPOSED = new Set(['grande', 'haute', 'petite', 'gran', 'alta']);

// An article or a preposition with one, which may open the sentence ("Le", "Au", "El").
const INSTITUTION_ARTICLES = wordSet("le la les l' l’ au aux du des el la los las al del");

/** The word before an institution's head is lower-case, or an article opening the sentence. */
function beforeInstitution(prev: string | undefined): boolean {
  return prev !== undefined && (startsLower(prev) || INSTITUTION_ARTICLES.has(prev.toLowerCase()));
}

// Adverbs with an adjective's ending: "le Conseil fédéral demain".
const NOT_QUALIFIERS = wordSet('demain après-demain');

function isQualifier(words: readonly string[], j: number, lang: string): boolean {
  const w = words[j] as string;
  if (NOT_QUALIFIERS.has(w)) return false;
  return !!QUALIFIER_END[lang]?.test(w) && !QUALIFIER_STOPS.has((words[j + 1] ?? '').toLowerCase());
}

const LOWER_4 = /^\p{Ll}{4,}$/u;

/**
 * Where the qualifier of an institution's head at `i` ends: after its adjectives ("Conseil
 * économique et social") or after "de" and a lower-case noun ("Cour des comptes", "Cour
 * d'appel") or a capitalised common noun ("Conseil d'État"); `i + 1` where there is none.
 */
function qualifierEnd(words: readonly string[], i: number, lang: string): number {
  let j = i + 1;
  const first = OF_WORDS.has((words[j] ?? '').toLowerCase()) ? words[j + 1] : words[j];
  if (GENERIC_QUALIFIERS.has(foldName(first ?? ''))) return i + 1;
  const of = (words[j] ?? '').toLowerCase();
  if (OF_WORDS.has(of)) {
    const noun = words[j + 1] ?? '';
    const common = startsCapital(noun) && isCommon(noun, lang);
    if (!common && !(LOWER_4.test(noun) && !QUALIFIER_STOPS.has(noun))) return i + 1;
    j += 2;
    if (PREPOSED.has(noun) && LOWER_4.test(words[j] ?? '')) j++;
  }
  for (;;) {
    if (startsLower(words[j] ?? '') && isQualifier(words, j, lang)) j++;
    else if (
      j > i + 1 &&
      (words[j] === ',' || words[j] === 'et' || words[j] === 'y') &&
      startsLower(words[j + 1] ?? '') &&
      isQualifier(words, j + 1, lang)
    ) {
      j += 2;
    } else break;
  }
  return j;
}

/**
 * Institutions named by a capitalised head and a lower-case qualifier, mid-sentence ("le Conseil
 * constitutionnel", "la Cour de cassation", "el Tribunal constitucional"): the capital marks the
 * name, which the tagger cuts short or misses (it learnt "Cour" inside names). An organisation,
 * over the tagger's span if that ends at the head ("Tribunal"); not where it read a longer name.
 */
function addInstitutions(words: readonly string[], spans: TokenSpan[], lang: string): TokenSpan[] {
  const heads = INSTITUTION_HEADS[lang];
  if (!heads) return spans;
  let out = spans;
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i] as string;
    if (!startsCapital(w) || !heads.has(w.toLowerCase()) || !beforeInstitution(words[i - 1])) {
      continue;
    }
    const end = qualifierEnd(words, i, lang);
    if (end === i + 1) continue;
    const inside = out.filter((o) => o.start < end && o.end > i);
    if (inside.some((o) => o.end > end)) continue;
    const start = Math.min(i, ...inside.map((o) => o.start));
    if (inside.some((o) => o.start === start && o.end === end && o.type === 'ORG')) continue;
    const allOrg = inside.every((o) => o.type === 'ORG');
    const span: TokenSpan = allOrg
      ? { start, end, type: 'ORG' }
      : retyped({ start, end, type: 'PER' }, 'ORG');
    out = replaceSpans(out, inside, span);
    i = end - 1;
  }
  return out;
}

/**
 * Whether a name is an institution's head and its lower-case qualifier ("Conseil
 * constitutionnel", "Cour de cassation", "Conseil d'État", "Partido socialista"): confidence
 * evidence (confidence.ts), where the tagger's doubt on a lower-case word says little.
 */
export function institutionName(name: string, lang: string): boolean {
  const l = lang2(lang);
  const words = name
    .replace(/([dD]['’])/gu, '$1 ')
    .split(/\s+/u)
    .filter(Boolean);
  if (words.length < 2) return false;
  // In any language, an institution word: "Clemson University", "Census Bureau", "Institut Curie".
  const span = { start: 0, end: words.length, type: 'ORG' as const };
  if (institutionType(words, span, false) === 'ORG') return true;
  if (!INSTITUTION_HEADS[l]?.has((words[0] as string).toLowerCase())) return false;
  return qualifierEnd(['', ...words], 1, l) > 2;
}

// "Kim" (a person) then "Il Sung Square" (a place): a person's name that a place name goes on
// from, with nothing between them, is part of the place. `spans` sorted; changed in place.
function joinPersonIntoPlace(words: readonly string[], spans: TokenSpan[]): void {
  for (let k = spans.length - 2; k >= 0; k--) {
    const a = spans[k] as TokenSpan;
    const b = spans[k + 1] as TokenSpan;
    const head = words[b.end - 1] as string;
    if (a.type !== 'PER' || b.type !== 'LOC' || a.end !== b.start) continue;
    if (!startsCapital(head) || !isPlaceHead(head)) continue;
    spans.splice(k, 2, { start: a.start, end: b.end, type: 'LOC' });
  }
}

// What joins a place word to the name it is of: "Monument de la Libération", "Pont des Arts",
// "Plaza de Mayo", "Palais de l'Élysée".
const PLACE_LINKS = new Set(['de', 'du', 'des', "d'", 'd’', 'la', "l'", 'l’', 'del', 'los', 'las']);

/**
 * A capitalised place word, its link words and a capitalised name make one place, whatever the
 * tagger read inside it ("Monument de la Libération" missed, or "Libération" alone as the
 * newspaper): not a name the KB or gazetteer knows as another type ("Tour de France").
 */
function addPlacesOfForm(
  words: readonly string[],
  out: TokenSpan[],
  taken: Uint8Array,
  known: RefineContext['known'],
): void {
  for (let i = 0; i < words.length - 2; i++) {
    const w = words[i] as string;
    // A link word must follow: read before the head is lower-cased (German capitalises every noun).
    if (!startsCapital(w) || !PLACE_LINKS.has(words[i + 1] as string)) continue;
    const f = w.toLowerCase();
    // "Tour de France", "Tour d'Italie": a race far more often than a tower.
    if (!PLACE_FIRST.has(f) || f === 'tour') continue;
    let j = i + 1;
    while (j < words.length && PLACE_LINKS.has(words[j] as string)) j++;
    if (j === i + 1) continue;
    let end = j;
    while (end < words.length && end - j < 4 && startsCapital(words[end] as string)) end++;
    if (end === j) continue;
    const inside = out.filter((o) => o.start < end && o.end > i);
    if (inside.some((o) => o.start < i || o.end > end)) continue;
    if (inside.some((o) => o.start === i && o.end === end)) continue;
    const type = known(words.slice(i, end));
    if (type && type !== 'LOC') continue;
    for (const o of inside) out.splice(out.indexOf(o), 1);
    out.push({ start: i, end, type: 'LOC' });
    taken.fill(1, i, end);
    i = end - 1;
  }
}
