import { acronymOf, allNames, foldedName, getKb, hasName, kbEntry, lookupName } from '../kb/lookup';
import type { KbEntry } from '../kb/kb-entry';
import { foldName, nameWords } from './fold-name';
import { isLandformNoun } from './english-spans';
import { englishNotName, settingLine } from './english-evidence';
import { lineBreakCut } from './french-ocr';
import { aloneOnLine, everyMention, lineBounds } from './mention-spans';
import {
  commonWordBand,
  isEnglishWord,
  dictionaryExceptionDe,
  dictionaryStemDe,
  dictionaryStemOnlyDe,
  isDictionaryNounDe,
  isGermanNoun,
  nounStemsDe,
  isFrenchWord,
  isSpanishWord,
  trainedNameType,
} from './common-words';
import { getGazetteer, isCountryName } from './gazetteer';
import { isGivenName } from './given-names';
import { STATES } from './us-places';
import { normalizeKey } from './gazetteer-key';
import { EDGE_SURE, isShoppingList } from './find-mentions';
import {
  clubWordInName,
  notPersonDe,
  determinerNounDe,
  germanSportsText,
  elidedCompoundDe,
  lawCitedDe,
  inflectedPairDe,
  inPlaceDe,
  landmarkHeadInName,
  placeWordInName,
  timesNounDe,
} from './german-evidence';
import {
  GERMAN_TERMS,
  germanAcronymTerm,
  germanNounInText,
  germanTermAcronymWord,
} from './german-terms';
import type { EntityType } from './tags';
import {
  CONNECTORS,
  germanNounByKey,
  PERSON_INITIALS,
  personInitialsKey,
  type Entity,
} from './merge-mentions';
import model from './model/confidence.json';
import {
  COMPANY_WORDS,
  DEGREE,
  ROLE_WORDS as JOB_TITLE_WORDS,
  institutionName,
  isCommonNoun,
  spanishBodyHead,
} from './refine-spans';
import {
  capsSurnameWord,
  capsWord,
  englishSportsText,
  planetNotName,
  rowLabel,
  sportsText,
  goalSportsText,
  tableCellLabel,
  coinedFromPerson,
} from './org-evidence';
import { textWords } from './text-words';

export { goalSportsText, sportsText };

const ACRONYM = /^\p{Lu}[\p{Lu}\d&.-]{1,7}$/u;

/** What the confidence of one entity is read from. */
export interface ConfidenceEvidence {
  /** The KB or the country/alias gazetteer knows the entity. */
  known: boolean;
  /** The KB or gazetteer knows the name, but as another type (a place typed as a person). */
  knownOtherType?: boolean;
  /** Words of its longest name. */
  words: number;
  /** Mentions in the document. */
  mentions: number;
  /** A one-word name the document also writes in lower case ("État" and "l'état"). */
  lowerInText: boolean;
  type: Entity['type'];
  acronym: boolean;
  /** The tagger's best margin on its mentions; absent when rules or consistency found it. */
  margin?: number;
  /** A one-word common noun of the language ("République", "Estado", "Staff", "Click"). */
  commonNoun: boolean;
  /** Every mention opens a sentence or a line, where any word is capitalised. */
  sentenceInitial?: boolean;
  /** The name is set in capitals and is no acronym (a headline: "PYONGYANG"). */
  allCaps?: boolean;
  /** The first word of a longer name is a common noun or written in lower case in the text. */
  firstWordCommon?: boolean;
  /** Months, days of the week ("July", "Mardi", "Thu Nov") or a time zone ("UTC"), nothing else. */
  calendar?: boolean;
  /** One word shaped as a people's name, in the plural ("Americans", "Parisiens", "Suisses"). */
  demonym?: boolean;
  /** The name has a digit, or is a single letter or two. */
  odd?: boolean;
  /** The name is a part of another entity's longer name in the text ("Corée" of "Corée du Nord"). */
  fragment?: boolean;
  /**
   * Every longer name holding it is of another type: "Cáceres" (a place) of "Gran Teatro de
   * Cáceres" (an organisation), "Saint-François" (a person) of a church; beside a person's
   * surname of his full name, a name read apart from the name it belongs to.
   */
  fragmentOfOther?: boolean;
  /**
   * Share of the mentions listed beside a name of another type and none of its own ("Nieto y
   * Galán" with Galán a place, "Rusia, Singapur"): the names of a list mostly share a type.
   */
  listOther?: number;
  /** The article's language (en, es, fr, de; anything else reads as en). */
  lang?: string;
  /** Share of the mentions the tagger gave the entity's type (the KB or the vote overruled it on the rest). */
  typeShare?: number;
  /** The type the tagger gave most of the other mentions (merge-mentions otherTagged). */
  otherTagged?: Entity['type'];
  /** The tagger's least margin on the words beside its mentions (find-mentions spanEdge). */
  edge?: number;
  /** Share of the mentions with a capitalised word beside them (a name that may go on). */
  capNeighbour?: number;
  /**
   * Every mention follows a lower-case word and "of"/"de" ("la residencia oficial de Kumsusan",
   * "the manager of Petofi"): where a one-word person is seldom named.
   */
  afterOf?: boolean;
  /**
   * Spanish: every mention follows "el", "del" or "al", as a club does ("el Barcelona", "al
   * Badajoz"); a town or a country seldom takes the article.
   */
  clubArticle?: boolean;
  /**
   * Spanish: share of the mentions just after "el", "del" or "al" ("El Madrid jugará", "paró
   * los pies al Madrid", beside one "en Madrid"): clubArticle for most but not every mention.
   */
  clubArticleShare?: number;
  /** A one-word name the language's text writes in lower case: 'mostly' or 'often' (common-words.ts). */
  corpusLower?: 'mostly' | 'often';
  /** The first word of a longer name is mostly written in lower case in the language. */
  firstCorpusLower?: boolean;
  /**
   * English: a one-word name too rare for the corpus lists (corpusLower) that a dictionary writes
   * only in lower case (common-words.ts isEnglishWord): "Thermostat", "Glaciers", "Pets".
   */
  dictionaryWord?: boolean;
  /**
   * A person of several words in Title Case whose every capitalised word is mostly written in
   * lower case, link words aside ("Computer Scientist", "Player Camera", "Head of Sales"). Only
   * a person: places and institutions are often named so ("Monument de la Libération", "Foreign
   * Office"), and a name written with lower-case words of its own is none ("Assemblée nationale").
   */
  allCorpusLower?: boolean;
  /**
   * A person of two or more words in Title Case, each of which the article also writes in lower
   * case or the language mostly does, and none a name of the training text ("Lemon Tree",
   * "Help Menu", "Keeper Camera", "Democracy Is Coming"): a heading or a label, no one's name.
   * An organisation so written only where each mention is a line of its own ("Additional
   * Information", "Uniqueness Rating"): in running text such names are bodies ("Federal Reserve").
   * On a page in another language, a person of English common words (englishPhrase).
   */
  headingCase?: boolean;
  /**
   * On a page in another language, a person of two or more words in Title Case, each an English
   * dictionary word (dictionaryPhrase): "Acrobat Reader", "Guitar Guru", "Repair Hammer".
   */
  dictionaryPhrase?: boolean;
  /**
   * A place the KB and the gazetteer do not know, written as one word of four capitals or more
   * inside a sentence of ordinary case or alone on its line ("HCERES", "RHEL" in a list, a
   * surname in a catalogue): an acronym or a term. Headlines and datelines name places so
   * ("JAKARTA 1996-08-22", "MANCHESTER, England"): a line mostly in capitals or a sentence's first
   * word, with more on its line, is left to the model.
   */
  capsPlace?: boolean;
  /**
   * English or German: a one-word place (or, in English, person) the KB does not know, that the
   * article also writes in lower case as a word of its running text, outside links and paths
   * ("in Emacs" and "emacs -nw", "Django" and "django", "At Bedtime" and "bedtime"), and that
   * the training text never reads as a name: a program, a term or a heading word.
   */
  lowerAsWord?: boolean;
  /**
   * A place the KB does not know, never after a preposition of place, on a shopping list
   * (find-mentions isShoppingList): a maker or a product ("Valve's handheld"), no place.
   */
  shopPlace?: boolean;
  /**
   * German: a one-word place or person that is a common noun the language writes capitalised,
   * told by its form (germanCommonNoun): "Krankenkasse", "Alpakawolle", "Zwangsräumungen".
   */
  germanNoun?: boolean;
  /**
   * German (de42b): a one-word place or body no KB, gazetteer or training text names that the
   * page writes as a common noun ("geschmolzenes Salz", "Kräutertee" for "Tee"), or an acronym
   * the page spells out as a term in lower case ("öffentlicher Personennahverkehr (ÖPNV)") or
   * that German uses as a noun (german-terms.ts).
   */
  germanTerm?: boolean;
  /**
   * German: a one-word name that neither the KB nor the gazetteer has as written (the KB may
   * match it by a transliteration key only: "Oma" Oman, "Rabatt" Rabat) and that the text writes
   * right after a determiner only a common noun takes ("einen Rabatt", "mein Blog", "meine Oma"):
   * a noun, no name (german-evidence.ts determinerNounDe). A veto.
   */
  determinerNoun?: boolean;
  /**
   * German: every mention is "Male" after a numeral or a quantifier ("unzählige Male", "fünf
   * weitere Male"): the plural of "Mal", a time, no Malé (german-evidence.ts timesNounDe). A veto.
   */
  timesNoun?: boolean;
  /**
   * German: a person of several words opened by an inflected adjective ("Freiwillige Helfer",
   * "Diakonisches Profil", "Wissenschaftlicher Mitarbeiter"): a heading or a role, no name
   * (germanAdjectiveHead).
   */
  adjectiveHead?: boolean;
  /**
   * German: a person of several words opened by a common noun ("Chef Boris Dujakovic", "Pfarrer
   * Ralf Peter Reimann", "Grad Celsius", "Staffel III", "Novelle Landeshochschulgesetz"): a role
   * the title list lacks, or no one's name at all (germanNounHead).
   */
  nounHead?: boolean;
  /**
   * German: a "person" of two words, a name in the genitive and a common noun ("Mozarts Geburt",
   * "Webers Ergebnisse", "Nordkoreas Machthaber"), where the text also names the owner without
   * the "s": something of a person's, no one's name (germanGenitiveNoun).
   */
  genitiveNoun?: boolean;
  /**
   * German: a name opened by the noun of a prepositional phrase, every mention after the
   * preposition ("im Bereich Naturkosmetik", "in Sachen Logik", "im Hintergrund Meereswellen"):
   * a phrase's words run into what follows (germanPhraseHead).
   */
  phraseHead?: boolean;
  /**
   * German: the genitive of another entity's name in the text ("Italiens" beside "Italien", "Ann
   * Cottens" beside "Ann Cotten", "Apples" beside "Apple"): the same referent on a second card.
   */
  genitiveOfOther?: boolean;
  /**
   * A span cut inside what it names: one quotation mark without its pair ("Hotel „Villa Orange"),
   * an elided article at its end ("Office fédéral de l'"), or an English contraction ("I’ve")
   * (brokenSpan).
   */
  brokenSpan?: boolean;
  /**
   * A place or a body, half of its mentions or more followed by a version number ("Python 3.6.0
   * is", "FIFA 21 by", "Mac OS X 10.14;", "Perl 5 to 6"; versionAfter): a program, a game or a
   * device, no place or body, whatever the KB says of the word. In English also a person the KB
   * does not know, half of its mentions or more followed by a product's number and a verb or by a
   * model's code ("Mortal Kombat 11 is adding", "Cardea Zero Z440"; productAfter). A veto.
   */
  versioned?: boolean;
  /**
   * Every mention on a line of code ("export CDPATH=…", 'USER_AGENT = "Mozilla/5.0 (…; KHTML, …"',
   * '"Timestamp": "2030-08-14"'; codeLine): an identifier or a string of a program, no name the
   * article uses. A veto.
   */
  inCode?: boolean;
  /**
   * Every mention a user name after "u/" or "r/" ("reddit by u/TheMonsher"; userHandle): a
   * forum account's or a forum's handle, neither a body nor a person's name. A veto.
   */
  userHandle?: boolean;
  /**
   * Every mention on a short line that asks the reader to share, follow or subscribe ("Partager
   * sur Facebook", "Recibe alertas desde Google News", "Folgen Sie uns auf Twitter"; shareLine):
   * a page's button or footer, not the article's subject, whatever the KB says of the name. A veto.
   */
  shareLine?: boolean;
  /**
   * Spanish: a person of two words or more the KB does not know as one, every mention right after
   * a lower-case definite article ("los Montes de María", "el Magdalena Medio", "en el Morera
   * Soto"; articleBefore): Spanish news gives a person's name no article (CoNLL-2002 es dev: 6
   * persons of 2 words or more of 1,155 names after one), a region's, a stadium's or a body's
   * it does. A veto.
   */
  articlePerson?: boolean;
  /**
   * Spanish or French: a person the KB does not know, every mention right after a lower-case
   * head noun of a venue, a school, a shop, a firm or a ship, with no "de" between ("la base
   * Juan Carlos I", "los supermercados Sedano's", "le lycée Paul Bert", "el hospital Doce de
   * Octubre"; venueNounBefore): the venue or the firm named after the person, not the person.
   * CoNLL-2002 es dev: no person after such a noun (23 names: bodies, firms, venues). A veto.
   */
  venuePerson?: boolean;
  /**
   * Spanish: a place the KB does not know, every mention alone in brackets after a lower-case
   * word ("sindicatos como el de peones rurales (Uatre)", "investigador antártico (Inach)", "del
   * gobernador (Morales)"; bracketAfterWord): the acronym of the words before it, or a person;
   * a town in brackets follows a name ("Pérez (Moca)"). CoNLL-2002 es dev: 153 names alone in
   * brackets after a lower-case word, none a place. A veto.
   */
  bracketedAfterWord?: boolean;
  /**
   * Spanish or French: a person the KB does not know as one, every mention right after a
   * member's or a head's role and "de" ("la representante de Alterna Design", "integrante de
   * Madres", "porte-parole d'Attac"; roleOfBefore): what one represents, belongs to or heads is a
   * body. CoNLL-2002 es dev: 75 names so placed, none a person (55 bodies); fr dev: 3, bodies.
   * Not an adviser's, a lawyer's or a secretary's (of a person: "abogada de Martinelli"). A veto.
   */
  memberOf?: boolean;
  /**
   * A place, or an acronym read as a body, that neither the KB nor the gazetteer knows, in a text
   * with CODE_TEXT_LINES lines of code or more (codeText): a language, a program, a system or an
   * identifier ("Python", "Django", "OSX", "BSD", "IRC", "LEGB"). A US state, a country and an
   * acronym listed beside bodies ("The NSA, Facebook, Equifax") stay. A veto.
   */
  codeTextName?: boolean;
  /**
   * English: in a text about software (softwareText: its words of programs make one in a hundred
   * of its lower-case words, five at least), a place the KB does not know that is no US state or
   * country ("Ubuntu", "Mac", "Bitcoin"), or a one-word organisation it does not know, listed
   * beside no organisation ("DOM", "LLVM", "MacOS", "Gentoo", "Filecoder.C"): a program, a
   * system, a format or a currency, no place nor body. A veto.
   */
  softwareName?: boolean;
  /**
   * A person every mention of which follows a given name on its line, with no punctuation
   * between ("Phoebe Maltz Bovy" read as "Maltz Bovy", "Judy B. Walzer" as "B. Walzer";
   * givenNameBefore): the span lost the person's first name, and a card would name someone else.
   * A veto.
   */
  givenNameCut?: boolean;
  /**
   * English: an organisation (or an institution read as a place) of several words that ends in a
   * body's head noun ("National Institute", "International Society", "Customer Care Team"), every
   * mention of which the text goes on with "of", "on" or "for" and a capitalised word ("National
   * Institute| on Aging", "Intergovernmental Panel| on Climate Change"; no day or month) or, an organisation, opens after a
   * capitalised word and "and", "&" or "for" ("Obstetrics and |Gynecology Department",
   * "Transport for |Wales Customer Care Team"; bodyNameGoesOn, bodyNameBegunBefore): a piece of a
   * longer body's name, whose card would name another body or none. A veto.
   */
  bodyNameCut?: boolean;
  /**
   * A person whose name holds a comma ("Glaser R , Gravenstein S" of a reference list): two
   * persons run together. A veto.
   */
  personsJoined?: boolean;
  /**
   * English: in a text that lists places by their codes (three or more "Bangalore (BLR)",
   * "Shanghai Pudong (PVG)": codes in brackets their name's initials do not spell; codeAfterName),
   * a three-capital acronym the KB does not know written so at least once ("LAX"), or a body or a
   * person every mention of which such a code follows ("Bangalore (BLR)" read as a body): an
   * airport's, a station's or a share's code and the place it stands for, no body nor person. A
   * veto.
   */
  placeCode?: boolean;
  /**
   * An acronym the KB does not know, every mention of which a number of five digits or more
   * follows ("PMID 20175497", "PMC 2807447", "[PMID: 11015798]"; identifierLabel): the label of a
   * reference's identifier, no body. A veto (no place: "CA 95064" is a state and its postcode).
   */
  identifierLabel?: boolean;
  /**
   * English: a place or an organisation of several words with a word in lower case that no name
   * holds ("Association rules", "Google Analytics cookies"); German: one that opens with such a
   * word ("sozialdemokratische Partei Attayar"). A term, or a name run into the words beside it
   * (lowerWordInside).
   */
  lowerInside?: boolean;
  /**
   * A country's name (the gazetteer's): read as an organisation, it is the state acting, and the
   * reader wants the country; a town read so is a club ("Barcelona").
   */
  country?: boolean;
  /** Share of the mentions after a preposition of place ("à", "in", "en", "desde"). */
  placeCue?: number;
  /** Share of the mentions after an honorific or a title ("M.", "Mr", "Sra", "président"). */
  personCue?: number;
  /**
   * The tagger's score for the entity's type less its best other type's, the mean over the
   * mentions (merge-mentions typeMargin): small or negative where the type is contested.
   */
  typeMargin?: number;
  /**
   * Share of the mentions after an article and a lower-case noun that is no title ("la firme
   * Chevron", "l'agence Reuter", "the company Enron"): a name a common noun classifies.
   */
  nounBefore?: number;
  /**
   * The article also reads the name as a person and as another type, and the KB does not settle
   * it: findEntities hides it (type-conflicts.ts); set on the dev rows only, to score what is shown.
   */
  typeConflict?: boolean;
  /** Share of the mentions in brackets just after a capitalised word ("Pérez (Moca)"): a team, a party. */
  bracketAfterName?: number;
  /**
   * Share of the mentions just after a number ("3 - Brasil", "24 , Gustave", "1. Tiger Woods"):
   * results and lists, where a place is mostly a team and a one-word name a ship or a horse.
   */
  numberBefore?: number;
  /**
   * Share of the mentions just after a bare "a": a place in Spanish ("viajó a Madrid") but also
   * the person-marking "a" ("amonestó a Cannavaro"), and an article in English ("a Paris court").
   */
  afterA?: number;
  /**
   * A one-word name the language's training text nearly always gives one type
   * (common-words.ts trainedNameType): 'same' as the entity's, or 'other'. Only 'other' is
   * weighed, and only where the KB does not confirm the entity (confidenceFeatures).
   */
  trainedType?: 'same' | 'other';
  /**
   * A name of several words with something inside that no name has: a lower-case word that is no
   * particle ("Suzanne ci Marie"), punctuation ("Yannicfc , Collet") or an honorific ("Mimi
   * Toinon M. Combarelle"): two names run together, or a name and the words beside it.
   */
  innerNoise?: boolean;
  /**
   * A word of the name shaped as OCR misreads are: capitals after a lower-case letter
   * ("AmiralCourbcl"), two capitals then lower case ("VOuiedo"), or a sign that is no letter,
   * hyphen, apostrophe or dot ("plai'Wrî&>").
   */
  ocrShape?: boolean;
  /**
   * An organisation named by an institution's head and a lower-case qualifier, as French and
   * Spanish write them ("Conseil constitutionnel", "Cour de cassation", "Partido socialista";
   * refine-spans institutionName): the tagger doubts the lower-case word, the form does not.
   */
  institution?: boolean;
  /**
   * The text reports sport (sportsText: sports words make at least 1 in 200 of its lower-case
   * words): a town or a country named there without a preposition of place is mostly a team ("el
   * Madrid", "Brasil venció a Chile"), a place card the wrong referent.
   */
  sports?: boolean;
  /**
   * Share of the mentions in brackets right after a person's name ("Pérez (Moca)", "Bazán
   * (Badajoz)"): what follows a player or a politician so is the club, the country's team or
   * the party, not a place; a place in brackets after a place ("Córdoba (Argentina)") is not
   * counted.
   */
  bracketAfterPerson?: number;
  /**
   * English: a name of two words or more, each an ordinary word (the language mostly or often
   * writes it in lower case, the article does, or a plural acronym: "SSDs"), the last no body's or
   * place's head, every mention in a heading or label line (titleCaseLine, or alone on its line):
   * "The Best Cheap SSDs for 2020", "Change Font Size of Main Title", "Soil & Transplanting". A
   * heading's words, no name (headingWords, titleCaseLine).
   */
  headingLine?: boolean;
  /**
   * A one-word name shaped as a term, no name: a plural acronym ("SSDs", "FAQs", "GPUs"), a file
   * name ("TSNE.java", "Dockerfile", "Makefile"), an initialism of a thing ("DNA", "VAT", "TVA",
   * "IVA") or, in English, a sentence adverb or connective
   * opening the sentence ("Moreover,", "Similarly,", "Nevertheless") (termShape).
   */
  termShape?: boolean;
  /**
   * English: a one-word name the KB does not know, alone on its line wherever it stands (a label,
   * a menu item, a heading), that the article also writes in lower case in another form: its
   * singular or plural, its stem ("Connectives" and "connective", "Offsides" and "offside"). A
   * label's word, no name (lowerForm).
   */
  labelWord?: boolean;
  /**
   * A one-word name the KB does not know that opens three lines or more, each time before a number
   * ("Milepost 2.0 :", "Step 3"): a row label, no name (org-evidence.ts rowLabel).
   */
  rowLabel?: boolean;
  /**
   * A name the KB does not know with a lower-case word ("Economie publique"), every mention a line
   * of its own between lines of figures: a flattened table's row label (tableCellLabel).
   */
  tableCell?: boolean;
  /**
   * French: a one-word place or body the KB does not know, coined from the surname of a person the
   * article names ("Macronie", "Sarkozysme"): a camp or a doctrine (coinedFromPerson).
   */
  coinedName?: boolean;
  /**
   * A one-word name the KB does not know, written in capitals ("STREAM", "OPTIONAL", "CRAFT"),
   * that the article also writes in lower case as a word of its text: a word in capitals, no
   * acronym of a name (org-evidence.ts capsWord, writtenLowerAsWord). In English also one that
   * SCOWL writes only in lower case, that no training set types, no mention of which follows
   * "known as", "called" or "dubbed" ("(OPTIONAL)", "STREAM: …"; not "known as CREEP").
   */
  capsWordLower?: boolean;
  /**
   * French: a one-word place or body the KB and the training text do not know, written in
   * capitals and ending in "-EZ": a verb of the second person plural, an imperative of a banner
   * or a button ("DONNEZ, PARTAGEZ, INVESTISSEZ", "VOTEZ", "ABONNEZ-VOUS"; frenchCapsVerb).
   */
  capsVerb?: boolean;
  /**
   * A person of two words, a place the training text knows and a Roman numeral ("Dublin II",
   * "Vatican II", "Bâle III"): a treaty, a rule or a council named after the place, no person
   * (placeNumbered). A person with a regnal number has a given name ("Louis XIV", "Jean-Paul II").
   */
  placeNumbered?: boolean;
  /**
   * A place written as a word, a hyphen and an acronym ("Keystone-ATS", "Reuters-AFP"): an
   * agency's or a firm's name; places' hyphened names join words, not acronyms (acronymTail).
   */
  acronymTail?: boolean;
  /**
   * English: an organisation of one word in capitals, in a text that writes persons' surnames in
   * capitals ("John Paul STEVENS"), on a line of ordinary case: a surname ("SCALIA", "GINSBURG";
   * org-evidence.ts capsSurnameWord).
   */
  capsSurname?: boolean;
  /** English: a planet read as an organisation or a person ("around the Earth"; planetNotName). */
  planet?: boolean;
  /**
   * Spanish or French: a rank or a function alone, the article that opens it aside ("El
   * Mandatario", "el Coronel", "Asistente 1:", "le Préfet"): the text names someone by the
   * office, the capital is the office's; a card would name no one (roleAlone).
   */
  roleAlone?: boolean;
  /**
   * Spanish: a rank that is a family name too ("Coronel", "General", "Cardenal"), written after
   * the definite article with no name after it ("El Coronel, aseguró"; rankWithArticle): the
   * office names someone, as in roleAlone; Spanish gives no surname an article.
   */
  rankArticle?: boolean;
  /**
   * Spanish: a one-word person the KB does not know, written alone in brackets right after a
   * capitalised name that is no person's ("Ministerio de ... Telecomunicaciones (Micitt)";
   * bracketedAbbreviation): the organisation's short name, no one's.
   */
  orgAbbreviation?: boolean;
  /**
   * Spanish or French: a one-word person the KB does not know, every mention listed beside
   * organisations and beside no person ("el Ministerio de Trabajo y Fodesaf", "Blackwell,
   * Springer et Elsevier"; orgListNeighbours): a body, a firm.
   */
  orgListPerson?: boolean;
  /**
   * Spanish: a one-word place or organisation the KB does not know, every mention the last
   * member, after "y" or "e", of capitalised ordinary words ("Ganadería, Agricultura y Pesca",
   * "Investigación Criminal e Inteligencia"; coordinatedTail): the tail of a longer name.
   */
  coordinatedTail?: boolean;
  /**
   * Spanish: a one-word person the KB does not know, part of no longer name, after no title, in a
   * text about devices (productText: "teléfonos", "Android", "batería", "pantalla"): a brand or a
   * model ("Xiaomi", "los Pixel"), no one's name.
   */
  productPerson?: boolean;
  /**
   * Spanish: a person of two words or more whose first is an ordinal ("Cuarta Sala", "Tercera
   * División"; ORDINALS_ES): a court's chamber, a league, a section; no given name is one.
   */
  ordinalPerson?: boolean;
  /**
   * French: a place or a person the KB does not know whose name the text also writes right after a
   * school's head word ("lycée Louise-Michel", "l'université Paris-Dauphine"; schoolNamed): the
   * school, where the tagger read the saint, the writer or the town it is named after.
   */
  schoolName?: boolean;
  /**
   * French: a person the KB does not know named as a firm, by its legal form or last word
   * ("Dupont SARL", "Lagardère Groupe"; firmTailPerson, LEGAL_FORM_FR), or, at every mention, after a firm's noun
   * ("la société Business France", "le groupe Lactalis") or with one in apposition ("Business
   * France – société qui…"; firmCue), or, one word and no given name, after "chez" ("analyste
   * chez Oddo"). A place the KB does not know after "chez" or after a firm's people or dealings
   * ("les salariés de Doux"; CHEZ_BEFORE_FR, FIRM_DEALINGS_BEFORE_FR).
   */
  firmPerson?: boolean;
  /**
   * French: a place in a report on a team sport with goals (goalSportsText) no mention of which
   * follows a preposition of place or stands in brackets after a person ("Lorient a tenu tête à
   * l'OL", "renverser Lorient"): the town's club, where a place's card names the wrong referent;
   * "né à Lorient", "Moser (Italie)" keep it. Not cycling's towns of a stage.
   */
  sportsPlace?: boolean;
  /**
   * Spanish or French: a person whose first word (or first part of a hyphened word) is the head
   * noun of a place or an institution ("Puerto Príncipe", "Minas Gerais", "Centro Carter",
   * "Château-Gontier", "Conseil Frères"): a place or a body, no one's name (placeHeadPerson).
   */
  placeHead?: boolean;
  /**
   * Spanish or French: share of the mentions of a place just after a capitalised word inside the
   * sentence and "de" ("Echo de Paris", "Transportes de México", "Ville de Boulogne"), that word
   * no entity's end: the place closes a longer name the recogniser did not read whole (tailOfName).
   */
  nameTail?: number;
  /**
   * Spanish: share of the mentions of a place just after a team's noun or a match's verb ("la
   * selección de Brasil", "medirse a Perú", "el técnico del Mérida", "traspaso al Roma"): a team,
   * and a place card names another referent (teamCueBefore).
   */
  teamCue?: number;
  /**
   * Spanish: share of the mentions just after a lower-case noun of a place's part or kind, or of
   * a town's office, and "de"/"del" ("al sur de Colombia", "la ciudad de Florencia", "el estado
   * de Chiapas", "el alcalde de Zafra"): a place, whatever the tagger's type (placeNounBefore).
   */
  placeNoun?: number;
  /**
   * Spanish: a person of two words or more whose last word is a firm's ("Bank", "Group", "Hermanos",
   * "Airlines", "Tobacco"): "Deutsche Bank", "Dosal Tobacco", a company read as a person
   * (firmTailPerson).
   */
  firmTail?: boolean;
  /**
   * English: a name the KB does not know, every mention a line of its own in a list of terms
   * written in lower case ("Factor analysis / CCA / ICA", "Linear regression / Naive Bayes";
   * termListLine): a method's or a program's name in a navigation box, no entity.
   */
  termList?: boolean;
  /**
   * English: a person or a place the KB does not know, every mention quoted whole (“Magic Man,”,
   * “Barracuda,”, “Agent Smith”; quotedWhole): a song's, a book's or a program's title; a person
   * is named in quotes only by a nickname, which a card would not name either.
   */
  quotedTitle?: boolean;
  /**
   * English: a name the KB does not know, every mention inside a quotation in Title Case that
   * holds more than the name (“Superminds: The Surprising Power of People and Computers Thinking
   * Together”, "Approximated and User Steerable tSNE for Progressive Visual Analytics";
   * titleQuoteAround): words of a quoted title, a paper's, a book's or a theme's, no entity.
   */
  titleFragment?: boolean;
  /**
   * English: a name the KB does not know with a capitalised form of "be", "have" or "do" after
   * its first word ("Koko Be Good", "Democracy Is Coming"; verbInName): a title, no one's name.
   */
  verbInside?: boolean;
  /**
   * English: a person the KB does not know whose first word is no given name but an ordinary
   * Spanish word, then "de"/"del" or another ordinary Spanish word ("Sopa de Lima", "Torta
   * Ahogada", "Carne Asada"; spanishOpening): a dish or a thing named in Spanish, no one's name.
   */
  spanishDish?: boolean;
  /**
   * Spanish: a one-word organisation the KB does not know, no acronym, that Spanish running text
   * often writes in lower case (commonWordBand 'often': "la Justicia española", "presupuesto para
   * Justicia"): a function or a branch named by its kind, no body's name. Those the text mostly
   * writes in lower case are ordinary words already, and the commonest ("Gobierno", "Estado")
   * common nouns.
   */
  kindName?: boolean;
  /**
   * Spanish: a piece of a longer body's name the tagger cut. An organisation the KB does not know,
   * of words the language writes in lower case, every mention of which opens after a capitalised
   * word mid-sentence (no function's: "el Director de la Policía Nacional") and a link word ("Liga Argentina por los |Derechos Humanos", "Programa Venezolano de
   * Educación-Acción en |Derechos Humanos"; spanishBodyBegunBefore); or one of two words or more
   * every mention of which goes on with "para", "por", "per", "sobre" or "contra" and a
   * capitalised word ("Plataforma Unitaria| per la Pau", "Consejo de Investigación| para el
   * Tabaco"; spanishBodyGoesOn). Its card would name another body, or none. A veto.
   */
  spanishBodyCut?: boolean;
  /**
   * A one-word name the KB does not know written as code: a file or a member after a dot
   * ("CA.pl", "A.x", "Android/Filecoder.C") or an exception's class ("IndexError"; codeName):
   * no entity. A web domain ("Amazon.com") is a firm's name.
   */
  codeWord?: boolean;
  /**
   * English: a name the KB does not know of ordinary words ending in "People", "Peoples" or
   * "Persons" ("Indigenous Peoples", "Black People"; peoplePhrase): a kind of people, no body,
   * place or person.
   */
  peopleNoun?: boolean;
  /**
   * A short name every mention of which a currency's sign or an amount follows at once ("US$171
   * million", "Rs 42,900"; currencyBefore): a currency's code, no place.
   */
  currencyCode?: boolean;
  /**
   * English: a name the KB does not know that ends in a law's, a rule's or a theory's head
   * ("COPPA Rule", "Fair Information Practices", "Path-Goal Model"), or every mention of which a
   * capitalised head of that kind follows ("Dodd-Frank| Act", "Fair Information| Practice
   * Principles", "COPPA (Children Online Privacy Protection Act)"; lawHeadAfter): a law, a
   * rule or a model, no body, place or person.
   */
  lawName?: boolean;
  /**
   * Spanish or French: a name of two words or more the KB does not know, opened by the head of a
   * law's, a doctrine's or a survey's name ("Doctrina de Seguridad Nacional", "Ley de Medios",
   * "Relevamiento Provincial de Aprendizajes", "Code du travail", "Traité de Versailles";
   * lawHeadFirst): a text, an idea or a measurement, no body, place or person.
   */
  lawHeadFirst?: boolean;
  /**
   * Spanish: an organisation the KB does not know, named by ordinary words (spanishPhrase), every
   * mention right after a department head's role and "de" ("director de Talento Humano",
   * "gerente de Recursos Humanos"; departmentOfRole): a department in a job title, no body one
   * can show.
   */
  departmentOfRole?: boolean;
  /**
   * Spanish or French: a place or an organisation the KB does not know, named after "índice" or
   * "indice" ("el índice Ibovespa", "l'indice CAC 40"; stockIndexAt): a stock index, no body.
   */
  stockIndex?: boolean;
  /**
   * Spanish or French: every mention quoted whole, spaces allowed inside the marks («&nbsp;X&nbsp;»,
   * " X "; quotedWholeSpaced), and a person or a place the KB does not know, or a year in brackets
   * after one mention (" Madagascar " ( 1994 )): a film's, a book's or a show's title (English:
   * quotedTitle).
   */
  quotedWork?: boolean;
  /**
   * Spanish or French: a one-word body the KB does not know, a kind of body a country has many of,
   * after a definite article at each mention ("la Federación, a cargo de Morcillo", "la
   * Intendencia", "la Fédération"; kindAlone): the common noun standing for a body named
   * elsewhere or not at all, which a card cannot name. Not the country's one Government,
   * Congress, Senate, army or police ("el Gobierno", "el Congreso"), nor "Junta".
   */
  kindAlone?: boolean;
  /**
   * English: a name the KB does not know, every mention on a short line in a list of labels made
   * of ordinary words, two of them together ("Default / Tele Broadcast / Tele / Co-op / Classic",
   * "Spider Mites / Mealybugs / Aphids"; labelListLine): a menu's or a list's item among common
   * nouns, no entity.
   */
  labelList?: boolean;
  /**
   * English: an organisation or a place of ordinary words (ordinaryPhrase) the KB does not know,
   * a mention opening its line as a label ("Reproducible Research Statement: Study protocol",
   * "2. Aggregate Information. …"; labelOpening), the others alone on their line or quoted whole
   * (a defined term: '"Aggregate Information" is data'): a section's or a term's label, no name.
   */
  labelTerm?: boolean;
  /**
   * English: a person the KB does not know, of two words or more opening with no given name
   * (noGivenNameFirst), every mention after "a" or "an" and before no lower-case word ("a Torta
   * Ahogada (drowned)"; afterIndefiniteEn, nounAfter): a dish, a thing of a kind. A person so
   * named after "a" is one of a kind ("a Scott Meadows", who opens with a given name) or a noun's
   * modifier ("a Saeed Anwar century"; so is a car's, "a Nissan Latio motor car", left shown).
   */
  indefinitePerson?: boolean;
  /**
   * An acronym the KB does not know that names a thing, every mention in brackets after its
   * expansion in lower case ("fast radio burst (FRB)", "filtered b-spline (FBS)") or the head of
   * a noun phrase after "a" or "an" ("using an ADR to", "in a REPL and"; acronymTerm): a term's
   * short form; an organisation is expanded in capitals, and "a NATO summit" qualifies a noun.
   * Spanish: one defined in brackets after a law's or a treaty's name ("la Ley de Enjuiciamiento
   * Civil (LEC)", then "la LEC"; spanishLawAcronym): a law, no body.
   */
  termAcronym?: boolean;
  /**
   * English: an acronym the KB does not know, defined in brackets by an expansion in capitals of
   * ordinary words closed by no body's head ("Bus Rapid Transit (BRT)", "'Personally Identifiable
   * Information' (PII)"), or that expansion itself ("Heat Assisted Magnetic Recording (HAMR)";
   * termExpansion): a kind of thing spelled out, no body's name ("Federal Transit Administration
   * (FTA)" closes on a head).
   */
  expandedTerm?: boolean;
  /**
   * English: a one-word body or place the KB does not know, no country, in a text with words of
   * programs (SOFTWARE_WORDS_EN, three at least), that the text writes as a program's name
   * somewhere, tagged or not (programNamedIn): right before a program's noun ("a DOM traversal",
   * "POSIX platforms", "POSIX-defined functions", "your main Rails app", "the Python standard
   * library"; an acronym also before "tree", "a DOM tree"), or after "version of" ("the version
   * of Python"); or listed beside a program's name (programListed: "lost out to PHP, Python, and
   * Ruby" where the text says "Python 3", "Java/JSP, Python, JavaScript/CSS"): a language, a
   * library or a standard, no one's name. Before a noun only a language takes ("the Python
   * standard library", "a Lisp interpreter"; languageNamedIn), in any text.
   */
  programName?: boolean;
  /** A name opening with "Infobox", a wiki template's name copied into the text ("Infobox Philosopher"). */
  wikiTemplate?: boolean;
  /**
   * English: every mention a part of a place the gazetteer or the KB knows whose name joins two
   * with "and" or "&" ("St. Vincent| & the Grenadines", "St. Vincent and the |Grenadines";
   * joinedPlace), or of one of two known places written with their shared last word once
   * ("Marshall| and Solomon Islands"): the span cut a country's name in two.
   */
  joinedPlaceCut?: boolean;
  /**
   * English: a name of two words or more in capitals, each an ordinary word, the KB knowing none
   * ("NUTRITIONAL INFORMATION"; ordinaryPhrase): a heading.
   */
  capsHeading?: boolean;
  /**
   * English: every mention in brackets right after a telephone number ("call 0800 015 8123
   * (Textphone)"): the kind of line, no one's name.
   */
  phoneKind?: boolean;
  /**
   * English: a person or a body of two words or more, the KB knowing none, whose last word is the
   * head of an event or of a dish ("the Beer Hall Putsch", "the Mezcal Soup"; thingHead): a thing
   * named, no one and no body.
   */
  thingHead?: boolean;
  /**
   * English: a body or a place of two words or more, the KB knowing none, closed by an ordinary
   * word, every mention before "'s" and capitalised words ending on a body's head ("Texas
   * Women|'s Health Program"; possessiveBodyAfter): a body's name cut at its possessive.
   */
  possessiveBodyCut?: boolean;
  /**
   * English: a body or a place the KB does not know whose name opens with a person's role and
   * "of" ("Author of Gridiron Belles", "Director of Engineering"; roleOfPhrase): a line saying
   * what someone is, no body's name.
   */
  roleTitle?: boolean;
  /**
   * English: an organisation whose every mention is a maker's name before a product's words, or
   * a name the KB does not know made so ("Microsoft| Word Error-file Laminate", "Apple Silicon",
   * "Microsoft Office Word"; productWords): a product, no body.
   */
  makerProduct?: boolean;
  /**
   * English: a name the KB does not know, every mention followed by "and" and a body's name's
   * rest, opening with an ordinary word and closing with a body's head ("Royal College of
   * General Practitioners Research| and Surveillance Centre", "Mobile Spay| and Neuter Clinic";
   * bodyNameGoesOnAnd): a body's name cut in two.
   */
  bodyNameCutAnd?: boolean;
  /**
   * English: a place every mention of which follows "University of", "College of" and the like
   * at once ("University of |South Alabama"; bodyOfBefore): part of a body's name cut off, no
   * place of the text's own.
   */
  placeInBodyName?: boolean;
  /**
   * English: a place neither the KB nor the gazetteer knows, every mention of which closes a
   * picture's credit after "from", "on" or "via" ("Photo by Jane Roe on Unsplash", "Photo
   * Source: Jane Roe from Pexels"; creditSource): the library or agency the picture came from,
   * no place.
   */
  creditSource?: boolean;
  /**
   * English: an organisation or a place of two ordinary words or more the KB does not know,
   * which the text also writes in lower case ("its own CA (Certificate Authority)", then "to be a
   * certificate authority"; "AI in Patient Care" and "patient care"; termInLower): a kind of
   * thing named, no body nor place.
   */
  termPhrase?: boolean;
  /**
   * English: a person the KB does not know, every mention right before a vehicle's noun ("a
   * Nissan Latio motor car", "a Toyota Starlet car"; vehicleAfter): a car's model, no one.
   */
  vehicleModel?: boolean;
  /**
   * English: an organisation every mention of which stands before a landform's noun ("Ecuador's
   * Amazon forests", "the Congo basin"; landformAfter): a land's name, even where the KB knows a
   * firm of that name, which fixed its type.
   */
  landName?: boolean;
  /**
   * English: a name the KB does not know, every mention on a short line of its own whose next
   * line tells what a setting does ("HUD\n\nSelect whether you want …", "VOLTA Trax Across All
   * Menus\n\nWith this setting tuned on, …"; settingLine): a settings list's label.
   */
  settingLabel?: boolean;
  /**
   * A person named by initials only ("G.E.", "M.L." of a reference list, "J.K." cut from its
   * surname, "P.S."): no card can tell whom they name.
   */
  initialsOnly?: boolean;
  /**
   * A person every mention of which closes a reference's journal slot, a stop, a year and a
   * semicolon after it ("J Clin Virol. 2006;37", "Int Rev Cytol. 1991;124"): an abbreviated
   * journal title, no one's name; or a wiki reference's website slot, "Retrieved" after it
   * ('"A title". Some Website. Retrieved 2018-04-16'; journalSlot).
   */
  journalTitle?: boolean;
  /**
   * German (de40): a name that is no one's, told by German's word forms: the first part of an
   * elided compound at every mention ("Hard- und Software"), a genitive common noun closing the
   * name ("ADAC Urteils"), a place's kind after a place's adjective read as a person ("Flögelner
   * See"), a one-word body German's lexicon declines ("Waldschnepfe"), a mass noun or its
   * compound ("Triebschnee", "Deutschrap"), a person written with hyphens whose last part is a
   * lexicon noun ("Android-Handys").
   */
  germanNotName?: boolean;
  /**
   * Spanish: a one-word name the KB does not know, every mention opening a sentence right before
   * "a" or "al" and an infinitive ("Anda a mover tu auto", "Vuelve a intentarlo"): a verb of a
   * periphrasis, capitalised as the sentence's first word; a name is seldom followed so.
   */
  verbBeforeInfinitive?: boolean;
  /** German: a name of two words or more with a place's name after its first ("Benfica Lissabon"). */
  dePlaceWord?: boolean;
  /**
   * French: a one-word name the KB does not know, a word the language writes in lower case (the
   * dictionary's or the corpus lists'): share of its mentions right after a determiner ("l'Union",
   * "le Conseil", "ce Concerto", "son Hosanna"): a common noun capitalised for the institution or
   * the work the text speaks of, seldom a name; a surname takes no article (frenchArticleWord).
   */
  frArticleWord?: number;
  /**
   * French: share of the mentions joined by a hyphen to a word outside them ("Paul-|Emile
   * Bonjour", "Grande-|Russie", "Samuel Baud|-Bovy", "outre-|Rhin"): part of a hyphened name or
   * word, the span cut at the hyphen (hyphenJoined).
   */
  frHyphenCut?: number;
  /**
   * French: a word of the name cut at a scanned line's end ("Pa- ris", "Algé-"; lineBreakCut,
   * french-ocr.ts): a piece of a word, vetoed.
   */
  frLineBreakCut?: boolean;
  /**
   * French: a one-word person or organisation the KB does not know, a noun, an adjective or a verb
   * the French dictionary writes only in lower case and the training text never as a name
   * ("Jardinier", "Idiote", "Procurez", "Concerto"): a capitalised ordinary word, a heading's or an
   * OCR slip's, seldom a name (frenchWordKind 'dictionary').
   */
  frDictionaryWord?: boolean;
  /** German: a name of two words or more opened or closed by a landmark's head ("Reindeer Lake"). */
  deLandmark?: boolean;
  /** German: the text reports sport (germanSportsText). */
  deSports?: boolean;
  /** German: share of the mentions after "in", "im", "nach" or "aus" (inPlaceDe). */
  deInPlace?: number;
  /** German: a name of two words or more with a club's word ("Leicester City", "Real Oviedo"). */
  deClubWord?: boolean;
  /**
   * German (de46): a one-word name the KB and the gazetteer do not know that German's lexicon of
   * common nouns declines (germanLexiconNoun): 'whole' ("Abzocke", "Wanderer"), or 'part', a
   * compound whose last part is such a noun and no place's or body's head ("Saison|ende",
   * "Natur|fasern", "Sieben-Tage-Inzidenz"). Evidence for the fitted model, no veto: towns are
   * named so too ("Dor|magen").
   */
  deLexiconNoun?: 'whole' | 'part' | 'place';
  /**
   * German (de47): share of the mentions of a name the KB does not know that "und", "oder",
   * "sowie" or a slash join to a common noun the lexicon declines (germanLexiconNoun) and no
   * other entity's mention: "Selbstständige und Freiberufler", "aus Tee und Eierschalen".
   */
  deNounCoordinated?: number;
  /**
   * German (de47): a name of two words or more whose last word is a common noun inflected
   * (personNounLastDe): "Keller Freistöße", "Thomas Elder Antrittsgelder" (a person and the
   * object of the verb before).
   */
  dePersonNounLast?: boolean;
  /**
   * German (de48): a person's name the KB does not know that is no one's: English common words
   * and no given name ("Big Data", "Sponsored Posts"), or a part after a hyphen in lower case
   * ("PETA-approved"); german-evidence.ts notPersonDe. A veto.
   */
  deNotPerson?: 'english' | 'lower';
  /**
   * English: why a name is no name (english-evidence.ts englishNotName: a place naming the
   * agreement after it; of a name the KB does not know, an exclamation in capitals, a gerund
   * opening a person's name, a label alone on its lines, a reporter's initials in brackets), or
   * undefined.
   */
  enNotName?: string;
}

/** The fitted model (lib/entities/model/confidence.json, written by npm run train:confidence). */
export interface ConfidenceModel {
  features: string[];
  /** Fitted on every dev set: for languages without their own (German). */
  weights: number[];
  /** Fitted on one language's dev sets: its conventions (a Spanish state acting, French OCR). */
  weightsByLang?: Record<string, number[]>;
  /** Per language, the confidence from which an entity is shown. */
  shownFrom: Record<string, number>;
}

const MODEL = model as ConfidenceModel;
const LANGS = ['en', 'es', 'fr', 'de'];

function langOf(lang: string | undefined): string {
  const l = (lang ?? 'en').slice(0, 2).toLowerCase();
  return LANGS.includes(l) ? l : 'en';
}

/**
 * The confidence from which an entity is shown (cards, chips, underlines) in a language: chosen
 * per language on cross-fitted predictions over the NER dev sets (npm run train:confidence).
 */
export function shownFrom(lang?: string): number {
  return MODEL.shownFrom[langOf(lang)] ?? (MODEL.shownFrom.en as number);
}

/** The default threshold (English), for callers without a language. */
export const SHOWN_FROM = shownFrom('en');

/** Names of the features confidenceFeatures returns, in order. */
export const FEATURE_NAMES = [
  'bias',
  'type_loc',
  'type_org',
  'known',
  'known_other_type',
  'words_2',
  'words_3plus',
  'log_mentions',
  'lower_in_text',
  'common_noun',
  'acronym',
  'margin_missing',
  'margin_log',
  'margin_40_plus',
  'sentence_initial',
  'all_caps',
  'first_word_common',
  'single_per_unknown',
  'single_sentence_initial',
  'single_all_caps',
  'calendar',
  'demonym',
  'odd',
  'fragment',
  'type_share',
  'type_overruled',
  'edge_log',
  'edge_below_5',
  'cap_neighbour',
  'cap_neighbour_any',
  'single_per_after_of',
  'single_loc_club_article',
  'known_overruled',
  'per_place_cue',
  'loc_person_cue',
  'org_person_cue',
  'loc_place_cue',
  'corpus_mostly_lower',
  'corpus_often_lower',
  'first_corpus_lower',
  'type_margin_log',
  'type_margin_neg',
  'known_type_margin_neg',
  'per_noun_before',
  'loc_noun_before',
  'loc_bracket_after_name',
  'org_bracket_after_name',
  'per_number_before',
  'loc_number_before',
  'org_number_before',
  'loc_after_a',
  'trained_type_other',
  'inner_noise',
  'ocr_shape',
  'fragment_of_other',
  'list_other',
  'institution_form',
  'loc_sports',
  'loc_bracket_after_person',
  'per_person_cue',
  'per_place_head',
  'loc_name_tail',
  'loc_team_cue',
  'loc_place_noun',
  'other_place_noun',
  'per_firm_tail',
  'de_per_place_word',
  'de_per_landmark',
  'de_sports_loc',
  'de_club_word',
  'single_loc_club_article_share',
  'fr_article_word',
  'fr_hyphen_cut',
  'fr_dictionary_word',
  'de_lexicon_noun',
  'de_noun_compound',
  'de_noun_coordinated',
  'de_per_noun_last',
] as const;

/** The feature vector of one entity's evidence (FEATURE_NAMES order). */
export function confidenceFeatures(e: ConfidenceEvidence): number[] {
  const m = e.margin;
  const single = e.words <= 1;
  const logMargin = m === undefined ? 0 : (Math.sign(m) * Math.log1p(Math.abs(m))) / 4;
  // The KB's type stands where the tagger read another (CoNLL's conventions taught it that a
  // country acting is an organisation: "Rusia" in Spanish news): the share counts for the unknown.
  const typeShare = e.known ? 1 : (e.typeShare ?? 1);
  const edge = e.edge ?? EDGE_SURE;
  const capNeighbour = e.capNeighbour ?? 0;
  const tm = e.typeMargin ?? 0;
  return [
    1,
    e.type === 'LOC' ? 1 : 0,
    e.type === 'ORG' ? 1 : 0,
    e.known ? 1 : 0,
    e.knownOtherType ? 1 : 0,
    e.words === 2 ? 1 : 0,
    e.words >= 3 ? 1 : 0,
    Math.log1p(Math.max(0, e.mentions - 1)),
    e.lowerInText ? 1 : 0,
    e.commonNoun ? 1 : 0,
    e.acronym ? 1 : 0,
    m === undefined ? 1 : 0,
    // The margin on a log scale (it spans ±150), and whether it is beyond doubt.
    logMargin,
    m !== undefined && m >= 40 ? 1 : 0,
    e.sentenceInitial ? 1 : 0,
    e.allCaps ? 1 : 0,
    e.firstWordCommon ? 1 : 0,
    single && e.type === 'PER' && !e.known ? 1 : 0,
    single && e.sentenceInitial ? 1 : 0,
    single && e.allCaps ? 1 : 0,
    e.calendar ? 1 : 0,
    e.demonym ? 1 : 0,
    e.odd ? 1 : 0,
    e.fragment ? 1 : 0,
    typeShare,
    typeShare < 1 ? 1 : 0,
    (Math.sign(edge) * Math.log1p(Math.abs(edge))) / 4,
    edge < 5 ? 1 : 0,
    capNeighbour,
    capNeighbour > 0 ? 1 : 0,
    single && e.type === 'PER' && e.afterOf ? 1 : 0,
    single && e.type === 'LOC' && e.clubArticle ? 1 : 0,
    // The KB's type against the tagger's: a different referent of the same name ("Jordan", a
    // town's club), except an institution the tagger reads as its seat (the White House, the
    // Kremlin): the same referent either way.
    e.known && !e.country && !seatOf(e) && (e.typeShare ?? 1) < 1 ? 1 - (e.typeShare ?? 1) : 0,
    e.type === 'PER' ? (e.placeCue ?? 0) : 0,
    e.type === 'LOC' ? (e.personCue ?? 0) : 0,
    e.type === 'ORG' ? (e.personCue ?? 0) : 0,
    e.type === 'LOC' ? (e.placeCue ?? 0) : 0,
    !e.known && e.corpusLower === 'mostly' ? 1 : 0,
    !e.known && e.corpusLower === 'often' ? 1 : 0,
    !e.known && e.firstCorpusLower ? 1 : 0,
    // How contested the type is: the tagger's score for it against its best other type's.
    e.known ? 0 : (Math.sign(tm) * Math.log1p(Math.abs(tm))) / 4,
    !e.known && tm < 0 ? 1 : 0,
    e.known && e.type !== 'PER' && tm < 0 ? 1 : 0,
    e.type === 'PER' ? (e.nounBefore ?? 0) : 0,
    e.type === 'LOC' ? (e.nounBefore ?? 0) : 0,
    e.type === 'LOC' ? (e.bracketAfterName ?? 0) : 0,
    e.type === 'ORG' ? (e.bracketAfterName ?? 0) : 0,
    e.type === 'PER' ? (e.numberBefore ?? 0) : 0,
    e.type === 'LOC' ? (e.numberBefore ?? 0) : 0,
    e.type === 'ORG' ? (e.numberBefore ?? 0) : 0,
    e.type === 'LOC' ? (e.afterA ?? 0) : 0,
    // Only against a type, and only where the KB does not confirm it: as evidence for a name, the
    // training sets' names (of their era) hid modern ones they never saw (Kering, LVMH, RIA).
    !e.known && e.trainedType === 'other' ? 1 : 0,
    e.innerNoise ? 1 : 0,
    e.ocrShape ? 1 : 0,
    e.fragmentOfOther ? 1 : 0,
    e.known ? 0 : (e.listOther ?? 0),
    e.institution ? 1 : 0,
    // In a sports report, a place named without a preposition of place is mostly a team.
    e.sports && e.type === 'LOC' ? 1 - (e.placeCue ?? 0) : 0,
    e.type === 'LOC' ? (e.bracketAfterPerson ?? 0) : 0,
    // A person named after an honorific or a title ("M. Dupont", "Papst Franziskus"): the title
    // was trimmed off the span, and a one-word name keeps its evidence.
    e.type === 'PER' ? (e.personCue ?? 0) : 0,
    e.type === 'PER' && e.placeHead ? 1 : 0,
    e.type === 'LOC' ? (e.nameTail ?? 0) : 0,
    e.type === 'LOC' ? (e.teamCue ?? 0) : 0,
    e.type === 'LOC' ? (e.placeNoun ?? 0) : 0,
    e.type !== 'LOC' ? (e.placeNoun ?? 0) : 0,
    e.type === 'PER' && e.firmTail ? 1 : 0,
    ...germanFeatures(e),
    single && e.type === 'LOC' ? (e.clubArticleShare ?? 0) : 0,
    e.frArticleWord ?? 0,
    e.frHyphenCut ?? 0,
    e.type !== 'LOC' && e.frDictionaryWord ? 1 : 0,
    ...germanNounFeatures(e),
  ];
}

/** The German features (de_*; german-evidence.ts): 0 in every other language. */
function germanFeatures(e: ConfidenceEvidence): number[] {
  const per = e.type === 'PER';
  return [
    per && !e.known && e.dePlaceWord ? 1 : 0,
    per && e.deLandmark ? 1 : 0,
    e.type === 'LOC' && e.deSports ? 1 - (e.deInPlace ?? 0) : 0,
    e.type !== 'ORG' && !e.known && e.deClubWord ? 1 : 0,
  ];
}

/**
 * The German features of de46 (0 in every other language): a name the KB does not know that
 * German's lexicon declines as a common noun, whole or as a compound's last part
 * (germanLexiconNoun). The model weighs what each says, no rule: towns end in nouns too.
 */
function germanNounFeatures(e: ConfidenceEvidence): number[] {
  const noun = e.known ? undefined : e.deLexiconNoun;
  return [
    noun === 'whole' ? 1 : 0,
    noun === 'part' || noun === 'place' ? 1 : 0,
    e.known || e.type === 'ORG' ? 0 : (e.deNounCoordinated ?? 0),
    !e.known && e.type === 'PER' && e.dePersonNounLast ? 1 : 0,
  ];
}

/** A KB organisation the tagger reads as a place: an institution named by its seat. */
function seatOf(e: ConfidenceEvidence): boolean {
  return e.type === 'ORG' && e.otherTagged === 'LOC';
}

/** The weights of a language: its own where a dev set fitted them, else the pooled ones. */
export function weightsFor(lang: string | undefined): number[] {
  return MODEL.weightsByLang?.[langOf(lang)] ?? MODEL.weights;
}

/** A logistic model's probability for a feature vector. */
export function logistic(weights: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += (weights[i] ?? 0) * (x[i] as number);
  return 1 / (1 + Math.exp(-z));
}

/**
 * A confidence in [0, 1] that an entity is a real name of its type, with the right span: a
 * logistic model over its evidence (KB or gazetteer confirmation, words, repeated mentions, the
 * tagger's margin, capitalisation that proves nothing: sentence starts, headlines in capitals,
 * a word the text also writes in lower case), fitted on the NER dev sets; vetoed names
 * (capped) stay below every threshold.
 */
export function confidenceOf(e: ConfidenceEvidence, weights = weightsFor(e.lang)): number {
  return capped(e, Math.round(logistic(weights, confidenceFeatures(e)) * 100) / 100);
}

/** The most a vetoed entity's confidence may be: below every language's threshold. */
export const VETOED_AT_MOST = 0.3;

/**
 * Names a reader must never be shown, whatever the dev sets' conventions (CoNLL counts
 * "Gobierno" as an organisation): a one-word common noun ("République", "Estado"), a month or
 * a day, a name the KB or gazetteer knows as another type, a name the article reads as a person
 * and as another type (type-conflicts.ts, which hides it in findEntities), a German genitive
 * beside the name it inflects (a second card of the same referent, known or not).
 */
export function capped(e: ConfidenceEvidence, confidence: number): number {
  const veto =
    e.commonNoun ||
    e.schoolName ||
    e.firmPerson ||
    e.sportsPlace ||
    e.calendar ||
    e.knownOtherType ||
    e.typeConflict ||
    e.genitiveOfOther ||
    e.brokenSpan ||
    e.versioned ||
    e.inCode ||
    e.userHandle ||
    e.shareLine ||
    e.articlePerson ||
    e.venuePerson ||
    e.bracketedAfterWord ||
    e.memberOf ||
    e.codeTextName ||
    e.softwareName ||
    e.givenNameCut ||
    e.bodyNameCut ||
    e.personsJoined ||
    e.placeCode ||
    e.identifierLabel ||
    e.determinerNoun ||
    e.timesNoun ||
    e.placeInBodyName ||
    e.creditSource ||
    e.makerProduct ||
    e.bodyNameCutAnd ||
    e.vehicleModel ||
    e.landName ||
    !!e.enNotName ||
    !!e.quotedWork ||
    !!e.kindAlone ||
    !!e.frLineBreakCut ||
    ordinaryWord(e);
  return veto ? Math.min(confidence, VETOED_AT_MOST) : confidence;
}

/**
 * A name that neither the KB nor the gazetteer confirms, of one word or of several, each of which
 * the language's running text mostly writes in lower case: on modern pages capitalised ordinary
 * words are a heading, a button, a list item, a job title or a sentence start ("Since 2001,",
 * "Let’s", "Team", "Computer Scientist", "Player Camera"), seldom a name. The fitted weight of
 * corpus_mostly_lower is near zero (the 1990s newswire dev sets hold few such words), so the
 * reader's rule is set here.
 */
function ordinaryWord(e: ConfidenceEvidence): boolean {
  return (
    !e.known &&
    ((e.words === 1 && e.corpusLower === 'mostly') ||
      !!e.dictionaryWord ||
      !!e.allCorpusLower ||
      !!e.headingCase ||
      !!e.dictionaryPhrase ||
      !!e.shopPlace ||
      !!e.lowerAsWord ||
      !!e.germanNoun ||
      !!e.germanTerm ||
      !!e.adjectiveHead ||
      !!e.nounHead ||
      !!e.genitiveNoun ||
      !!e.phraseHead ||
      !!e.lowerInside ||
      !!e.capsPlace ||
      !!e.headingLine ||
      !!e.termShape ||
      !!e.labelWord ||
      !!e.rowLabel ||
      !!e.tableCell ||
      !!e.coinedName ||
      !!e.capsWordLower ||
      !!e.capsVerb ||
      !!e.placeNumbered ||
      !!e.acronymTail ||
      !!e.planet ||
      !!e.capsSurname ||
      !!e.roleAlone ||
      !!e.rankArticle ||
      !!e.orgAbbreviation ||
      !!e.orgListPerson ||
      !!e.coordinatedTail ||
      !!e.deNotPerson ||
      !!e.productPerson ||
      !!e.ordinalPerson ||
      !!e.termList ||
      !!e.labelList ||
      !!e.labelTerm ||
      !!e.indefinitePerson ||
      !!e.quotedTitle ||
      !!e.titleFragment ||
      !!e.verbInside ||
      !!e.spanishDish ||
      !!e.kindName ||
      !!e.spanishBodyCut ||
      !!e.codeWord ||
      !!e.peopleNoun ||
      !!e.currencyCode ||
      !!e.lawName ||
      !!e.lawHeadFirst ||
      !!e.departmentOfRole ||
      !!e.stockIndex ||
      !!e.verbBeforeInfinitive ||
      !!e.initialsOnly ||
      !!e.termAcronym ||
      !!e.expandedTerm ||
      !!e.programName ||
      !!e.wikiTemplate ||
      !!e.joinedPlaceCut ||
      !!e.capsHeading ||
      !!e.phoneKind ||
      !!e.thingHead ||
      !!e.possessiveBodyCut ||
      !!e.roleTitle ||
      !!e.termPhrase ||
      !!e.settingLabel ||
      !!e.journalTitle ||
      !!e.germanNotName)
  );
}

// Suffixes of German abstract nouns, no place's or person's: "Zwangsräumungen", "Kolonialismus",
// "Preisanpassungen", "Branchenlösungen" (a person only the surest: "Dennis", "Tennis" end so).
const NOUN_SUFFIX_DE =
  /\p{Ll}{3}(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|ismus|ität|itäten|tion|tionen|nis|nisse)$/u;
const PERSON_NOUN_SUFFIX_DE = /\p{Ll}{3}(?:ung|ungen|heit|keit|schaft|ismus|ität)$/u;
// Last parts of compounds that make a place ("Bielersee", "Sarganserland", "Nachtigalplatz",
// "Ruhrgebiet", "Niederösterreich", "Dordrecht"), folded: such a compound is left to the tagger.
const PLACE_HEADS_DE = new Set(
  (
    'land lande lander see seen stadt stadte platz weg burg tal feld felde felden wald insel inseln ' +
    'markt kirche kirchen viertel ring ufer hafen heim kreis tor turm garten schloss kloster spitze ' +
    'quelle ebene hohe hohen kanal kuste wiese halle flughafen zentrum strasse straße dorf hof hofe ' +
    'brucke ' +
    'brucken park haus hausen graben bucht meer bahnhof berg berge bach furt aue gasse allee damm ' +
    'muhle hutte pass gebirge baden ruhe brunn bronn stein hagen horst rode born stedt leben ingen ' +
    'ungen heide moor stock reich mark gebiet recht essen landen lingen mitte altstadt innenstadt ' +
    'nord sud ost west museum werk stadion arena zone gurtel palast observatorium sternwarte'
  ).split(' '),
);
// The place words of three letters or more, as endings of a folded compound.
const PLACE_HEAD_ENDINGS = [...PLACE_HEADS_DE].filter((h) => h.length >= 3);

/** Whether a folded word ends in a place word ("brokopondostausee", "monchengladbach"). */
function endsInPlaceHead(f: string): boolean {
  return PLACE_HEAD_ENDINGS.some((h) => f.endsWith(h));
}

// Last parts of compounds that make a body's name ("Max-Planck-Gesellschaft", "Dux-Werke",
// "Tendai-Schule", "EU-Kommission", "VDI-Verlag"), folded: such a compound is left to the tagger.
const BODY_HEADS_DE = new Set(
  (
    'gesellschaft werk werke kongress schule schulen verlag bank partei institut instituts ' +
    'stiftung verband verein vereins gruppe kommission parlament ministerium amt rat gericht ' +
    'bund union akademie universitat hochschule klinik klinikum zentrum agentur behorde ' +
    'polizei club klub theater museum orchester kirche gemeinde konzern kasse versicherung ' +
    'bahn post zeitung sender rundfunk fernsehen film studio studios gewerkschaft ' +
    'genossenschaft kammer senat regierung armee marine bundestag landtag komitee forum netzwerk ' +
    'allianz initiative bewegung front liga organisation'
  ).split(' '),
);

const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * German capitalises every noun, and the training text holds only its frequent ones: a one-word
 * place (or person) is a common noun when it has an abstract noun's suffix, or (a place) when it
 * is a compound whose last part, of five letters or more, the language mostly writes outside
 * names and that is no place word ("Kranken|kasse", "Alpaka|wolle", "Fern|wärme", "Kiefer|bereich").
 */
export function germanCommonNoun(name: string, type: Entity['type']): boolean {
  if (type !== 'LOC' && /^[\p{L}\d]+(?:-\p{L}+)*-\p{Lu}\p{Ll}+$/u.test(name)) {
    // A person or a body written with hyphens whose last part is a common noun
    // ("Smartphone-Hersteller", "Neo-Broker", "TV-Serie", "News-Archiv"): German joins a noun to
    // what qualifies it so; a double surname's parts are names ("Schütte-Lihotzky"), a body's
    // last part its kind ("Max-Planck-Gesellschaft", "EU-Kommission": BODY_HEADS_DE).
    const last = name.slice(name.lastIndexOf('-') + 1);
    const f = foldName(last);
    return f.length >= 4 && !(type === 'ORG' && BODY_HEADS_DE.has(f)) && hyphenNounPart(last, f);
  }
  if (type === 'PER') return TITLE_CASE_WORD.test(name) && PERSON_NOUN_SUFFIX_DE.test(name);
  if (type !== 'LOC' || !/^\p{Lu}\p{L}*(?:-\p{L}+)*$/u.test(name)) return false;
  // A compound written with hyphens ("Booster-Impfungen", "Bio-Qualität") is read by its last part.
  const last = name.slice(name.lastIndexOf('-') + 1);
  if (!/^\p{L}\p{Ll}+$/u.test(last)) return false;
  if (NOUN_SUFFIX_DE.test(last)) return true;
  const f = foldName(last);
  if (inflectedCommonWord(f)) return true;
  // After a hyphen, only the whole part counts: the parts of a place's name are names of their
  // own, whose endings are words ("Bergkamen-Weddinghofen", "Nordrhein-Westfallen").
  if (last !== name) {
    if (f.length < 3 || PLACE_HEADS_DE.has(f)) return false;
    if (commonWordBand(f, 'de') === 'mostly') return true;
    // A part the noun list or English tells must not end in a place word ("Brokopondo-Stausee").
    return !endsInPlaceHead(f) && hyphenNounPart(last, f);
  }
  // The longest last part that is a common word decides.
  for (let i = 3; i <= f.length - 5; i++) {
    const head = f.slice(i);
    if (commonWordBand(head, 'de') === 'mostly') return !PLACE_HEADS_DE.has(head);
  }
  return nounCompound(f);
}

/**
 * A folded word made of two common words, told by the noun list (nouns-de.json) or the
 * common-word lists: a last part of six letters or more that no training text reads as a name,
 * not in "-en" (a verb or a plural, as towns' names end: "Hoch|filzen"),
 * and a first part of four letters or more that is itself a word, bare or with a linking ending
 * ("Stimm|zettel", "Heim|quarantäne", "Neu|schnee", "Buch|stapel"). A last part that is a place
 * word leaves the name alone ("Bohnen|viertel"); a first part that is no word ("Thü|ringen",
 * "Tas|manien") too.
 */
function nounCompound(f: string): boolean {
  for (let i = 3; i <= f.length - 6; i++) {
    const head = f.slice(i);
    if (PLACE_HEADS_DE.has(head)) return false;
    // A last part in "-en" may be a verb or a plural, as towns' names end ("Hoch|filzen").
    if (head.endsWith('en')) continue;
    if (
      trainedNameType(head, 'de') ||
      !(isGermanNoun(head) || commonWordBand(head, 'de') === 'mostly')
    ) {
      continue;
    }
    if (compoundPart(f.slice(0, i))) return true;
  }
  return false;
}

// Endings that link the parts of a German compound ("Herkunft|s|land", "Tasche|n|lampe").
const LINKS_DE = ['s', 'es', 'n', 'en', 'e', 'er'];

/** The first part of a compound: a common word, bare, with a linking ending, or less its "e" ("Stimm"). */
function compoundPart(p: string): boolean {
  const word = (w: string): boolean =>
    w.length >= 4 &&
    !trainedNameType(w, 'de') &&
    (isGermanNoun(w) || commonWordBand(w, 'de') === 'mostly');
  return (
    word(p) || word(`${p}e`) || LINKS_DE.some((x) => p.endsWith(x) && word(p.slice(0, -x.length)))
  );
}

/**
 * The last part of a German compound written with hyphens is a common noun: one the language
 * mostly writes outside names, one the permissive training text writes as a noun and never as
 * a name (nouns-de.json: "Fehler", "Magazin"), or an English loan word ("Feeling", "Review").
 */
function hyphenNounPart(word: string, folded: string): boolean {
  if (commonWordBand(folded, 'de') === 'mostly') return true;
  return (
    !trainedNameType(folded, 'de') &&
    ((TITLE_CASE_WORD.test(word) && isGermanNoun(word)) ||
      englishLoanWord(word) ||
      englishNounPart(word, folded))
  );
}

// English heads of places' and bodies' names, folded, which close a hyphenated name
// ("Berthold-Beitz-Boulevard", "Veltins-Arena", "Colosseum-Theater").
const ENGLISH_NAME_HEADS = new Set(
  (
    'boulevard street road avenue square lane drive center centre hall park bridge tower ' +
    'theater theatre gallery hotel club bar lounge church college school airport station valley ' +
    'river lake island beach bay arena stadium museum zone house garden gardens'
  ).split(' '),
);

const TITLE_CASE_3 = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * The last part of a hyphenated German compound is an English word German borrowed as a noun
 * ("WLAN-Router", "Coronavirus-Update", "Coaching-Newsletter", "Hippie-Flair"): a word of the
 * English word list (words-en.json) that neither language's training text reads as a name, nor
 * the head of a place's or a body's name (ENGLISH_NAME_HEADS).
 */
function englishNounPart(word: string, folded: string): boolean {
  return (
    TITLE_CASE_3.test(word) &&
    isEnglishWord(word) &&
    !ENGLISH_NAME_HEADS.has(folded) &&
    !trainedNameType(folded, 'en') &&
    !trainedNameType(folded, 'de')
  );
}

/**
 * German capitalises the English nouns it borrows ("Passing", "Coaching", "Season", "Feeling"):
 * a word English mostly writes in lower case, that neither language's training text reads as a
 * name nor German's text writes outside names (common-words.json), is such a loan, no name.
 */
export function englishLoanWord(word: string): boolean {
  const f = foldName(word);
  return (
    commonWordBand(f, 'en') === 'mostly' &&
    commonWordBand(f, 'de') === undefined &&
    !trainedNameType(f, 'en') &&
    !trainedNameType(f, 'de')
  );
}

// Prefixes that make a place's name of a place's name ("Ostberlin", "Niederbayern", "Mitteleuropa").
const PLACE_PREFIX_DE =
  /(?:nord|süd|ost|west|ober|nieder|unter|mittel|groß|gross|klein|alt|neu|inner|zentral|gesamt|hinter|vorder)$/u;

const TITLE_CASE_4 = /^\p{Lu}\p{Ll}{3,}$/u;
const INITIAL_CAPITAL = /^\p{Lu}/u;

/**
 * German: a one-word name the text also writes, in lower case, as the last part of a longer
 * noun ("Athlet" and "Bundeskaderathlet", "Banane" and "Obstbananen", "Leasing" and
 * "Restwertleasing"): German compounds common nouns so; a place's name is compounded only after
 * a place's prefix ("Ostberlin", "Mitteleuropa": PLACE_PREFIX_DE). A name ending in a place word
 * ("Gladbach" of "Mönchengladbach") is left alone, as are names of three letters ("Rom", "Strom").
 */
export function germanCompoundTail(name: string, text: string): boolean {
  if (!TITLE_CASE_4.test(name)) return false;
  const f = foldName(name);
  if (endsInPlaceHead(f)) return false;
  const lower = name.toLowerCase();
  for (let i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
    let start = i;
    while (start > 0 && LETTER.test(text[start - 1] as string)) start--;
    const prefix = text.slice(start, i);
    if (prefix.length < 3 || !INITIAL_CAPITAL.test(prefix)) continue;
    if (PLACE_PREFIX_DE.test(prefix.toLowerCase())) continue;
    // The word ends there, or after an inflection ("Obstbananen", "Kindersitztests").
    const rest = /^[\p{L}\p{M}]*/u.exec(text.slice(i + lower.length))?.[0] ?? '';
    if (INFLECTIONS_DE.includes(rest) || rest === '') return true;
  }
  return false;
}

// A settlement's kind before a name makes it a place, though German writes it as a noun too:
// "Stadt Geldern" (Gelder, money), "Gemeinde Weiler".
const SETTLEMENT_BEFORE_DE =
  /(?<![\p{L}\p{M}])(?:Stadt|Gemeinde|Ortschaft|Ortsteil|Dorf|Markt|Landkreis|Kreis|Bezirk|Kanton|Provinz|Insel)\s+$/u;

/**
 * A one-word German name that the permissive training text writes as a common noun
 * (nouns-de.json: "Biogas", "Karriere", "Urheberrecht") and never as a name of any type
 * (common-words.json nameTypes, counted on every German training set).
 */
export function listedGermanNoun(name: string, lang: string): boolean {
  return TITLE_CASE_WORD.test(name) && isGermanNoun(name) && !trainedNameType(foldName(name), lang);
}

// German nouns no place is named by, by their folded form: the chemical elements in "-ium" and
// compounds named by their anion, which have no plural and so are not in nouns-de-dict.json
// ("Aluminium", "Ruthenium", "Kohlendioxid", "Natriumchlorid"; not every "-ium": "Latium",
// "Byzantium" are places), a gospel ("Johannes|evangelium"), a field of knowledge in "-ik"
// ("Mechatronik", "Medienpädagogik", "Makroökonomik", "Statistik"); a land named by an abstract noun
// ("Herkunfts|land", "Ursprungs|land", "Entwicklungs|länder"), a country's kind, never its name.
const THING_NOUN_DE =
  /(?:alumin|magnes|lith|kal|natr|calc|kalz|hel|pallad|ruthen|rhod|irid|osm|pluton|uran|cadm|kadm|german|gall|ind|bar|stront|cas|caes|titan|vanad|beryll|rad|polon|thor|scand|evangel)ium$|^\p{L}{2,}(?:oxid|oxyd|chlorid|fluorid|sulfid|sulfat|nitrid|nitrat|carbid|hydrid)$|^\p{L}{3,}(?:ogik|onik|omik|matik|istik|ysik)$|(?:ung|kunft|heit|keit|schaft|tat|tion)sland(?:er|ern|es|s)?$/u;

/**
 * German: a one-word name whose form is a common noun's no place bears (THING_NOUN_DE: "Aluminium",
 * "Kohlenmonoxid", "Herkunftsland"), unknown to the gazetteer and the KB as a place and to the
 * training text as a name ("Latium", "Byzantium" are places the KB knows).
 */
export function germanThingNoun(name: string): boolean {
  if (!TITLE_CASE_WORD.test(name)) return false;
  const f = foldName(name);
  if (!THING_NOUN_DE.test(f)) return false;
  return !trainedNameType(f, 'de') && !trainedNameType(f, 'en') && !knownPlace(name);
}

// German nouns of a mass or a genre, without a plural, so missing from German's lexicon of
// nouns with one (dictionaryNounDe), folded: weather and snow, foods and crops, materials and
// fuels, music genres. A one-word name ending in one, after a part of three letters or more, is
// a compound of it ("Trieb|schnee", "Deutsch|rap", "Bio|soja"), or the noun itself ("Soja").
const MASS_NOUN_DE =
  /^(?:\p{L}{3,})?(?:schnee|neuschnee|regen|nebel|hagel|glatteis|soja|mehl|zucker|milch|butter|honig|quark|kakao|tabak|fleisch|obst|gemuse|getreide|weizen|roggen|hafer|gerste|hopfen|laub|schrott|mull|plastik|beton|asphalt|kupfer|zink|benzin|diesel|heizol|kerosin|wasserstoff|sauerstoff|stickstoff|kohlenstoff|gepack|spielzeug|zubehor|rap|hiphop|techno|jazz|schlager)$/u;

/**
 * German: a one-word name that is a mass noun or a compound closed by one (MASS_NOUN_DE:
 * "Triebschnee", "Deutschrap", "Soja", "Sojamilch"), unknown to the gazetteer, the KB and the
 * training text as a name: German's lexicon lacks nouns without a plural, and no place is named
 * by snow or soy. Not after a place's prefix ("Nordschnee" would be read as a place's).
 */
export function germanMassNoun(name: string): boolean {
  if (!TITLE_CASE_WORD.test(name)) return false;
  const f = foldName(name);
  if (!MASS_NOUN_DE.test(f) || PLACE_PREFIX_FOLDED.test(f)) return false;
  return !trainedNameType(f, 'de') && !trainedNameType(f, 'en') && !knownPlace(name);
}

// Bodies' and places' heads of four letters or more, as endings of a folded compound.
const BODY_OR_PLACE_HEADS_DE = [...BODY_HEADS_DE, ...PLACE_HEAD_ENDINGS].filter(
  (h) => h.length >= 4,
);

/** A folded German noun that heads a body's or a place's name ("institut", "forschungsinstitut"). */
function bodyOrPlaceHeadDe(f: string): boolean {
  return BODY_OR_PLACE_HEADS_DE.some((h) => f.endsWith(h));
}

/**
 * German: a name of two words or more whose last word is a common noun in the genitive, "-s" or
 * "-es" after a noun German's lexicon declines (dictionaryNounDe: "ADAC Urteils", "Braunschweiger
 * Branddirektors"): a phrase's noun run into a name ("des ADAC Urteils", "des Braunschweiger
 * Branddirektors"), or a body's name declined, which no card should show so ("Deutschen
 * Wetterdienstes"). A body's or a place's head keeps it (BODY_HEADS_DE, PLACE_HEADS_DE: "Robert
 * Koch Instituts", "Bayerischen Rundfunks").
 */
export function germanGenitiveNounEnd(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const last = words[words.length - 1] as string;
  if (!/^\p{Lu}\p{Ll}{3,}s$/u.test(last)) return false;
  // A given name first makes the last word a surname ("Esther Schweins", "Pascal Schiffels").
  const first = words[0] as string;
  if (isGivenName(first) || trainedNameType(foldName(first), 'de') === 'PER') return false;
  // Before the noun, what a phrase holds: an acronym, an inflected adjective or a noun ("ADAC",
  // "Braunschweiger", "Roten"); no given name the lists lack ("Pascal Schiffels").
  const before = (w: string) =>
    /^\p{Lu}{2,}$/u.test(w) || /(?:e|em|en|er|es)$/u.test(w) || dictionaryNounDe(w);
  if (!words.slice(0, -1).every(before)) return false;
  const f = foldName(last);
  if (bodyOrPlaceHeadDe(f.slice(0, -1)) || bodyOrPlaceHeadDe(f.slice(0, -2))) return false;
  if (trainedNameType(f, 'de') || trainedNameType(f, 'en')) return false;
  const stem = (cut: number) => last.slice(0, -cut);
  return [1, 2].some((cut) => {
    const w = stem(cut);
    // An English noun's plural is no genitive ("Spice Girls", "Martin von Tours").
    return (
      w.length >= 4 &&
      dictionaryNounDe(w) &&
      !isGivenName(w) &&
      !isEnglishWord(w) &&
      commonWordBand(foldName(w), 'en') === undefined
    );
  });
}

const BODY_HEAD_LIST_DE = [...BODY_HEADS_DE];
// Kinds of bodies, folded, beyond BODY_HEADS_DE, closing a one-word body's name
// ("Bundestags|präsidium", "Landes|vorstand", "Haushalts|ausschuss").
const BODY_KIND_DE =
  /(?:prasidium|vorstand|ausschuss|gremium|fraktion|team|dienst|wehr|kommando|direktion|leitung|verwaltung|kanzlei|redaktion|konferenz|beirat|senat|kabinett|buro|staffel|mannschaft|kapelle|chor|ensemble|firma|betrieb|werkstatt|labor)$/u;

/**
 * German: a one-word body the KB does not know that German's lexicon declines as a common noun
 * (dictionaryNounDe: "Waldschnepfe", "Bundesratsgebäudes"), no body's head closing it ("Bahn",
 * "Forschungsinstitut" are bodies' names or kinds: BODY_HEADS_DE).
 */
export function germanNounBody(name: string): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name)) return false;
  const f = foldName(name);
  const stems = [
    f,
    ...INFLECTIONS_DE.filter((x) => f.endsWith(x)).map((x) => f.slice(0, -x.length)),
  ];
  if (stems.some((w) => BODY_HEAD_LIST_DE.some((h) => w.endsWith(h)) || BODY_KIND_DE.test(w))) {
    return false;
  }
  return dictionaryNounDe(name);
}

// A place's adjective in "-er" ("Flögelner", "Pritzhagener", "Braunschweiger").
const PLACE_ADJECTIVE_DE = /^\p{Lu}\p{Ll}{2,}er$/u;
// Places' kinds, folded, that no surname is ("See", "Mühle", "Allee"; not "Berg", "Wald", "Hof",
// which are: "Günter Wald" would be read as a place's), the whole last word.
const PLACE_KIND_AFTER_ADJECTIVE_DE =
  /^(?:see|seen|teich|weiher|bucht|kanal|meer|muhle|allee|strasse|straße|gasse|chaussee|brucke|kirche|kapelle|kathedrale|munster|schleuse|talsperre|stausee|bahnhof|flughafen|hafen|aue|kaserne|zeche|grube|hutte|therme|altstadt|innenstadt|vorstadt|landstrasse|bundesstrasse)$/u;

/**
 * German: a "person" of two words, a place's adjective in "-er" and a place's kind no surname is
 * (PLACE_KIND_AFTER_ADJECTIVE_DE: "Flögelner See", "Pritzhagener Mühle", "Zwickauer Allee"): a
 * lake, a mill, a road, named after its town, no person. Not after a given name or a name the
 * training text reads as a person's ("Peter See").
 */
export function germanPlaceAdjectiveKind(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length !== 2) return false;
  const [first, last] = words as [string, string];
  if (!PLACE_ADJECTIVE_DE.test(first) || isGivenName(first)) return false;
  if (['de', 'en'].some((l) => trainedNameType(foldName(first), l) === 'PER')) return false;
  return /^\p{Lu}\p{Ll}/u.test(last) && PLACE_KIND_AFTER_ADJECTIVE_DE.test(foldName(last));
}

// A German noun's abbreviation as a name: a capital, two to four small letters, a stop ("Bauj.
// 1929", "Burg."); "St." and "Dr." are too short, a name with a sentence's stop longer.
const GERMAN_ABBREVIATION = /^\p{Lu}\p{Ll}{2,4}\.$/u;

// A shop's or a firm's kind closing a German compound ("Möbel|stadt", "Auto|haus", "Bau|markt").
const SHOP_HEAD_DE =
  /^\p{Lu}\p{Ll}{3,}(?:stadt|haus|markt|welt|center|zentrum|laden|studio|salon)$/u;

/**
 * German: a "person" of two words or more opened by a compound closed by a shop's, a firm's or a
 * town's kind (SHOP_HEAD_DE: "Möbelstadt Kröger", "Autohaus Müller", "Grenzstadt Ceylanpinar"):
 * a firm named after its owner, or a place after its kind. Not a given name ("Rowland").
 */
export function germanShopHead(name: string): boolean {
  const words = name.split(/\s+/u);
  const first = words[0] as string;
  if (words.length < 2 || !SHOP_HEAD_DE.test(first) || isGivenName(first)) return false;
  return !['de', 'en'].some((l) => trainedNameType(foldName(first), l) === 'PER');
}

// German laws' short forms (de41): a book of a code by its number ("SGB V", "SGB XII"), or one
// word whose small letters close on the law's kind, G (Gesetz), GB (Gesetzbuch), V or VO
// (Verordnung), O (Ordnung): "AVBFernwärmeV", "UrhG", "BauGB", "AVBWasserV".
const LAW_SHORT_DE = /^(?:\p{Lu}{1,4}GB? [IVX]{1,4}|\p{Lu}\p{L}*\p{Ll}{2}(?:G|GB|V|VO|O))$/u;

/** German: a law's or an ordinance's short form (LAW_SHORT_DE: "SGB V", "AVBFernwärmeV"). */
export function germanLawShort(name: string): boolean {
  return LAW_SHORT_DE.test(name);
}

// A compound closed by a body's kind ("Special|fabrik", "Berg|wacht", "Schneider|verlag").
const BODY_COMPOUND_DE =
  /^\p{Lu}\p{Ll}{3,}(?:fabrik|fabriken|werke|verlag|verein|verband|wacht|gesellschaft|genossenschaft|stiftung|versicherung|gruppe)$/u;

/**
 * German (de41): a "person" of two words or more one of which is a compound closed by a body's
 * kind (BODY_COMPOUND_DE: "Heinrich Büssing Specialfabrik", "Bergwacht Schwarzwald"): a firm or
 * a body named after its founder or its place, no person.
 */
export function germanBodyCompoundInPerson(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length >= 2 && words.some((w) => BODY_COMPOUND_DE.test(w) && !isGivenName(w));
}

/**
 * German (de41): a "person" whose first word is a common noun in the genitive ("Sternbilds
 * Stier", "Dämons Loki", "Vereins Vorsitzender"): the noun's stem, less "s" or "es", is in
 * German's lexicon (nouns-de.json, nouns-de-dict.json), the word itself no given name nor a
 * name the training text knows ("Hans", "Peters").
 */
export function germanGenitiveNounFirst(name: string): boolean {
  const words = name.split(/\s+/u);
  const first = words[0] as string;
  if (words.length < 2 || !/^\p{Lu}\p{Ll}{4,}s$/u.test(first) || isGivenName(first)) return false;
  const f = foldName(first);
  if (['de', 'en'].some((l) => trainedNameType(f, l))) return false;
  const stems = [first.slice(0, -1), ...(first.endsWith('es') ? [first.slice(0, -2)] : [])];
  // A compound's last part of four letters or more after three ("Stern|bild").
  const noun = (s: string) =>
    isGermanNoun(s) ||
    isDictionaryNounDe(s) ||
    Array.from({ length: Math.max(0, s.length - 6) }, (_, i) => s.slice(i + 3)).some((t) =>
      isDictionaryNounDe(t),
    );
  return stems.some((s) => s.length >= 4 && !trainedNameType(foldName(s), 'de') && noun(s));
}

const LETTER_AT = /[\p{L}\p{M}]/u;

/** Whether `text` has `word` as a whole word followed (after a space) by a capitalised word that `ok` accepts, or preceded so when `before`. */
function wordNextTo(
  text: string,
  word: string,
  before: boolean,
  ok: (w: string) => boolean,
): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (LETTER_AT.test(text[at - 1] ?? '') || LETTER_AT.test(text[end] ?? '')) continue;
    const other = before
      ? /(\p{Lu}[\p{L}\p{M}-]*) $/u.exec(text.slice(Math.max(0, at - 40), at))?.[1]
      : /^ (\p{Lu}[\p{L}\p{M}-]*)/u.exec(text.slice(end, end + 40))?.[1];
    if (other !== undefined && ok(other)) return true;
  }
  return false;
}

/**
 * German (de41): a "person" of two words whose last is a common noun (nouns-de.json, or mostly
 * written outside names; of a hyphenated word its last part: "Sex-Prozess"), no name the training
 * text knows as a person's, and whose first word the text names elsewhere with another word: a
 * surname after a given name ("Paul Werners" of "Werners Generaldirektor", "Silvio Berlusconis"
 * of "Berlusconis Sex-Prozess"), or a given name before another surname ("Christine Güttiger" of
 * "Andreas nimmt mit Christine Kontakt auf"; then the noun of seven letters or more and mostly
 * written outside names: "Thomas Sommer", "Hubertus Heil" stay).
 */
export function germanNameThenNoun(name: string, text: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length !== 2) return false;
  const [first, noun] = words as [string, string];
  const last = noun.slice(noun.lastIndexOf('-') + 1);
  if (!TITLE_CASE_WORD.test(first) || !TITLE_CASE_3.test(last)) return false;
  const lf = foldName(last);
  if (['de', 'en'].some((l) => trainedNameType(lf, l) === 'PER') || isGivenName(last)) return false;
  const band = commonWordBand(last, 'de');
  if (isGivenName(first)) {
    if (noun !== last || last.length < 7 || band !== 'mostly' || !isGermanNoun(last)) return false;
    return wordNextTo(
      text,
      first,
      false,
      (w) => w !== noun && !isGermanNoun(w) && !isDictionaryNounDe(w) && !isGivenName(w),
    );
  }
  if (!isGermanNoun(last) && band !== 'mostly') return false;
  return wordNextTo(text, first, true, givenNameLike);
}

/**
 * German (de42): a "person" of two words, a name in the genitive ("-s", no given name, not in
 * "-us" or "-ss") and a common noun (the lexicon's, or mostly written outside names; of a
 * hyphenated word its last part), where the text writes the genitive after another capitalised
 * word that is no noun, no title and no word German mostly writes outside names ("Silvio
 * Berlusconis „Rubygate“-Prozess" → "Berlusconis Sex-Prozess"): a full name's possessive before
 * the noun it owns, no person's name. A given name the lists hold keeps its surname ("Thomas
 * Mann"); a function's title before the name reads as a noun ("Arbeitsminister").
 */
export function germanPossessiveThenNoun(name: string, text: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length !== 2) return false;
  const [owner, noun] = words as [string, string];
  if (!/^\p{Lu}\p{Ll}{2,}s$/u.test(owner) || /(?:us|ss)$/u.test(owner) || isGivenName(owner)) {
    return false;
  }
  if (['de', 'en'].some((l) => trainedNameType(foldName(owner), l) === 'PER')) return false;
  const last = noun.slice(noun.lastIndexOf('-') + 1);
  if (!TITLE_CASE_3.test(last) || isGivenName(last)) return false;
  if (['de', 'en'].some((l) => trainedNameType(foldName(last), l) === 'PER')) return false;
  const nounWord =
    isGermanNoun(last) ||
    isDictionaryNounDe(last) ||
    commonWordBand(foldName(last), 'de') === 'mostly';
  if (!nounWord) return false;
  return wordNextTo(
    text,
    owner,
    true,
    (w) =>
      w.length >= 3 &&
      TITLE_CASE_WORD.test(w) &&
      !isDictionaryNounDe(w) &&
      !isGermanNoun(w) &&
      commonWordBand(foldName(w), 'de') === undefined,
  );
}

/**
 * A word before a surname that reads as a given name: one of the lists', or a person's name in
 * the training text ("Paul", "Heinrich"). Not any word nothing else reads: a function's title
 * ("Arbeitsminister Hubertus Heil") would make a given name the lists lack a surname.
 */
function givenNameLike(w: string): boolean {
  const f = foldName(w);
  return isGivenName(w) || ['de', 'en'].some((l) => trainedNameType(f, l) === 'PER');
}

// What a German legal citation writes near a commentary's authors ("Dreier/Schulze,
// Urheberrechtsgesetz, 3. Aufl., § 19a Rdn. 6", "Fromm/Nordemann aaO").
const LEGAL_CITATION_DE = /Aufl\.|Rn\.|Rdn\.|Rz\.|§|aaO|a\.a\.O\./u;

/**
 * German (de41): a name written as one of a commentary's authors, joined to another by a slash,
 * a legal citation's marks after it ("in Fromm/Nordemann, Urheberrecht, 10. Aufl., § 16 UrhG
 * Rdn. 22"; LEGAL_CITATION_DE): persons, no place or body.
 */
export function germanCitedAuthor(text: string, start: number, end: number): boolean {
  const slashed =
    (text[start - 1] === '/' &&
      /\p{Lu}/u.test(text[start - 2] ?? '') === false &&
      /\p{L}/u.test(text[start - 2] ?? '')) ||
    (text[end] === '/' && /\p{Lu}/u.test(text[end + 1] ?? ''));
  return slashed && LEGAL_CITATION_DE.test(text.slice(end, end + 80));
}

/**
 * German (de41): a body of two words or more written with an adjective's other case ending where
 * the text also writes it in the nominative ("von Deutscher Bahn" beside "die Deutsche Bahn",
 * "der Grünen Partei" beside "Grüne Partei"): the declined duplicate of a name shown as written
 * in the nominative.
 */
export function germanDeclinedDuplicate(name: string, text: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)(?:er|en|es|em) (.+)$/u.exec(name);
  if (!m) return false;
  const nominative = `${m[1]}e ${m[2]}`;
  for (let at = text.indexOf(nominative); at >= 0; at = text.indexOf(nominative, at + 1)) {
    const end = at + nominative.length;
    if (!LETTER_AT.test(text[at - 1] ?? '') && !LETTER_AT.test(text[end] ?? '')) return true;
  }
  return false;
}

/**
 * German (de41): a name closed by "& Co." whose part before it the KB knows ("Netflix & Co.",
 * "Google & Co."): German's "and the like", no firm's name.
 */
export function germanAndTheLike(name: string): boolean {
  const m = /^(.+?) (?:&|und) Co\.?$/u.exec(name);
  return m !== null && lookupName(m[1] as string) !== undefined;
}

/**
 * German (de41): a body named "X & Y" whose mentions are followed by a year ("(Koch & Stevenson,
 * 2017)"): a paper's authors, no firm.
 */
export function germanAuthorsYear(name: string, text: string, end: number): boolean {
  return / & /u.test(name) && /^,? (?:1[89]|20)\d\d\b/u.test(text.slice(end, end + 7));
}

/**
 * German (de41): a "person" whose mention is followed by its words' initials in brackets
 * ("Weltkonzerne wie ABB, Garmin, Georg Fischer (GF)"): a firm or a body abbreviated, no person
 * (people famous enough to be so, "John F. Kennedy (JFK)", are the KB's).
 */
export function germanInitialsAfter(name: string, text: string, end: number): boolean {
  const words = name.split(/[\s-]+/u);
  if (words.length < 2) return false;
  const initials = words.map((w) => w[0]?.toUpperCase() ?? '').join('');
  return text.startsWith(` (${initials})`, end);
}

// A feminine plural of a person's noun ("Pilotinnen", "Schülerinnen", "Ärztinnen").
const FEMININE_PLURAL_DE = /^\p{Lu}\p{Ll}{3,}innen$/u;

/**
 * German (de41): a name of two capitalised words or more closed by a feminine plural of a
 * person's noun ("in Bremen Pilotinnen und Piloten"): a name run into the noun after it. A body's
 * name with a lower-case word before the plural is one ("Verband deutscher Unternehmerinnen").
 */
export function germanFemininePluralEnd(name: string): boolean {
  const words = name.split(/\s+/u);
  return (
    words.length >= 2 &&
    FEMININE_PLURAL_DE.test(words[words.length - 1] as string) &&
    words.every((w) => /^\p{Lu}/u.test(w))
  );
}

// A compound closed by an award's, an event's or a contest's kind ("Leser|preis", "Welt|pokal").
const EVENT_COMPOUND_DE =
  /^\p{Lu}\p{Ll}{3,}(?:preis|preises|award|pokal|medaille|festival|messe|turnier|kongress|konferenz|gipfel|wettbewerb|meisterschaft)$/u;

/**
 * German (de41): a "person" closed by a compound of an award's, an event's or a contest's kind
 * (EVENT_COMPOUND_DE: "2017 LovelyBooks Leserpreis"): no person's name ends so.
 */
export function germanEventCompoundEnd(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length >= 2 && EVENT_COMPOUND_DE.test(words[words.length - 1] as string);
}

// Kinds of documents that open a document's title ("Merkblatt Reise-Impfempfehlungen",
// "Leitfaden Datenschutz").
const DOCUMENT_HEAD_DE =
  /^(?:Merkblatt|Merkblätter|Leitfaden|Ratgeber|Broschüre|Handbuch|Studie|Gutachten|Positionspapier|Eckpunktepapier|Faktenblatt|Infoblatt|Informationsblatt|Formular|Checkliste)$/u;

/**
 * German (de41): a place or a body of two words or more opened by a document's kind
 * (DOCUMENT_HEAD_DE: "im Merkblatt Reise-Impfempfehlungen"): a document's title.
 */
export function germanDocumentTitle(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length >= 2 && DOCUMENT_HEAD_DE.test(words[0] as string);
}

// What closes a term's expansion besides TERM_HEAD_DE ("Allgemeine Versicherungs|bedingungen").
const TERM_EXPANSION_END_DE = /(?:bedingungen|bestimmungen|vorschriften|grundsatze|regeln)$/u;

/**
 * German (de41): an acronym followed by its expansion in brackets that is a term, no body
 * ("die AVB (Allgemeine Versicherungsbedingungen)"): words without a body's word
 * (BODY_WORD_DE), the last closed by a law's, a rule's or a term's head.
 */
export function germanTermExpandedAfter(text: string, end: number): boolean {
  if (!text.startsWith(' (', end)) return false;
  const close = text.indexOf(')', end + 2);
  if (close < 0 || close - end > 90) return false;
  const words = text.slice(end + 2, close).match(/[\p{L}\p{M}-]+/gu) ?? [];
  const last = words[words.length - 1];
  if (words.length < 2 || last === undefined || !/^\p{Lu}/u.test(last)) return false;
  if (
    words.some((w) => /^\p{Lu}/u.test(w) && BODY_WORD_DE.test(foldName(w.split('-').pop() ?? w)))
  ) {
    return false;
  }
  const f = foldName(last.split('-').pop() ?? last);
  return TERM_HEAD_DE.test(f) || TERM_EXPANSION_END_DE.test(f);
}

// --- de42: a fourth real-page sample (seed 42) ---

/** A German common noun of the lexicon, or a compound closed by one of six letters or more ("Tee|löffel"). */
function lexiconNounOrCompoundDe(w: string): boolean {
  if (!TITLE_CASE_4.test(w) || isGivenName(w)) return false;
  const f = foldName(w);
  if (trainedNameType(f, 'de') || trainedNameType(f, 'en') || endsInPlaceHead(f)) return false;
  if (dictionaryNounDe(w)) return true;
  // A last part of six letters or more: shorter ones close given names too ("Rei|mund").
  for (let i = 3; i <= w.length - 6; i++) {
    if (isDictionaryNounDe(w.slice(i))) return !PLACE_HEADS_DE.has(foldName(w.slice(i)));
  }
  return false;
}

/**
 * German (de42): a "person" all of whose words (two or more, split at spaces and slashes) are
 * common nouns of the lexicon or compounds closed by one, none a given name nor a name the
 * training text knows ("½ Teelöffel Vanillezucker"): a recipe's or a list's line, no person.
 * A body may be so named ("Stiftung Warentest"), a person not. Any type when the words are
 * joined by a slash ("Skalpell/Teppichbodenmesser": alternatives, no name).
 */
export function germanNounsOnly(name: string, type: Entity['type']): boolean {
  const slashed = /^[^\s/]+(?:\/[^\s/]+)+$/u.test(name);
  if (type !== 'PER' && !slashed) return false;
  const words = name.split(/[\s/]+/u);
  // Six letters or more: a short given name the lists lack is often a word too ("Maxi Taucher");
  // one word the lexicon's own, not only a compound's last part ("Abelts|hauser").
  return (
    words.length >= 2 &&
    words.every((w) => w.length >= 6 && lexiconNounOrCompoundDe(w)) &&
    words.some((w) => dictionaryNounDe(w))
  );
}

/**
 * German (de42): two words, a common noun and a country's or a place's name in the genitive
 * ("das größte private medizinische Netzwerk Chinas", "die Hauptstadt Frankreichs"): a noun
 * phrase, no body's or place's name. The noun no place's name, no given name, no name the
 * training text knows (a body's head too: "Universität Wiens" is the "Universität Wien" declined).
 */
export function germanNounOfPlace(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length !== 2) return false;
  const [noun, place] = words as [string, string];
  if (!TITLE_CASE_4.test(noun) || !/^\p{Lu}\p{Ll}{2,}s$/u.test(place)) return false;
  const f = foldName(noun);
  if (isGivenName(noun) || trainedNameType(f, 'de') || trainedNameType(f, 'en')) return false;
  if (knownPlace(noun) || lookupName(noun)) return false;
  // An English plural is no genitive ("Dinagat Islands", "Green Islands").
  if (isEnglishWord(place) || commonWordBand(foldName(place), 'en') !== undefined) return false;
  const stem = place.slice(0, -1);
  return knownPlace(stem) || trainedNameType(foldName(stem), 'de') === 'LOC';
}

// A list's joint between two words: a comma, "und", "oder", "sowie".
const LIST_JOINT_BEFORE_DE = /(\p{Lu}[\p{L}\p{M}-]*)(?:,| und| oder| sowie) $/u;
const LIST_JOINT_AFTER_DE = /^(?:,| und| oder| sowie) (\p{Lu}[\p{L}\p{M}-]*)/u;

/**
 * German (de42): a one-word body or place that is a compound the lexicon closes
 * (lexiconNounOrCompoundDe: "Fitness|studios"), listed between two common nouns of the lexicon
 * ("in Museen, Fitnessstudios, Schwimmbäder"): a list of things, no name in it.
 */
export function germanNounListItem(
  name: string,
  text: string,
  start: number,
  end: number,
): boolean {
  if (name.includes(' ') || !lexiconNounOrCompoundDe(name)) return false;
  const before = LIST_JOINT_BEFORE_DE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = LIST_JOINT_AFTER_DE.exec(text.slice(end, end + 40))?.[1];
  return (
    before !== undefined &&
    after !== undefined &&
    dictionaryNounDe(before) &&
    dictionaryNounDe(after)
  );
}

const DATIVE_BEFORE_DE = /(?<![\p{L}\p{M}])(?:aus|in|mit|von|zu|bei|nach|auf|an|unter|vor)\s+$/u;

/**
 * German (de42): a one-word place or body in "-ern" after a preposition that takes the dative,
 * whose form less "n" is a plural the lexicon declines ("aus Löchern", "in Werbeflyern"): a
 * common noun's dative plural, no place ("in Bayern": "Bayer" is a name).
 */
export function germanDativePlural(name: string, text: string, start: number): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}ern$/u.test(name)) return false;
  const plural = name.slice(0, -1);
  if (knownPlace(name) || trainedNameType(foldName(name), 'de')) return false;
  // The lexicon's own plural, no compound read by its last part ("Ober|bayer" of "Oberbayern").
  return (
    DATIVE_BEFORE_DE.test(text.slice(Math.max(0, start - 8), start)) && dictionaryNounDe(plural)
  );
}

// Body's and place's heads in English that end a name made of English words ("Open Knowledge
// Foundation", "Mountain View"): such a name is a body's or a place's.

// More last words of English bodies', firms', media's and events' names, beyond BODY_HEADS_EN and
// ENGLISH_NAME_HEADS ("Rice University", "Human Rights Watch", "Spice Girls", "Surf Club Resort").
const ENGLISH_NAME_ENDS = new Set(
  (
    'university universities group company corporation corp inc ltd partners capital ventures ' +
    'labs media news times post journal magazine review records music bank fund trust watch ' +
    'witness international worldwide global party project initiative campaign movement club ' +
    'festival awards award games cup film films studios productions pictures entertainment ' +
    'airlines airways motors systems solutions technologies industries holdings brothers ' +
    'hospital clinic church cathedral navy army force forces police guard girls boys band ' +
    'sisters kids resort lodge inn motel hostel spa camp mall market administration management'
  ).split(' '),
);

// Suffixes of English abstract nouns, the head of a term ("Correctness", "Analytics",
// "Culture", "Cleaning", "Syndrome" is none).
const ABSTRACT_NOUN_EN = /(?:ness|ity|ics|ing|ism|ure|ment|tion|sion|ship|ance|ence|acy)$/u;

/**
 * German (de42): a body or a place of two or three English words, each one the English word list
 * holds or English mostly writes in lower case, none a name either training text knows nor a
 * given name, the last an abstract noun (ABSTRACT_NOUN_EN) and no body's or place's head, the
 * first no "The" ("die sogenannte „Political Correctness“", "„Learning Analytics“"): an English
 * term German borrowed, no name.
 */
export function germanEnglishTerm(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2 || words.length > 3) return false;
  const last = (words[words.length - 1] as string).toLowerCase();
  if (BODY_HEADS_EN.has(last) || ENGLISH_NAME_HEADS.has(last) || ENGLISH_NAME_ENDS.has(last)) {
    return false;
  }
  // An abstract noun last, and no "The" first: English names of bodies, bands and places the
  // dev set holds are made of ordinary words too ("Great Plains", "Electronic Arts", "The
  // Offspring", "Lake Placid"), a term ends so ("Correctness", "Analytics", "Culture").
  if (!ABSTRACT_NOUN_EN.test(last) || words[0] === 'The') return false;
  return words.every((w) => {
    if (!TITLE_CASE_3.test(w) || isGivenName(w)) return false;
    const f = foldName(w);
    if (trainedNameType(f, 'en') || trainedNameType(f, 'de') || lookupName(w)) return false;
    return isEnglishWord(w) || commonWordBand(f, 'en') === 'mostly';
  });
}

// German vessels' kinds, folded, alone or closing a compound ("Seenot|rettungs|kreuzer",
// "Feuer|schiff", "Herings|logger", "Fracht|schiff", "Eis|brecher", "U-Boot"): a ship's name
// follows. Not a person's kind ("Blogger", "Segler", "Schlepper").
const VESSEL_DE =
  /^\p{L}*(?:schiff|dampfer|kreuzer|fahre|frachter|tanker|fregatte|korvette|zerstorer|(?<!b)logger|kutter|yacht|jacht|eisbrecher|boot)$/u;
const VESSEL_BEFORE_DE = /(\p{Lu}[\p{L}\p{M}-]*)[\s„“"»«]+$/u;

/**
 * German (de42): a name opened by a vessel's kind ("Feuerschiff Amrumbank") or written right
 * after one ("der Seenotrettungskreuzer Georg Breusing", "Seenot-Rettungskreuzer „Georg
 * Breusing“"): a ship's name, named after a person or a place, no person's, body's or place's.
 */
export function germanVesselName(name: string, text: string, start: number): boolean {
  const first = name.split(/\s+/u)[0] as string;
  // The ship's name a capitalised word after the kind: not "Kutter & Küste" (a magazine).
  if (/^\S+ \p{Lu}/u.test(name) && VESSEL_DE.test(foldName(first))) return true;
  const before = VESSEL_BEFORE_DE.exec(text.slice(Math.max(0, start - 60), start))?.[1];
  return (
    before !== undefined && VESSEL_DE.test(foldName(before.slice(before.lastIndexOf('-') + 1)))
  );
}

// An adjective in the strong dative ("Österreichischem", "Deutschem", "Europäischem",
// "Staatlichem"): no nominative ends so.
const DATIVE_ADJECTIVE_DE = /^\p{Lu}\p{Ll}*(?:isch|sch|lich|ig|al|iv|är|ös)em$/u;

/**
 * German (de42): a name of two words or more opened by an adjective in the strong dative
 * ("Präsidenten von Bundesrat, Deutschem Bundestag und Österreichischem Nationalrat"): the
 * body's name declined (its nominative "Österreichischer Nationalrat"), no name as a card
 * should show it. Not a place's name ("Jerusalem Post").
 */
export function germanDativeAdjectiveFirst(name: string): boolean {
  const words = name.split(/\s+/u);
  const first = words[0] as string;
  return words.length >= 2 && DATIVE_ADJECTIVE_DE.test(first) && !knownPlace(first);
}

// A surname in capitals, then a given name ("KEY Ellen", "TIBELL-LINDE Inga", "MONSALVATJE
// Joseph"): how catalogues and bibliographies list people.
const CAPS_SURNAME_GIVEN = /(?<![\p{L}\p{M}])\p{Lu}{2,}(?:-\p{Lu}{2,})? (\p{Lu}\p{Ll}+)/gu;

/**
 * German (de42): a body or a place written in capitals and followed by a given name ("29 KEY Ellen
 * Vor dunkler Silhouette…") on a page that lists three people or more so (CAPS_SURNAME_GIVEN): a
 * catalogue's surname, a person's, no body's acronym.
 */
export function germanCapsSurname(name: string, text: string, end: number): boolean {
  if (!/^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u.test(name)) return false;
  const given = /^ (\p{Lu}\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1];
  if (given === undefined || !isGivenName(given)) return false;
  let listed = 0;
  for (const m of text.matchAll(CAPS_SURNAME_GIVEN)) {
    if (isGivenName(m[1] as string) && ++listed >= 3) return true;
  }
  return false;
}

/**
 * German (de42): an acronym written with a plus or a gender star after it ("LGBTIQ+-Personen",
 * "LGBTIQ*-Personen"): a term for groups of people, no body's name.
 */
export function germanInclusiveAcronym(text: string, end: number): boolean {
  return /^[+*]/u.test(text.slice(end, end + 1));
}

// A verse's chapter and number after a book of the Bible ("Johannes 14, 27", "Matthäus 5,3").
const VERSE_AFTER = /^ \d{1,3}, ?\d{1,3}(?!\d)/u;

/**
 * German (de42): a given name followed by a chapter and a verse ("Johannes 14, 27"): a gospel
 * cited, no place or body.
 */
export function germanGospelCited(name: string, text: string, end: number): boolean {
  return isGivenName(name) && VERSE_AFTER.test(text.slice(end, end + 10));
}

// Kinds of places, buildings and ways, folded, that close a hyphenated place's name
// ("Tonga-Archipel", "Karl-Marx-Denkmal", "Friedrich-Ebert-Gedenkstätte", "Wembley-Stadion"):
// nouns German names a place with, beyond PLACE_HEADS_DE and NAME_HEADS_DE.
const PLACE_KIND_DE =
  /(?:archipel|atoll|kap|delta|massiv|plateau|becken|halbinsel|fjord|gletscher|vulkan|krater|oase|steppe|wuste|senke|niederung|gedenkstatte|denkmal|kapelle|kathedrale|dom|munster|kaserne|klinik|klinikum|schule|gymnasium|bibliothek|hotel|gasthof|gasthaus|siedlung|alm|grube|zeche|mine|werft|deich|schleuse|mauer|kreuz|dreieck|center|theater|kino|saal|bad|therme|zoo|tiergarten|friedhof|schanze|bahn|strecke|route|pfad|steig|trail|achse|linie|station|haltestelle|terminal|pier|kai|teich|weiher|fluss|strom|fall|klamm|schlucht|hohle|grotte|sattel|gipfel|kuppe|rucken|wand|palais|villa|residenz|abtei|stift|region|bezirk|quartier|kiez|ort|bau|gebaude|anlage|hochhaus|tower|passage|galerie|arkaden|kolonnaden|promenade|ufer|kamp|siel|warft|koog|polder)$/u;

/**
 * German: a place written with hyphens whose last part German's lexicon declines as a common
 * noun with a plural (dictionaryNounDe: "Augmented-Reality-Brille", "Creative-Commons-Lizenzen",
 * "Luft-Wasser-Wärmepumpe", "Sieben-Tage-Inzidenz"): German joins a noun to what qualifies it
 * so. A last part that names a place's kind stays a place ("Tonga-Archipel", "Karl-Marx-Denkmal",
 * "Berthold-Beitz-Boulevard": PLACE_KIND_DE, PLACE_HEADS_DE, ENGLISH_NAME_HEADS), as does a town's part ("Essen-Kettwig", "Dortmund-Hörde").
 */
export function germanHyphenNoun(name: string): boolean {
  if (!/^[\p{L}\d]+(?:-[\p{L}\d]+)*-\p{Lu}\p{Ll}+$/u.test(name)) return false;
  const last = name.slice(name.lastIndexOf('-') + 1);
  const f = foldName(last);
  if (
    PLACE_KIND_DE.test(f) ||
    NAME_HEADS_DE.test(f) ||
    endsInPlaceHead(f) ||
    ENGLISH_NAME_HEADS.has(f)
  ) {
    return false;
  }
  // A part of a place's name before it makes a town's part or a place's feature of it
  // ("Dortmund-Hörde", "Rhein-Herne-Kanal", "Sachsen-Anhalt").
  const parts = name.split('-').slice(0, -1);
  if (parts.some((p) => knownPlace(p) || trainedNameType(foldName(p), 'de') === 'LOC')) {
    return false;
  }
  return dictionaryNounDe(last);
}

// A German acronym, capitals and small letters mixed ("PKS", "RefE", "EnWG", "TVöD", "NetzDG").
const ACRONYM_DE = /^(?=\p{Lu}[\p{L}]*\p{Lu})[\p{L}]{2,8}$/u;
// Heads of what German names with an acronym that is no body: laws, treaties and drafts, rules,
// measures and statistics, cards, standards, diseases, substances ("Energiewirtschafts|gesetz
// (EnWG)", "Referenten|entwurf (RefE)", "Kriminal|statistik (PKS)", "Krankenversicherungs|karte
// (EHIC)", "Flüssig|gas (LPG)"), folded, with a genitive ending.
const TERM_HEAD_DE =
  /(?:gesetz|gesetzbuch|verordnung|ordnung|entwurf|vertrag|ubereinkommen|abkommen|richtlinie|satzung|statistik|karte|syndrom|standard|score|software|management|austausch|infrastruktur|fertilisation|verfahren|methode|technologie|gas|toxin|saure)(?:e?s)?$/u;
// Words of a body's name, folded ("Bundes|amt für Statistik (BFS)", "Institut für ...",
// "Landes|zentrale", "Office for ..."): an expansion holding one names a body.
const BODY_WORD_DE =
  /(?:amt|amter|amtes|institut|instituts|anstalt|ministerium|ministeriums|behorde|verband|verbandes|verein|vereins|gesellschaft|stiftung|zentrum|zentrums|zentrale|kommission|rat|rates|bund|bundes|buro|stelle|agentur|akademie|universitat|hochschule|gericht|gerichtshof|organisation|komitee|ausschuss|konferenz|kammer|kasse|fonds|bank|dienst|werk|werke|union|partei|netzwerk|forum|gruppe|plattform|initiative|allianz|programm|gemeinschaft|center|centre|office|agency|institute|council|committee|commission|association|organization|foundation|fund|board|authority|service|society)$/u;

// A lower-case word of four letters or more, no function word, ending a term's expansion.
const LOWER_TERM_END_DE =
  /^(?!(?:oder|sowie|beim|nach|über|unter|gegen|durch|ohne|seit|statt|auch|noch|sind|wird|werden|wurde|heute|jetzt|hier|dort|sagt|sagte|so)$)\p{Ll}{4,}$/u;

/**
 * German: whether the acronym at `start` stands in brackets right after what it abbreviates, and
 * that is no body's name: a lower-case word ("mit horizontaler (HAWT) und vertikaler (VAWT)
 * Achse"), or a law, a draft, a statistic, a card, a standard (TERM_HEAD_DE: "im
 * Referentenentwurf (RefE)", "Die Polizeiliche Kriminalstatistik (PKS)", "nach §35e
 * Energiewirtschaftsgesetz (EnWG)") in a phrase without a body's word ("Bundesamt für
 * Statistik (BFS)" is a body: BODY_WORD_DE).
 */
export function germanTermAcronym(text: string, start: number): boolean {
  let i = start - 1;
  if (text[i] !== '(') return false;
  i--;
  while (i >= 0 && /[\s“”"»«„]/u.test(text[i] as string)) i--;
  const before = text.slice(Math.max(0, i + 1 - 120), i + 1);
  // The phrase since the last stop, colon, bracket or line.
  const phrase = before.slice(
    Math.max(...['.', '!', '?', ':', ';', '(', ')', '\n'].map((c) => before.lastIndexOf(c))) + 1,
  );
  const words = phrase.match(/[\p{L}\p{M}-]+/gu) ?? [];
  const last = words[words.length - 1];
  // A word right before the bracket, not a number ("am 12. März 2020 (ZDF)").
  if (last === undefined || !LETTER.test(text[i] as string)) return false;
  if (
    words.some((w) => /^\p{Lu}/u.test(w) && BODY_WORD_DE.test(foldName(w.split('-').pop() ?? w)))
  ) {
    return false;
  }
  // An adjective, a verb or an English word in lower case: no body's name ends so.
  if (/^\p{Ll}/u.test(last)) return LOWER_TERM_END_DE.test(last);
  return TERM_HEAD_DE.test(foldName(last.split('-').pop() ?? last));
}

/** Whether German's lexicon of common nouns (nouns-de-dict.json) hides places that are nouns. */
export const DICTIONARY_NOUNS_DE = true;

// Last parts of places' names that are also nouns, folded, beyond PLACE_HEADS_DE: tunnels,
// mountains, woods, springs ("Schöneichtunnel", "Gänsekopf", "Holländerholz").
const NAME_HEADS_DE =
  /(?:tunnel|kopf|holz|horn|joch|eck|grund|loch|hang|brunnen|quelle|spitz|kogel)$/u;
// A place's prefix opening a folded compound ("Nordbünden", "Oberharz"; PLACE_PREFIX_DE).
const PLACE_PREFIX_FOLDED =
  /^(?:nord|sud|ost|west|ober|nieder|unter|mittel|groß|gross|klein|alt|neu|inner|zentral|gesamt|hinter|vorder)/u;

/**
 * A one-word German name that German's lexicon declines as a common noun with a plural
 * (nouns-de-dict.json, its 30,000 most productive nouns: "Kiosk", "Algen", "Hotels"), or a compound whose last
 * part, of six letters or more after a first of four or more, it so declines ("Heiz|kessel",
 * "Ballon|kredit"): no place's name has a plural. Not a given name, nor a word any German or
 * English training text reads as a name; a compound not when it ends in a place word
 * ("Kletter|wald", "Schöneich|tunnel", "Lucken|walde"), opens with a place's prefix
 * ("Nord|bünden") or ends in a place's name the training text, the KB or the gazetteer knows
 * ("Nord|italien"). The lexicon has no singular-only nouns ("Aluminium"): they
 * are too often places' names ("Westfalen", "Schweiz").
 */
export function dictionaryNounDe(name: string): boolean {
  if (!TITLE_CASE_4.test(name) || isGivenName(name)) return false;
  const f = foldName(name);
  if (trainedNameType(f, 'de') || trainedNameType(f, 'en')) return false;
  // A place's name with a case ending or as its people ("Australiens", "Japaner", "Aachener").
  const placeForm = (w: string) =>
    trainedNameType(w, 'de') === 'LOC' || knownPlace(w[0]?.toUpperCase() + w.slice(1));
  if (dictionaryExceptionDe(f) || nounStemsDe(f).slice(1).some(placeForm)) return false;
  if (isDictionaryNounDe(f)) return true;
  // A place word last, inflected or not ("Lucken|walde"), or a place's prefix first ("Nord|bünden").
  const stems = [
    f,
    ...INFLECTIONS_DE.filter((x) => f.endsWith(x)).map((x) => f.slice(0, -x.length)),
  ];
  if (stems.some((w) => (endsInPlaceHead(w) && !placeHeadInNounDe(w)) || NAME_HEADS_DE.test(w))) {
    return false;
  }
  if (PLACE_PREFIX_FOLDED.test(f)) return false;
  for (let i = 1; i <= f.length - 6; i++) {
    const tail = f.slice(i);
    if (
      trainedNameType(tail, 'de') === 'LOC' ||
      knownPlace(tail[0]?.toUpperCase() + tail.slice(1))
    ) {
      return false;
    }
    if (i >= 4 && isDictionaryNounDe(tail, 6) && !trainedNameType(tail, 'de')) return true;
  }
  return false;
}

// Last parts of names beyond PLACE_HEADS_DE and BODY_HEADS_DE, folded: of newspapers,
// programmes and venues ("Handels|blatt", "Tages|schau", "Staats|oper"), rocks ("Weißen|fels"),
// and surnames ("Herr|mann").
const NAME_HEADS_MORE_DE = new Set(
  'blatt blatts oper spiegel kurier rundschau schau anzeiger bote journal magazin fels mann'.split(
    ' ',
  ),
);

// Every head above, of three letters or more, as the ending of a folded compound.
const NAME_HEAD_ENDINGS_DE = [
  ...PLACE_HEAD_ENDINGS,
  ...[...BODY_HEADS_DE, ...ENGLISH_NAME_HEADS, ...NAME_HEADS_MORE_DE].filter((h) => h.length >= 3),
];

/**
 * A folded word that ends in the head of a place's or a body's name ("kampstrasse",
 * "rheinfelden", "bundesministerium", "staatsoper", "weissenfels"): whatever the lexicon finds
 * inside it, a name may be so made.
 */
function nameHeadDe(f: string): boolean {
  return NAME_HEADS_DE.test(f) || NAME_HEAD_ENDINGS_DE.some((h) => f.endsWith(h));
}

// A place's prefix as a whole word ('Ober', the waiter, is also a noun: "Ober|harz").
const PLACE_PREFIX_WORD = new RegExp(`${PLACE_PREFIX_FOLDED.source}$`, 'u');

/**
 * The first part of a German compound: a common noun of the lexicon, bare, with a linking ending
 * or less its "e", of four letters or more ("Saison", "Alter|s", "Flasche|n"), or a compound
 * ending in one ("Trink|wasser"); not an adjective ("Weißen") nor a place's prefix ("Ober|harz").
 */
function lexiconPartDe(p: string, whole = true): boolean {
  if (PLACE_PREFIX_WORD.test(p)) return false;
  const noun = (w: string): boolean =>
    w.length >= 4 && !PLACE_PREFIX_WORD.test(w) && (isDictionaryNounDe(w) || isGermanNoun(w));
  if (
    noun(p) ||
    noun(`${p}e`) ||
    LINKS_DE.some((x) => p.endsWith(x) && noun(p.slice(0, -x.length)))
  ) {
    return true;
  }
  // A compound itself, ending in such a noun ("Trink|wasser", "Lenden|wirbel").
  if (!whole) return false;
  for (let i = 3; i <= p.length - 4; i++) if (lexiconPartDe(p.slice(i), false)) return true;
  return false;
}

/** A word a German training text, the KB or the gazetteer reads as a place ("Sachsen"). */
function placeWordDe(w: string): boolean {
  return trainedNameType(foldName(w), 'de') === 'LOC' || knownPlace(w);
}

/**
 * German (de46): whether German's lexicon declines a one-word name as a common noun (nouns-de-dict
 * or nouns-de): 'whole' ("Abzocke", "Wanderer"), or 'part': the last part after a hyphen
 * ("Sieben-Tage-Inzidenz", "FX-Pedale"), or a compound of two common words, the last of four
 * letters or more ("Saison|ende", "Natur|fasern", "Lendenwirbel|säule"). Not a given name, nor a
 * word a German or English training text reads as a name, nor a compound that ends in a place's
 * or a body's head ("Bundes|ministerium", "Kamp|straße", "Rhein|felden") or in a place's name
 * ("Süd|ostasien"), nor one whose first part is no word ("Dor|magen", "Fay|mann", "Tas|manien")
 * or a place's prefix ("Ober|harz"). Of a place (`type` LOC), also a place's name joined to a
 * common noun, 'place' ("Nordsee|umfeld", placeFirstDe; a firm may be so named: "Rhein|metall").
 * Evidence for the fitted model, no veto.
 */
export function germanLexiconNoun(
  name: string,
  type?: EntityType,
): 'whole' | 'part' | 'place' | undefined {
  const placeFirst = type === 'LOC' && !name.includes('-');
  if (!/^\p{Lu}[\p{L}-]*\p{Ll}$/u.test(name) || isGivenName(name)) return undefined;
  const f = foldName(name);
  if (trainedNameType(f, 'de') || trainedNameType(f, 'en') || dictionaryExceptionDe(f)) {
    return undefined;
  }
  const hyphen = name.lastIndexOf('-');
  const last = name.slice(hyphen + 1);
  if (!TITLE_CASE_3.test(last) || isGivenName(last)) return undefined;
  const l = foldName(last);
  if (trainedNameType(l, 'de') || knownPlace(last)) return undefined;
  // A place's name joined to another name ("Sachsen-Anhalt", "Essen-Kettwig") is a place's.
  if (name.split('-').slice(0, -1).some(placeWordDe)) return undefined;
  // A place's or a body's head ends it, unless that head lies inside a longer common noun that
  // ends a compound opening with a place's name ("Nordsee|umfeld", not "-feld"; placeFirstDe).
  if (nounStemsDe(l).some(nameHeadDe) && !(placeFirst && placeFirstDe(name, l))) return undefined;
  if (isDictionaryNounDe(l) || isGermanNoun(last)) return hyphen < 0 ? 'whole' : 'part';
  // The longest last part that the lexicon declines, after a first part that is a noun too.
  for (let i = 4; i <= l.length - 4; i++) {
    const tail = l.slice(i);
    const place = tail[0]?.toUpperCase() + tail.slice(1);
    if (trainedNameType(tail, 'de') === 'LOC' || knownPlace(place)) return undefined;
    // A last part the lexicon also lists as a verb's noun ("Natur|fasern", "das Fasern") is read by
    // its noun's stem ("Faser").
    const noun =
      isDictionaryNounDe(tail) || (dictionaryExceptionDe(tail) && dictionaryStemDe(tail));
    if (noun && lexiconPartDe(l.slice(0, i))) return 'part';
  }
  return placeFirst && placeFirstDe(name, l) ? 'place' : undefined;
}

/**
 * Whether a one-word German name (folded `f`) is a place's name ("Nordsee", of four letters or
 * more, that the German training text, the KB or the gazetteer reads as a place) joined to a
 * common noun of six letters or more that ends it ("Nordsee|umfeld", "Europa|politik"): the
 * place's surroundings or matters, no place's name. Written in one case
 * after its capital: "RheinEnergie", a firm, is not; nor a last part that is a place's or a
 * body's head ("Bodensee|kreis", "Alpen|verein"), though it may end in one ("Um|feld").
 */
function placeFirstDe(name: string, f: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
  for (let i = 4; i <= f.length - 6; i++) {
    const tail = f.slice(i);
    if (!isDictionaryNounDe(tail, 6) && !isGermanNoun(tail)) continue;
    if (nounStemsDe(tail).some((t) => NAME_HEAD_ENDINGS_DE.includes(t) || NAME_HEADS_DE.test(t))) {
      continue;
    }
    if (placeWordDe(name.slice(0, i))) return true;
  }
  return false;
}

/**
 * Whether the place word a folded German compound ends in lies inside a longer common noun that
 * ends it, of six letters or more after four or more, at most three letters longer ("Innen|bereich", not "-reich"; "Mahn|bescheid",
 * not "-heide"): the compound is that noun's, no place's ("Öster|reich", "Oden|wald" end in no such
 * noun).
 */
function placeHeadInNounDe(w: string): boolean {
  const head = PLACE_HEAD_ENDINGS.filter((h) => w.endsWith(h)).reduce(
    (a, h) => (h.length > a ? h.length : a),
    0,
  );
  // The noun adds a prefix of three letters at most ("be|reich", "sc|heide"): a longer tail is
  // more often a hash's false match than a noun ("Ripshor|sterstraße").
  for (let i = Math.max(4, w.length - head - 3); i <= w.length - Math.max(6, head + 1); i++) {
    if (isDictionaryNounDe(w.slice(i), 6)) return true;
  }
  return false;
}

// Endings of German plural and case forms ("Stufen", "Systemen", "Lagern", "Bodens"): a word
// whose stem, so cut, is a common word of five letters or more is that word inflected (not
// "Ganges", "gang" + "es").
const INFLECTIONS_DE = ['en', 'n', 'es', 's', 'e'];

/** A folded German word that is a common word with a plural or case ending ("stufen", "bodens"). */
function inflectedCommonWord(f: string): boolean {
  if (PLACE_HEADS_DE.has(f)) return false;
  for (const end of INFLECTIONS_DE) {
    if (!f.endsWith(end) || f.length - end.length < 5) continue;
    const stem = f.slice(0, -end.length);
    // "-es" is the genitive after a consonant: "Ganges" is no "Gange" + "s".
    if (end === 's' && stem.endsWith('e')) continue;
    if (!PLACE_HEADS_DE.has(stem) && commonWordBand(stem, 'de') === 'mostly') return true;
  }
  return false;
}

// An inflected German adjective of a derived kind: "-isch", "-lich", "-ig" with any ending
// ("Klassische", "Freiwillige"), "-al", "-ell", "-iv", "-är" with a case ending only
// ("Nationales", "Aktueller"; not "Pascale", "Michelle", "Estelle", first names), three
// letters at least before them ("Rüdiger" is a first name).
const ADJECTIVE_DE =
  /^\p{Lu}\p{Ll}*\p{Ll}{3}(?:(?:isch|lich|ig)(?:e|er|es|en|em)|(?:al|ell|iv|är)(?:er|es|en|em))$/u;

// A German adjective's case ending ("Grün-er", "Rot-e", "Allgemein-er", "Lieb-er").
const CASE_ENDINGS_DE = ['em', 'en', 'er', 'es', 'e'];
// A German participle with a case ending: present ("Ruhender", "Weiterführende"), or past in
// ge-…-t ("Gekippte", "Gedämmter"); no given name is so formed.
const PARTICIPLE_DE = /^(?:\p{Lu}\p{Ll}*\p{Ll}{2}end|Ge\p{Ll}{2,}t)(?:e|er|es|en|em)$/u;
// A surname's initial, as author lists write it after the surname ("Braune M", "Lange C.").
const INITIAL_WORD = /^\p{Lu}{1,2}\.?$/u;

/**
 * Whether a capitalised German word is an adjective with a case ending whose stem German's
 * running text mostly writes outside names, in another form ("Grüner" of "grün", "Wilder" of
 * "wilde", "Jüdischer" of "jüdische", "Lieber", "Kurzer"), a stem of four letters at least (the
 * counts hold stray short words: "tigen", "mar"), or a participle (PARTICIPLE_DE);
 * not a given name ("Rainer", "Werner") nor a word the training text reads as a person's name
 * ("Schöne"). "Another form": "Tiger" is a noun, not "tig" inflected.
 */
function inflectedAdjectiveDe(word: string): boolean {
  if (!TITLE_CASE_WORD.test(word) || isGivenName(word)) return false;
  const folded = foldName(word);
  if (trainedNameType(folded, 'de') === 'PER') return false;
  if (PARTICIPLE_DE.test(word)) return true;
  return CASE_ENDINGS_DE.some((end) => {
    if (!folded.endsWith(end)) return false;
    const stem = folded.slice(0, -end.length);
    if (stem.length < 4) return false;
    return [stem, ...CASE_ENDINGS_DE.map((e) => stem + e)].some(
      (form) => form !== folded && commonWordBand(form, 'de') === 'mostly',
    );
  });
}

/**
 * German: a person's name of several words whose first word is an inflected adjective
 * ("Freiwillige Helfer", "Langfristiger Stellenabbau", "Französischer Schauspieler", "Grüner
 * Wasserstoff", "Gekippte Fenster", "Lieber Sönke"): German writes no given name so; a heading, a
 * role, a salutation or a thing. Not before initials, as author lists write a surname ("Lange C"),
 * nor before a word the training text reads as a person's name ("Reiner Kohler").
 */
export function germanAdjectiveHead(name: string): boolean {
  const words = name.split(/\s+/);
  const first = words[0] as string;
  if (words.length < 2) return false;
  if (ADJECTIVE_DE.test(first)) return true;
  const rest = words.slice(1);
  // A surname after it makes it a given name German also writes as a word ("Reiner Kohler").
  const surname = (w: string) =>
    INITIAL_WORD.test(w) || ['de', 'en'].some((l) => trainedNameType(foldName(w), l) === 'PER');
  return !rest.some(surname) && inflectedAdjectiveDe(first);
}

const MONTH_DE =
  /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)$/u;

/**
 * A person's first word that German's lexicon declines as a common noun with a plural
 * (dictionaryNounDe: "Merkblatt Chikungunya-Fieber", "Grenzstadt Ceylanpinar", "Vitamin
 * D-Mangel", "Huhn Eier"), no given name; unless a given name, a name the
 * training text reads as a person's or an initial follows it, which makes it a family name
 * written first ("Koch Andreas", "Bauer H.").
 */
function lexiconNounHead(first: string, rest: readonly string[]): boolean {
  if (MONTH_DE.test(first) || !dictionaryNounDe(first)) return false;
  const nameAfter = (w: string) =>
    isGivenName(w) ||
    INITIAL_WORD.test(w) ||
    ['de', 'en'].some((l) => trainedNameType(foldName(w), l) === 'PER');
  if (rest.some(nameAfter)) return false;
  // A compound the lexicon reads by its last part ("Grenz|stadt", "Wildvogel|station"), or a
  // noun before another noun ("Huhn Eier", "Reiter Druck", "Vitamin D-Mangel"): a lemma alone
  // before a name may be a given name the lists lack ("Tiger Woods", "Nikolaus Huss").
  const noun = (w: string) =>
    /^\p{Ll}/u.test(w) || isDictionaryNounDe(w.slice(w.lastIndexOf('-') + 1));
  return !isDictionaryNounDe(first) || rest.some(noun);
}

// German animals named before their name ("Katze Kira", "Hund Bello", "Kater Carlo"): a pet,
// no person.
const PET_DE =
  /^(?:Katze|Kater|Hund|Hündin|Pferd|Stute|Hengst|Wallach|Papagei|Kaninchen|Hamster)$/u;

/**
 * German: a person's name of several words whose first word is a common noun the permissive
 * training text writes as a noun (nouns-de.json), of 7 letters or more, or of 5 or more and
 * mostly written outside names ("Rechtsanwalt Till Jaeger", "Popstar Robbie Williams", "Bischof
 * Stäblein", "Hepatitis B", "Staffel III"). The lists hold given names too: short ones ("Lea",
 * "Kai", "Art", "Tal"), "Roman" and "August" (mostly lower case, not in the noun list), Italian
 * ones in -o ("Tommaso"), which are left alone.
 */
export function germanNounHead(name: string): boolean {
  const words = name.split(/\s+/);
  const first = words[0] as string;
  if (words.length < 2 || !TITLE_CASE_WORD.test(first)) return false;
  if (PET_DE.test(first)) return true;
  if (DICTIONARY_NOUNS_DE && lexiconNounHead(first, words.slice(1))) return true;
  if (!isGermanNoun(first) || first.endsWith('o')) return false;
  return first.length >= 7 || (first.length >= 5 && commonWordBand(first, 'de') === 'mostly');
}

/**
 * A capitalised word that no German or English training text reads as a name, no given name,
 * nothing the KB knows ("Großvater", "Copyright", "Kolumne", "Wahlmaschine"), after an owner that
 * is no person's name of its own in the training text (not "Lukas" of "Lukas Podolski", with a
 * "Luka" elsewhere): German's nouns are mostly missing from the noun list.
 */
function unnamedWord(word: string, owner: string): boolean {
  const f = foldName(word);
  return (
    !trainedNameType(f, 'de') &&
    !trainedNameType(f, 'en') &&
    !isGivenName(word) &&
    !lookupName(word) &&
    !trainedNameType(foldName(owner), 'de') &&
    !isGivenName(owner)
  );
}

const TITLE_CASE_S = /^\p{Lu}\p{Ll}+s$/u;

/**
 * German: a name of two words, the first a name in the genitive ("Mozarts", "Webers"), the second
 * a common noun (nouns-de.json, or mostly written outside names, or a word nothing reads as a
 * name: unnamedWord, "Kims Großvater", "Erdogans Copyright"), where the text also has the
 * first word without its "s" as a word of its own ("Mozart", "Weber"): "Mozarts Geburt", "Webers
 * Ergebnisse". Given names ending in "s" keep their surname even if it is a noun ("Thomas Mann",
 * "Hubertus Heil"): no "Thoma" or "Hubertu" stands in the text.
 */
export function germanGenitiveNoun(name: string, text: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 2) return genitiveNounAfterFullName(words);
  if (words.length !== 2) return false;
  const [owner, noun] = words as [string, string];
  if (!TITLE_CASE_S.test(owner) || !TITLE_CASE_WORD.test(noun)) return false;
  if (!isGermanNoun(noun) && commonWordBand(noun, 'de') !== 'mostly' && !unnamedWord(noun, owner)) {
    return false;
  }
  // The owner's name alone, a word of the text.
  return textWords(text).words.has(owner.slice(0, -1));
}

/**
 * German: a person's full name in the genitive, then a common noun: a first word that is a given
 * name, a surname in "s" that is none ("Michael Jacksons Gesang", "Romy Schneiders Charakter",
 * "Wilhelm Buschs Hang"), and a last word that is a noun (nouns-de.json, or mostly written outside
 * names). A surname in "s" after a given name ("Mario Vargas Llosa") is followed by no noun.
 */
function genitiveNounAfterFullName(words: readonly string[]): boolean {
  const owner = words[words.length - 2] as string;
  const noun = words[words.length - 1] as string;
  return (
    isGivenName(words[0] as string) &&
    TITLE_CASE_S.test(owner) &&
    !isGivenName(owner) &&
    TITLE_CASE_3.test(noun) &&
    (isGermanNoun(noun) || commonWordBand(noun, 'de') === 'mostly')
  );
}

// Nouns of German prepositional phrases ("im Bereich", "in Sachen", "im Hintergrund", "im Rahmen",
// "im Zuge"), which the tagger runs into a name or a noun after them, and their prepositions.
const PHRASE_NOUNS_DE = new Set(
  (
    'Bereich Bereichen Sachen Hintergrund Vordergrund Rahmen Zuge Laufe Vorfeld Sinne Hinblick ' +
    'Zusammenhang Gegensatz Vergleich Verlauf Umfeld Mittelpunkt Fokus'
  ).split(' '),
);
const PHRASE_PREPOSITION_DE = /(?<![\p{L}\p{M}])(?:im|in|am|zum|vom|beim|aus dem)\s+$/iu;

/** German: a name of several words whose first is a prepositional phrase's noun ("Bereich Datenschutz"). */
export function germanPhraseHead(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && PHRASE_NOUNS_DE.has(words[0] as string);
}

/**
 * German: whether `name` is the genitive ("-s", "-es", "-'s") of one of `names` ("Italiens" of
 * "Italien", "Kim Jong Uns" of "Kim Jong Un"). A name ending in "us" is read as a nominative
 * ("Jesus", not the genitive of "Jesu"; "Markus").
 */
export function genitiveOf(name: string, names: ReadonlySet<string>): boolean {
  if (!name.endsWith('s') || name.endsWith('us')) return false;
  for (const end of ['s', 'es', "'s", '’s']) {
    if (!name.endsWith(end)) continue;
    const stem = name.slice(0, -end.length);
    if (stem.length >= 3 && names.has(stem)) return true;
  }
  return false;
}

// Double quotation marks of the four languages (apostrophes are left out: "O'Connor", "d’Orsay").
const QUOTES = /[„“”«»‹›"]/gu;
// An elided article or pronoun ending a name ("de l'", "d’"), and an English contraction.
const ELIDED_END = /(?:^|\s)(?:l|d|qu|j|n|s|c|m|t)['’]$/iu;
const CONTRACTION_EN = /^(?:I|You|We|They|He|She|It|That|There)['’](?:ve|ll|re|m|d)$/u;

/**
 * Whether a name is a span cut inside what it names: an odd number of double quotation marks
 * ("Hotel „Villa Orange", "DSV-Verbandsmagazins „Swim & More"), an elided article at its end
 * ("Société suisse de l'"), or an English contraction ("I’ve").
 */
export function brokenSpan(name: string): boolean {
  const quotes = name.match(QUOTES)?.length ?? 0;
  return quotes % 2 === 1 || ELIDED_END.test(name) || CONTRACTION_EN.test(name);
}

// A version number after a name: one or two digits with one or two dotted parts of one or two
// digits, then a lower-case word, ";", "!", ")" or a sentence's end ("Python 3.6.0 is", "Mac OS
// X 10.14;", "Python 3.6.0!"); where `whole` also a whole number of one or two digits before a
// lower-case word ("FIFA 21 by", "Perl 5 to 6"). A score ("Ajax 3 Feyenoord 1"), a league
// table's numbers, a year or an amount ("Rs 42,900") are none.
const DOTTED_VERSION_AFTER = /^ \d{1,2}(?:\.\d{1,2}){1,2}(?:[;!)]|\.(?:\s|$)| (\p{Ll}+))/u;
// A plural noun after a whole number counts a quantity ("Moengo 56 miles", "Polti 5 seconds
// behind", "Telekom 4 hours"): no version. "1" is a count ("1 second") more often than a version.
const COUNTED_NOUN = /^\p{Ll}{2,}[^s\W]s$/u;
const WHOLE_VERSION_AFTER = /^ ([2-9]|\d\d) (\p{Ll}+)/u;

// After a person-shaped name, what makes it a product's: a whole number and a verb of the
// product's news ("Mortal Kombat| 11 is adding"), or a model's code of capitals and digits
// ("Cardea Zero| Z440", "Force Series| MP600"). A person is numbered so by no English text.
const PRODUCT_AFTER =
  /^ (?:(?:[2-9]|\d\d) (?:is|was|has|had|will|gets|got|adds|added|comes|came|brings|launches|arrives)\b|\p{Lu}{1,3}\d{2,5}\p{Lu}?(?![\p{L}\d]))/u;

/** Whether a product's number or model code follows the name that ends at `end` (PRODUCT_AFTER). */
export function productAfter(text: string, end: number): boolean {
  return PRODUCT_AFTER.test(text.slice(end, end + 24));
}

/**
 * Whether a version number follows the name that ends at `end` ("Python| 3.6.0 is"); a whole
 * number only if `whole` (English, and German bodies: French and Spanish count so, "Blackwell 9
 * d'entre elles", and a German street's house number follows it, "Schloßstraße 50").
 */
export function versionAfter(text: string, end: number, whole: boolean): boolean {
  const after = text.slice(end, end + 16);
  const dotted = DOTTED_VERSION_AFTER.exec(after);
  if (dotted) return dotted[1] === undefined || !COUNTED_NOUN.test(dotted[1]);
  const word = whole ? WHOLE_VERSION_AFTER.exec(after)?.[2] : undefined;
  return word !== undefined && !COUNTED_NOUN.test(word);
}

// A line of a program: a Python import or definition ("import ctypes", "from os import ",
// "def deref(", "return ctypes.cast("), a prompt before a command (">>> ", "$ pip"), an assignment of a string,
// a number, a bracket or a call to an identifier ("export CDPATH=", 'USER_AGENT = "', "t = ((",
// "total = int("), a call written against its bracket ('library("ggplot2")', "setup(name="), a
// pinned package ("flask==1.0.3"), or a quoted key ('"Timestamp": '). Punctuation alone proves
// nothing: OCR and chat lines are full of it, Fraktur OCR writes a word's break as "=" ("Ver=
// einigung"), a tweet "Love = life", and tokenised text sets a bracket apart ("int (").
const CODE_LINE_START =
  /^\s*(?:import [a-z_][\w.]*(?: as \w+)?\s*$|from [a-z_][\w.]* import |def [a-z_]\w*\(|return [a-z_][\w.]*\(|>>>\s|\$ [a-z]|export\s+\w+=|[A-Za-z_][\w.]*(?:\s+=\s+|=)(?:["'\d([{]|[A-Za-z_][\w.]*\()|[a-z_][\w.]*\((?:\)|[^\s)])|[\w.-]+==\d|"[^"\s][^"\n]*"\s*:\s)/u;

/** Whether the line holding the text from `start` to `end` is a line of a program. */
export function codeLine(text: string, start: number, end: number): boolean {
  const [from, to] = lineBounds(text, start, end);
  return CODE_LINE_START.test(text.slice(from, to));
}

// The lines of code from which a text is about programs (codeText).
const CODE_TEXT_LINES = 3;

/**
 * Whether the name at `start` follows a person's name and "with", "at", "of" or "from" ("said
 * Lukas Stefanko with ESET", "Jane Roe, of Acme"): where the person works, a body.
 */
export function affiliationOf(
  text: string,
  start: number,
  personEnds: ReadonlySet<number>,
): boolean {
  const m = /,?\s+(?:with|at|of|from)\s+$/u.exec(text.slice(Math.max(0, start - 12), start));
  return m !== null && personEnds.has(start - m[0].length);
}

// Lower-case words of texts about programs: none of them a common word of news ("release",
// "version", "code", "package", "library" and "server" are), nor a piece of a link ("http",
// "html": tweets and pages link everywhere; with them the tweets of en-btc read as software, and
// a fifth of their right names was hidden).
const SOFTWARE_WORDS_EN = new Set(
  (
    'software install installed installing installation compiler compilers compile compiled ' +
    'runtime binaries repository repositories api apis developer developers codebase kernel ' +
    'debug debugging syntax programming programmer programmers malware ransomware encryption ' +
    'encrypted plugin plugins framework frameworks interpreter parser linux unix macos docker ' +
    'github config configuration cpu gpu database databases open-source'
  ).split(' '),
);

/**
 * Whether an English text is about software: its words of programs (SOFTWARE_WORDS_EN) make one
 * in a hundred of its lower-case words or more, five at least. On the English extraction-dev
 * pages: the install guides, the Python, Rust and ransomware articles; not a blog on women in
 * tech ("developers" five times in 660 words) nor a news report.
 */
export function softwareText(text: string): boolean {
  return softwareShare(softwareWords(text));
}

/** Whether counted words of programs (softwareWords) make a text about software (softwareText). */
function softwareShare([hits, lower]: readonly [hits: number, lower: number]): boolean {
  return hits >= 5 && hits * 100 >= lower;
}

/** An English text's words of programs (SOFTWARE_WORDS_EN) and its lower-case words, counted. */
export function softwareWords(text: string): [hits: number, lower: number] {
  let lower = 0;
  let hits = 0;
  for (const m of text.matchAll(/(?<![\p{L}\p{M}/.:@#])\p{Ll}[\p{L}\p{M}-]*/gu)) {
    lower++;
    if (SOFTWARE_WORDS_EN.has(m[0])) hits++;
  }
  return [hits, lower];
}

// Words of programs enough for a text that speaks of them (programNounAfter): fewer than
// softwareText asks, as a program's noun after the name must confirm it.
const PROGRAM_TEXT_WORDS = 3;

// Nouns of programs that follow a language's, a library's or a standard's name, after a space
// or a hyphen ("DOM traversal", "POSIX platforms", "POSIX-defined", "Rails app", "the Python
// standard library"). Not "code", "tree", "file" or "project", which follow firms' and places'
// names as well.
const PROGRAM_NOUN_AFTER =
  /^(?: |-)(?:standard (?:library|libraries)|apps?|library|libraries|modules?|functions?|apis?|APIs?|codebases?|interpreters?|compilers?|runtimes?|syntax|platforms|traversal|bindings|scripts?|packages|frameworks?|plugins?|defined|compatible|compliant)(?![\p{L}\p{M}])/u;

// After an acronym, the nouns of a program's data ("a DOM tree", "the AST nodes"): a firm's
// name in capitals does not grow trees.
const ACRONYM_PROGRAM_NOUN_AFTER = /^ (?:trees?|nodes?)(?![\p{L}\p{M}])/u;

// Before a program's name: its version or port ("the version of Python the value", "a port of
// Rails"). "version of events" names no one.
const PROGRAM_OF_BEFORE = /\b(?:versions?|ports?) of $/u;

/** English: whether a program's noun follows the name ending at `end` (PROGRAM_NOUN_AFTER). */
export function programNounAfter(text: string, end: number): boolean {
  return PROGRAM_NOUN_AFTER.test(text.slice(end, end + 24));
}

/**
 * English: whether the name from `start` to `end` stands as a program's: a program's noun after
 * it (programNounAfter; after an acronym also "tree" and "nodes"), or "version of" before it.
 */
export function programCueAt(text: string, start: number, end: number): boolean {
  return (
    programNounAfter(text, end) ||
    (ACRONYM.test(text.slice(start, end)) &&
      ACRONYM_PROGRAM_NOUN_AFTER.test(text.slice(end, end + 8))) ||
    PROGRAM_OF_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  );
}

// Nouns after a name that only a programming language's take ("the Python standard library",
// "a Lisp interpreter", "the Rust compiler", "Go syntax", "the Qt bindings"): enough without
// the text's words of programs, where an app's or a platform's name is a firm's as well.
const LANGUAGE_NOUN_AFTER =
  /^ (?:standard (?:library|libraries)|interpreters?|compilers?|syntax|bindings)(?![\p{L}\p{M}])/u;

/**
 * English: whether the text writes the name right before a noun only a programming language's
 * takes (LANGUAGE_NOUN_AFTER), tagged or not.
 */
export function languageNamedIn(text: string, name: string): boolean {
  return occurrencesOf(text, name).some(([, e]) => LANGUAGE_NOUN_AFTER.test(text.slice(e, e + 24)));
}

/** A letter, a mark or a digit: what a word of its own may not touch. */
const WORD_CHAR = /[\p{L}\p{M}\d]/u;
/** A list item followed by a capitalised word: a longer name, the list stops there. */
const CAPITAL_WORD_NEXT = /^ \p{Lu}/u;
const CAPITAL_WORD_BEFORE = /\p{Lu}[\p{L}\p{M}]* $/u;

/** Where the text writes the name as a word of its own, case and all (at most `max` places). */
function occurrencesOf(text: string, name: string, max = 50): [start: number, end: number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(name); at >= 0 && out.length < max; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) {
      continue;
    }
    out.push([at, end]);
  }
  return out;
}

/**
 * English: whether the text writes the name as a program's name anywhere (programCueAt), its
 * tagged mentions or not: "Since Rails has been optimised" is a program's name where the same
 * text speaks of "your main Rails app".
 */
export function programNamedIn(text: string, name: string): boolean {
  return occurrencesOf(text, name).some(([s, e]) => programCueAt(text, s, e));
}

// A name shaped as a program's own: a JavaScript library ("Node.js"), a language named
// "…Script" or "…SQL" ("JavaScript", "PostgreSQL"), "C++" or "C#".
const PROGRAM_SHAPE = /^(?:\p{Lu}[\p{L}\d]*\.js|\p{Lu}[\p{L}]*(?:Script|SQL)|\p{Lu}(?:\+\+|#))$/u;

// One item of a list of programs: a capitalised word, with a program's dots, pluses or hash.
const LIST_ITEM = /\p{Lu}[\p{L}\p{M}\d]*(?:\.js|\+\+|#)?/uy;
const LIST_ITEM_BEFORE = /(?<![\p{L}\p{M}\d.])(\p{Lu}[\p{L}\p{M}\d]*(?:\.js|\+\+|#)?)$/u;
// Between two items: a comma or a slash (with "and" or "or"), or "and", "or" alone.
const LIST_SEP = /(?:\s*[,/]\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)/uy;
const LIST_SEP_BEFORE = /(?:\s*[,/]\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/u;

/**
 * The other items of the list of one-word names the name from `start` to `end` stands in
 * ("Java/JSP, Python, JavaScript/CSS, Node.js"; "lost out to PHP, Python, and Ruby"), six on
 * each side at most: none when the name stands alone.
 */
export function listItemsAround(text: string, start: number, end: number): string[] {
  const items: string[] = [];
  let at = end;
  for (let n = 0; n < 6; n++) {
    LIST_SEP.lastIndex = at;
    const sep = LIST_SEP.exec(text);
    if (!sep) break;
    LIST_ITEM.lastIndex = at + sep[0].length;
    const item = LIST_ITEM.exec(text);
    if (!item) break;
    at = LIST_ITEM.lastIndex;
    // A longer name (two capitalised words) is no item of a list of one-word names.
    if (CAPITAL_WORD_NEXT.test(text.slice(at, at + 2))) break;
    items.push(item[0]);
  }
  let to = start;
  for (let n = 0; n < 6; n++) {
    const before = text.slice(Math.max(0, to - 40), to);
    const sep = LIST_SEP_BEFORE.exec(before);
    if (!sep) break;
    const item = LIST_ITEM_BEFORE.exec(before.slice(0, sep.index));
    if (!item) break;
    to -= sep[0].length + (item[1] as string).length;
    if (CAPITAL_WORD_BEFORE.test(text.slice(Math.max(0, to - 20), to))) break;
    items.push(item[1] as string);
  }
  return items;
}

/**
 * English: whether a list the name stands in holds a program's name: shaped as one
 * (PROGRAM_SHAPE: "Node.js", "JavaScript"), or one the text writes as a program's elsewhere
 * (programNamedIn: "Python| standard library") or with its version ("Python 3"). "PHP" in "lost
 * out to PHP, Python, and Ruby", "JSP" in "Java/JSP, Python, JavaScript/CSS".
 */
export function programListed(text: string, start: number, end: number, name: string): boolean {
  return listItemsAround(text, start, end).some(
    (item) =>
      item !== name &&
      (PROGRAM_SHAPE.test(item) ||
        occurrencesOf(text, item).some(
          ([s, e]) => programCueAt(text, s, e) || versionAfter(text, e, true),
        )),
  );
}

/** Whether a text holds CODE_TEXT_LINES lines of code or more (codeLine): a page about programs. */
export function codeText(text: string): boolean {
  let n = 0;
  let from = 0;
  while (from < text.length) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    if (text.slice(from, to).trim() !== '' && codeLine(text, from, from)) n++;
    if (n >= CODE_TEXT_LINES) return true;
    from = to + 1;
  }
  return false;
}

/** Whether the name at `start` is a user's or a forum's handle: "u/" or "r/" opening a word before it. */
export function userHandle(text: string, start: number): boolean {
  return /(?:^|[\s(])[ur]\/$/u.test(text.slice(Math.max(0, start - 3), start));
}

// A call to share, follow or subscribe opening a line (English, French, Spanish, German, Italian,
// Portuguese, Polish): a page's button or footer. Not German "Folge" alone ("Folge 64: Star
// Trek", an episode), nor Spanish "Mira" without "nuestro" (a quoted "¡Mira a Pedro!").
const SHARE_LINE = new RegExp(
  '^[\\s¡!•·|>-]*(?:' +
    [
      'share (?:on|this|via|to)',
      'follow (?:us|me)',
      'subscribe (?:to|now|for)',
      'partager (?:sur|par|cet|cette|ce)',
      'partagez',
      'suivez[- ]nous',
      'abonnez-vous',
      'compartir (?:en|por|este|esta)',
      'comp[aá]rte(?:lo|la)?',
      's[ií]guenos',
      'suscr[ií]bete',
      'recibe (?:alertas|las noticias|nuestros?|nuestras?)',
      'mira .*nuestro',
      'teilen (?:auf|per|über|sie)',
      'folge(?:n sie)? uns',
      'liken? sie uns',
      'like us',
      'abonnieren sie',
      'condividi su',
      'seguici',
      '(?:com)?partilh?ar (?:no|na|em)',
      'siga-nos',
      'udostępnij',
      'obserwuj nas',
    ].join('|') +
    ')(?![\\p{L}\\p{M}])',
  'iu',
);
// The most words a button's or a footer's line holds ("¡Mira lo que tiene nuestro canal de YouTube!").
const SHARE_LINE_WORDS = 10;

/**
 * Whether the mention from `start` to `end` stands on a short line (SHARE_LINE_WORDS words at
 * most) that opens with a call to share, follow or subscribe (SHARE_LINE): "Partager sur
 * Facebook", "Recibe alertas desde Google News", "Subscribe to Metro Times newsletters.".
 */
export function shareLine(text: string, start: number, end: number): boolean {
  const [from, to] = lineBounds(text, start, end);
  const line = text.slice(from, to);
  return (
    SHARE_LINE.test(line) &&
    line.trim().split(/\s+/u).length <= SHARE_LINE_WORDS &&
    (SHARE_LINE.exec(line)?.[0].length ?? 0) <= start - from
  );
}

// Spanish definite articles, alone or contracted, lower case, just before a name.
const ARTICLE_BEFORE_ES = /(?<![\p{L}\p{M}])(?:el|la|los|las|del|al)\s+$/u;

/** Spanish: whether a lower-case definite article ("el", "los", "del") stands just before `at`. */
export function articleBefore(text: string, at: number): boolean {
  return ARTICLE_BEFORE_ES.test(text.slice(Math.max(0, at - 6), at));
}

// Lower-case head nouns of venues, schools, shops, firms and ships that Spanish and French put
// right before the name they carry ("la base Juan Carlos I", "los supermercados Sedano's", "le
// lycée Paul Bert", "le paquebot Normandie"). Streets and squares are joined into the place
// (refine-spans PLACE_BEFORE, STREET_WORDS). Not "maison": a firm in old French ("la maison
// Bousquet") that the French sets count as a person.
const VENUE_NOUNS: Record<string, string> = {
  es:
    'base|colegio|escuela|liceo|instituto|universidad|hospital|cl[ií]nica|sanatorio|teatro|cine|' +
    'museo|hotel|biblioteca|c[aá]rcel|penal|penitenciar[ií]a|coliseo|polideportivo|pabell[oó]n|' +
    'auditorio|gimnasio|parque|supermercados?|tiendas?|almac[eé]n|almacenes|restaurante|' +
    'cafeter[ií]a|farmacia|empresa|compa[nñ][ií]a|firma|cadena|marca|buque|barco|fragata|' +
    'crucero|portaaviones|fundaci[oó]n',
  fr:
    'base|lyc[ée]e|coll[èe]ge|[ée]cole|universit[ée]|facult[ée]|h[ôo]pital|clinique|th[ée][âa]tre|' +
    'cin[ée]ma|mus[ée]e|h[ôo]tel|biblioth[èe]que|prison|stade|gymnase|caserne|supermarch[ée]|' +
    'magasin|restaurant|brasserie|soci[ée]t[ée]|entreprise|firme|marque|enseigne|navire|' +
    'paquebot|croiseur|vapeur|fr[ée]gate|porte-avions|fondation',
};
const VENUE_BEFORE: Record<string, RegExp> = Object.fromEntries(
  Object.entries(VENUE_NOUNS).map(([l, nouns]) => [
    l,
    new RegExp(`(?<![\\p{L}\\p{M}-])(?:${nouns})\\s+$`, 'u'),
  ]),
);

/**
 * Spanish or French: whether a lower-case head noun of a venue, a school, a shop, a firm or a
 * ship (VENUE_NOUNS) stands right before `at`, no "de" between: "la base |Juan Carlos I".
 */
export function venueNounBefore(text: string, at: number, lang: string): boolean {
  const re = VENUE_BEFORE[lang.slice(0, 2)];
  return re !== undefined && re.test(text.slice(Math.max(0, at - 20), at));
}

// A member's or a head's role, then "de", just before a name: what follows is the body one
// represents, belongs to or heads ("representante de", "integrante de", "présidente du",
// "porte-parole d'"). Not "asesor", "abogado", "secretario": the staff of a person as well.
const ROLE_OF_BEFORE: Record<string, RegExp> = {
  es: /(?<![\p{L}\p{M}])(?:representantes?|miembros?|integrantes?|presidenta?|vicepresidenta?|directora?|gerente|fundadora?|portavoz|titular|dirigentes?|coordinadora?)\s+(?:de|del)\s+$/u,
  fr: /(?<![\p{L}\p{M}])(?:représentante?|membres?|présidente?|vice-présidente?|directeur|directrice|fondat(?:eur|rice)|porte-parole|dirigeante?|coordinat(?:eur|rice))\s+(?:de|du|d\s*['’])\s*$/u,
};

// "índice", "indice" (and a stock market's adjective) just before a name: an index's name.
const INDEX_BEFORE: Record<string, RegExp> = {
  es: /(?<![\p{L}\p{M}])índices?\s+(?:bursátil(?:es)?\s+|selectivo\s+)?$/iu,
  fr: /(?<![\p{L}\p{M}])indices?\s+(?:boursiers?\s+|vedette\s+)?$/iu,
};
/**
 * Spanish or French: whether "índice" or "indice" stands just before `start` (INDEX_BEFORE): the
 * name of a stock index. Not the figures after a name: a table of shares lists firms so
 * ("Telefónica 31,90 +.37").
 */
export function stockIndexAt(text: string, start: number, lang: string): boolean {
  const before = INDEX_BEFORE[lang.slice(0, 2)];
  return before !== undefined && before.test(text.slice(Math.max(0, start - 30), start));
}

// Spanish: the head of a department, then "de" without an article: what follows is the
// department the job title names ("director de Talento Humano", "jefa de Recursos Humanos").
// With an article it is a body ("director de la Policía Nacional").
const DEPARTMENT_ROLE_ES =
  /(?<![\p{L}\p{M}])(?:sub)?(?:directora?|gerente|jef[ea]|coordinadora?|encargad[oa]|responsable)\s+de\s+$/iu;

/** Spanish: whether a department head's role and "de" stand just before `at` ("director de |X"). */
export function departmentRoleBefore(text: string, at: number): boolean {
  return DEPARTMENT_ROLE_ES.test(text.slice(Math.max(0, at - 30), at));
}

/**
 * Spanish or French: whether the text from `start` to `end` is quoted whole, a space allowed
 * inside each mark (« Paris 8 », " Madagascar ", “Tierra Tiembla,”).
 */
export function quotedWholeSpaced(text: string, start: number, end: number): boolean {
  return (
    /["“‘«][\s\u00a0\u202f]?$/u.test(text.slice(Math.max(0, start - 2), start)) &&
    /^[\s\u00a0\u202f]?[,.]?[\s\u00a0\u202f]?["”’»](?!\p{L})/u.test(text.slice(end, end + 5))
  );
}

/** Whether a year in brackets follows a closing quotation mark after `end` (" Madagascar " ( 1994 )). */
export function yearAfterQuote(text: string, end: number): boolean {
  return /^[\s\u00a0\u202f]?[,.]?[\s\u00a0\u202f]?["”’»]\s?\(\s?(?:1[89]|20)\d\d\s?\)/u.test(
    text.slice(end, end + 16),
  );
}

/** Spanish or French: whether a role and "de" stand just before `at` ("representante de |X"). */
export function roleOfBefore(text: string, at: number, lang: string): boolean {
  const re = ROLE_OF_BEFORE[lang.slice(0, 2)];
  return re !== undefined && re.test(text.slice(Math.max(0, at - 40), at));
}

/**
 * Whether the mention from `start` to `end` stands alone in brackets right after a lower-case
 * word: "peones rurales (|Uatre|)", "investigador antártico (|Inach|)"; not "Pérez (|Moca|)".
 */
export function bracketAfterWord(text: string, start: number, end: number): boolean {
  return (
    /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*\s*\(\s*$/u.test(
      text.slice(Math.max(0, start - 30), start),
    ) && /^\s*\)/u.test(text.slice(end, end + 4))
  );
}

/**
 * Whether a given name stands right before `start` on its line, one space between, itself
 * opening a word run ("Phoebe |Maltz Bovy", "Judy |B. Walzer"): the person's name began there.
 */
export function givenNameBefore(text: string, start: number): boolean {
  const m = /(?:^|[\s,;:(])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, start - 24), start));
  return m !== null && isGivenName(m[1] as string);
}

// Head nouns that close an English body's name, or a part of one: "National Institute",
// "International Society", "Customer Care Team", "University of Michigan College".
const BODY_HEADS_EN = new Set(
  (
    'center centre institute institution society panel symposium conference council committee ' +
    'commission college school department division office unit lab laboratory team programme ' +
    'program association federation foundation agency bureau board authority academy union ' +
    'league coalition network alliance court service'
  ).split(' '),
);

/** Whether the last word of a name is a body's head noun (BODY_HEADS_EN). */
export function endsInBodyHead(name: string): boolean {
  const last = name.split(/\s+/u).at(-1) ?? '';
  return BODY_HEADS_EN.has(last.toLowerCase());
}

/**
 * Whether the text right after `end` goes on with "of", "on" or "for" and a capitalised word
 * ("National Institute| on Aging", "International Society| for Music Information"): the body's
 * name goes on.
 */
export function bodyNameGoesOn(text: string, end: number): boolean {
  const m = /^ (?:of|on|for) (?:the )?(\p{Lu}\p{L}+)/u.exec(text.slice(end, end + 32));
  // "on Monday", "for January": a date, no name.
  return m !== null && !CALENDAR.has((m[1] as string).toLowerCase());
}

/**
 * Whether a capitalised word and "and", "&" or "for" stand right before `start` on its line
 * ("Obstetrics and |Gynecology Department", "Transport for |Wales Customer Care Team"): the
 * body's name began there.
 */
export function bodyNameBegunBefore(text: string, start: number): boolean {
  return /(?:^|[^\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]* (?:and|&|for) $/u.test(
    text.slice(Math.max(0, start - 40), start),
  );
}

// Spanish heads of a group's or an office's name besides the public bodies' (spanishBodyHead).
const GROUP_HEADS_ES = new Set(
  'grupo red liga movimiento plataforma frente unión sala oficina dirección servicio'.split(' '),
);

// Spanish: a law's, a code's or a treaty's name, then the bracket that opens its acronym ("la Ley
// de Enjuiciamiento Civil (|LEC)", "el Código Penal (|CP)", "el Tratado de Libre Comercio (|TLC)").
const LAW_BEFORE_BRACKET_ES =
  /(?<![\p{L}\p{M}])(?:Ley|Código|Decreto|Reglamento|Estatuto|Tratado|Convenio|Constitución)(?: (?:\p{Lu}[\p{L}\p{M}-]*|de|del|la|las|el|los|y|sobre|para|\d+)){0,8} \( ?$/u;

/** Spanish: whether a mention at `start` is the acronym of a law's name just before it. */
export function spanishLawAcronym(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 140), start);
  const m = LAW_BEFORE_BRACKET_ES.exec(before);
  // A treaty's name inside a body's ("Organización del Tratado del Atlántico Norte (OTAN)").
  return m !== null && !/\p{Lu}[\p{L}\p{M}]* (?:de|del|de la) $/u.test(before.slice(0, m.index));
}

/**
 * Spanish: whether every word of a name, link words aside, is one the language writes in lower
 * case (the corpus lists, common-words.ts, or the dictionary: "Derechos Humanos",
 * "Administración Interina"), none a name of the training text.
 */
export function lowerCaseSpanishWords(name: string): boolean {
  let count = 0;
  for (const w of name.split(/\s+/u)) {
    if (CONNECTORS.has(w)) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return false;
    const f = foldName(w);
    if (trainedNameType(f, 'es') && !commonWordBand(f, 'es')) return false;
    if (!commonWordBand(f, 'es') && !isSpanishWord(w)) return false;
    count++;
  }
  return count > 0;
}

/**
 * Spanish: whether a capitalised word and a link word ("de", "del", "por", "para", "en", "per",
 * "sobre", "contra"), an article or none after it, stand right before `start` on its line
 * ("Liga Argentina por los |Derechos Humanos"): the body's name began there.
 */
export function spanishBodyBegunBefore(text: string, start: number): boolean {
  const m =
    /[\p{L}\p{M},–-] (\p{Lu}[\p{L}\p{M}'’-]*) (?:de|del|por|para|en|per|sobre|contra) (?:(?:el|la|los|las) )?$/u.exec(
      text.slice(Math.max(0, start - 60), start),
    );
  // Mid-sentence only, and no function capitalised before its body ("el Director de la |Policía
  // Nacional" names the body whole).
  return m !== null && !ROLE_WORDS.es?.has(foldName(m[1] as string));
}

/**
 * Spanish: whether the text right after `end` goes on with "para", "por", "per", "sobre" or
 * "contra", an article or none, and a capitalised word ("Consejo de Investigación| para el
 * Tabaco", "Plataforma Unitaria| per la Pau"): the body's name goes on. Not "de": a body's
 * place follows it, which the name may leave out ("Ayuntamiento de Sevilla").
 */
export function spanishBodyGoesOn(text: string, end: number): boolean {
  const m = /^ (?:para|por|per|sobre|contra) (?:(?:el|la|los|las) )?(\p{Lu}[\p{L}\p{M}]+)/u.exec(
    text.slice(end, end + 40),
  );
  return m !== null && !CALENDAR.has((m[1] as string).toLowerCase());
}

/**
 * Whether a number of five digits or more follows `end`, a colon or a space between, and no
 * lower-case word after it ("PMID 20175497.", "PMID: 11015798]"; not a count, "20175 times"):
 * the text names an identifier by its label.
 */
export function identifierAfter(text: string, end: number): boolean {
  return /^:?[ \u00a0]?\d{5,}(?![\d,.-]\d|\s+\p{Ll})/u.test(text.slice(end, end + 24));
}

// A code of three capitals in brackets: "(BLR)", "(PVG)", "(LAX)".
const BRACKETED_CODE = /\((\p{Lu}{3})\)/gu;

/**
 * Whether the three capitals from `start` to `end` stand in brackets right after a capitalised
 * word, and the initials of the (up to) three words before the bracket, function words aside,
 * do not spell them ("Bangalore (BLR)", "Shanghai Pudong (PVG)", "Los Angeles (LAX)"; not "Air
 * and Marine Operations (AMO)", "Bus Rapid Transit (BRT)"): a code (an airport's, a station's, a
 * share's), no acronym of the name before it.
 */
export function codeAfterName(text: string, start: number, end: number): boolean {
  const code = text.slice(start, end);
  if (!/^\p{Lu}{3}$/u.test(code) || text[start - 1] !== '(' || text[end] !== ')') return false;
  const before = text.slice(Math.max(0, start - 80), start - 1);
  if (!/\p{Lu}[\p{L}\p{M}.'’/-]*\s$/u.test(before)) return false;
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const words = line
    .split(/[\s/\-–]+/u)
    .filter((w) => /^\p{L}/u.test(w) && !FUNCTION_WORDS_EN.has(w.toLowerCase()))
    .slice(-3);
  return words.map((w) => (w[0] as string).toUpperCase()).join('') !== code;
}

/** How many codes in brackets after a name the text writes (codeAfterName): a list of places by code. */
export function codesAfterNames(text: string): number {
  let n = 0;
  for (const m of text.matchAll(BRACKETED_CODE)) {
    const start = (m.index as number) + 1;
    if (codeAfterName(text, start, start + 3)) n++;
  }
  return n;
}

/** Codes after names that make a text a list of places by code (codesAfterNames). */
const CODE_LIST_AT_LEAST = 3;

// One word of four capitals or more (letters only).
const CAPS_WORD = /^\p{Lu}{4,}$/u;

// English function words, which make no line a term's ("Known for", "Part of").
const FUNCTION_WORDS_EN = new Set(
  (
    'a an the and or nor but for of to in on at by with from as vs via per into onto over up off ' +
    'than is are was were be been has have had not no its it this that these those who what how ' +
    'why when where all any more most other our your their his her'
  ).split(' '),
);

/**
 * The nearest line before (`dir` -1) or after (1) the line from `from` to `to` that is no short
 * name line, skipping empty lines and lines of at most three words none of which is written in
 * lower case ("CCA", "ICA", "t-SNE", "Ubuntu"): a list's other names. Null at the text's edge or
 * past eight lines.
 */
function nextListLine(text: string, from: number, to: number, dir: -1 | 1): string | null {
  let a = from;
  let b = to;
  for (let seen = 0; seen < 8;) {
    if (dir < 0) {
      if (a <= 0) return null;
      b = a - 1;
      a = text.lastIndexOf('\n', b - 1) + 1;
    } else {
      if (b >= text.length) return null;
      a = b + 1;
      const nl = text.indexOf('\n', a);
      b = nl < 0 ? text.length : nl;
    }
    const line = text.slice(a, b).trim();
    if (!line) continue;
    seen++;
    const words = line.match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? [];
    if (words.length <= 3 && !words.some((w) => /^\p{Ll}{3,}/u.test(w))) continue;
    return line;
  }
  return null;
}

/**
 * Whether a line is a term of a list: at most six words, no sentence's end, and a word of three
 * letters or more written in lower case that is no function word ("Anomaly detection",
 * "Expectation–maximization (EM)", "Mean-shift", "Restricted Boltzmann machine").
 */
function termLine(line: string | null): boolean {
  if (line === null || /[.!?:;]$/u.test(line) || line.includes(',')) return false;
  const words = line.match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? [];
  return (
    words.length <= 6 && words.some((w) => /^\p{Ll}{3,}$/u.test(w) && !FUNCTION_WORDS_EN.has(w))
  );
}

/**
 * English: whether the text from `start` to `end` is a line of its own in a list of terms, the
 * nearest lines on both sides, other short names aside, terms written in lower case (a
 * navigation box: "Factor analysis / CCA / ICA / LDA / t-SNE / Structured prediction",
 * "Linear regression / Naive Bayes / Artificial neural networks"): a term's name, a method's or a
 * program's, listed among terms; no person, place or body. Persons and bodies are listed among
 * names, and a byline's or an infobox's neighbours are labels ("Staff writer" above, "Born"
 * below), not terms on both sides.
 */
export function termListLine(text: string, start: number, end: number): boolean {
  const [from, to] = lineBounds(text, start, end);
  // The name alone on its line, or before or after lower-case words only, a term's ("Bayes net",
  // "PAC learning"); not a table's row ("1. Astrid Kumbernuss ( Germany ) 20.03 metres").
  if (
    !aloneOnLine(text, start, end) &&
    !(
      termLine(text.slice(from, to).trim()) &&
      /^[\s\p{Ll}-]*$/u.test(`${text.slice(from, start)} ${text.slice(end, to)}`)
    )
  ) {
    return false;
  }
  return termLine(nextListLine(text, from, to, -1)) && termLine(nextListLine(text, from, to, 1));
}

/**
 * Whether the text from `start` to `end` opens its line as a label does: a colon after it
 * ("Reproducible Research Statement: Study protocol: …"), or, after a list's number, a stop
 * ("2. Aggregate Information. …").
 */
export function labelOpening(text: string, start: number, end: number): boolean {
  const [from] = lineBounds(text, start, end);
  const before = text.slice(from, start);
  const after = text.slice(end, end + 2);
  if (/^\s*$/u.test(before)) return /^:(?:\s|$)/u.test(after);
  return /^\s*\d{1,2}[.)]\s*$/u.test(before) && /^[:.](?:\s|$)/u.test(after);
}

/**
 * English: whether a folded word is ordinary: one SCOWL writes in lower case, one of the common
 * words, or a link word.
 */
function ordinaryEnglishWord(f: string): boolean {
  return isEnglishWord(f) || commonWordBand(f, 'en') !== undefined || FUNCTION_WORDS_EN.has(f);
}

/**
 * Whether an English word is a word of the language and not a name's: SCOWL writes it in lower
 * case, or the running text mostly does ("Grant", sometimes a word, is a name's).
 */
function lowerCaseEnglishWord(w: string): boolean {
  return isEnglishWord(w) || commonWordBand(w, 'en') === 'mostly';
}

/**
 * English: a name of two words or more, each an ordinary word (SCOWL's lower-case words, the
 * common words, link words), the last no body's or place's head (NAME_HEADS_EN: "Ministry of
 * Health", "Research Council" are names): "Reproducible Research Statement", "Aggregate
 * Information".
 */
export function ordinaryPhrase(name: string): boolean {
  const words = name.split(/\s+/u).map((w) => foldName(w.replace(/[^\p{L}\p{M}]/gu, '')));
  if (words.length < 2 || NAME_HEADS_EN.has(words[words.length - 1] as string)) return false;
  return words.every((f) => f !== '' && ordinaryEnglishWord(f));
}

// Lines of a list looked at on each side of a name's line (labelListLine).
const LABEL_LIST_REACH = 8;

/** The words of a line, letters only (hyphened words apart: "Co-op" is "Co", "op"). */
function lineWords(line: string): string[] {
  return line.match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? [];
}

/**
 * Whether a line is short and no sentence: five words at most, no stop, comma or semicolon
 * (a list's item, a menu's or a table's label).
 */
function shortLine(line: string): boolean {
  return !/[.!?,;]/u.test(line) && lineWords(line).length <= 5;
}

/**
 * Whether a line is a label of ordinary words: four words at most, each one English writes in
 * lower case (SCOWL's or the common words'), capitalised or not ("Default", "Spider Mites",
 * "Participative Leadership", "On", "Off"), numbers and signs aside; no name among them.
 */
function ordinaryLabelLine(line: string): boolean {
  // Words as written, a hyphened one whole ("Co-op" is "coop"), numbers and signs aside.
  const words = line
    .split(/\s+/u)
    .map((w) => foldName(w.replace(/[^\p{L}\p{M}]/gu, '')))
    .filter((w) => w !== '');
  return (
    shortLine(line) && words.length >= 1 && words.length <= 4 && words.every(ordinaryEnglishWord)
  );
}

/**
 * English: whether the text from `start` to `end` stands on a short line (alone, or with a few
 * words) in a list of short lines most of which are labels of ordinary words, two of them one
 * after the other ("Default / Tele Broadcast / Tele / Co-op / Classic / Dynamic", "Spider Mites
 * / Mealybugs / Aphids / Scale / Snails", "Autocratic Leadership / Participative Leadership /
 * Laissez-Faire", "On / Off / EA Sports Across All Menus"): a menu's, a settings page's or a
 * list's item among common nouns, a term or a label, no name. A list of names holds names
 * ("Goalkeeper / John Smith / Defenders / Ann Lee / Bob Ray"), and labels with their values
 * alternate, no two labels together ("Born / Jane Doe / Died / Anna Roe").
 */
export function labelListLine(text: string, start: number, end: number): boolean {
  const [from, to] = lineBounds(text, start, end);
  const rest = `${text.slice(from, start)} ${text.slice(end, to)}`;
  // The name's line a label too: no word in lower case beside it ("with Anu Garg", "EA Sports balls").
  if (!shortLine(text.slice(from, to)) || /(?:^|[^\p{L}])\p{Ll}/u.test(rest)) return false;
  const labels: boolean[][] = [];
  for (const dir of [-1, 1] as const) {
    const side: boolean[] = [];
    let a = from;
    let b = to;
    while (side.length < LABEL_LIST_REACH) {
      if (dir < 0) {
        if (a <= 0) break;
        b = a - 1;
        a = text.lastIndexOf('\n', b - 1) + 1;
      } else {
        if (b >= text.length) break;
        a = b + 1;
        const nl = text.indexOf('\n', a);
        b = nl < 0 ? text.length : nl;
      }
      const line = text.slice(a, b).trim();
      if (!line) continue;
      if (!shortLine(line) || lineWords(line).length === 0) break;
      side.push(ordinaryLabelLine(line));
    }
    labels.push(side);
  }
  const all = [...(labels[0] ?? []), ...(labels[1] ?? [])];
  const ordinary = all.filter(Boolean).length;
  const together = labels.some((side) => side.some((l, i) => l && side[i + 1] === true));
  return together && ordinary >= 2 && ordinary > all.length - ordinary;
}

// What follows an acronym that heads its noun phrase: a stop or a function word ("an ADR to").
const AFTER_HEAD_EN =
  /^(?:\s*[,.;:!?)]|\s+(?:to|and|or|in|on|for|with|that|which|is|was|of|from|as)\b)/u;

const INITIAL_LOWER = /^\p{Ll}/u;

/**
 * English: whether the acronym from `start` to `end` stands in brackets right after its
 * expansion, one word a letter (a hyphened word's parts apart), half of them or more in lower
 * case ("fast radio burst (FRB)", "filtered b-spline (FBS)"): the text defines it as a term's
 * short form; a body's name is expanded in capitals ("Federal Bureau of Investigation (FBI)").
 */
export function acronymDefinedLower(text: string, start: number, end: number): boolean {
  const letters = text.slice(start, end).replace(/[^\p{Lu}]/gu, '');
  if (text[start - 1] !== '(' || text[end] !== ')' || letters.length < 2) return false;
  const words = text
    .slice(Math.max(0, start - 1 - 12 * letters.length), start - 1)
    .split(/[\s\-–]+/u)
    .filter((w) => w !== '');
  const last = words.slice(-letters.length);
  return (
    last.length === letters.length &&
    last.every((w, i) => w[0]?.toUpperCase() === letters[i]) &&
    last.filter((w) => INITIAL_LOWER.test(w)).length * 2 >= last.length
  );
}

/** The last `n` words before `at`, hyphened words apart, quotes and brackets dropped. */
function wordsBefore(text: string, at: number, n: number): string[] {
  return text
    .slice(Math.max(0, at - 14 * n), at)
    .split(/[\s\-–]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{M}\d]+|[^\p{L}\p{M}\d]+$/gu, ''))
    .filter((w) => w !== '')
    .slice(-n);
}

// Heads of a state's bodies that neither NAME_HEADS_EN nor BODY_HEADS_EN holds ("Transportation
// Security Administration (TSA)", "Special Operations Command", "Marine Corps").
const STATE_HEADS_EN = new Set(
  'administration secretariat directorate inspectorate command corps cabinet tribunal'.split(' '),
);

/**
 * English: whether words spell the acronym's letters, each in capitals, all ordinary words
 * (ordinaryEnglishWord) and the last no body's or place's head (NAME_HEADS_EN, BODY_HEADS_EN,
 * STATE_HEADS_EN):
 * "Bus Rapid Transit" for BRT, not "Federal Transit Administration" for FTA.
 */
function ordinaryExpansion(words: readonly string[], letters: string): boolean {
  if (letters.length < 2 || words.length !== letters.length) return false;
  const last = foldName(words[words.length - 1] as string);
  if (NAME_HEADS_EN.has(last) || BODY_HEADS_EN.has(last) || STATE_HEADS_EN.has(last)) return false;
  return words.every(
    (w, i) => w[0] === letters[i] && TITLE_CASE_WORD.test(w) && ordinaryOrInflected(foldName(w)),
  );
}

// Endings of English inflections and adverbs, tried off a word SCOWL lists only in its base form
// ("assisted", "personally").
const INFLECTIONS_EN = ['ed', 'd', 'ly', 'ing', 'es', 's'];

/** English: whether a folded word is ordinary (ordinaryEnglishWord), or its base form is. */
function ordinaryOrInflected(f: string): boolean {
  return (
    ordinaryEnglishWord(f) ||
    INFLECTIONS_EN.some(
      (end) =>
        f.endsWith(end) &&
        f.length - end.length >= 3 &&
        ordinaryEnglishWord(f.slice(0, -end.length)),
    )
  );
}

const CAPS_2_6 = /^\p{Lu}{2,6}$/u;

/** English: whether the text defines `name`, an acronym, as a term somewhere (acronymDefinedTerm). */
export function acronymDefinedTermIn(text: string, name: string): boolean {
  if (!CAPS_2_6.test(name)) return false;
  for (let at = text.indexOf(`(${name})`); at >= 0; at = text.indexOf(`(${name})`, at + 1)) {
    if (acronymDefinedTerm(text, at + 1, at + 1 + name.length)) return true;
  }
  return false;
}

/**
 * English: whether the acronym from `start` to `end` stands in brackets right after an
 * expansion in capitals of ordinary words (ordinaryExpansion; quotes allowed around it: "Bus Rapid
 * Transit (BRT)", "'Personally Identifiable Information' (PII)"): a term spelled out.
 */
export function acronymDefinedTerm(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (!CAPS_2_6.test(name) || text[start - 1] !== '(' || text[end] !== ')') return false;
  return ordinaryExpansion(wordsBefore(text, start - 1, name.length), name);
}

// An acronym in brackets right after a name, a closing quote allowed between ("… Recording (HAMR)").
const ACRONYM_AFTER = /^['’”"]?\s?\((\p{Lu}{2,6})\)/u;

/**
 * English: whether the name from `start` to `end` is an ordinary words' expansion of the acronym
 * in brackets after it ("Heat Assisted Magnetic Recording (HAMR)"; ordinaryExpansion): a term.
 */
export function termExpansion(text: string, start: number, end: number): boolean {
  const m = ACRONYM_AFTER.exec(text.slice(end, end + 12));
  if (!m) return false;
  const words = text
    .slice(start, end)
    .split(/[\s\-–]+/u)
    .filter((w) => w !== '');
  return ordinaryExpansion(words, m[1] as string);
}

// A possessive and one to three capitalised words after a name ("'s Health Program").
const POSSESSIVE_NAME_AFTER = /^['’]s((?: \p{Lu}[\p{L}\p{M}-]*){1,3})(?![\p{L}\p{M}])/u;

/**
 * English: whether "'s" and capitalised words closed by a body's head (BODY_HEADS_EN) follow
 * `end` ("Texas Women|'s Health Program", "Boston Children|'s Hospital Board"): the body's name
 * holds the name before its possessive.
 */
export function possessiveBodyAfter(text: string, end: number): boolean {
  const m = POSSESSIVE_NAME_AFTER.exec(text.slice(end, end + 48));
  return m !== null && endsInBodyHead((m[1] as string).trim());
}

// Heads of events and of dishes that close a name in English, none of them a family name
// ("Beer Hall Putsch", "Tet Offensive", "Mezcal Soup"). Not "War", "Affair" or "Pie", which
// close titles of films and bands as well.
const THING_HEADS_EN = new Set(
  (
    'putsch coup massacre uprising insurrection rebellion mutiny riots pogrom genocide offensive ' +
    'soup salad stew sauce curry tacos burrito sandwich casserole chowder'
  ).split(' '),
);

/** English: whether the last word of a name is the head of an event or a dish (THING_HEADS_EN). */
export function thingHead(name: string): boolean {
  return THING_HEADS_EN.has(foldName(name.split(/\s+/u).at(-1) ?? ''));
}

// Heads of events that close a German name, folded, or a compound's last part ("Olympischen
// Spiele", "Weltranglisten|turnier", "Bundestags|wahl", "Ukraine-Krieg", "Fashion Week", "Eyes &
// Ears Award", "Fernseh|show"): a thing that happens, neither a body nor a place. Not "Messe"
// ("Deutsche Messe" is a firm), "Kongress" ("US-Kongress"), "Gipfel" (a mountain's top) nor
// "Marathon".
const EVENT_HEAD_DE =
  /(?:spiele|spielen|meisterschaft|meisterschaften|turnier|turniers|pokal|pokals|wahl|wahlen|krieg|krieges|kriegs|olympiade|award|awards|week|days|show|festival|festivals|gala)$/u;

/**
 * German: a body or a place whose last word, or its compound's last part, is an event's head
 * (EVENT_HEAD_DE), or a body named "Olympia" (the Olympic Games in German; a place "Olympia"
 * is the Greek town).
 */
export function germanEventName(name: string, type: string): boolean {
  if (type === 'ORG' && name === 'Olympia') return true;
  const last = foldName(name.split(/[\s-]+/u).at(-1) ?? '');
  const m = EVENT_HEAD_DE.exec(last);
  if (m === null) return false;
  // One word: a compound only, its first part four letters or more ("Fernseh|show", not "Show").
  return /[\s-]/u.test(name) || last.length - m[0].length >= 4;
}

// A telephone number and an opening bracket right before a name ("0800 015 8123 (Textphone)").
const PHONE_BRACKET_BEFORE = /\d[\d ]{6,}\d\s?\($/u;

// Capitalised words after a name and "and" or "&" ("… & the Grenadines"), and before one.
const JOINED_AFTER =
  /^\s(?:and|&)\s(the\s)?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,2})/u;
const JOINED_BEFORE =
  /(?<![\p{L}\p{M}.])(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){0,2})\s(?:and|&)\s(?:the\s)?$/u;

/** A place's name as the gazetteer spells it: "and" for "&", "Saint" for "St." and "St". */
function placeSpelling(name: string): string {
  return name.replace(/&/gu, 'and').replace(/(?<![\p{L}\p{M}])St\.?(?=\s)/gu, 'Saint');
}

/** Whether the gazetteer or the KB knows a place by this name (placeSpelling applied). */
function knownPlace(name: string): boolean {
  const spelled = placeSpelling(name);
  return getGazetteer().get(normalizeKey(spelled)) === 'LOC' || lookupName(spelled)?.type === 'LOC';
}

/**
 * English: whether the name from `start` to `end` is a part of a known place's name joining two
 * with "and" or "&" (knownPlace of the words before or after it: "St. Vincent| & the
 * Grenadines", "Saint Vincent and the |Grenadines", "|Bosnia and Herzegovina"), or of two known
 * places whose shared last word the text writes once ("Marshall| and Solomon Islands"); a list of
 * two places ("France and the Netherlands") is no one place's name.
 */
export function joinedPlace(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const after = JOINED_AFTER.exec(text.slice(end, end + 60));
  if (after) {
    const right = (after[2] as string).split(/\s/u);
    for (let n = right.length; n > 0; n--) {
      if (knownPlace(`${name} and ${after[1] ?? ''}${right.slice(0, n).join(' ')}`)) return true;
    }
    // Two places that share their last word, written once: "Marshall| and Solomon Islands".
    const head = right[right.length - 1] as string;
    if (
      !after[1] &&
      right.length > 1 &&
      knownPlace(`${name} ${head}`) &&
      knownPlace(right.join(' '))
    ) {
      return true;
    }
  }
  const before = JOINED_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (before) {
    const left = (before[1] as string).split(/\s/u);
    const link = before[0].slice((before[1] as string).length).replace(/&/u, 'and');
    for (let n = left.length; n > 0; n--) {
      if (knownPlace(`${left.slice(-n).join(' ')}${link}${name}`)) return true;
    }
  }
  return false;
}

// An indefinite article right before an acronym ("an ADR", "a REPL").
const INDEFINITE_BEFORE_EN = /(?<![\p{L}\p{M}])an?\s$/u;
// A possessive determiner and at most one lower-case word right before an acronym ("his new EP",
// "its own API"): a thing someone has; a body is nobody's ("their NATO allies" goes on).
const POSSESSIVE_BEFORE_EN =
  /(?<![\p{L}\p{M}])(?:his|her|its|their|my|our|your)\s(?:\p{Ll}{2,}\s)?$/u;

/**
 * English: whether a possessive heads the acronym's noun phrase ("released his new EP.", "its
 * API and"; POSSESSIVE_BEFORE_EN, then a stop or a function word): a thing someone has.
 */
export function acronymOwned(text: string, start: number, end: number): boolean {
  return (
    POSSESSIVE_BEFORE_EN.test(text.slice(Math.max(0, start - 24), start)) &&
    AFTER_HEAD_EN.test(text.slice(end, end + 8))
  );
}

/**
 * English: whether the acronym from `start` to `end` names a thing: defined by its lower-case
 * expansion (acronymDefinedLower: "fast radio burst (FRB)"), after a possessive (acronymOwned:
 * "his new EP."), or after "a" or "an" as the head of its noun phrase ("using an ADR to", "in a
 * REPL and"; "a NATO summit" qualifies a noun, which goes on).
 */
export function acronymTerm(text: string, start: number, end: number): boolean {
  if (acronymDefinedLower(text, start, end) || acronymOwned(text, start, end)) return true;
  return (
    INDEFINITE_BEFORE_EN.test(text.slice(Math.max(0, start - 4), start)) &&
    AFTER_HEAD_EN.test(text.slice(end, end + 8))
  );
}

// Roles of a person that open a line saying what someone is, "Author of …" (roleOfPhrase).
const ROLES_OF_EN = new Set(
  (
    'author co-author editor writer founder co-founder cofounder director host co-host creator ' +
    'member head chair chairman chairwoman president vice-president ceo professor fellow owner ' +
    'producer manager publisher'
  ).split(' '),
);

/**
 * English: whether a name of three words or more opens with a person's role (ROLES_OF_EN) and
 * "of" ("Author of Gridiron Belles", "Director of Engineering at"): a role, no body's name; a
 * body opens with its head ("Bank of England", "University of Texas").
 */
export function roleOfPhrase(name: string): boolean {
  const words = name.split(/\s+/u);
  return (
    words.length >= 3 && words[1] === 'of' && ROLES_OF_EN.has((words[0] as string).toLowerCase())
  );
}

// Last words of a firm's or a body's name besides NAME_HEADS_EN and COMPANY_WORDS, a trade's
// among them: "CVS Health", "ABC Sports", "Microsoft Research", "Veolia Transport" are bodies.
const BODY_TAILS_EN = new Set(
  (
    'health sports research labs games capital ventures international global foundation ' +
    'transport transportation transit logistics shipping rail railways railroad freight ' +
    'communications electric power utilities steel mining chemicals foods beverages financial ' +
    'finance realty properties solutions consulting'
  ).split(' '),
);
// Words that open a person's title after a firm's name ("Salesforce CEO", "Microsoft Chairman").
const TITLE_WORDS_EN = new Set(
  'chairman chairwoman chief president ceo founder boss head executive vice spokesman spokeswoman'.split(
    ' ',
  ),
);

/**
 * English: whether capitalised words (one to three, a hyphened one whole) are a product's name
 * after its maker's ("Word Error-file Laminate", "Silicon", "Office Word"): the first an ordinary
 * word (isEnglishWord, or mostly written in lower case: not a name's word like "Grant") and no
 * role or title, none a given name, the last no body's head (NAME_HEADS_EN, BODY_HEADS_EN,
 * COMPANY_WORDS, BODY_TAILS_EN: "Harvard Medical School", "CVS Health" are bodies).
 */
export function productWords(words: readonly string[]): boolean {
  if (words.length < 1 || words.length > 3) return false;
  const first = (words[0] as string).toLowerCase();
  const last = (words.at(-1) as string).toLowerCase();
  return (
    lowerCaseEnglishWord(first) &&
    !JOB_TITLE_WORDS.has(first) &&
    !TITLE_WORDS_EN.has(first) &&
    words.every((w) => /^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*$/u.test(w) && !isGivenName(w)) &&
    ![NAME_HEADS_EN, BODY_HEADS_EN, COMPANY_WORDS, BODY_TAILS_EN].some((h) => h.has(last))
  );
}

// One to three capitalised words after a name, then no capitalised word (productAfterMaker).
const CAPITALISED_AFTER = /^ (\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2})(?! ?\p{Lu})/u;

/** English: whether a product's words (productWords) follow the name ending at `end` at once. */
export function productAfterMaker(text: string, end: number): boolean {
  const m = CAPITALISED_AFTER.exec(text.slice(end, end + 60));
  // A body's or a journal's name going on is no product ("IEEE Transactions| on Visualization").
  return (
    m !== null &&
    productWords((m[1] as string).split(' ')) &&
    !bodyNameGoesOn(text, end + m[0].length)
  );
}

/**
 * English: whether a name is a maker's name the KB knows as an organisation and a product's words
 * after it ("Apple Silicon", "Microsoft Office Word"; productWords).
 */
export function makerProductName(name: string): boolean {
  const words = name.split(/\s+/u);
  return (
    words.length >= 2 &&
    lookupName(words[0] as string)?.type === 'ORG' &&
    productWords(words.slice(1))
  );
}

// "and", then one or two capitalised words (bodyNameGoesOnAnd).
const AND_WORDS_AFTER = /^ and (\p{Lu}\p{Ll}+)(?: (\p{Lu}\p{Ll}+))?(?![\p{L}\p{M}])(?! \p{Lu})/u;

/**
 * English: whether "and" and the rest of a body's name follow `end`: one or two capitalised
 * words, the first an ordinary word (isEnglishWord, or mostly written in lower case), the last a
 * body's head (BODY_HEADS_EN, NAME_HEADS_EN): "… Research| and Surveillance Centre", "Mobile
 * Spay| and Neuter Clinic". "Obama and Harvard University" opens with no ordinary word.
 */
export function bodyNameGoesOnAnd(text: string, end: number): boolean {
  const m = AND_WORDS_AFTER.exec(text.slice(end, end + 48));
  if (m === null) return false;
  const first = (m[1] as string).toLowerCase();
  const last = ((m[2] ?? m[1]) as string).toLowerCase();
  return lowerCaseEnglishWord(first) && (BODY_HEADS_EN.has(last) || NAME_HEADS_EN.has(last));
}

// Heads of a body's name that take a place after "of" ("University of Texas", "Bank of England").
const BODY_OF_BEFORE_EN =
  /(?<![\p{L}\p{M}])(?:University|College|Bank|Institute|Museum|Council|Church|Port Authority|Government|Parliament) of (?:the )?$/u;

// A university's campus after its name and "at" ("University of Texas at |Austin", "University
// of North Carolina at |Chapel Hill"): the place is the body's name's last part.
const BODY_AT_BEFORE_EN =
  /(?<![\p{L}\p{M}])(?:University|College) of (?:\p{Lu}[\p{L}\p{M}.'-]*\s){1,3}at $/u;

/**
 * English: whether "University of", "Bank of" and the like stand right before `start`, or a
 * university's name and "at" ("University of Texas at |Austin").
 */
export function bodyOfBefore(text: string, start: number): boolean {
  return (
    BODY_OF_BEFORE_EN.test(text.slice(Math.max(0, start - 24), start)) ||
    BODY_AT_BEFORE_EN.test(text.slice(Math.max(0, start - 64), start))
  );
}

/**
 * English: whether a name of two capitalised words or more, each an ordinary word (SCOWL's
 * lower-case words or mostly written in lower case), also stands in lower case in the text
 * ("Certificate Authority" and "to be a certificate authority"): the text names a kind of
 * thing, which a heading or a definition capitalised.
 */
export function termInLower(name: string, text: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2) return false;
  for (const w of words) {
    if (!TITLE_CASE_WORD.test(w) || !lowerCaseEnglishWord(w.toLowerCase())) return false;
  }
  const lower = words.join(' ').toLowerCase();
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + lower.length] ?? ' ';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}

// A vehicle's noun after a model's name ("a Nissan Latio motor car", "a Toyota Starlet car").
const VEHICLE_AFTER =
  /^\s(?:motor\s?cars?|cars?|motor\s?vehicles?|vehicles?|trucks?|vans?|SUVs?|sedans?|saloons?|hatchbacks?|pickups?|pick-ups?|minivans?|motorcycles?|motorbikes?|scooters?)(?![\p{L}\p{M}])/u;

/** English: whether a landform's noun in lower case follows `end` ("Amazon| forests"). */
export function landformAfter(text: string, end: number): boolean {
  const next = /^\s(\p{Ll}+)(?![\p{L}\p{M}])/u.exec(text.slice(end, end + 14));
  return next !== null && isLandformNoun(next[1] as string);
}

/** English: whether a vehicle's noun follows `end` ("Nissan Latio| motor car"). */
export function vehicleAfter(text: string, end: number): boolean {
  return VEHICLE_AFTER.test(text.slice(end, end + 16));
}

// A name of one to three initials and nothing else: "G.E.", "J.K.", "P.S.", "A. B.".
const INITIALS_ONLY = /^(?:\p{Lu}\.\s?){1,3}$/u;

// A picture's credit up to its source: a label ("Photo", "Image source", "Photo credit", "Header
// Image"), at most 60 characters of one sentence (the author: "by Jane Roe"), then "from", "on"
// or "via".
const CREDIT_BEFORE =
  /(?<![\p{L}\p{M}])(?:Photo|Image|Picture|Illustration)s?(?: (?:[Ss]ource|[Cc]redits?|by))?\b[^.!?\n]{0,60}\s(?:from|on|via)\s$/u;

/**
 * English: whether the name at `start` closes a picture's credit (CREDIT_BEFORE: "Photo by Jane
 * Roe on |Unsplash", "Photo Source: Jane Roe from |Pexels").
 */
export function creditSourceAt(text: string, start: number): boolean {
  return CREDIT_BEFORE.test(text.slice(Math.max(0, start - 90), start));
}

/**
 * Whether a reference's journal slot closes at `end`: a stop, a year and a semicolon or a
 * volume after it ("J Clin Virol. 2006;37:237", "J Pediatr. 1978;92"), as medical references
 * (Vancouver style) cite journals; or a stop and "Retrieved" or "Archived from", as a wiki's
 * references close a website's or a publisher's slot ('"A title". Some Website. Retrieved').
 */
export function journalSlot(text: string, end: number): boolean {
  return /^\.\s(?:(?:1[89]|20)\d\d\s?[;(]|(?:Retrieved|Archived from)\s)/u.test(
    text.slice(end, end + 16),
  );
}

/**
 * Whether the text from `start` to `end` is quoted whole: an opening quotation mark right before
 * it, a closing one right after it or after a comma or a stop (“Magic Man,”, "Barracuda").
 */
export function quotedWhole(text: string, start: number, end: number): boolean {
  return (
    /["“‘«]$/u.test(text.slice(Math.max(0, start - 1), start)) &&
    /^[,.!?]?["”’»](?!\p{L})/u.test(text.slice(end, end + 3))
  );
}

// Link words a title leaves in lower case ("The Surprising Power of People and Computers").
const TITLE_LINKS_EN = new Set(
  'a an the and or nor but of in on at to for from by with as vs via into onto per'.split(' '),
);
// Opening quotation marks and the closing mark of each.
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '"': '"', '‘': '’', '«': '»' };

const HAS_LETTER = /\p{L}/u;

/**
 * Whether the text from `start` to `end` lies inside a quotation in Title Case that holds more
 * than it: the nearest opening mark before it on its line, its closing mark after it on the line,
 * four words or more quoted, three in four of those that are no link word capitalised
 * (“Superminds: The Surprising Power of People and Computers Thinking Together”). A quotation
 * of speech is written as a sentence, and a name quoted whole is quotedWhole's.
 */
export function titleQuoteAround(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let open = -1;
  for (let i = start - 1; i >= Math.max(lineStart, start - 300); i--) {
    const c = text[i] as string;
    if (c === '”' || c === '»') return false;
    // A straight mark opens after a space or a bracket, a curly single one too (not "Nixon’s").
    if (c === '"' || c === '’' || c === '‘') {
      const before = text[i - 1] ?? ' ';
      // An opening mark hugs the word after it: in tokenised text (CoNLL's '" said John') a
      // mark between spaces is either.
      const opens = (i === lineStart || /[\s([{]/u.test(before)) && !/\s/u.test(text[i + 1] ?? ' ');
      if (c === '’') continue;
      if (!opens) return false;
      open = i;
      break;
    }
    if (c === '“' || c === '«') {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const closing = QUOTE_PAIRS[text[open] as string] as string;
  const lineEnd = text.indexOf('\n', end);
  const stop = Math.min(lineEnd < 0 ? text.length : lineEnd, end + 300);
  let close = -1;
  for (let i = end; i < stop; i++) {
    if (text[i] !== closing) continue;
    // A closing mark hugs the word before it.
    if (closing === '"' && /\s/u.test(text[i - 1] ?? ' ')) return false;
    // A closing single mark is followed by no letter ("Nixon’s" is an apostrophe).
    if (closing === '’' && HAS_LETTER.test(text[i + 1] ?? '')) continue;
    close = i;
    break;
  }
  if (close < 0) return false;
  const quoted = text.slice(open + 1, close);
  const words = quoted.split(/[\s:;,.!?]+/u).filter((w) => HAS_LETTER.test(w));
  if (words.length < 4) return false;
  // The name must be a part of the quotation, not all of it.
  if (quoted.replace(/[\s,.!?:;]+$/u, '').trim() === text.slice(start, end)) return false;
  const content = words.filter((w) => !TITLE_LINKS_EN.has(w.toLowerCase()));
  const capitalised = content.filter((w) => INITIAL_CAPITAL.test(w)).length;
  return content.length >= 3 && capitalised * 4 >= content.length * 3;
}

// Capitalised forms of "be", "have" and "do" a title holds and no one's name does.
const TITLE_VERBS_EN = new Set(
  'Is Are Was Were Be Been Being Has Have Had Does Did Isn’t Don’t'.split(' '),
);

/** Whether a name holds, after its first word, a capitalised "Is", "Be", "Has"... (TITLE_VERBS_EN). */
export function verbInName(name: string): boolean {
  return name
    .split(/\s+/u)
    .slice(1)
    .some((w) => TITLE_VERBS_EN.has(w));
}

const SPANISH_LINKS = new Set(['de', 'del']);

/**
 * Whether a name opens with an ordinary Spanish word that is no given name, followed by "de",
 * "del" or another ordinary Spanish word ("Sopa de Lima", "Torta Ahogada"): a phrase of Spanish
 * words, a dish's or a thing's name. "Rosa Parks", "Simone de Beauvoir" open with a given name.
 */
export function spanishOpening(name: string): boolean {
  const words = name.split(/\s+/u);
  const [first = '', second = ''] = words;
  if (words.length < 2 || isGivenName(first) || !isSpanishWord(first)) return false;
  return SPANISH_LINKS.has(second) || (isSpanishWord(second) && !isGivenName(second));
}

// Code's words: a name, a dot and a file's extension or a member ("CA.pl", "A.x"), not a web
// domain's ending; a name with a lower-case letter, a dot and one capital ("Filecoder.C"), not
// initials without their last dot ("L.A", "D.C"); a class of exception or error ("IndexError").
const CODE_MEMBER = /^\p{L}[\p{L}\d_-]*\.[a-z]{1,4}$/u;
const CODE_VARIANT = /^\p{L}[\p{L}\d_-]*\p{Ll}[\p{L}\d_-]*\.\p{Lu}$/u;
const WEB_DOMAIN =
  /\.(?:com|org|net|edu|gov|info|biz|io|co|uk|us|de|fr|es|it|nl|ca|au|tv|fm|me|ai|app|dev)$/u;
const CODE_CLASS = /^\p{Lu}[\p{L}\d]*\p{Ll}(?:Error|Exception)$/u;

/** Whether a one-word name is written as code ("CA.pl", "A.x", "IndexError"), no web domain. */
export function codeName(name: string): boolean {
  if (/\s/u.test(name)) return false;
  return (
    (CODE_MEMBER.test(name) && !WEB_DOMAIN.test(name)) ||
    CODE_VARIANT.test(name) ||
    CODE_CLASS.test(name)
  );
}

const PEOPLE_HEADS = new Set(['people', 'peoples', 'persons']);

/**
 * English: whether a name of ordinary words (ordinaryPhrase's words) ends in "People", "Peoples"
 * or "Persons" ("Indigenous Peoples", "Granting Indigenous Peoples"): a kind of people.
 */
export function peoplePhrase(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2 || !PEOPLE_HEADS.has(foldName(words.at(-1) as string))) return false;
  return words.slice(0, -1).every((w) => ordinaryEnglishWord(foldName(w)));
}

/**
 * Whether a currency's sign or an amount written with thousands follows `end` at once ("US|$171
 * million", "Rs| 42,900", "Rs.| 1,200"): the name before is a currency's code. Not a time or a
 * score with decimals: results tables write "GER 69.50".
 */
export function currencyBefore(text: string, end: number): boolean {
  return /^(?:\$|\.?\s?\d{1,3}(?:,\d{3})+(?![\d.]))/u.test(text.slice(end, end + 16));
}

// Heads of a law's, a rule's, a principle's or a theory's name ("Dodd-Frank Act", "COPPA Rule",
// "Fair Information Practice Principles", "Path-Goal Model").
const LAW_HEADS_EN = new Set(
  (
    'act acts rule rules principle principles practices doctrine amendment treaty model theory ' +
    'theorem directive regulation regulations'
  ).split(' '),
);

/** Whether a name of two words or more ends in a law's head (LAW_HEADS_EN: "COPPA Rule"). */
export function lawHeadLast(name: string): boolean {
  const words = name.split(/\s+/u);
  const last = words.at(-1) as string;
  // Capitalised: "Australian rules" (football) names no rule.
  return words.length >= 2 && INITIAL_CAPITAL.test(last) && LAW_HEADS_EN.has(last.toLowerCase());
}

// Spanish and French heads that open a law's, a doctrine's, a theory's or a survey's name,
// folded ("Ley de Medios", "Doctrina de Seguridad Nacional", "Relevamiento Provincial de
// Aprendizajes", "Code civil", "Traité de Versailles"). Not the heads that also open a body's name:
// "Programa Mundial de Alimentos", "Plan International", "Acuerdo de Cartagena", "Pacte civil".
const LAW_HEADS_FIRST: Record<string, Set<string>> = {
  es: new Set(
    (
      'ley leyes doctrina teoria decreto reglamento estatuto codigo tratado relevamiento ' +
      'encuesta censo principio'
    ).split(' '),
  ),
  fr: new Set(
    'loi lois doctrine theorie decret reglement code traite principe enquete recensement'.split(
      ' ',
    ),
  ),
};

// Spanish and French kinds of body a country has many of, folded (kindAlone): a body's head noun
// alone ("la Federación", "la Intendencia"), no name.
const BODY_KINDS: Record<string, Set<string>> = {
  es: new Set(
    (
      'federacion confederacion asociacion fundacion comision comite agencia universidad camara ' +
      'facultad ministerio secretaria subsecretaria intendencia municipalidad cooperativa ' +
      'sindicato empresa compania sociedad oficina direccion gerencia'
    ).split(' '),
  ),
  fr: new Set(
    (
      'federation confederation association fondation commission comite agence universite chambre ' +
      'faculte ministere secretariat intendance cooperative syndicat entreprise compagnie ' +
      'societe direction'
    ).split(' '),
  ),
};
// A definite article (or "de", "a" joined to it) right before a name.
const DEFINITE_BEFORE: Record<string, RegExp> = {
  es: /(?<![\p{L}\p{M}])(?:la|el|del|al)\s+$/iu,
  fr: /(?<![\p{L}\p{M}])(?:la|le|du|au|l\s*['’])\s*$/iu,
};

/**
 * Spanish or French: whether a one-word name is a kind of body (BODY_KINDS) and a definite
 * article stands before each of its mentions ("la Federación").
 */
export function kindAlone(
  name: string,
  text: string,
  inText: readonly { start: number }[],
  lang: string,
): boolean {
  const base = lang.slice(0, 2);
  const before = DEFINITE_BEFORE[base];
  return (
    before !== undefined &&
    !/\s/u.test(name) &&
    !!BODY_KINDS[base]?.has(foldName(name)) &&
    everyMention(inText, (m) => before.test(text.slice(Math.max(0, m.start - 8), m.start)))
  );
}

/**
 * Spanish or French: whether a name of two words or more opens with a law's, a doctrine's or a
 * survey's head (LAW_HEADS_FIRST), capitalised: "Doctrina de Seguridad Nacional", "Ley Sinde",
 * "Code du travail". The head goes first in these languages, the name after it.
 */
export function lawHeadFirst(name: string, lang: string): boolean {
  const words = name.split(/\s+/u);
  const first = words[0] as string;
  return (
    words.length >= 2 &&
    INITIAL_CAPITAL.test(first) &&
    !!LAW_HEADS_FIRST[lang.slice(0, 2)]?.has(foldName(first))
  );
}

/**
 * Whether capitalised words ending in a law's head follow `end`, up to three of them ("Dodd-Frank|
 * Act", "Fair Information| Practice Principles"), or a bracket of capitalised words closing with
 * one ("COPPA| (Children Online Privacy Protection Act)").
 */
export function lawHeadAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 120);
  const m =
    /^\s(?:\p{Lu}[\p{L}-]*\s){0,3}(\p{Lu}\p{Ll}+)(?![\p{L}-]|\s\p{Lu})/u.exec(after) ??
    /^\s\((?:\p{Lu}[\p{L}-]*\s){1,8}(\p{Lu}\p{Ll}+)\)/u.exec(after);
  return m !== null && LAW_HEADS_EN.has((m[1] as string).toLowerCase());
}

/**
 * Whether "Act" or "Acts" follows `end` at once, closing the capitalised words ("Dodd-Frank|
 * Act", "Glass-Steagall| Act"), or a law's name in brackets ending so: the name is a law's.
 */
export function actAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 120);
  return (
    /^\sActs?(?![\p{L}\p{M}-]|\s\p{Lu})/u.test(after) ||
    // Its acronym before the law's name in brackets: "COPPA (Children Online Privacy Protection Act)".
    /^\s\((?:\p{Lu}[\p{L}-]*\s){1,8}Acts?\)/u.test(after)
  );
}

// A French verb of the second person plural in capitals: three letters or more, then "EZ".
const CAPS_VERB_FR = /^\p{Lu}{3,}EZ$/u;

/**
 * French: a word in capitals that is a verb of the second person plural ("DONNEZ", "VOTEZ"), which
 * the text never writes with a capital initial only: a town or a surname in "-ez" of a headline
 * in capitals is written so elsewhere ("RODEZ" and "le club de Rodez").
 */
export function frenchCapsVerb(name: string, text: string): boolean {
  if (!CAPS_VERB_FR.test(name)) return false;
  const title = `${name.slice(0, 1)}${name.slice(1).toLowerCase()}`;
  return !new RegExp(`(?<![\\p{L}\\p{M}])${title}(?![\\p{L}\\p{M}])`, 'u').test(text);
}

/** Two folded words, a place the language's training text knows and a Roman numeral ("dublin ii"). */
export function placeNumbered(words: readonly string[], lang: string): boolean {
  return (
    words.length === 2 &&
    /^[ivx]+$/u.test(words[1] as string) &&
    trainedNameType(words[0] as string, lang) === 'LOC'
  );
}

/** A word in Title Case, a hyphen and an acronym of two to five capitals ("Keystone-ATS"). */
export function acronymTail(name: string): boolean {
  return /^\p{Lu}\p{Ll}+-\p{Lu}{2,5}$/u.test(name);
}

/**
 * Whether the line around `start`-`end` is mostly set in capitals (a headline, a dateline
 * "JAKARTA 1996-08-22", a banner): there a place's name is written so.
 */
export function capsLine(text: string, start: number, end: number): boolean {
  const line = text.slice(...lineBounds(text, start, end));
  let words = 0;
  let caps = 0;
  for (const w of line.match(/\p{L}{2,}/gu) ?? []) {
    words++;
    if (w === w.toUpperCase()) caps++;
  }
  return caps * 2 > words;
}

// English adverbs opening a sentence, read as names: "Usually", "Literally", "Rhetorically"
// (a suffix of manner after three letters or more: not "Sally", "Italy", "Sicily", "Kelly").
const ADVERB_EN =
  /^\p{Lu}\p{Ll}{2,}(?:ally|ously|ively|edly|ingly|fully|lessly|ently|antly|ably|ibly)$/u;

/** At least two words besides link words (CONNECTORS), each of them `ordinary`. */
function ordinaryWords(name: string, ordinary: (w: string) => boolean): boolean {
  let capitals = 0;
  for (const w of name.split(/\s+/)) {
    if (CONNECTORS.has(w) || w === '&') continue;
    if (!ordinary(w)) return false;
    capitals++;
  }
  return capitals >= 2;
}

/** allCorpusLower: at least two capitalised words, all ordinary, the rest link words (CONNECTORS). */
function titleCaseOrdinary(name: string, lang: string): boolean {
  return ordinaryWords(
    name,
    (w) => INITIAL_CAPITAL.test(w) && commonWordBand(w, lang) === 'mostly',
  );
}

/**
 * headingCase: at least two capitalised words, link words aside (CONNECTORS), each written in
 * lower case in the text (`lower`) or mostly so in the language, none often a name there
 * (commonWordBand 'often': "Grant", "Bill") or a name of the training text ("Mark", "Smith").
 * A label on a line of its own (`label`) may hold words often in names too ("Information").
 */
function titleCaseHeading(
  name: string,
  lang: string,
  lower: () => Set<string>,
  label = false,
): boolean {
  // English: a word the dictionary writes only in lower case counts as well ("Free Printable
  // Artwork", "Keeper Camera", "Help Menu"), where the corpus lists and the page lack it; a
  // label whose last word is a body's or a place's head stays a name ("Health Ministry").
  const dictionary =
    lang.slice(0, 2) === 'en' &&
    !(label && NAME_HEADS_EN.has(foldName(name.split(/\s+/).pop() ?? '')));
  return ordinaryWords(name, (w) => {
    if (!TITLE_CASE_WORD.test(w)) return false;
    const f = foldName(w);
    const band = commonWordBand(f, lang);
    if (trainedNameType(f, lang) || (band === 'often' && !label)) return false;
    return band !== undefined || lower().has(f) || (dictionary && isEnglishWord(w));
  });
}

/**
 * On a page in another language, a person of two or more words in Title Case, each an English
 * common word, no word of the page's language's lists nor a name ("Coming Soon",
 * "Know How", "Cross Compliance", "Senior Manager Digital Marketing" on German pages): English
 * loan terms, labels and titles, no one's name. The page's own common words do not tell them
 * (German's lists hold German words).
 */
export function englishPhrase(name: string, lang: string): boolean {
  if (lang.slice(0, 2) === 'en') return false;
  return ordinaryWords(name, (w) => {
    if (!TITLE_CASE_WORD.test(w)) return false;
    const f = foldName(w);
    if (trainedNameType(f, 'en') || trainedNameType(f, lang)) return false;
    return commonWordBand(f, 'en') === 'mostly' && commonWordBand(f, lang) === undefined;
  });
}

/**
 * On a page in another language, a person of two or more words in Title Case (link words aside),
 * each a word the English dictionary writes only in lower case (isEnglishWord), none a name of the
 * English or the page's training text nor a word of the page's language's lists: "Acrobat Reader"
 * on a French page, "Guitar Guru", "Repair Hammer", "Chunky Cardigans" on German ones; product
 * names, labels and titles. englishPhrase reads only the English training text's words, too few
 * for them.
 */
export function dictionaryPhrase(name: string, lang: string): boolean {
  if (lang.slice(0, 2) === 'en') return false;
  let english = 0;
  const ordinary = ordinaryWords(name, (w) => {
    if (!TITLE_CASE_WORD.test(w)) return false;
    const f = foldName(w);
    if (trainedNameType(f, 'en') || trainedNameType(f, lang)) return false;
    const band = commonWordBand(f, lang);
    if (band === undefined && lowerCaseEnglishWord(w)) {
      english++;
      return true;
    }
    // Beside English words, one the page's language mostly writes in lower case ("Social
    // Choice" on a French page): a title in English.
    return band === 'mostly';
  });
  return ordinary && english > 0;
}

/**
 * How a capitalised word of a Spanish name is written outside names: 'dictionary' (the dictionary
 * writes it in lower case only and the corpus lists lack it), 'mostly' or 'often' (the corpus
 * lists, common-words.ts), or undefined (a name: the training text's, or unknown).
 */
function spanishWordKind(w: string): 'dictionary' | 'mostly' | 'often' | undefined {
  if (!TITLE_CASE_WORD.test(w)) return undefined;
  const f = foldName(w);
  if (trainedNameType(f, 'es')) return undefined;
  const band = commonWordBand(f, 'es');
  if (band) return band;
  return isSpanishWord(w) ? 'dictionary' : undefined;
}

/**
 * Spanish: a name of two or more words in Title Case (link words aside), each a word the language
 * writes in lower case (the corpus lists' 'mostly' or 'often') or a noun or an adjective the
 * Spanish dictionary writes only so (isSpanishWord), one at least from the dictionary, none a
 * name of the training text: "Fluidez Lectora", "Soltera Otra Vez", "Aguas Gaseosas"; a
 * programme's, a section's or a show's title, no one's name. The corpus lists alone hold too few
 * such words (titleCaseOrdinary), and a word they list as 'often' ("aguas") is often a name's
 * only beside other names.
 */
export function spanishPhrase(name: string): boolean {
  let dictionary = false;
  return (
    ordinaryWords(name, (w) => {
      const kind = spanishWordKind(w);
      if (kind === 'dictionary') dictionary = true;
      return kind !== undefined;
    }) && dictionary
  );
}

/**
 * Spanish: whether a name is one word the dictionary writes in lower case only ("Pasteleros"): an
 * ordinary word. (Names of two words of such words are persons' too: "Loreto Aravena".)
 */
function ordinarySpanishName(name: string): boolean {
  return !/\s/u.test(name) && spanishWordKind(name) === 'dictionary';
}

/**
 * Spanish: a one-word place the KB does not know, a noun or an adjective the dictionary writes
 * only in lower case and the training text never as a name ("Matemática", "Alterno"): a school
 * subject, a label, no place. The caller keeps one half of whose mentions or more follow a
 * preposition of place ("en Tibás": "tibe" is a word too) or a lower-case noun and "de" ("la zona
 * de Centurión"), where a place is named; "en" also opens a subject ("puesto en Matemática"),
 * so one such mention of three does not. Persons are left out (surnames are often words: the dictionary
 * lists the ones it knows capitalised, not all), and organisations (the institution a common
 * noun names: "Congreso", "Ejército").
 */
function spanishDictionaryPlace(
  e: Entity,
  kbType: Entity['type'] | undefined,
  lang: string,
): boolean {
  return (
    lang.slice(0, 2) === 'es' &&
    e.type === 'LOC' &&
    kbType === undefined &&
    !/\s/u.test(e.name) &&
    spanishWordKind(e.name) === 'dictionary'
  );
}

/**
 * How a capitalised word of a French name is written outside names: 'dictionary' (the French
 * dictionary writes it in lower case only and the corpus lists lack it), 'mostly' or 'often' (the
 * corpus lists, common-words.ts), or undefined (a name: the training text's, or unknown).
 */
function frenchWordKind(w: string): 'dictionary' | 'mostly' | 'often' | undefined {
  if (!TITLE_CASE_WORD.test(w)) return undefined;
  const f = foldName(w);
  if (trainedNameType(f, 'fr')) return undefined;
  const band = commonWordBand(f, 'fr');
  if (band) return band;
  return isFrenchWord(w) ? 'dictionary' : undefined;
}

/**
 * French: a name of two or more words in Title Case (link words aside), each a word the language
 * writes in lower case (the corpus lists' 'mostly' or 'often') or a noun or an adjective the
 * French dictionary writes only so (isFrenchWord), one at least from the dictionary, none a name
 * of the training text: "Stylos Rouges" (a movement), a heading or a label, no one's name. The
 * dictionary lists the surnames it knows capitalised ("Faure", "Lefebvre"); those it lacks
 * ("Petit", "Blanc") stand beside a given name, which is no dictionary word.
 */
export function frenchPhrase(name: string): boolean {
  let dictionary = false;
  return (
    ordinaryWords(name, (w) => {
      const kind = frenchWordKind(w);
      if (kind === 'dictionary') dictionary = true;
      return kind !== undefined;
    }) && dictionary
  );
}

/**
 * French: a one-word place the KB does not know, a noun or an adjective the dictionary writes only
 * in lower case and the training text never as a name ("Morgue", "Barreau", "Carnaval",
 * "Passacaille"): a common noun capitalised, no place. The caller keeps one half of whose mentions
 * or more follow a preposition of place ("à Cancale") or a lower-case noun and a bare "de" ("la
 * ligne de Baud"): a place is named without an article, a common noun with one ("régime du
 * Caudillo", "à la Morgue").
 */
function frenchDictionaryPlace(
  e: Entity,
  kbType: Entity['type'] | undefined,
  lang: string,
): boolean {
  return (
    lang.slice(0, 2) === 'fr' &&
    e.type === 'LOC' &&
    kbType === undefined &&
    !/\s/u.test(e.name) &&
    frenchWordKind(e.name) === 'dictionary'
  );
}

/**
 * French: a one-word person the KB does not know, a noun the dictionary writes only in lower case,
 * every mention of which is followed by another such word in lower case ("Carton jaune pour
 * Paul Nardi"): a noun and its adjective, no surname; a surname is followed by its verb ("Dubois a
 * répondu"). The caller keeps one no longer name holds ("Melvin Bard") nor a title opens ("M.
 * Cornet"): the surnames the dictionary lacks ("Boulanger", "Mercier") are written so.
 */
function frenchNounPhrasePerson(
  e: Entity,
  text: string,
  inText: readonly { end: number }[],
  lang: string,
): boolean {
  return (
    lang.slice(0, 2) === 'fr' &&
    e.type === 'PER' &&
    !/\s/u.test(e.name) &&
    inText.length > 0 &&
    frenchWordKind(e.name) === 'dictionary' &&
    inText.every((m) => {
      const next = /^[ \u00a0]+(\p{Ll}[\p{L}\p{M}]*)/u.exec(text.slice(m.end, m.end + 40))?.[1];
      return next !== undefined && isFrenchWord(next);
    })
  );
}

// A French determiner just before a name: an article, a contraction, a demonstrative or a
// possessive ("l'", "le ", "du ", "ce ", "son ").
const DETERMINER_FR =
  /(?<![\p{L}\p{M}])(?:[Ll]\s*['’]\s*|(?:le|la|les|du|des|au|aux|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|votre)\s+)$/u;

/**
 * French: a capitalised word the language writes in lower case: one the dictionary lists so, or
 * one the corpus lists mostly or often find in lower case ("Union", "Conseil", "Concerto"), a
 * name of the training text or not.
 */
function frenchLowerWord(name: string): boolean {
  if (!TITLE_CASE_WORD.test(name)) return false;
  return isFrenchWord(name) || commonWordBand(foldName(name), 'fr') !== undefined;
}

/**
 * Whether a hyphen, with a blank or none either side, joins the mention at `start`-`end` to a
 * letter outside it ("Paul-|Emile", "Baud|-Bovy"): the span cut inside a hyphened word. A dash
 * (–, —) is no hyphen: it sets names apart ("Arosa – Lausanne").
 */
export function hyphenJoined(text: string, start: number, end: number): boolean {
  return (
    /[\p{L}\p{M}] ?[-‐] ?$/u.test(text.slice(Math.max(0, start - 4), start)) ||
    /^ ?[-‐] ?[\p{L}\p{M}]/u.test(text.slice(end, end + 4))
  );
}

// "selon" or "d'après" just before a name: the source of what is said.
const SOURCE_CUE_FR = /(?<![\p{L}\p{M}])(?:selon|d['’]après)\s+$/iu;

// A lower-case word and a bare "de" or "d'" just before a name ("la ligne de ", "hôpital d'").
const AFTER_BARE_DE = /\p{Ll}[\p{L}\p{M}]*\s+(?:de\s+|d\s*['’]\s*)$/u;

// Last words that make English common words a body's or a place's name ("Human Rights Watch",
// "Air Force", "Home Office", "Golden Gate Park", "Silicon Valley"): such names are kept.
const NAME_HEADS_EN = new Set(
  (
    'watch force forces office party council agency bank group network alliance foundation ' +
    'institute association union service services guard navy army court committee commission ' +
    'board fund trust society club league federation corporation company airlines airways ' +
    'records studios press times news post journal review police department ministry bureau ' +
    'authority organization organisation church school college university academy centre ' +
    'center lab labs systems industries motors energy media entertainment pictures films music ' +
    'band orchestra theatre theater museum gallery hospital clinic project initiative campaign ' +
    'movement front congress assembly parliament senate house exchange partners capital ' +
    'park street square island islands valley hill hills bay beach lake river mountain ' +
    'mountains falls bridge tower gate road avenue lane coast harbour harbor port city town ' +
    'field fields garden gardens forest desert sea ocean canyon reef point heights springs creek'
  ).split(' '),
);

/**
 * On a page in another language, a place or an organisation of English common words
 * (englishPhrase) whose last word is no body's or place's head (NAME_HEADS_EN): a loan term or a
 * title ("Green Economy", "Real Life", "Tiny Houses", "Walking Dead" on German pages).
 */
export function englishTermNotName(name: string, lang: string): boolean {
  const last = name.split(/\s+/).pop() ?? '';
  return englishPhrase(name, lang) && !NAME_HEADS_EN.has(foldName(last));
}

// English words a heading in Title Case leaves in lower case ("The Best Cheap SSDs for 2020").
const MINOR_WORDS_EN = new Set(
  'a an the and or nor but for of to in on at by with from as vs via per into onto over up off than'.split(
    ' ',
  ),
);

/**
 * Whether the line around `start`-`end` is a heading or a label in Title Case, not a sentence: two
 * words or more and at most fifteen, every word of letters capitalised but English minor words
 * ("The Best Cheap SSDs for 2020", "Remove Axis Labels & Ticks of ggplot2 Plot"); words with a
 * digit ("ggplot2") do not count. A line with a semicolon is a citation or a list, no heading.
 */
export function titleCaseLine(text: string, start: number, end: number): boolean {
  const line = text.slice(...lineBounds(text, start, end));
  // A semicolon parts a citation or a list ("Minister on Stage; Daily Nation (Barbados); Mar 20").
  if (line.includes(';')) return false;
  const words = (line.match(/[\p{L}\d][\p{L}\p{M}\d'’-]*/gu) ?? []).filter((w) => !/\d/u.test(w));
  if (words.length < 2 || words.length > 15) return false;
  return words.every((w) => MINOR_WORDS_EN.has(w) || INITIAL_CAPITAL.test(w));
}

// A plural acronym: "SSDs", "FAQs", "GPUs", "NGOs".
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/**
 * English: a name of two words or more, link words aside, each an ordinary word (the language
 * mostly or often writes it in lower case, or the article does in some form: lowerForm; or a
 * plural acronym), the last no body's or place's head (NAME_HEADS_EN: "Great Western Council",
 * "Harvard Law School" are names): what a heading in Title Case is made of.
 */
export function headingWords(name: string, lower: () => Set<string>): boolean {
  const last = name.split(/\s+/).pop() ?? '';
  if (NAME_HEADS_EN.has(foldName(last))) return false;
  return ordinaryWords(name, (w) => {
    if (PLURAL_ACRONYM.test(w)) return true;
    if (!TITLE_CASE_WORD.test(w)) return false;
    const f = foldName(w);
    return commonWordBand(f, 'en') !== undefined || lowerForm(f, lower());
  });
}

/**
 * Whether the text writes a folded English word in lower case, as it is or in another form: its
 * singular or plural ("Labels" and "label"), its stem ("Configuring" and "configure",
 * "Flowering" and "flower").
 */
export function lowerForm(f: string, lower: ReadonlySet<string>): boolean {
  if (lower.has(f)) return true;
  const stems = [f.replace(/(?:es|s)$/u, ''), f.replace(/s$/u, ''), `${f}s`];
  const verb = /^(.{3,}?)(?:ing|ed)$/u.exec(f)?.[1];
  if (verb) stems.push(verb, `${verb}e`, `${verb}s`, `${verb}es`);
  return stems.some((x) => x !== f && lower.has(x));
}

// English sentence adverbs and connectives, which open a sentence capitalised ("Moreover, it
// …"): a closed class, no one's name.
const CONNECTIVES_EN = new Set(
  (
    'moreover furthermore however nevertheless nonetheless meanwhile therefore thus hence ' +
    'otherwise likewise similarly additionally consequently accordingly instead besides indeed ' +
    'whereas overall firstly secondly thirdly lastly finally hopefully basically essentially ' +
    'ultimately alternatively conversely notably importantly interestingly unfortunately ' +
    'fortunately surprisingly undoubtedly arguably admittedly incidentally regardless'
  ).split(' '),
);
// A file name: a word and a file extension ("TSNE.java", "setup.py"; not "Node.js", a project), or
// a build file's name ("Dockerfile", "Makefile", "Gemfile").
const FILE_NAME =
  /^[\p{L}\d_-]+\.(?:java|py|pyc|ipynb|ts|tsx|jsx|c|h|cpp|hpp|cs|go|rs|rb|php|sh|bat|json|xml|ya?ml|toml|md|txt|html?|css|csv|ini|cfg|conf|lock|log|sql|kt|swift|jar|zip|gz|tar|exe|dll|pdf|docx?|xlsx?|pptx?|png|jpe?g|gif|svg)$/u;
const BUILD_FILE = /^\p{Lu}\p{Ll}+file$/u;

// Initialisms of things, not bodies ("DNA evidence", "a SWAT team", "raise VAT", "l'ADN", "el IVA"):
// a closed class the tagger reads as organisations from their shape alone. Only forms no body
// or place commonly goes by ("AI", "IT" yes; "PR", "ER", "NGO" no). Case-sensitive.
const TERM_ACRONYMS_ANY = new Set(
  (
    'DNA RNA HIV AIDS TV HDTV DVD GPS SUV ATM USB LED LCD CPU GPU RAM SMS PDF URL HTML HTTP VPN ' +
    'API WiFi CO2 COVID SARS MERS LGBT LGBTQ LGBTQ+ MRI ICU PhD MBA UFO VIP DIY GMT UTC ISBN'
  ).split(' '),
);
const TERM_ACRONYMS: Record<string, Set<string>> = {
  en: new Set(
    (
      'VAT GDP GNP IPO CEO CFO COO CTO DUI DWI SWAT PC IQ HQ RSVP FAQ PTSD ADHD STD STI GMO AI ' +
      'IT MVP FYI LOL LMAO ROFL OMG BTW IMHO TBH ASAP TLDR TODO WTF'
    ).split(' '),
  ),
  fr: new Set(
    'TVA PIB PDG ADN VIH SIDA SMIC CDI CDD HLM SDF IVG IRM PME TPE CSG RTT QG OGM IA'.split(' '),
  ),
  es: new Set('IVA PIB ADN VIH SIDA IRPF IBI ERE PYME IA'.split(' ')),
  de: new Set('MwSt BIP DNS KI PKW LKW Pkw Lkw Kfz EDV'.split(' ')),
};

/** An initialism of a thing, not a body ("DNA", "VAT", "TVA", "IVA"): no name (termShape). */
function termAcronym(name: string, lang: string): boolean {
  return TERM_ACRONYMS_ANY.has(name) || !!TERM_ACRONYMS[lang.slice(0, 2)]?.has(name);
}

/**
 * A one-word name shaped as a term (termShape): a plural acronym ("SSDs", "FAQs"), a file name
 * ("TSNE.java", "Dockerfile"), an initialism of a thing ("DNA", "VAT", "TVA") or, in English, a connective opening every sentence it is in
 * ("Moreover,", "Similarly,").
 */
export function termShape(name: string, lang: string, sentenceInitial: boolean): boolean {
  if (/\s/u.test(name)) return false;
  if (PLURAL_ACRONYM.test(name) || FILE_NAME.test(name) || BUILD_FILE.test(name)) return true;
  if (termAcronym(name, lang)) return true;
  return lang.slice(0, 2) === 'en' && sentenceInitial && CONNECTIVES_EN.has(name.toLowerCase());
}

/**
 * Whether `word` is written in lower case in the text as a word of its own: not inside a link, a
 * path or a file name ("django-admin", "python.org", "/usr/bin/emacs" do not count).
 */
export function writtenLowerAsWord(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word || !/^\p{L}+$/u.test(lower)) return false;
  for (let i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + lower.length] ?? ' ';
    const next = text[i + lower.length + 1] ?? ' ';
    if (/[\p{L}\p{N}./_@\\-]/u.test(before)) continue;
    if (/[\p{L}\p{N}/_@\\-]/u.test(after)) continue;
    if (after === '.' && /[\p{L}\p{N}]/u.test(next)) continue;
    return true;
  }
  return false;
}

/** The lower-case words of a text, folded ("état" from "l'état"), for the capitalisation evidence. */
export function lowerCaseWords(text: string): Set<string> {
  // Each word written once, then folded: a text repeats its words.
  const written = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)) written.add(m[0]);
  const out = new Set<string>();
  for (const w of written) out.add(foldName(w));
  return out;
}

// What may stand before a sentence's first word: an opening quote, bracket or dash.
const OPENERS = /["'“”«»„‘’([\-–—•*\s]/u;

// A lower-case word, then "of" or "de" (or d'), just before a name.
const AFTER_OF =
  /\p{Ll}[\p{L}\p{M}]*[\s,]+(?:of|de|del|du|des|di|da|von|van)\s+$|\p{Ll}[\p{L}\p{M}]*\s+d\s*['’]\s*$/u;

/** Whether the text before `at` ends with a lower-case word and "of"/"de" ("residencia oficial de "). */
export function followsOf(text: string, at: number): boolean {
  return AFTER_OF.test(text.slice(Math.max(0, at - 40), at));
}

/** Whether the text at `at` opens a sentence, a line or the text (any word is capitalised there). */
export function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && OPENERS.test(text[i] as string)) {
    if (text[i] === '\n') return true;
    i--;
  }
  if (i < 0) return true;
  return /[.!?…:;]/u.test(text[i] as string);
}

// Months and days of the week in the four languages, folded; their English abbreviations and
// plurals ("Nov", "Sundays") and the time zones that follow a date line ("UTC", "PDT").
const CALENDAR = new Set(
  (
    'feb apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri ' +
    'mondays tuesdays wednesdays thursdays fridays saturdays sundays ' +
    'utc gmt pdt pst edt est cdt cst mdt mst cet cest bst mez mesz ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre ' +
    'lunes martes miercoles jueves viernes sabado domingo ' +
    'januar februar marz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag'
  ).split(' '),
);
// Plural demonyms: "Americans", "Britons", "Parisiens", "Suisses", "Français", "mexicanos".
const DEMONYM =
  /^\p{Lu}\p{Ll}+(?:ans|ons|ese|ians|iens|iennes|ains|aines|ois|oises|ais|aises|sses|anos|anas|enses|eses|inos|eños|aner|ener)$/u;

function isAllCaps(name: string): boolean {
  return name === name.toUpperCase() && name !== name.toLowerCase() && !ACRONYM.test(name);
}

// Prepositions of place, and honorifics or titles, just before a name (four languages).
const PLACE_CUE =
  /(?<![\p{L}\p{M}])(?:à|au|aux|en|in|at|from|near|into|desde|hacia|hasta|nach|aus|bei|im)\s+$/iu;
const PERSON_CUE =
  /(?<![\p{L}\p{M}])(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs|Ms|Dr|Sr|Sra|Srta|Don|Doña|Herr|Frau|Me|Mgr|général|general|président|presidente|president|ministre|ministro|minister|sénateur|senator|capitaine|colonel|abbé|docteur|maître|baron|comte|duc|prince|roi|rey|king|queen|reina|reine|madame|monsieur|señor|señora|sir|lord|lady)\s*\.?\s+$/iu;

// German titles and roles, compounds included ("Papst", "Bundeskanzlerin", "Tesla-Chef"): the
// titles find-mentions trims off a person.
const PERSON_CUE_DE =
  /(?<![\p{L}\p{M}])(?:Herr|Frau|Papst|Kardinal|Pater|[\p{L}-]*(?:[Pp]räsident|[Mm]inister|[Kk]anzler|[Ss]precher|[Dd]irektor|[Bb]ürgermeister|[Tt]rainer|[Bb]otschafter|[Cc]hef|[Pp]farrer|[Bb]ischof|[Pp]rofessor|[Ss]enator)(?:in)?)\s+$/u;

// What may stand between a number and a name ("3 - ", "24 , ", "1. "), and blanks.
const NUMBER_TO_NAME = new Set([...' \t\n\r\u00a0.,:;()-–—']);
const BLANKS = new Set([...' \t\n\r\u00a0']);
const LETTER = /[\p{L}\p{M}]/u;

/** Whether a number, then at most punctuation, ends the 6 characters before `at` ("3 - Brasil"). */
function followsNumber(text: string, at: number): boolean {
  const stop = Math.max(0, at - 6);
  let i = at - 1;
  while (i >= stop && NUMBER_TO_NAME.has(text[i] as string)) i--;
  const c = text.charCodeAt(i);
  return i >= stop && c >= 48 && c <= 57;
}

// Words that give a name just before it ("unofficially known as CREEP", "dubbed", "called").
const NAMED_AS_EN = /(?:known as|called|dubbed|named|nicknamed)\s+["“']?$/u;

/**
 * English: whether a lower-case indefinite article stands just before `at` ("a Torta Ahogada",
 * "with a Nissan Latio motor car"), not opening a sentence.
 */
export function afterIndefiniteEn(text: string, at: number): boolean {
  // The slice reaches a letter before the article: "Pakistan\n\nSaeed Anwar" has none.
  return /(?<![\p{L}\p{M}])an?[ \t]+$/u.test(text.slice(Math.max(0, at - 8), at));
}

/**
 * Whether a lower-case word follows the name that ends at `end`: the name a noun's modifier ("a
 * Saeed Anwar century", "a Jacques-Louis David portrait", "a Payton Pritchard layup"), a
 * person's name used so as well as a thing's.
 */
export function nounAfter(text: string, end: number): boolean {
  return /^\s+\p{Ll}{2,}/u.test(text.slice(end, end + 12));
}

/**
 * English: a person's name of two words or more that opens with no given name (given-names.ts;
 * a hyphened pair of capitalised names, "Jacques-Louis", counts as one): "Torta Ahogada",
 * "Nissan Latio"; "Scott Meadows", "Payton Pritchard" open with one.
 */
export function noGivenNameFirst(name: string): boolean {
  const words = name.split(/\s+/u);
  const first = words[0] ?? '';
  return words.length >= 2 && !isGivenName(first) && !/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(first);
}

/** Whether a bare "a" and blanks stand just before `at` ("a Madrid", "a Cannavaro"). */
function followsBareA(text: string, at: number): boolean {
  let i = at - 1;
  if (!BLANKS.has(text[i] as string)) return false;
  while (i >= 0 && BLANKS.has(text[i] as string)) i--;
  if (text[i] !== 'a' && text[i] !== 'A') return false;
  return i === 0 || !LETTER.test(text[i - 1] as string);
}

// An article, then one lower-case word, just before a name ("la firme ", "l'agence ", "the company ").
const NOUN_BEFORE =
  /(?<![\p{L}\p{M}])(?:[Tt]he|[Aa]n?|[Ll][ea]s?|[Ll]|[Uu]ne?|[Ee]l|[Ll]os|[Uu]na|[Dd]er|[Dd]ie|[Dd]as|[Ee]ine?)\s*['’]?\s*(\p{Ll}[\p{L}\p{M}-]*)\s+$/u;
// "(" just after a capitalised word: "Pérez (", "Smith ( ".
const BRACKET_AFTER_NAME = /\p{Lu}[\p{L}\p{M}.'-]*\s*\(\s*$/u;

function nounBefore(text: string, at: number): boolean {
  const m = NOUN_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return false;
  return !PERSON_CUE.test(`${m[1]} `);
}

// Words a name of several words may hold in lower case: particles and joining words (four languages).
const NAME_PARTICLES = new Set(
  (
    "de du des d d' d’ la le les l l' l’ del y e i van von der den ter ten zu zum zur al el of the " +
    'and et und für fur di da do dos das bin ibn ben bint san sur en aux au à upon on at for'
  ).split(' '),
);
// An honorific as written inside a name: "M.", "MM.", "Mme", "Mr", "Dr" (with or without its dot).
const INNER_HONORIFIC = /^(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs|Ms|Dr|Sr|Sra|Herr|Frau|Mgr)\.?$/u;
// Punctuation no name holds inside it, and a full stop after a word of three letters or more.
const INNER_PUNCT = /[,;:()«»"“”<>|[\]{}!?]|\p{L}{3,}\s*\.\s+\p{Lu}/u;

/**
 * Whether a name of several words holds what no name does: punctuation, an honorific after its
 * first word, or (a person) a lower-case word that is no particle: names run together.
 */
export function innerNoise(name: string, type: Entity['type']): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  const inner = name.trim().slice(1, -1);
  if (INNER_PUNCT.test(inner)) return true;
  if (words.slice(1).some((w) => INNER_HONORIFIC.test(w))) return true;
  return (
    type === 'PER' &&
    words.slice(1).some((w) => INITIAL_LOWER.test(w) && !NAME_PARTICLES.has(w.toLowerCase()))
  );
}

// Lower-case words a name of several words may hold: particles and prepositions (four languages).
const NAME_LINKS = new Set([
  ...NAME_PARTICLES,
  ...'am im an auf bei ob vom vor in aus unter über to a an upon over under sans without'.split(
    ' ',
  ),
]);

const LOWER_CASE_WORD = /^\p{Ll}+$/u;

/**
 * A name of several words with a word in lower case letters that is no particle or preposition
 * ("Association rules", "Redonda tree lizard"), or (`firstOnly`) opening with one
 * ("sozialdemokratische Partei Attayar"): German text quotes French and Spanish institutions, whose
 * inner words are in lower case ("Académie des sciences", "Front populaire"). Words with a capital,
 * a dot or an apostrophe are not read ("d'Orsay", "e.V.", "iPhone").
 */
export function lowerWordInside(name: string, firstOnly = false): boolean {
  const words = name.split(/\s+/);
  const lower = (w: string): boolean => LOWER_CASE_WORD.test(w) && !NAME_LINKS.has(w);
  return words.length > 1 && (firstOnly ? lower(words[0] as string) : words.some(lower));
}

// Prefixes after which a capital inside a surname is regular: McDonald, MacArthur, DiCaprio, LeBron.
const CAMEL_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O)\p{Lu}/u;
// A sign that is no letter, digit, hyphen, apostrophe, dot or ampersand.
const ODD_SIGN = /[<>|\\^~_=*#%§{}[\]]/u;

/**
 * Whether a word of the name is shaped as an OCR misreading: a sign no name holds, or (a person
 * or a place) a capital after a lower-case letter ("AmiralCourbcl") or two capitals then lower
 * case ("VOuiedo"). Companies are left out of the shapes: YouTube, JPMorgan.
 */
export function ocrShape(name: string, type: Entity['type']): boolean {
  if (ODD_SIGN.test(name)) return true;
  if (type === 'ORG') return false;
  return name
    .split(/[\s-]+/)
    .some(
      (w) => (/\p{Ll}\p{Lu}/u.test(w) && !CAMEL_PREFIX.test(w)) || /^\p{Lu}{2}\p{Ll}{2,}/u.test(w),
    );
}

function shareOf<T>(items: readonly T[], f: (x: T) => boolean): number {
  return items.length ? Math.round((items.filter(f).length / items.length) * 100) / 100 : 0;
}

/**
 * Whether the gazetteer or the KB has `name` as written, up to folding, or as an acronym: not by
 * a transliteration key alone ("Oma" is no name of Oman's).
 */
function namedAsWritten(name: string): boolean {
  if (getGazetteer().get(normalizeKey(name)) !== undefined) return true;
  const kb = getKb();
  const acronym = acronymOf(name);
  if (acronym && kb.byAcronym.has(acronym)) return true;
  // A KB name written with the same letters, case aside: its folded form alone also matches
  // another language's name stripped of its accents (German "Oma", Portuguese "Omã", Oman).
  const lower = name.toLocaleLowerCase();
  return (kb.byName.get(foldedName(name)) ?? []).some((i) =>
    allNames(kb.entries[i] as KbEntry).some((n) => n.toLocaleLowerCase() === lower),
  );
}

/** The confidence evidence of each entity of a text. */
export function confidenceEvidence(
  entities: readonly Entity[],
  text: string,
  lang = 'en',
): ConfidenceEvidence[] {
  let lower: Set<string> | null = null;
  const listTypes = listNeighbourTypes(entities, text);
  const lowerWords = (): Set<string> => (lower ??= lowerCaseWords(text));
  let shop: boolean | null = null;
  const shoppingList = (): boolean => (shop ??= isShoppingList(text));
  // Every entity's name, for the genitives of names (German).
  const entityNames = new Set(entities.map((e) => e.name));
  // Every other entity's names, as folded word sequences padded with spaces.
  const names = entities.map(
    (e) => new Set(e.mentions.map((m) => ` ${nameWords(foldName(m.text)).join(' ')} `)),
  );
  // The entities whose longer names hold this one's words.
  const holders = (i: number, words: string[]): Entity[] => {
    const key = ` ${words.join(' ')} `;
    return entities.filter(
      (_, j) =>
        j !== i &&
        [...(names[j] as Set<string>)].some((n) => n.length > key.length && n.includes(key)),
    );
  };
  const base = lang.slice(0, 2);
  const sports = entities.length > 0 && sportsText(text, lang);
  const personEnds = new Set(
    entities.flatMap((e) => (e.type === 'PER' ? e.mentions.map((m) => m.end) : [])),
  );
  const entityEnds = new Set(entities.flatMap((e) => e.mentions.map((m) => m.end)));
  // Whether `re` matches the `width` characters of the text just before a mention.
  const cueBefore =
    (re: RegExp, width: number) =>
    (m: { start: number }): boolean =>
      re.test(text.slice(Math.max(0, m.start - width), m.start));
  const placeCueAt = cueBefore(PLACE_CUE, 12);
  // Spanish: "el", "del" or "al" just before a one-word name ("El Madrid jugará"): a club's.
  const clubArticleBefore = cueBefore(/(?<![\p{L}\p{M}])(?:el|del|al)\s+$/iu, 5);
  let sportsDeText: boolean | null = null;
  const sportsDe = (): boolean => (sportsDeText ??= germanSportsText(text));
  // The persons' names, for a text that writes surnames in capitals (capsSurnameWord).
  const personNames = entities.flatMap((e) => (e.type === 'PER' ? [e.name] : []));
  // Their surnames, folded: the last word of each name of two words or more (coinedFromPerson).
  let surnames: string[] | null = null;
  const personSurnames = (): string[] =>
    (surnames ??= personNames.flatMap((n) => {
      const parts = nameWords(foldName(n));
      return parts.length >= 2 ? [parts[parts.length - 1] as string] : [];
    }));
  let goalSportsFr: boolean | null = null;
  const goalSports = (): boolean => (goalSportsFr ??= goalSportsText(text));
  let sportsEnText: boolean | null = null;
  const sportsEn = (): boolean => (sportsEnText ??= englishSportsText(text));
  // The list neighbours that are names, not ordinary words themselves ("Pasteleros y Aguas
  // Gaseosas": a trade listed beside a trade, both read as persons).
  let namedLists: Map<number, Set<string>> | null = null;
  const namedListTypes = (): Map<number, Set<string>> =>
    (namedLists ??= listNeighbourTypes(
      entities.filter((x) => !ordinarySpanishName(x.name)),
      text,
    ));
  let codeTextCache: boolean | null = null;
  const programText = (): boolean => (codeTextCache ??= codeText(text));
  // The text's words of programs, counted once for both their uses.
  let softwareCounts: [hits: number, lower: number] | undefined;
  const programCounts = () => (softwareCounts ??= softwareWords(text));
  const programWords = (): number => programCounts()[0];
  const softwareEn = (): boolean => softwareShare(programCounts());
  let codeListCache: boolean | undefined;
  const codeList = (): boolean => (codeListCache ??= codesAfterNames(text) >= CODE_LIST_AT_LEAST);
  let productsEs: boolean | null = null;
  const products = (): boolean => (productsEs ??= productText(text));
  let orgLists: Map<number, Set<string>> | null = null;
  const orgNeighbours = (): Map<number, Set<string>> =>
    (orgLists ??= listNeighbourTypes(
      entities,
      text,
      base === 'fr' ? LIST_JOIN_ARTICLE_FR : LIST_JOIN_ARTICLE_ES,
      10,
    ));
  // German: where every entity's mentions start and end (nounCoordinatedDe), built once.
  let edges: Set<number> | null = null;
  const mentionEdges = (): Set<number> =>
    (edges ??= new Set(entities.flatMap((x) => x.mentions.flatMap((m) => [m.start, m.end]))));
  return entities.map((e, i) => {
    const words = nameWords(foldName(e.name));
    const first = e.name.split(/\s+/)[0] ?? '';
    const kbType = knownNameType(e, base);
    // Spanish and French: a person's initials ("PPK", "JOH", merge-mentions personByInitials)
    // stand in headlines and without the cues a name has: evidence of nothing about the name.
    const initials = e.type === 'PER' ? personInitialsKey(words) : null;
    const spelled = (m: { text: string }): boolean =>
      (base === 'es' || base === 'fr') &&
      initials !== null &&
      PERSON_INITIALS.test(m.text) &&
      foldName(m.text) === initials;
    const inText = e.mentions.filter((m) => text.slice(m.start, m.end) === m.text && !spelled(m));
    const sentenceInitial = everyMention(inText, (m) => opensSentence(text, m.start));
    const fragment = fragmentOf(e, words.length > 0 ? holders(i, words) : []);
    const german =
      base === 'de'
        ? germanEvidence(e, inText, text, sportsDe(), kbType === undefined, mentionEdges)
        : undefined;
    // One object literal without spreads: each spread made V8 define every later field of this
    // literal one by one, in a dictionary (a quarter of findEntities' time). A field that the
    // entity does not have is undefined, which JSON and the features read as absent.
    return {
      known: kbType === e.type,
      knownOtherType: kbType !== undefined && kbType !== e.type,
      country: e.type === 'LOC' && getGazetteer().has(normalizeKey(e.name)),
      words: words.length,
      mentions: e.mentions.length,
      lowerInText: words.length === 1 && lowerWords().has(words[0] as string),
      type: e.type,
      acronym: ACRONYM.test(e.name),
      margin: e.margin,
      commonNoun:
        words.length === 1 &&
        (isCommonNoun(e.name, lang) ||
          DEGREE.test(e.name) ||
          (base === 'en' && ADVERB_EN.test(e.name))),
      sentenceInitial,
      allCaps: isAllCaps(e.name),
      firstWordCommon:
        words.length > 1 &&
        INITIAL_CAPITAL.test(first) &&
        (isCommonNoun(first, lang) || lowerWords().has(foldName(first))),
      calendar: words.length > 0 && words.every((w) => CALENDAR.has(w)),
      demonym: words.length === 1 && DEMONYM.test(e.name),
      odd: /\d/.test(e.name) || e.name.replace(/[^\p{L}]/gu, '').length <= 2,
      fragment: fragment.fragment,
      fragmentOfOther: fragment.fragmentOfOther,
      afterOf: everyMention(inText, (m) => followsOf(text, m.start)),
      clubArticle: lang === 'es' && everyMention(inText, clubArticleBefore),
      clubArticleShare: lang === 'es' ? shareOf(inText, clubArticleBefore) : 0,
      frArticleWord:
        base !== 'fr'
          ? undefined
          : kbType === undefined && words.length === 1 && frenchLowerWord(e.name)
            ? shareOf(inText, cueBefore(DETERMINER_FR, 8))
            : 0,
      frHyphenCut:
        base === 'fr' ? shareOf(inText, (m) => hyphenJoined(text, m.start, m.end)) : undefined,
      frLineBreakCut: base === 'fr' ? lineBreakCut(e.name) : undefined,
      frDictionaryWord:
        base === 'fr'
          ? kbType === undefined && words.length === 1 && frenchWordKind(e.name) === 'dictionary'
          : undefined,
      corpusLower: (words.length === 1 && commonWordBand(e.name, lang)) || undefined,
      firstCorpusLower: words.length > 1 && commonWordBand(first, lang) === 'mostly',
      dictionaryWord:
        (spanishDictionaryPlace(e, kbType, lang) &&
          shareOf(inText, (m) => placeCueAt(m) || followsOf(text, m.start)) < 0.5) ||
        (frenchDictionaryPlace(e, kbType, lang) &&
          shareOf(inText, (m) => placeCueAt(m) || cueBefore(AFTER_BARE_DE, 40)(m)) < 0.5) ||
        (kbType === undefined &&
          words.length === 1 &&
          frenchNounPhrasePerson(e, text, inText, lang) &&
          holders(i, words).length === 0 &&
          !inText.some(cueBefore(PERSON_CUE, 14))) ||
        (base === 'en' &&
          words.length === 1 &&
          kbType === undefined &&
          TITLE_CASE_WORD.test(e.name) &&
          commonWordBand(e.name, lang) === undefined &&
          !trainedNameType(words[0] as string, lang) &&
          isEnglishWord(e.name) &&
          // A club named by an ordinary word in a sports report ("Eagles", "Wasps"): left to the model.
          !(e.type === 'ORG' && sportsEn())),
      allCorpusLower: e.type === 'PER' && words.length > 1 && titleCaseOrdinary(e.name, lang),
      shopPlace: e.type === 'LOC' && kbType !== 'LOC' && shoppingList() && !inText.some(placeCueAt),
      lowerAsWord:
        (base === 'en' ? e.type !== 'ORG' : base === 'de' && e.type === 'LOC') &&
        words.length === 1 &&
        kbType === undefined &&
        TITLE_CASE_WORD.test(e.name) &&
        commonWordBand(e.name, lang) !== 'often' &&
        !trainedNameType(words[0] as string, lang) &&
        writtenLowerAsWord(text, e.name),
      headingCase:
        words.length > 1 &&
        (e.type === 'PER'
          ? titleCaseHeading(e.name, lang, lowerWords) || englishPhrase(e.name, lang)
          : (e.type === 'ORG' &&
              everyMention(inText, (m) => aloneOnLine(text, m.start, m.end)) &&
              titleCaseHeading(e.name, lang, lowerWords, true)) ||
            englishTermNotName(e.name, lang)),
      dictionaryPhrase:
        e.type === 'PER' &&
        words.length > 1 &&
        (dictionaryPhrase(e.name, lang) ||
          (((base === 'es' && spanishPhrase(e.name)) || (base === 'fr' && frenchPhrase(e.name))) &&
            // A name listed beside a person's, or after a title, is a person's ("Loreto Aravena
            // y Pancha Merino", "la señora Rosa Leal").
            !inText.some((m) => namedListTypes().get(m.start)?.has('PER')) &&
            !inText.some(cueBefore(PERSON_CUE, 14)) &&
            // French: a name after "selon" or "d'après" is a statement's source, a person's or a
            // body's ("selon Kriss Graffiti").
            !(base === 'fr' && inText.some(cueBefore(SOURCE_CUE_FR, 10))))),
      capsPlace:
        e.type === 'LOC' &&
        kbType === undefined &&
        CAPS_WORD.test(e.name) &&
        inText.length > 0 &&
        !inText.some(
          (m) =>
            !aloneOnLine(text, m.start, m.end) &&
            (capsLine(text, m.start, m.end) || opensSentence(text, m.start)),
        ),
      germanNoun:
        base === 'de' &&
        !/\s/u.test(e.name) &&
        (germanCommonNoun(e.name, e.type) ||
          // An English loan; a place only where no mention follows a preposition of place
          // ("in Split", a town; "in Matches", "White Passing").
          (kbType === undefined &&
            TITLE_CASE_WORD.test(e.name) &&
            englishLoanWord(e.name) &&
            (e.type !== 'LOC' || !inText.some(placeCueAt))) ||
          (e.type === 'LOC' && kbType === undefined && germanCompoundTail(e.name, text)) ||
          (e.type === 'LOC' && kbType === undefined && germanThingNoun(e.name)) ||
          (e.type === 'LOC' &&
            kbType === undefined &&
            DICTIONARY_NOUNS_DE &&
            germanHyphenNoun(e.name)) ||
          // Declined as a noun, and no German training text reads it as a name ("Rheinlande").
          (e.type === 'LOC' &&
            kbType === undefined &&
            !trainedNameType(words[0] as string, 'de') &&
            inflectedPairDe(e.name, text)) ||
          (e.type === 'LOC' &&
            kbType === undefined &&
            (listedGermanNoun(e.name, lang) || (DICTIONARY_NOUNS_DE && dictionaryNounDe(e.name))) &&
            !inText.some(cueBefore(SETTLEMENT_BEFORE_DE, 14)))),
      germanTerm:
        base === 'de' &&
        GERMAN_TERMS &&
        kbType === undefined &&
        e.type !== 'PER' &&
        !/\s/u.test(e.name) &&
        (germanNounInText(e.name, text, (w) => dictionaryNounDe(w) || isGermanNoun(w)) ||
          germanTermAcronymWord(e.name) ||
          germanAcronymTerm(e.name, text)),
      timesNoun: base === 'de' && everyMention(inText, (m) => timesNounDe(text, m.start, m.end)),
      determinerNoun:
        base === 'de' &&
        !/\s/u.test(e.name) &&
        !namedAsWritten(e.name) &&
        determinerNounDe(e.name, text),
      adjectiveHead: base === 'de' && e.type === 'PER' && germanAdjectiveHead(e.name),
      nounHead: base === 'de' && e.type === 'PER' && germanNounHead(e.name),
      genitiveNoun: base === 'de' && e.type === 'PER' && germanGenitiveNoun(e.name, text),
      genitiveOfOther: base === 'de' && genitiveOf(e.name, entityNames),
      brokenSpan: brokenSpan(e.name),
      phraseHead:
        base === 'de' &&
        germanPhraseHead(e.name) &&
        everyMention(inText, cueBefore(PHRASE_PREPOSITION_DE, 9)),
      lowerInside:
        e.type !== 'PER' &&
        (base === 'en' || base === 'de') &&
        lowerWordInside(e.name, base === 'de'),
      placeCue: shareOf(inText, placeCueAt),
      personCue: shareOf(
        inText,
        base === 'de'
          ? (m) => cueBefore(PERSON_CUE, 14)(m) || cueBefore(PERSON_CUE_DE, 32)(m)
          : cueBefore(PERSON_CUE, 14),
      ),
      nounBefore: shareOf(inText, (m) => nounBefore(text, m.start)),
      bracketAfterName: shareOf(inText, cueBefore(BRACKET_AFTER_NAME, 30)),
      numberBefore: shareOf(inText, (m) => followsNumber(text, m.start)),
      trainedType: trainedTypeOf(e, words, lang),
      // A bare "a" means what the four languages read it as; elsewhere it is an article
      // (Portuguese "a Argentina").
      afterA: LANGS.includes(base) ? shareOf(inText, (m) => followsBareA(text, m.start)) : 0,
      listOther: shareOf(inText, (m) => {
        const types = listTypes.get(m.start);
        return types !== undefined && !types.has(e.type);
      }),
      innerNoise: innerNoise(e.name, e.type),
      ocrShape: ocrShape(e.name, e.type),
      institution: e.type === 'ORG' && institutionName(e.name, lang),
      sports,
      bracketAfterPerson: shareOf(inText, (m) => bracketAfter(text, m.start, personEnds)),
      headingLine:
        base === 'en' &&
        kbType === undefined &&
        words.length > 1 &&
        everyMention(
          inText,
          (m) => titleCaseLine(text, m.start, m.end) || aloneOnLine(text, m.start, m.end),
        ) &&
        headingWords(e.name, lowerWords),
      labelWord:
        base === 'en' &&
        kbType === undefined &&
        words.length === 1 &&
        TITLE_CASE_WORD.test(e.name) &&
        !trainedNameType(words[0] as string, lang) &&
        everyMention(inText, (m) => aloneOnLine(text, m.start, m.end)) &&
        lowerForm(words[0] as string, lowerWords()),
      termAcronym:
        (base === 'de' &&
          kbType === undefined &&
          e.type !== 'PER' &&
          ACRONYM_DE.test(e.name) &&
          inText.some((m) => germanTermAcronym(text, m.start))) ||
        (base === 'es' &&
          kbType === undefined &&
          ACRONYM.test(e.name) &&
          inText.some((m) => spanishLawAcronym(text, m.start))) ||
        (base === 'en' &&
          kbType === undefined &&
          ACRONYM.test(e.name) &&
          inText.length > 0 &&
          // Defined once by its lower-case expansion, the acronym is a term wherever it stands
          // ("a repeating fast radio burst (FRB)", then "an FRB emerged").
          // So is one that someone owns ("his new EP.", then "the EP allowed").
          (inText.some(
            (m) => acronymDefinedLower(text, m.start, m.end) || acronymOwned(text, m.start, m.end),
          ) ||
            inText.every((m) => acronymTerm(text, m.start, m.end)))),
      expandedTerm:
        base === 'en' &&
        kbType === undefined &&
        e.type !== 'PER' &&
        inText.length > 0 &&
        (acronymDefinedTermIn(text, e.name) ||
          inText.some((m) => termExpansion(text, m.start, m.end))),
      programName:
        base === 'en' &&
        kbType === undefined &&
        e.type !== 'PER' &&
        words.length === 1 &&
        !isCountryName(e.name) &&
        (languageNamedIn(text, e.name) ||
          (programWords() >= PROGRAM_TEXT_WORDS &&
            (programNamedIn(text, e.name) ||
              inText.some((m) => programListed(text, m.start, m.end, e.name))))),
      wikiTemplate: /^Infobox\s/u.test(e.name),
      joinedPlaceCut:
        base === 'en' && everyMention(inText, (m) => joinedPlace(text, m.start, m.end)),
      thingHead:
        (base === 'en' &&
          e.type !== 'LOC' &&
          kbType === undefined &&
          words.length > 1 &&
          thingHead(e.name)) ||
        (base === 'de' &&
          e.type !== 'PER' &&
          kbType === undefined &&
          germanEventName(e.name, e.type)),
      possessiveBodyCut:
        base === 'en' &&
        e.type !== 'PER' &&
        kbType === undefined &&
        words.length > 1 &&
        ordinaryOrInflected(words[words.length - 1] as string) &&
        everyMention(inText, (m) => possessiveBodyAfter(text, m.end)),
      capsHeading:
        base === 'en' &&
        kbType === undefined &&
        words.length > 1 &&
        isAllCaps(e.name) &&
        ordinaryPhrase(e.name),
      phoneKind:
        base === 'en' &&
        kbType === undefined &&
        everyMention(inText, (m) =>
          PHONE_BRACKET_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)),
        ),
      roleTitle: base === 'en' && kbType === undefined && e.type !== 'PER' && roleOfPhrase(e.name),
      makerProduct:
        base === 'en' &&
        e.type === 'ORG' &&
        ((kbType === undefined && makerProductName(e.name)) ||
          (words.length === 1 && everyMention(inText, (m) => productAfterMaker(text, m.end)))),
      bodyNameCutAnd:
        base === 'en' &&
        kbType === undefined &&
        everyMention(inText, (m) => bodyNameGoesOnAnd(text, m.end)),
      placeInBodyName:
        base === 'en' &&
        e.type === 'LOC' &&
        everyMention(inText, (m) => bodyOfBefore(text, m.start)),
      creditSource:
        base === 'en' &&
        e.type === 'LOC' &&
        kbType === undefined &&
        !isCountryName(e.name) &&
        everyMention(inText, (m) => creditSourceAt(text, m.start)),
      termPhrase:
        base === 'en' &&
        (e.type === 'ORG' || e.type === 'LOC') &&
        kbType === undefined &&
        inText.length > 0 &&
        termInLower(e.name, text),
      settingLabel:
        base === 'en' &&
        kbType === undefined &&
        everyMention(inText, (m) => settingLine(text, m.start, m.end)),
      landName:
        base === 'en' &&
        e.type === 'ORG' &&
        everyMention(inText, (m) => landformAfter(text, m.end)),
      vehicleModel:
        base === 'en' &&
        e.type === 'PER' &&
        kbType === undefined &&
        everyMention(inText, (m) => vehicleAfter(text, m.end)),
      initialsOnly: e.type === 'PER' && kbType === undefined && INITIALS_ONLY.test(e.name),
      versioned:
        inText.length > 0 &&
        (e.type !== 'PER'
          ? inText.filter((m) =>
              versionAfter(text, m.end, base === 'en' || (base === 'de' && e.type !== 'LOC')),
            ).length *
              2 >=
            inText.length
          : base === 'en' &&
            kbType === undefined &&
            inText.filter((m) => productAfter(text, m.end)).length * 2 >= inText.length),
      inCode: everyMention(inText, (m) => codeLine(text, m.start, m.end)),
      userHandle: everyMention(inText, (m) => userHandle(text, m.start)),
      shareLine: everyMention(inText, (m) => shareLine(text, m.start, m.end)),
      articlePerson:
        base === 'es' &&
        e.type === 'PER' &&
        kbType !== 'PER' &&
        words.length >= 2 &&
        everyMention(inText, (m) => articleBefore(text, m.start)),
      venuePerson:
        (base === 'es' || base === 'fr') &&
        e.type === 'PER' &&
        kbType !== 'PER' &&
        everyMention(inText, (m) => venueNounBefore(text, m.start, base)),
      bracketedAfterWord:
        base === 'es' &&
        e.type === 'LOC' &&
        kbType === undefined &&
        !isCountryName(e.name) &&
        everyMention(inText, (m) => bracketAfterWord(text, m.start, m.end)),
      memberOf:
        (base === 'es' || base === 'fr') &&
        e.type === 'PER' &&
        kbType !== 'PER' &&
        everyMention(inText, (m) => roleOfBefore(text, m.start, base)),
      codeTextName:
        kbType === undefined &&
        ((e.type === 'LOC' && !STATES.includes(e.name) && !isCountryName(e.name)) ||
          (e.type === 'ORG' &&
            ACRONYM.test(e.name) &&
            !inText.some((m) => listTypes.get(m.start)?.has('ORG')))) &&
        programText(),
      softwareName:
        base === 'en' &&
        kbType === undefined &&
        ((e.type === 'LOC' && !STATES.includes(e.name) && !isCountryName(e.name)) ||
          (e.type === 'ORG' &&
            words.length === 1 &&
            !inText.some(
              (m) => listTypes.get(m.start)?.has('ORG') || affiliationOf(text, m.start, personEnds),
            ))) &&
        softwareEn(),
      givenNameCut: e.type === 'PER' && everyMention(inText, (m) => givenNameBefore(text, m.start)),
      bodyNameCut:
        base === 'en' &&
        kbType === undefined &&
        (e.type === 'ORG' || e.type === 'LOC') &&
        words.length > 1 &&
        endsInBodyHead(e.name) &&
        everyMention(
          inText,
          // A place after "X and" is a list's second place ("Santa Clara and Santa Clara
          // Convention Center"), no body's name begun before it.
          (m) =>
            bodyNameGoesOn(text, m.end) || (e.type === 'ORG' && bodyNameBegunBefore(text, m.start)),
        ),
      // A place before a number is a state before its postcode ("Santa Cruz, CA 95064").
      identifierLabel:
        e.type !== 'LOC' &&
        kbType === undefined &&
        ACRONYM.test(e.name) &&
        everyMention(inText, (m) => identifierAfter(text, m.end)),
      personsJoined: e.type === 'PER' && /\p{L}\.?\s*,\s*\p{Lu}/u.test(e.name),
      placeCode:
        base === 'en' &&
        kbType === undefined &&
        inText.length > 0 &&
        (/^\p{Lu}{3}$/u.test(e.name)
          ? inText.some((m) => codeAfterName(text, m.start, m.end))
          : e.type !== 'LOC' &&
            inText.every((m) => {
              const at = m.end + 2;
              return text.slice(m.end, at) === ' (' && codeAfterName(text, at, at + 3);
            })) &&
        codeList(),
      germanNotName:
        base === 'de' &&
        kbType === undefined &&
        (everyMention(inText, (m) => elidedCompoundDe(text, m.start, m.end)) ||
          germanGenitiveNounEnd(e.name) ||
          (e.type === 'PER' && germanPlaceAdjectiveKind(e.name)) ||
          (e.type === 'ORG' && germanNounBody(e.name)) ||
          (e.type !== 'PER' && germanMassNoun(e.name)) ||
          (e.type === 'PER' && DICTIONARY_NOUNS_DE && germanHyphenNoun(e.name)) ||
          (e.type === 'PER' && germanShopHead(e.name)) ||
          (e.type === 'PER' && germanBodyCompoundInPerson(e.name)) ||
          (e.type === 'PER' && germanGenitiveNounFirst(e.name)) ||
          (e.type === 'PER' && germanNameThenNoun(e.name, text)) ||
          (e.type === 'PER' && germanPossessiveThenNoun(e.name, text)) ||
          (e.type !== 'PER' && germanLawShort(e.name)) ||
          (e.type === 'PER' && inText.some((m) => germanInitialsAfter(e.name, text, m.end))) ||
          germanFemininePluralEnd(e.name) ||
          (e.type === 'PER' && germanEventCompoundEnd(e.name)) ||
          germanDocumentTitle(e.name) ||
          germanNounsOnly(e.name, e.type) ||
          (e.type !== 'PER' && germanNounOfPlace(e.name)) ||
          (e.type !== 'PER' && germanEnglishTerm(e.name)) ||
          everyMention(inText, (m) => germanVesselName(e.name, text, m.start)) ||
          germanDativeAdjectiveFirst(e.name) ||
          (e.type !== 'PER' &&
            everyMention(inText, (m) => germanNounListItem(e.name, text, m.start, m.end))) ||
          (e.type !== 'PER' &&
            everyMention(inText, (m) => germanDativePlural(e.name, text, m.start))) ||
          (e.type !== 'PER' && inText.some((m) => germanCapsSurname(e.name, text, m.end))) ||
          (e.type !== 'PER' &&
            everyMention(inText, (m) => germanGospelCited(e.name, text, m.end))) ||
          (e.type !== 'PER' &&
            ACRONYM_DE.test(e.name) &&
            everyMention(inText, (m) => germanInclusiveAcronym(text, m.end))) ||
          (e.type !== 'PER' &&
            ACRONYM_DE.test(e.name) &&
            inText.some((m) => germanTermExpandedAfter(text, m.end))) ||
          (e.type !== 'PER' && inText.some((m) => germanCitedAuthor(text, m.start, m.end))) ||
          (e.type !== 'PER' && germanDeclinedDuplicate(e.name, text)) ||
          (e.type === 'ORG' && germanAndTheLike(e.name)) ||
          (e.type !== 'PER' &&
            everyMention(inText, (m) => germanAuthorsYear(e.name, text, m.end))) ||
          (e.type !== 'PER' && GERMAN_ABBREVIATION.test(e.name)) ||
          (e.type !== 'PER' &&
            ACRONYM_DE.test(e.name) &&
            inText.some((m) => lawCitedDe(text, m.start)))),
      journalTitle:
        e.type === 'PER' &&
        kbType === undefined &&
        everyMention(inText, (m) => journalSlot(text, m.end)),
      termList:
        base === 'en' &&
        kbType === undefined &&
        everyMention(inText, (m) => termListLine(text, m.start, m.end)),
      labelTerm:
        base === 'en' &&
        kbType === undefined &&
        e.type !== 'PER' &&
        inText.some((m) => labelOpening(text, m.start, m.end)) &&
        ordinaryPhrase(e.name),
      indefinitePerson:
        base === 'en' &&
        e.type === 'PER' &&
        kbType === undefined &&
        noGivenNameFirst(e.name) &&
        everyMention(inText, (m) => afterIndefiniteEn(text, m.start) && !nounAfter(text, m.end)),
      labelList:
        base === 'en' &&
        kbType === undefined &&
        everyMention(inText, (m) => labelListLine(text, m.start, m.end)),
      quotedTitle:
        base === 'en' &&
        e.type !== 'ORG' &&
        kbType === undefined &&
        everyMention(inText, (m) => quotedWhole(text, m.start, m.end)),
      titleFragment:
        base === 'en' &&
        kbType === undefined &&
        everyMention(inText, (m) => titleQuoteAround(text, m.start, m.end)),
      verbInside: base === 'en' && kbType === undefined && verbInName(e.name),
      spanishDish:
        base === 'en' && e.type === 'PER' && kbType === undefined && spanishOpening(e.name),
      kindName:
        base === 'es' &&
        e.type === 'ORG' &&
        kbType === undefined &&
        words.length === 1 &&
        !ACRONYM.test(e.name) &&
        commonWordBand(e.name, lang) === 'often',
      spanishBodyCut:
        base === 'es' &&
        e.type === 'ORG' &&
        kbType === undefined &&
        inText.length > 0 &&
        ((lowerCaseSpanishWords(e.name) &&
          // A body's own head opens a body's name: "(Libro del) Grupo Interamericano de Editores".
          !spanishBodyHead(first) &&
          !GROUP_HEADS_ES.has(first.toLowerCase()) &&
          inText.every((m) => spanishBodyBegunBefore(text, m.start))) ||
          (words.length > 1 && inText.every((m) => spanishBodyGoesOn(text, m.end)))),
      codeWord: kbType === undefined && codeName(e.name),
      peopleNoun: base === 'en' && kbType === undefined && peoplePhrase(e.name),
      currencyCode: e.name.length <= 3 && everyMention(inText, (m) => currencyBefore(text, m.end)),
      lawName:
        base === 'en' &&
        kbType === undefined &&
        (lawHeadLast(e.name) ||
          everyMention(inText, (m) => lawHeadAfter(text, m.end)) ||
          // Named once with its "Act", a law goes by its short name after ("the Dodd-Frank
          // Act was …", then "Dodd-Frank created"): not a place's name ("the Lisbon Treaty").
          (e.type !== 'LOC' && inText.some((m) => actAfter(text, m.end)))),
      lawHeadFirst:
        (base === 'es' || base === 'fr') && kbType === undefined && lawHeadFirst(e.name, base),
      kindAlone:
        (base === 'es' || base === 'fr') &&
        e.type === 'ORG' &&
        kbType === undefined &&
        kindAlone(e.name, text, inText, base),
      quotedWork:
        (base === 'es' || base === 'fr') &&
        everyMention(inText, (m) => quotedWholeSpaced(text, m.start, m.end)) &&
        ((kbType === undefined && e.type !== 'ORG') ||
          inText.some((m) => yearAfterQuote(text, m.end))),
      stockIndex:
        (base === 'es' || base === 'fr') &&
        e.type !== 'PER' &&
        kbType === undefined &&
        inText.some((m) => stockIndexAt(text, m.start, base)),
      departmentOfRole:
        base === 'es' &&
        e.type === 'ORG' &&
        kbType === undefined &&
        words.length > 1 &&
        spanishPhrase(e.name) &&
        everyMention(inText, (m) => departmentRoleBefore(text, m.start)),
      verbBeforeInfinitive:
        base === 'es' &&
        kbType === undefined &&
        words.length === 1 &&
        everyMention(
          inText,
          (m) =>
            opensSentence(text, m.start) &&
            /^\s+al?\s+\p{Ll}{2,}(?:ar|er|ir)(?:l[aeo]s?|se|me|te|nos)?(?![\p{L}\p{M}])/u.test(
              text.slice(m.end, m.end + 40),
            ),
        ),
      termShape: termShape(e.name, lang, sentenceInitial),
      rowLabel: kbType === undefined && words.length === 1 && rowLabel(text, inText),
      tableCell: kbType === undefined && tableCellLabel(e.name, text, inText),
      coinedName:
        base === 'fr' &&
        e.type !== 'PER' &&
        kbType === undefined &&
        words.length === 1 &&
        coinedFromPerson(foldName(e.name), personSurnames()),
      capsWordLower:
        kbType === undefined &&
        capsWord(e.name) &&
        (writtenLowerAsWord(text, e.name) ||
          (base === 'en' &&
            isEnglishWord(e.name) &&
            !trainedNameType(foldName(e.name), lang) &&
            !inText.some((m) => NAMED_AS_EN.test(text.slice(Math.max(0, m.start - 16), m.start))))),
      capsVerb:
        base === 'fr' &&
        e.type !== 'PER' &&
        kbType === undefined &&
        words.length === 1 &&
        !trainedNameType(words[0] as string, lang) &&
        frenchCapsVerb(e.name, text),
      placeNumbered: e.type === 'PER' && kbType === undefined && placeNumbered(words, lang),
      acronymTail: e.type === 'LOC' && kbType === undefined && acronymTail(e.name),
      capsSurname:
        base === 'en' &&
        e.type === 'ORG' &&
        kbType === undefined &&
        inText.length > 0 &&
        !inText.some((m) => capsLine(text, m.start, m.end)) &&
        capsSurnameWord(e.name, personNames),
      planet: base === 'en' && kbType === undefined && planetNotName(e.name, e.type, text),
      roleAlone: kbType === undefined && roleAlone(e.name, lang),
      rankArticle:
        base === 'es' &&
        kbType === undefined &&
        everyMention(inText, (m) => rankWithArticle(text, m.start, m.end)),
      orgAbbreviation:
        base === 'es' &&
        e.type === 'PER' &&
        kbType === undefined &&
        words.length === 1 &&
        everyMention(inText, (m) => bracketedAbbreviation(text, m.start, m.end, personEnds)),
      orgListPerson:
        (base === 'es' || base === 'fr') &&
        e.type === 'PER' &&
        kbType === undefined &&
        (words.length === 1
          ? everyMention(inText, (m) => {
              const types = orgNeighbours().get(m.start);
              return types !== undefined && types.has('ORG') && !types.has('PER');
            })
          : base === 'fr' && frenchListFirm(e.name, inText, orgNeighbours())),
      ordinalPerson:
        base === 'es' && e.type === 'PER' && words.length > 1 && ORDINALS_ES.has(foldName(first)),
      productPerson:
        base === 'es' &&
        e.type === 'PER' &&
        kbType === undefined &&
        words.length === 1 &&
        holders(i, words).length === 0 &&
        !inText.some(cueBefore(PERSON_CUE, 14)) &&
        products(),
      coordinatedTail:
        base === 'es' &&
        e.type !== 'PER' &&
        kbType === undefined &&
        words.length === 1 &&
        !trainedNameType(words[0] as string, 'es') &&
        everyMention(inText, (m) => coordinatedTail(text, m.start)),
      placeHead: e.type === 'PER' && placeHeadPerson(e.name, lang),
      nameTail:
        e.type === 'LOC' && (base === 'es' || base === 'fr')
          ? shareOf(inText, (m) => tailOfName(text, m.start, entityEnds))
          : 0,
      teamCue: e.type === 'LOC' ? shareOf(inText, (m) => teamCueBefore(text, m.start, lang)) : 0,
      placeNoun: shareOf(inText, (m) => placeNounBefore(text, m.start, lang)),
      // Spanish only: the one language whose weight is fitted (the other languages' dev sets
      // would move their cross-fitted figures for a weight of 0 shipped).
      firmTail: e.type === 'PER' && base === 'es' && firmTailPerson(e.name),
      schoolName:
        base === 'fr' &&
        e.type !== 'ORG' &&
        kbType === undefined &&
        (schoolNamed(text, e.name) ||
          (personNamedPlace(e.name) && everyMention(inText, cueBefore(PUPILS_OF_FR, 24)))),
      firmPerson:
        base === 'fr' &&
        kbType === undefined &&
        ((e.type === 'PER' &&
          (firmTailPerson(e.name) ||
            LEGAL_FORM_FR.test(e.name) ||
            everyMention(inText, (m) => firmCue(text, m.start, m.end)) ||
            (words.length === 1 &&
              !isGivenName(e.name) &&
              everyMention(
                inText,
                (m) =>
                  cueBefore(CHEZ_BEFORE_FR, 6)(m) &&
                  CHEZ_NAME_ENDS_FR.test(text.slice(m.end, m.end + 10)),
              )))) ||
          (e.type === 'LOC' &&
            everyMention(
              inText,
              (m) => cueBefore(CHEZ_BEFORE_FR, 6)(m) || cueBefore(FIRM_DEALINGS_BEFORE_FR, 24)(m),
            ))),
      sportsPlace:
        base === 'fr' &&
        e.type === 'LOC' &&
        goalSports() &&
        !inText.some(placeCueAt) &&
        !inText.some((m) => bracketAfter(text, m.start, personEnds)),
      dePlaceWord: german?.dePlaceWord,
      deLandmark: german?.deLandmark,
      deSports: german?.deSports,
      deInPlace: german?.deInPlace,
      deClubWord: german?.deClubWord,
      deLexiconNoun: german?.deLexiconNoun,
      deNounCoordinated: german?.deNounCoordinated,
      dePersonNounLast: german?.dePersonNounLast,
      deNotPerson: german?.deNotPerson,
      enNotName:
        base === 'en'
          ? englishNotName(e.name, e.type, text, inText, kbType !== undefined)
          : undefined,
      lang,
      typeShare: e.typeShare,
      otherTagged: e.otherTagged || undefined,
      // A span that is, word for word, a name of several words the KB gives this entity has
      // its edges confirmed: "Secretary of State Antony Blinken" lost no word of the name.
      edge: e.edge !== undefined && kbFullName(e, words) ? EDGE_SURE : e.edge,
      capNeighbour: e.capNeighbour,
      typeMargin: e.typeMargin,
    };
  });
}

// Ranks and functions that Spanish and French news capitalise when they name someone by them
// ("El Mandatario se reunirá", "el Coronel aseguró", "Asistente 1: William Chow", "le Préfet a
// dit"), folded (foldName). Not those that are family names as well ("Rey", "Coronel",
// "Cardenal", "Leal"), nor kinship ("Papa", "Madre").
const ROLE_WORDS: Record<string, Set<string>> = {
  es: new Set(
    (
      'mandatario mandataria presidente presidenta vicepresidente vicepresidenta expresidente ' +
      'ministro ministra viceministro viceministra gobernador gobernadora alcalde alcaldesa ' +
      'intendente diputado diputada senador senadora canciller teniente capitan comandante ' +
      'sargento almirante juez jueza magistrado magistrada procurador procuradora embajador ' +
      'embajadora consul secretario secretaria subsecretario subsecretaria director directora ' +
      'gerente asistente portavoz vocero vocera comisario comisaria inspector inspectora ' +
      'arbitro entrenador seleccionador delegado delegada rector rectora decano decana ' +
      'obispo arzobispo licenciado licenciada ingeniero ingeniera doctor doctora profesor profesora'
    ).split(' '),
  ),
  fr: new Set(
    (
      'president presidente vice-president vice-presidente ministre gouverneur maire depute ' +
      'deputee senateur senatrice chancelier chanceliere colonel lieutenant capitaine commandant ' +
      'sergent amiral juge procureur procureure ambassadeur ambassadrice consul secretaire ' +
      'directeur directrice prefet prefete recteur rectrice doyen doyenne eveque archeveque ' +
      'docteur professeur porte-parole commissaire inspecteur inspectrice arbitre entraineur ' +
      'selectionneur'
    ).split(' '),
  ),
};
// An article that opens a name ("El Mandatario", "Le Préfet", "L'Ambassadeur").
const OPENING_ARTICLE = /^(?:el|la|los|las|le|les|l['’])\s*/iu;

/**
 * A name's one capitalised word once its opening article is set aside, folded ("El Coronel":
 * "coronel"), or null for a name of more words.
 */
function wordAfterArticle(name: string): string | null {
  const rest = name.replace(OPENING_ARTICLE, '');
  return !/\s/u.test(rest) && INITIAL_CAPITAL.test(rest) ? foldName(rest) : null;
}

/**
 * Whether a name is, its opening article aside, one word that names a rank or a function in
 * Spanish or French ("El Mandatario", "Coronel", "Asistente", "Préfet"; ROLE_WORDS): someone
 * named by the office, no name.
 */
export function roleAlone(name: string, lang: string): boolean {
  const roles = ROLE_WORDS[lang.slice(0, 2)];
  const word = roles ? wordAfterArticle(name) : null;
  return word !== null && roles!.has(word);
}

// Spanish ranks that are family names as well ("Coronel", "General"), folded: one is the rank
// where the definite article stands before it and no name after it.
const SURNAME_RANKS_ES = new Set(['coronel', 'general', 'cardenal', 'mariscal', 'capitan']);

/**
 * Spanish: whether the mention at start..end is a rank that is a surname too (SURNAME_RANKS_ES)
 * after the definite article ("El Coronel, aseguró", "del General") and before no capitalised
 * word: the office, Spanish writes no article before a surname.
 */
export function rankWithArticle(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const word = wordAfterArticle(name);
  if (word === null || !SURNAME_RANKS_ES.has(word)) return false;
  const opened = OPENING_ARTICLE.test(name);
  const before = text.slice(Math.max(0, start - 5), start);
  if (!opened && !/(?<![\p{L}\p{M}])(?:el|del|al)\s+$/iu.test(before)) return false;
  return !/^\s+\p{Lu}/u.test(text.slice(end, end + 3));
}

/**
 * Whether the mention at start..end stands alone in brackets right after a capitalised word that
 * ends no person's mention ("Telecomunicaciones (Micitt)"): a body's short name.
 */
export function bracketedAbbreviation(
  text: string,
  start: number,
  end: number,
  personEnds: ReadonlySet<number>,
): boolean {
  if (!/^\s*\)/u.test(text.slice(end, end + 3))) return false;
  const before = /(\p{Lu}[\p{L}\p{M}.'-]*)\s*\(\s*$/u.exec(
    text.slice(Math.max(0, start - 40), start),
  );
  if (!before) return false;
  let i = start - 1;
  while (i >= 0 && (BLANKS.has(text[i] as string) || text[i] === '(')) i--;
  return !personEnds.has(i + 1);
}

/**
 * Spanish: whether the mention at `at` closes, after "y" or "e", a run of capitalised words the
 * dictionary writes in lower case ("Ganadería, Agricultura y Pesca", "Criminal e Inteligencia"):
 * the last member of a longer name made of ordinary words.
 */
export function coordinatedTail(text: string, at: number): boolean {
  const m = /(\p{Lu}\p{Ll}+)\s+(?:y|e)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
  return !!m && isSpanishWord(m[1] as string);
}

// Spanish ordinals, folded; not "segundo", a given name in the Andes ("Segundo Cruz").
const ORDINALS_ES = new Set(
  (
    'primera primero segunda tercera tercero cuarta cuarto quinta quinto sexta sexto septima ' +
    'septimo octava octavo novena noveno decima decimo'
  ).split(' '),
);

// Spanish words of a text about phones and devices, folded; four different ones make it such a text.
const PRODUCT_WORDS_ES =
  /(?<![\p{L}\p{M}])(telefonos?|celulares?|smartphones?|android|dispositivos?|baterias?|pantallas?|procesador(?:es)?|gama|gigas?|megapixeles|modelos?)(?![\p{L}\p{M}])/gu;

/**
 * Spanish: whether the text is about phones and devices: four different words of PRODUCT_WORDS_ES
 * ("teléfonos", "Android", "batería", "pantalla"), where one capitalised word alone is a brand's.
 */
export function productText(text: string): boolean {
  const found = new Set<string>();
  for (const m of foldName(text).matchAll(PRODUCT_WORDS_ES)) {
    found.add((m[1] as string).replace(/(?:es|s)$/u, ''));
    if (found.size >= 4) return true;
  }
  return false;
}

/** German evidence fields, each copied by name into confidenceEvidence's one literal. */
type GermanEvidence = Pick<
  ConfidenceEvidence,
  | 'dePlaceWord'
  | 'deLandmark'
  | 'deSports'
  | 'deInPlace'
  | 'deClubWord'
  | 'deLexiconNoun'
  | 'deNounCoordinated'
  | 'dePersonNounLast'
  | 'deNotPerson'
>;

/**
 * German (de47): whether the last of two words or more is a common noun the lexicon declines
 * (germanLexiconNoun) in an inflected form, found by its stem only (dictionaryStemOnlyDe:
 * "Photos", "Frei|stöße"): a plural after a name is the object of the sentence, no surname
 * ("Koch", "Vogel", "Wagen|knecht" are lemmas; "-er" makes surnames: "Federer").
 */
export function personNounLastDe(name: string): boolean {
  const words = name.split(/\s+/u);
  const last = words[words.length - 1] as string;
  if (words.length < 2) return false;
  const kind = germanLexiconNoun(last);
  if (kind === 'whole') return dictionaryStemOnlyDe(last);
  if (kind !== 'part') return false;
  // A compound whose last part is inflected ("Frei|stöße"), not a lemma ("Wagen|knecht", "Bauch|
  // müller", "Iraschko-Stolz": surnames).
  const f = foldName(last.slice(last.lastIndexOf('-') + 1));
  for (let i = 3; i <= f.length - 4; i++) if (dictionaryStemOnlyDe(f.slice(i))) return true;
  return false;
}

// A capitalised word joined by "und", "oder", "sowie" or a slash before or after a mention.
const JOINED_BEFORE_DE = /(\p{Lu}[\p{L}-]*\p{Ll})(?:\s+(?:und|oder|sowie)\s+|\/)$/u;
const JOINED_AFTER_DE = /^(?:\s+(?:und|oder|sowie)\s+|\/)(\p{Lu}[\p{L}-]*\p{Ll})(?![\p{L}-])/u;

/**
 * German (de47): whether the mention at `start`-`end` is joined by "und", "oder", "sowie" or a
 * slash to a common noun the lexicon declines (germanLexiconNoun) or an adjective as a noun
 * ("Selbstständige"), that no entity's mention covers (`named`: the starts and ends of every
 * mention): "Selbstständige und Freiberufler", "aus Tee und Eierschalen". A name is mostly
 * joined to names.
 */
export function nounCoordinatedDe(
  text: string,
  start: number,
  end: number,
  named: ReadonlySet<number>,
): boolean {
  const before = JOINED_BEFORE_DE.exec(text.slice(Math.max(0, start - 40), start));
  if (before) {
    const word = before[1] as string;
    const at = start - before[0].length;
    if (!named.has(at + word.length) && commonNounDe(word)) return true;
  }
  const after = JOINED_AFTER_DE.exec(text.slice(end, end + 40));
  if (after) {
    const word = after[1] as string;
    const at = end + after[0].length - word.length;
    // A role before a name is no bare noun ("Deutscher Bahn und Bundesverkehrsminister Scheuer").
    const role = named.has(end + after[0].length + 1);
    if (!named.has(at) && !role && commonNounDe(word)) return true;
  }
  return false;
}

/** A noun the lexicon declines (germanLexiconNoun) or an adjective as a noun ("Selbstständige"). */
function commonNounDe(word: string): boolean {
  return germanLexiconNoun(word) !== undefined || ADJECTIVE_DE.test(word);
}

/**
 * The type the KB (by the entity's id, else by its name: lookupName) or the gazetteer gives an
 * entity, undefined for a name neither knows. None for a German noun the KB matches only by its
 * transliteration key ("Pollen", Poland's "Polen"; merge-mentions germanNounByKey).
 */
export function knownNameType(
  e: Pick<Entity, 'id' | 'name'>,
  lang: string,
): EntityType | undefined {
  const known = kbEntry(e.id)?.type ?? getGazetteer().get(normalizeKey(e.name));
  if (known) return known;
  const hit = lookupName(e.name);
  return hit && !germanNounByKey([e.name], hit.id, lang) ? hit.type : undefined;
}

/**
 * The German evidence of one entity (german-evidence.ts), for the de_* features. A field added
 * here is added to GermanEvidence and copied in confidenceEvidence too (no spread there).
 */
function germanEvidence(
  e: Entity,
  inText: readonly { start: number; end: number }[],
  text: string,
  sports: boolean,
  unknown: boolean,
  named: () => ReadonlySet<number>,
): GermanEvidence {
  return {
    dePlaceWord: placeWordInName(e.name),
    deLandmark: landmarkHeadInName(e.name),
    deSports: sports,
    deInPlace: shareOf(inText, (m) => inPlaceDe(text, m.start)),
    deClubWord: clubWordInName(e.name),
    deLexiconNoun: unknown ? germanLexiconNoun(e.name, e.type) : undefined,
    deNounCoordinated: unknown
      ? shareOf(inText, (m) => nounCoordinatedDe(text, m.start, m.end, named()))
      : undefined,
    dePersonNounLast: unknown && e.type === 'PER' ? personNounLastDe(e.name) : undefined,
    deNotPerson: unknown && e.type === 'PER' ? notPersonDe(e.name) : undefined,
  };
}

// Head nouns of places and institutions that open their names, Spanish and French, folded: a
// person's name does not open so. Surnames among such nouns are left out ("Costa", "Castillo",
// "Torre", "Sierra", "Villa"), and saints ("San", "Saint").
const PLACE_HEADS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries({
    es:
      'puerto puerta rio monte isla islas lago cabo bahia playa valle ciudad cerro plaza calle ' +
      'avenida paseo pico golfo peninsula estrecho barrio puente palacio parque estadio pabellon ' +
      'teatro museo hospital colegio instituto universidad centro banco grupo club fundacion ' +
      'asociacion comite consejo partido movimiento compania editorial radio diario minas vista',
    fr:
      'mont port rue place lac cap ile val pointe baie avenue boulevard quai pont chateau palais ' +
      'hotel hopital college lycee institut universite banque societe compagnie comite conseil ' +
      'parti theatre musee eglise chapelle cathedrale ecole gare faubourg foret golfe cite ville ' +
      'rive club journal nord sud ouest',
  }).map(([l, words]) => [l, new Set(words.split(' '))]),
);

const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;

/**
 * Spanish or French: a name of two words or more (or of a hyphened word) whose first is the head
 * noun of a place or an institution ("Puerto Príncipe", "Centro Carter", "Pont-Aven") or, in
 * French, a point of the compass ("Sud Ptt", a union; "Nord Littoral", a paper): read as a
 * person, a place or a body. One word alone may be a surname ("Mont", "Puerto").
 */
export function placeHeadPerson(name: string, lang: string): boolean {
  const heads = PLACE_HEADS[lang.slice(0, 2)];
  if (!heads) return false;
  const parts = name.split(/[\s-]+/u).filter(Boolean);
  if (parts.length < 2 || !CAPITAL_THEN_LOWER.test(parts[0] as string)) return false;
  return heads.has(foldName(parts[0] as string));
}

// A capitalised word, then "de" (del, du, des, de la, d'), just before a name.
const CAP_THEN_DE =
  /(?<![\p{L}\p{M}])\p{Lu}\p{Ll}[\p{L}\p{M}-]*\s+(?:(?:de|del|du|des)(?:\s+la|\s+las|\s+los)?\s+|d\s*['’]\s*)$/u;

/**
 * Whether the name at `at` follows a capitalised word and "de" inside a sentence ("l'Echo de
 * Paris", "Ministerio de Transportes de México"), that word closing no entity's mention (`ends`):
 * a place named as the tail of a longer name (a newspaper, a body, a company).
 */
export function tailOfName(text: string, at: number, ends: ReadonlySet<number>): boolean {
  const from = Math.max(0, at - 40);
  const m = CAP_THEN_DE.exec(text.slice(from, at));
  if (!m) return false;
  const start = from + m.index;
  const end = start + (/^[\p{L}\p{M}-]+/u.exec(m[0])?.[0].length ?? 0);
  return !opensSentence(text, start) && !ends.has(end);
}

// Spanish: a team's noun (and "de"/"del"), or a match's or a transfer's verb and its "a", "al",
// "con", "contra", "ante", "por", just before a name: "la selección de", "el técnico del",
// "medirse a", "fichó por", "traspaso al", "jugar contra".
const TEAM_CUE: Record<string, RegExp> = {
  es: new RegExp(
    '(?<![\\p{L}\\p{M}])(?:(?:selecci[oó]n|equipo|conjunto|club|plantilla|zaga|delantera|' +
      'afici[oó]n|hinchada|t[eé]cnico|entrenador|jugador|jugadores|portero|delantero|' +
      'centrocampista|capit[aá]n)(?:\\s+(?:de|del))?|(?:medirse|enfrentarse|enfrent[oó]|' +
      'vencer|venci[oó]|gan[oó]|derrot[oó]|gole[oó]|elimin[oó]|super[oó])\\s+(?:a|al)|' +
      '(?:empat[oó]|empatar)\\s+(?:con|ante)|(?:jugar|jug[oó]|juega)\\s+(?:contra|ante|con)|' +
      '(?:fich[oó]|fichar|fichaje)\\s+por(?:\\s+el)?|(?:traspaso|cedido|cesi[oó]n)\\s+(?:al|del))\\s+$',
    'iu',
  ),
};

/** Spanish: whether a team's noun or a match's verb stands just before `at` (TEAM_CUE). */
export function teamCueBefore(text: string, at: number, lang: string): boolean {
  return cueBefore(TEAM_CUE, text, at, lang, 32);
}

/** Whether the language's cue (a pattern anchored at its end) matches the `reach` chars before `at`. */
function cueBefore(
  cues: Record<string, RegExp>,
  text: string,
  at: number,
  lang: string,
  reach: number,
): boolean {
  const re = cues[lang.slice(0, 2)];
  return re !== undefined && re.test(text.slice(Math.max(0, at - reach), at));
}

// Spanish: a lower-case noun of a place's part (the points of the compass, "afueras"), of a kind
// of place ("ciudad", "estado", "provincia", "isla", "valle") or of a town's office ("alcalde"),
// then "de" or "del", just before a name: "al sur de", "la ciudad de", "el alcalde de". Not
// "centro" (a body's name: "el centro de Salud"), "puerto" or "estado" written capitalised (names
// of their own: "Puerto Rico", "Estado de Sao Paulo" as a government), nor "país" ("el país de
// Cervantes").
const PLACE_NOUN_BEFORE: Record<string, RegExp> = {
  es: new RegExp(
    '(?<![\\p{L}\\p{M}])(?:sur|norte|este|oeste|noreste|nordeste|noroeste|sureste|sudeste|' +
      'suroeste|sudoeste|afueras|alrededores|periferia|ciudad|capital|estado|provincia|' +
      'departamento|municipio|región|comarca|localidad|población|pueblo|aldea|caserío|isla|bahía|' +
      'península|cordillera|valle|condado|distrito|barrio|alcalde|alcaldesa)\\s+(?:de|del)\\s+$',
    'u',
  ),
};

/**
 * Spanish: whether a lower-case noun of a place's part or kind, or "alcalde", and "de"/"del"
 * stand just before `at` (PLACE_NOUN_BEFORE): what follows names a place.
 */
export function placeNounBefore(text: string, at: number, lang: string): boolean {
  return cueBefore(PLACE_NOUN_BEFORE, text, at, lang, 24);
}

// The last words of firms' names (English, Spanish, French, German), as written: "Deutsche Bank",
// "Goldman Group", "Centena Hermanos", "Iberia Airlines". Not "International", "Capital" or
// "Media", which end persons' titles and places' names as well.
const FIRM_TAILS = new Set(
  (
    'Bank Banco Banque Group Grupo Groupe Gruppe Holding Holdings Corp Corporation Inc Ltd Plc ' +
    'GmbH AG SA Airlines Airways Motors Films Pictures Studios Records Systems Securities ' +
    'Investors Partners Associates Brothers Hermanos Frères Tobacco Company Compañía Compagnie ' +
    'Telecom Industries Industrias Insurance Seguros Petroleum Pharmaceuticals Laboratorios ' +
    'Bancorp Editores Ediciones Éditions Verlag'
  ).split(' '),
);

// French: a firm's noun and its article just before a name ("la société ", "l'entreprise ", "le
// groupe "), or in apposition just after it ("Business France – société qui", "X, filiale de").
// Not "cabinet" nor "éditeur": a minister's staff, a publisher's trade (a person's).
const FIRM_NOUNS_FR =
  'soci[ée]t[ée]|entreprise|firme|groupe|filiale|multinationale|start-?up|enseigne|marque|' +
  'banque|compagnie|laboratoire|constructeur|assureur|op[ée]rateur';
const FIRM_BEFORE_FR = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:la|le|l['’]|une?)\\s*(?:${FIRM_NOUNS_FR})\\s+$`,
  'iu',
);
const FIRM_AFTER_FR = new RegExp(
  `^\\s*(?:,|–|—|-|\\()\\s*(?:(?:la|le|l['’]|une?)\\s*)?(?:${FIRM_NOUNS_FR})(?![\\p{L}\\p{M}])`,
  'iu',
);

// French: "chez" just before a name: a firm's ("chez Decathlon", "analyste chez Oddo") where the
// name is one word and no given name ("chez Valérie" is someone's home), or no person's at all.
const CHEZ_BEFORE_FR = /(?<![\p{L}\p{M}])chez\s+$/iu;
// What ends such a firm's mention: a stop or a preposition ("chez Oddo,", "chez Renault depuis
// vingt ans"). An article or an object after it reads "in X's work" ("dénotent chez Diethelm la
// sincérité"), which a person's name takes.
const CHEZ_NAME_ENDS_FR = /^\s*(?:[,.;:)!?]|(?:depuis|pour|en|à|comme|où|et)\s)/u;
// French: a firm's people, plants or dealings and "de" before a name ("les salariés de Doux", "le
// rachat de Bigard", "les usines de Bigard"): the firm, no place, when no one knows a place so.
const FIRM_DEALINGS_BEFORE_FR =
  /(?<![\p{L}\p{M}])(?:actionnaires?|salariés|usines|rachat|PDG|pdg|filiales?)\s+(?:de\s+|d['’]\s*)$/u;

/** French: whether a firm's noun stands just before the mention at `start`..`end`, or after it. */
export function firmCue(text: string, start: number, end: number): boolean {
  return (
    FIRM_BEFORE_FR.test(text.slice(Math.max(0, start - 24), start)) ||
    FIRM_AFTER_FR.test(text.slice(end, end + 30))
  );
}

// French firms' legal forms, ending a name: "Dupont SARL", "Martin et Cie", "Lactalis SAS".
const LEGAL_FORM_FR = /\s(?:SAS|SARL|SASU|EURL|SNC|Cie\.?)$/u;

// French: the head words of schools' names, as the text writes them before the name.
// (Either case by hand: under the flag i, \p{Lu} would match any letter.)
const SCHOOL_HEAD_FR = '(?:[Ll]yc[ée]e|[Cc]oll[èe]ge|[ÉéEe]cole|[Uu]niversit[ée]|[Ff]acult[ée])';

/**
 * French: whether the text writes `name` right after a school's head word ("lycée Louise-Michel",
 * "l'université Paris-Dauphine", "Université Paris-Dauphine"): the name is the school's there.
 * Not a part of a longer name ("lycée Paul Bert" names no "Paul"; "Paris-8" no "Paris").
 */
export function schoolNamed(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/gu, '\\s+');
  return new RegExp(
    `(?<![\\p{L}\\p{M}])${SCHOOL_HEAD_FR}\\s+${escaped}(?![\\p{L}\\p{M}\\d]|-[\\p{L}\\d]|\\s+\\p{Lu})`,
    'u',
  ).test(text);
}

// French: the pupils, teachers or head of a school just before its name ("les élèves de
// Louise-Michel", "le proviseur du lycée" is schoolNamed's).
const PUPILS_OF_FR =
  /(?<![\p{L}\p{M}])(?:[ée]l[èe]ves|lyc[ée]en(?:ne)?s|coll[ée]gien(?:ne)?s|enseignant(?:e)?s|professeur(?:e)?s|proviseur(?:e)?)\s+(?:de|du)\s+$/iu;

/**
 * French: a name written as a person's, a given name and a surname joined by a hyphen
 * ("Louise-Michel", "Victor-Hugo"): the way French names a street, a station or a school after
 * someone. Where the text calls the ones at every mention pupils or teachers of it
 * (PUPILS_OF_FR), it is the school, no place.
 */
export function personNamedPlace(name: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)-\p{Lu}\p{Ll}+$/u.exec(name);
  return m !== null && isGivenName(m[1] as string);
}

/**
 * Whether a name of two words or more ends in a firm's last word (FIRM_TAILS), a trailing comma
 * or dot aside: read as a person, it is a company ("Deutsche Bank", "Dosal Tobacco,").
 */
export function firmTailPerson(name: string): boolean {
  const words = name.replace(/[,.;:]+$/u, '').split(/\s+/u);
  return words.length >= 2 && FIRM_TAILS.has(words[words.length - 1] as string);
}

/** Whether "(" and blanks stand just before `at`, right after one of `ends` ("Pérez (Moca"). */
function bracketAfter(text: string, at: number, ends: ReadonlySet<number>): boolean {
  let i = at - 1;
  while (i >= 0 && BLANKS.has(text[i] as string)) i--;
  if (text[i] !== '(') return false;
  i--;
  while (i >= 0 && BLANKS.has(text[i] as string)) i--;
  return ends.has(i + 1);
}

// What joins two names of a list: a comma, or "and" in the four languages.
const LIST_JOIN = /^\s*(?:,|;|y|e|et|and|und|u)\s*$/u;

// Spanish: a list's join with the article a body's name takes ("Racsa, el Ministerio", "Trabajo
// y la Caja").
const LIST_JOIN_ARTICLE_ES = /^\s*(?:,|;|y|e)\s*(?:(?:el|la|los|las)\s+)?$/u;
// French: the same ("Blackwell, Springer et le CNRS", "l'OMS et l'Inserm").
const LIST_JOIN_ARTICLE_FR = /^\s*(?:,|;|et)\s*(?:(?:le|la|les)\s+|l['’]\s*)?$/u;

/**
 * Per mention start, the types of the mentions just before or after it in a list ("Nieto y
 * Galán", "Rusia, Singapur").
 */
function listNeighbourTypes(
  entities: readonly Entity[],
  text: string,
  join = LIST_JOIN,
  maxGap = 6,
): Map<number, Set<string>> {
  const all = entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })))
    .sort((a, b) => a.start - b.start);
  const out = new Map<number, Set<string>>();
  for (let i = 1; i < all.length; i++) {
    const a = all[i - 1]!;
    const b = all[i]!;
    if (b.start - a.end > maxGap || !join.test(text.slice(a.end, b.start))) continue;
    (out.get(a.start) ?? out.set(a.start, new Set()).get(a.start)!).add(b.type);
    (out.get(b.start) ?? out.set(b.start, new Set()).get(b.start)!).add(a.type);
  }
  return out;
}

/**
 * French: whether a "person" of two words, neither a given name nor a word the training text
 * reads as a person's, stands at each mention in a list beside a body ("les classements (Times
 * Higher Education, Quacquarelli Symonds, US News)"): a firm named after its founders. Spanish
 * persons are left alone: its given-name list lacks too many names (en40 hid "Rosario Pons").
 */
export function frenchListFirm(
  name: string,
  inText: readonly { start: number }[],
  neighbours: ReadonlyMap<number, ReadonlySet<string>>,
): boolean {
  const words = name.split(/\s+/u);
  return (
    words.length === 2 &&
    words.every((w) => !isGivenName(w) && trainedNameType(foldName(w), 'fr') !== 'PER') &&
    everyMention(inText, (m) => neighbours.get(m.start)?.has('ORG') === true)
  );
}

/** Whether the entity's words are part of another's longer name, and whether one of another type. */
function fragmentOf(
  e: Entity,
  holders: readonly Entity[],
): { fragment: boolean; fragmentOfOther?: boolean } {
  if (!holders.length) return { fragment: false };
  return { fragment: true, fragmentOfOther: holders.every((h) => h.type !== e.type) };
}

/** Whether the training text gives a one-word name the entity's type or another. */
function trainedTypeOf(
  e: Entity,
  words: readonly string[],
  lang: string,
): 'same' | 'other' | undefined {
  const t = words.length === 1 ? trainedNameType(words[0] as string, lang) : undefined;
  return t ? (t === e.type ? 'same' : 'other') : undefined;
}

/** Whether the entity's name, of two or more words, is a whole name its KB entry has (of its type). */
function kbFullName(e: Entity, words: readonly string[]): boolean {
  return words.length >= 2 && kbEntry(e.id)?.type === e.type && hasName(e.id, e.name);
}

/**
 * The entities with their confidence and whether they are shown (confidence ≥ shownFrom(lang)).
 * `kbOnly` (a language the recogniser does not read, lang "und": Portuguese, Italian, Polish…,
 * tagged with English's settings): only an entity the KB or the gazetteer confirms, name and
 * type, may be shown. The tagger capitalises its way through such a text (Polish "Wielkiej
 * Brytanii" a person, "Ostatecznie" a place, Portuguese "Setembro" a place), and no dev set
 * measures its confidence there; the rest stays searchable.
 */
export function withConfidence(
  entities: Entity[],
  text: string,
  lang = 'en',
  { kbOnly = false }: { kbOnly?: boolean } = {},
): Entity[] {
  const evidence = confidenceEvidence(entities, text, lang);
  const from = shownFrom(lang);
  return entities.map(
    ({ typeShare: _t, edge: _e, capNeighbour: _c, typeMargin: _m, otherTagged: _o, ...e }, i) => {
      const ev = evidence[i] as ConfidenceEvidence;
      const confidence = confidenceOf(ev);
      return { ...e, confidence, shown: confidence >= from && (!kbOnly || ev.known) };
    },
  );
}
