import { alignEnglishDocument } from './english-spans';
import { lookupName, mayOpenKbName } from '../kb/lookup';
import {
  alignArticleNames,
  alignBracketAcronyms,
  dropCapsAcronymPersons,
  alignDocumentTypes,
} from './document-types';
import { genitivePersonEndDe } from './german-evidence';
import { givenNamePersons } from './given-names';
import { cityPlaces, getGazetteer, isCountryName, opensGazetteerName } from './gazetteer';
import { normalizeKey, normalizeWord } from './gazetteer-key';
import { getModel } from './load-tagger';
import { dropProducts } from './products';
import {
  alignSpanishDocument,
  type RefineContext,
  refineSpans,
  stripChamberOfMembers,
} from './refine-spans';
import { alignSpanishClubs, alignSpanishTeams, splitJoinedCapsNames } from './spanish-teams';
import { segmentSentences } from './segment';
import { tagDocument } from './tag-document';
import { type EntityType, type TokenSpan, TYPES } from './tags';
import { titleEndsAt } from './title-spans';
import { type Token, tokenize } from './tokenize';
import { startsCapital } from './letter-case';
import { truecaseLines } from './truecase';
import { foldName, nameWords } from './fold-name';

/** One recognised name in the text: UTF-16 span, surface text and type. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** The mention sits in the first paragraph. */
  lead: boolean;
  /** The tagger's margin on it (absent for names found by rule or by document consistency). */
  margin?: number;
  /** How sure the tagger is that the words beside it are no part of a name (spanEdge). */
  edge?: number;
  /** A capitalised word touches it (capitalNeighbour): the name may go on. */
  capNeighbour?: boolean;
  /** The tagger's score for each type on it (TYPES order, spanTypeScores): how contested its type is. */
  typeScores?: number[];
}

/**
 * The mention of a refined span (offsets into `source`, where `tokens` lie), with the tagger's
 * evidence on it that confidence.ts reads: its margin, how sure its edges are, whether a capital
 * touches it, its type scores (none for a type set by rule). The extension (findArticleMentions)
 * and the confidence's training rows (eval-pipeline.ts) build their mentions so.
 */
export function spanMention(
  source: string,
  tokens: readonly Token[],
  words: readonly string[],
  span: TokenSpan,
  lang: string,
  at: { lead: boolean; margins?: Float32Array; typeScores?: Float32Array },
): Mention {
  const first = tokens[span.start] as Token;
  const last = tokens[span.end - 1] as Token;
  // Whether a title stands before it, looked up once for both edge facts.
  const titled = titleBefore(words, span, lang);
  return {
    start: first.start,
    end: last.end,
    text: source.slice(first.start, last.end),
    type: span.type,
    lead: at.lead,
    margin: spanMargin(at.margins, span),
    edge: spanEdge(at.margins, span, tokens.length, words, lang, titled),
    capNeighbour: capitalNeighbour(words, span, lang, titled),
    ...(span.typedByRule ? {} : { typeScores: spanTypeScores(at.typeScores, span) }),
  };
}

/** Text beyond this many UTF-16 units is not tagged: bounds the time on huge inputs. */
export const MAX_TEXT = 1_200_000;
/** Sentences are tagged in chunks of at most this many tokens (run-on text, lists). */
const MAX_TOKENS = 120;
// A name has a capital letter ("von der Leyen" too) and is not a run-on of text.
const HAS_CAPITAL = /\p{Lu}/u;
const MAX_NAME_LENGTH = 120;

/** Mentions in an article's text and, tagged as part of the same document, in its title. */
export interface ArticleMentions {
  body: Mention[];
  title: Mention[];
}

export interface Chunk {
  tokens: Token[];
  lead: boolean;
  title: boolean;
}

function chunksOf(text: string, lang: string, title: boolean): Chunk[] {
  const chunks: Chunk[] = [];
  const limit = Math.min(text.length, MAX_TEXT);
  for (const s of segmentSentences(limit < text.length ? text.slice(0, limit) : text, lang)) {
    const tokens = tokenize(text, s.start, s.end);
    // A sentence of one chunk (most) is its own tokens, not a copy of them.
    if (tokens.length <= MAX_TOKENS) {
      if (tokens.length) chunks.push({ tokens, lead: s.lead, title });
      continue;
    }
    for (let i = 0; i < tokens.length; i += MAX_TOKENS) {
      chunks.push({ tokens: tokens.slice(i, i + MAX_TOKENS), lead: s.lead, title });
    }
  }
  return chunks;
}

/**
 * The tagger's spans of an article's sentences made names: titles trimmed, the span rules per
 * sentence, one type per name across the article, then the article rules of its language
 * (English companies and teams, Spanish player lists). The extension and the dev-set bench
 * share it.
 */
export function refineTagged(
  words: readonly string[][],
  tagged: readonly TokenSpan[][],
  tokens: readonly (readonly Token[])[],
  ctx: RefineContext,
  typeScores: readonly (Float32Array | undefined)[] = [],
): TokenSpan[][] {
  const refined = words.map((w, k) =>
    refineSpans(
      w,
      trimPersonTitles(
        cutBeforeInnerHonorific(
          honorificPersons(tagged[k] ?? [], tokens[k] as Token[], ctx.lang),
          tokens[k] as Token[],
          ctx.lang,
        ),
        tokens[k] as Token[],
        ctx.lang,
      ),
      ctx,
    ),
  );
  const base = ctx.lang.slice(0, 2).toLowerCase();
  keepNobleTitles(words, refined);
  givenNamePersons(words, refined, ctx.lang, ctx.known);
  cityPlaces(words, refined, typeScores, ctx.known);
  alignDocumentTypes(words, refined, ctx.known);
  if (base === 'en') alignEnglishDocument(words, refined, ctx.known);
  if (base === 'es') {
    alignSpanishDocument(words, refined);
    alignSpanishTeams(words, refined);
    alignSpanishClubs(words, refined, isCountryName);
    splitJoinedCapsNames(words, refined);
  }
  if (base === 'es' || base === 'fr') alignBracketAcronyms(words, refined, ctx.known);
  // Not French: its press writes surnames in capitals after "M." ("M. BRIAND"), which the rule
  // dropped (fr-newseye PER recall 0.513 → 0.500, fr-hipe2020 strict F1 0.809 → 0.807).
  if (base === 'es') dropCapsAcronymPersons(words, refined, ctx.known);
  alignArticleNames(words, refined);
  dropProducts(words, refined, ctx.known);
  return refined;
}

/**
 * Which chunks are the article's headline: the title's, and a line of the text that repeats one
 * of them (a page's text often opens with its headline; a headline-only document is both).
 */
export function headlines(chunks: readonly Chunk[], words: readonly string[][]): boolean[] {
  const titles = new Set(
    chunks.flatMap((c, k) => (c.title ? [(words[k] as string[]).join(' ')] : [])),
  );
  if (!titles.size) return chunks.map(() => false);
  // Only a chunk of a title's length is joined and compared.
  const lengths = new Set(chunks.flatMap((c, k) => (c.title ? [words[k]?.length] : [])));
  return chunks.map(
    (c, k) =>
      c.title || (lengths.has(words[k]?.length) && titles.has((words[k] as string[]).join(' '))),
  );
}

/**
 * Finds PER/LOC/ORG mentions in an article's text and title with the perceptron tagger; the
 * title's mentions have offsets into the title. `lang` is a feature hint.
 */
export function findArticleMentions(
  text: string,
  title: string | null,
  lang: string,
): ArticleMentions {
  const chunks = [...(title ? chunksOf(title, lang, true) : []), ...chunksOf(text, lang, false)];
  const out: ArticleMentions = { body: [], title: [] };
  if (!chunks.length) return out;
  const written = chunks.map((c) => c.tokens.map((t) => t.text));
  // The tagger and the span rules read a Title Case headline as running text would write it.
  const words = truecaseLines(written, lang, headlines(chunks, written));
  const margins: Float32Array[] = [];
  const typeScores: Float32Array[] = [];
  const tagged = tagDocument(getModel(), words, lang, margins, typeScores, written);
  const refined = refineTagged(
    words,
    tagged,
    chunks.map((c) => c.tokens),
    refineContext(lang),
    typeScores,
  );
  chunks.forEach((chunk, k) => {
    const source = chunk.title ? (title as string) : text;
    const spans = refined[k] as TokenSpan[];
    for (const span of spans) {
      const first = chunk.tokens[span.start] as Token;
      const last = chunk.tokens[span.end - 1] as Token;
      const surface = source.slice(first.start, last.end);
      if (!HAS_CAPITAL.test(surface) || surface.length > MAX_NAME_LENGTH) continue;
      if (inBreadcrumb(source, first.start)) continue;
      const sentence = words[k] as string[];
      // A product's name ("Elden Ring", "Arctis Nova 7") is no person or place; a maker the KB
      // knows ("Sony", "Nintendo") is still named.
      if (
        inProductHeading(source, first.start) &&
        knownName(sentence.slice(span.start, span.end)) !== 'ORG'
      ) {
        continue;
      }
      const mention = spanMention(source, chunk.tokens, sentence, span, lang, {
        lead: chunk.lead,
        margins: margins[k],
        typeScores: typeScores[k],
      });
      // German: "Silvio Berlusconis" beside "Silvio Berlusconi": the person, without the genitive.
      if (
        lang.startsWith('de') &&
        mention.type === 'PER' &&
        genitivePersonEndDe(source, mention.start, mention.end)
      ) {
        mention.end--;
        mention.text = mention.text.slice(0, -1);
      }
      (chunk.title ? out.title : out.body).push(mention);
    }
  });
  return out;
}

/**
 * Whether a chamber and its members follow the span ("CBC House members": stripChamberOfMembers
 * cut "House" off the body's acronym): that side is outside the name by rule, whatever the
 * tagger read there, as a title before a person is.
 */
function chamberAfter(words: readonly string[], span: TokenSpan): boolean {
  return (
    span.end - span.start === 1 &&
    stripChamberOfMembers(words, { ...span, end: span.end + 1 }).end === span.end
  );
}

/** Where no word stands beside a span, its edge is as sure as this. */
export const EDGE_SURE = 40;

/**
 * How sure the tagger is that the words just before and after a span are no part of a name (its
 * margin for O there; negative where it read a name), the least of the two and at most
 * EDGE_SURE: low where the span may have lost a word ("Bicknell" of "M. Bicknell"). A title
 * before a person (`words` given: "General Jean-Louis Georgelin") is outside the name by rule
 * (trimPersonTitles), whatever the tagger read there: that side counts as sure. `titled` is
 * titleBefore(words, span, lang) when the caller has it already.
 */
export function spanEdge(
  margins: Float32Array | undefined,
  span: TokenSpan,
  length: number,
  words?: readonly string[],
  lang?: string,
  titled = words !== undefined && titleBefore(words, span, lang),
): number {
  let m = EDGE_SURE;
  const chamber = words !== undefined && lang?.startsWith('en') && chamberAfter(words, span);
  for (const i of [titled ? -1 : span.start - 1, chamber ? -1 : span.end]) {
    // tagSentence's margin on a word read as O is negative by how sure it is.
    if (i >= 0 && i < length) m = Math.min(m, -(margins?.[i] ?? -EDGE_SURE));
  }
  return Math.round(m * 100) / 100;
}

/**
 * Whether a person's span comes right after a title or an honorific ("General", "M.",
 * "Secretary of State").
 */
export function titleBefore(words: readonly string[], span: TokenSpan, lang?: string): boolean {
  if (span.type !== 'PER' || span.start === 0) return false;
  const prev = words[span.start - 1] as string;
  if (prev === '.' && span.start > 1) return isTitleIn(words[span.start - 2] as string, lang);
  return isTitleIn(prev, lang) || titleEndsAt(words, span.start, lang ?? 'en');
}

// What opens a sentence before its first word.
const OPENER = /^[.!?:;"'«“(—–-]$/u;

/**
 * A capitalised word touches the span: the word after it, or the word before it unless that word
 * opens the sentence ("Marco" before "Tonchetti Provera", "Erdem" after "Arif") or is a title
 * before a person ("General Jean-Louis Georgelin": the title is no part of the name). `titled` is
 * titleBefore(words, span, lang) when the caller has it already.
 */
export function capitalNeighbour(
  words: readonly string[],
  span: TokenSpan,
  lang?: string,
  titled?: boolean,
): boolean {
  const next = words[span.end];
  if (
    next !== undefined &&
    startsCapital(next) &&
    !(lang?.startsWith('en') && chamberAfter(words, span))
  ) {
    return true;
  }
  const prev = words[span.start - 1];
  const before = words[span.start - 2];
  return (
    prev !== undefined &&
    before !== undefined &&
    !OPENER.test(before) &&
    startsCapital(prev) &&
    !(titled ?? titleBefore(words, span, lang))
  );
}

/** The tagger's mean score for each type (TYPES order) over a span's tokens (tagSentence typeScores). */
function spanTypeScores(scores: Float32Array | undefined, span: TokenSpan): number[] {
  const k = TYPES.length;
  const out = new Array<number>(k).fill(0);
  if (!scores) return out;
  for (let i = span.start; i < span.end; i++) {
    for (let t = 0; t < k; t++) out[t] = (out[t] as number) + (scores[i * k + t] ?? 0);
  }
  const n = Math.max(1, span.end - span.start);
  return out.map((v) => Math.round((v / n) * 100) / 100);
}

/** The tagger's least margin over a span's tokens (negative where it read no name). */
function spanMargin(margins: Float32Array | undefined, span: TokenSpan): number {
  let m = Infinity;
  for (let i = span.start; i < span.end; i++) m = Math.min(m, margins?.[i] ?? 0);
  return Math.round(m * 100) / 100;
}

/** What the span rules may not override: names the KB or the gazetteer knows. */
export function refineContext(lang: string): RefineContext {
  return { lang, known: knownName };
}

// Whether a name is known depends on its words alone (the bundled KB and gazetteer), and the same
// capitalised runs recur: each is looked up once (a transliteration key costs more than tagging).
const knownCache = new Map<string, EntityType | null>();
const KNOWN_CACHE_LIMIT = 50_000;

function knownName(words: readonly string[]): EntityType | undefined {
  const first = words[0];
  if (first !== undefined && !mayOpenKnown(first)) return undefined;
  // One word is its own name: no string made, and its hash is the word's, computed once.
  const joined = words.length === 1 ? (words[0] as string) : words.join(' ');
  const name =
    joined.includes("' ") || joined.includes('’ ') ? joined.replace(/(['’]) /g, '$1') : joined;
  const hit = knownCache.get(name);
  if (hit !== undefined) return hit ?? undefined;
  const type = getGazetteer().get(normalizeKey(name)) ?? lookupName(name)?.type;
  if (knownCache.size >= KNOWN_CACHE_LIMIT) knownCache.clear();
  knownCache.set(name, type ?? null);
  return type;
}

// A first word of letters and digits only: a name that opens with it, joined by blanks, folds,
// splits and tokenises with this word first, as the word alone does (no apostrophe joins the
// next word to it, no mark or hyphen to fold away).
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;
// Such a word that may open an acronym ("USA", "G7"): acronymOf reads the name's letters whole.
const ACRONYM_WORD = /^[\p{Lu}0-9]{1,9}$/u;
// The runs of capitalised words a page tries (German capitalises every noun: 79,000 distinct runs
// on the real German pages, more than knownCache holds) mostly open with a word no known name
// opens with; such a word is told once, not folded and keyed again with every run it opens.
const opensKnown = new Map<string, boolean>();
const OPENS_KNOWN_LIMIT = 50_000;
// The word mayOpenKnown was last asked of, and its answer.
let lastOpener: string | undefined;
let lastOpens = false;

/**
 * False when no name of the gazetteer or the KB can open with this word: knownName of any run
 * that starts with it is then undefined. True when one may, or when the word is not plain.
 */
function mayOpenKnown(first: string): boolean {
  // addKnown asks of up to four runs that open with one word, one after the other.
  if (first === lastOpener) return lastOpens;
  let may = opensKnown.get(first);
  if (may === undefined) may = opensKnownName(first);
  lastOpener = first;
  lastOpens = may;
  return may;
}

/** mayOpenKnown's answer for a word not in its memo, remembered. */
function opensKnownName(first: string): boolean {
  const may =
    !PLAIN_WORD.test(first) ||
    ACRONYM_WORD.test(first) ||
    opensGazetteerName(normalizeWord(first)) ||
    mayOpenKbName(nameWords(foldName(first))[0] ?? '');
  if (opensKnown.size >= OPENS_KNOWN_LIMIT) opensKnown.clear();
  opensKnown.set(first, may);
  return may;
}

// A line of a few capitalised words between separators ("Internacional · Asia") is the site's
// navigation, not the article's text.
const BREADCRUMB =
  /^\s*\p{Lu}[\p{L}\p{M}'’ -]{0,30}(?:\s[·›»>|/]\s\p{Lu}[\p{L}\p{M}'’ -]{0,30})+\s*$/u;

function inBreadcrumb(text: string, at: number): boolean {
  // Only a short line can be one: look no further than its longest length either side.
  const lo = Math.max(0, at - 121);
  const window = text.slice(lo, Math.min(text.length, at + 121));
  const start = window.lastIndexOf('\n', at - lo) + 1;
  if (start === 0 && lo > 0) return false;
  const nl = window.indexOf('\n', at - lo);
  if (nl < 0 && lo + window.length < text.length) return false;
  return BREADCRUMB.test(window.slice(start, nl < 0 ? window.length : nl));
}

// A line that is a price, and where to pay it: "$29.99 $59.99 at Shop", "£279 at Amazon",
// "29,99 €", "1.299 EUR". Not a sentence that opens with a sum ("€2 million for the fund.").
const PRICE_LINE = /^(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥]|EUR|USD|GBP))(?:\s|$)/u;
const PRICE_LINE_MAX = 40;
const PRODUCT_HEADING_MAX = 80;
const ENDS_SENTENCE = /[.!?:;]\s*$/;
// Every line that may be a price line, its text in group 1: at most PRICE_LINE_MAX + 1
// characters, as inProductHeading reads them ({0,40}: PRICE_LINE_MAX).
const PRICE_LINES = /(?:^|\n)[ \t]*([$€£¥\d][^\n]{0,40})(?=\n|$)/gu;

/** A line that is a price and where to pay it ("$29.99 $59.99 at Shop", "500 €"), no sentence. */
function isPriceLine(line: string): boolean {
  return PRICE_LINE.test(line) && !ENDS_SENTENCE.test(line);
}

/**
 * Whether `at` lies in a product's heading on a shopping page: a short line that ends no
 * sentence, followed by a line that opens with its price ("Elden Ring (PS5)" / "$29.99 $59.99
 * at Shop"). Such lines name products, which the tagger read as people ("Elden Ring", "Turtle
 * Beach Stealth") and places.
 */
function inProductHeading(text: string, at: number): boolean {
  // Only short lines can be: look no further either side than their longest (a text without
  // line breaks costs no scan to its ends).
  const lo = Math.max(0, at - PRODUCT_HEADING_MAX - 1);
  const back = text.slice(lo, at).lastIndexOf('\n');
  if (back < 0 && lo > 0) return false;
  const start = lo + back + 1;
  const ahead = text.slice(at, start + PRODUCT_HEADING_MAX + 1).indexOf('\n');
  if (ahead < 0) return false;
  let end = at + ahead;
  if (ENDS_SENTENCE.test(text.slice(start, end))) return false;
  while (text[end] === '\n' || text[end] === ' ') end++;
  const window = text.slice(end, end + PRICE_LINE_MAX + 1);
  const nl = window.indexOf('\n');
  if (nl < 0 && end + window.length < text.length) return false;
  return isPriceLine((nl < 0 ? window : window.slice(0, nl)).trimEnd());
}

/**
 * Whether a text is a shopping list: three or more lines that are a price and where to pay it
 * (PRICE_LINE: "$29.99 $59.99 at Shop"). Its names are products and their makers.
 */
export function isShoppingList(text: string): boolean {
  let n = 0;
  for (const m of text.matchAll(PRICE_LINES)) {
    if (isPriceLine((m[1] as string).trimEnd()) && ++n >= 3) return true;
  }
  return false;
}

/** Finds PER/LOC/ORG mentions in text with the perceptron tagger. `lang` is a feature hint. */
export function findMentions(text: string, lang: string): Mention[] {
  return findArticleMentions(text, null, lang).body;
}

const HONORIFIC = /^(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs|Ms|Dr|Pr|Me|Mgr|Sr|Sra|Hr|Fr)\.?$/;
// Capitalised titles and functions that precede names in the four languages.
const TITLES = new Set(
  (
    'president vice premier prime minister secretary chancellor general senator governor king queen ' +
    'prince princess pope mayor chairman chief director ambassador judge sir lord lady dame ' +
    'président présidente ministre premier secrétaire général chancelier roi reine sénateur maire ' +
    'presidente ministro ministra primer secretario rey reina alcalde canciller ' +
    'präsident präsidentin bundeskanzler bundeskanzlerin kanzler kanzlerin minister ministerin ' +
    'könig königin bürgermeister'
  ).split(' '),
);
// Particles of family names: "de Gaulle", "von der Leyen", "van Gogh", "di Maio", "d'Estaing".
const PARTICLES = new Set([
  'de',
  'du',
  'des',
  "d'",
  'd’',
  'von',
  'van',
  'der',
  'den',
  'di',
  'da',
  'del',
  'della',
  'dos',
]);
// The capitalised article of a family name ("Le Maire", "Le Pen", "La Fontaine"): a title
// word after it is the name's.
const NAME_ARTICLE = /^(?:Le|La)$/;
const isTitle = (w: string): boolean => HONORIFIC.test(w) || TITLES.has(w.toLowerCase());
// "M." and "MM." are Monsieur and Messieurs in French only; elsewhere "M." is an initial ("M. Waugh").
// German writes a function as one capitalised compound before the name ("Feuerwehrpräsident
// Albert Kern", "Vizerektorin Martha Mühlburger", "Europameister Armand Duplantis", "Herr
// Drosten"): a word ending in a function's head, or the address Herr / Frau. Only as the opening
// word of a person (trimPersonTitles), never its last: "Meister", "Kanzler", "Sprecher" are
// family names too.
const GERMAN_TITLE =
  /^(?:herr|frau|.*(?:präsident|rektor|referent|senator|minister|sprecher|direktor|produzent|regisseur|moderator|kanzler|vorsitzende|geschäftsführer|bürgermeister|meister|trainer|botschafter|kommissar|abgeordnete|sekretär|mitglied|chef|pfarrer|bischof|pastor|professor|dekan|vikar|kaplan|diakon|kantor|prälat|propst|superintendent)(?:in|r)?|papst|kardinal|pater|.*hauptmann)$/u;
// German nouns of a trade, a sport's role or a kinship written before a name ("Mathematiker
// Carl Ludwig Siegel", "Torjäger Peter Withe", "Songschreiber Ryan Adams", "Ehemann Beyoncé"),
// as the opening word only, as GERMAN_TITLE: the person's kind, no part of the name.
const GERMAN_ROLE =
  /^.*(?:iker|ologe|ologin|philosoph|philosophin|jäger|schreiber|sänger|sängerin|autor|autorin|dichter|dichterin|komponist|komponistin|dirigent|dirigentin|journalist|journalistin|schauspieler|schauspielerin|spieler|spielerin|sieger|siegerin|hüter|torwart|stürmer|verteidiger|kapitän|manager|managerin|blogger|bloggerin|rapper|rapperin|landsmann|staatsmann|ehemann|ehefrau|karateka|quarterback|fürst|fürstin|sultan|profi|partner|partnerin|kollege|kollegin|coach)$/u;
// English words that open a two-word title German pages borrow ("Head Coach Don Jackson",
// "Chief Executive", "Assistant Coach"): a title only before another title word.
const ENGLISH_TITLE_HEAD_DE = /^(?:Head|Assistant|Chief|General|Executive|Senior|Junior|Co)$/u;
// German kin named before a name ("Adoptivsohn Roan", "Schwiegermutter Erika", "Tante Emma"), as
// the opening word only: who the person is to someone, no part of the name. Kin words only with
// a kin prefix or alone: "Mendelssohn", "Jacobsohn" are names.
// Nobility's titles, declined, are so written too ("Grafen Zinzendorf", "Herzogin Kate").
const GERMAN_KIN =
  /^(?:adoptiv|stief|schwieger|pflege|halb|zieh|gross|groß|urgross|urgroß|ur)?(?:sohn|tochter|vater|mutter|bruder|schwester|enkel|enkelin|neffe|nichte|onkel|tante|cousin|cousine|gatte|gattin|witwe|witwer|lebensgefährte|lebensgefährtin)$|^(?:graf|grafen|gräfin|herzog|herzogs|herzogin|prinz|prinzen|prinzessin|freiherr|freiherrn|baron|baronin|erzherzog|erzherzogin|markgraf|landgraf|kurfürst)$/u;
// French forms of address written out ("Monsieur Turpin", "Madame Dupont", "Messieurs"): a title
// before a name, as "M." and "Mme" are. French only: "Madame Tussauds" is a museum in English.
const FRENCH_ADDRESS = new Set(
  'monsieur madame mademoiselle messieurs mesdames mesdemoiselles'.split(' '),
);

/** Whether `w` is a French form of address written out ("Monsieur", "MADAME"), in French text. */
export function isFrenchAddress(w: string, lang: string | undefined): boolean {
  return lang !== undefined && lang.startsWith('fr') && FRENCH_ADDRESS.has(w.toLowerCase());
}

const isTitleIn = (w: string, lang: string | undefined): boolean =>
  isFrenchAddress(w, lang) ||
  (isTitle(w) && !(lang !== undefined && !lang.startsWith('fr') && /^MM?\.?$/.test(w))) ||
  (lang !== undefined &&
    lang.startsWith('de') &&
    startsCapital(w) &&
    (GERMAN_TITLE.test(w.toLowerCase()) ||
      GERMAN_ROLE.test(w.toLowerCase()) ||
      GERMAN_KIN.test(w.toLowerCase())));

/**
 * Drops titles from person mentions ("le président Vladimir Poutine", "M. Dupont",
 * "President Joe Biden" → the name):
 * some training sets count them in, but an entity is the person. A "person" that does not end
 * in a capitalised word is dropped.
 */
export function trimPersonTitles<S extends { start: number; end: number; type: EntityType }>(
  spans: S[],
  tokens: readonly Token[],
  lang?: string,
): S[] {
  const out: S[] = [];
  for (const s of spans) {
    if (s.type !== 'PER') {
      out.push(s);
      continue;
    }
    let start = s.start;
    let afterHonorific = false;
    while (start < s.end) {
      const w = (tokens[start] as Token).text;
      // A particle that opens the name, or follows an honorific, is the name's ("M. de Mauroy",
      // "de Gaulle"): not "secrétaire d'État Antony Blinken".
      const next = tokens[start + 1]?.text;
      const particle =
        PARTICLES.has(w) &&
        (start === s.start || afterHonorific) &&
        start + 1 < s.end &&
        next !== undefined &&
        startsCapital(next) &&
        !isTitleIn(next, lang);
      if (particle) break;
      // German: an English title's first word before its title word ("Head Coach Don Jackson").
      if (
        lang !== undefined &&
        lang.startsWith('de') &&
        ENGLISH_TITLE_HEAD_DE.test(w) &&
        next !== undefined &&
        start + 2 < s.end &&
        isTitleIn(next, lang)
      ) {
        start++;
        continue;
      }
      // A title, its dot, a lower-case word ("le président M. Dupont").
      if (isTitleIn(w, lang) || !startsCapital(w)) {
        if ((HONORIFIC.test(w) || isFrenchAddress(w, lang)) && isTitleIn(w, lang)) {
          afterHonorific = true;
        } else if (w !== '.') afterHonorific = false;
        start++;
      } else break;
    }
    // An apposition after a comma is no part of the name ("M. Ador, conseiller fédéral"): some
    // training sets count the function into the person, and the tagger learnt to draw it in.
    const end = appositionCut(tokens, start, s.end);
    // Names end in a capital word that is not a title: "ministre des Affaires étrangères" and
    // "Chinese Vice Premier" are functions, not people. After a capitalised article inside the
    // name it is a family name's: "Bruno Le Maire", "Jean Le Roi".
    const last = (tokens[end - 1] as Token).text;
    const surname = end - start > 2 && NAME_ARTICLE.test((tokens[end - 2] as Token).text);
    if (start < end && startsCapital(last) && (!isTitle(last) || surname)) {
      out.push({ ...s, start, end });
    }
  }
  return out;
}

// Titles of rank written before a single name, in English as written: with one word after them
// they are how the person is known ("Prince Harry", "Pope Francis", "Lady Gaga", "Lord Sugar").
const NOBLE_TITLE = /^(?:King|Queen|Prince|Princess|Pope|Lord|Lady|Dame)$/u;

/**
 * A person of one word just after a title of rank (NOBLE_TITLE) takes the title back
 * (trimPersonTitles and the tagger leave it out): "Harry", "Francis" and "Gaga" alone name no one
 * a reader knows, and "Gaga" is no surname. Not before two words or more ("Prince William Arthur"
 * → the name is enough), not when another span holds the title, not in lower case ("le prince
 * Harry": French and Spanish write their own titles in lower case, as no part of the name).
 */
export function keepNobleTitles(words: readonly string[][], spans: TokenSpan[][]): void {
  spans.forEach((list, k) => {
    const w = words[k] as readonly string[];
    list.forEach((s, i) => {
      if (s.type !== 'PER' || s.end - s.start !== 1 || s.start === 0) return;
      if (!NOBLE_TITLE.test(w[s.start - 1] as string)) return;
      if (list.some((o) => o !== s && o.start <= s.start - 1 && o.end > s.start - 1)) return;
      list[i] = { ...s, start: s.start - 1 };
    });
  });
}

// French honorifics as abbreviated ("M.", "Mme", "Me" the lawyer's Maître): a place or an
// organisation never opens with one.
const FRENCH_HONORIFIC = /^(?:M|MM|Mme|Mmes|Mlle|Mlles|Me|Mgr)\.?$/;

/**
 * French: a place or an organisation whose span opens with an honorific is a person the tagger
 * mistyped ("Écrire à M. Lemaitre", "adresser à Mme Levet", "Enfin vient M. Merrheim": "à" cues a
 * place); a place may open with the form of address written out too ("à Monsieur Bodin"), an
 * organisation not ("Madame Figaro" is a magazine). The span becomes a person's, whose title
 * trimPersonTitles then drops; an honorific alone ("Écrire à Mme, bureau 3") is dropped.
 */
export function honorificPersons<S extends { start: number; end: number; type: EntityType }>(
  spans: S[],
  tokens: readonly Token[],
  lang?: string,
): S[] {
  if (!lang?.startsWith('fr')) return spans;
  const out: S[] = [];
  for (const s of spans) {
    const first = (tokens[s.start] as Token).text;
    const opens =
      s.type !== 'PER' &&
      (FRENCH_HONORIFIC.test(first) || (s.type === 'LOC' && isFrenchAddress(first, lang)));
    if (!opens) {
      out.push(s);
      continue;
    }
    let i = s.start + 1;
    while (i < s.end && (tokens[i] as Token).text === '.') i++;
    if (i < s.end) out.push({ ...s, type: 'PER' });
  }
  return out;
}

/**
 * French: a person span with an honorific after its first word ("Mais M. de Mauroy", "Quand M.
 * Laurent", "Courrèges Mademoiselle Chanel", "de Mauroy M. de Mauroy") holds a sentence's opening
 * word or another name before it: the span starts at its last such honorific, which
 * trimPersonTitles then drops. A name lost before it costs less than a wrong one shown.
 */
export function cutBeforeInnerHonorific<S extends { start: number; end: number; type: EntityType }>(
  spans: S[],
  tokens: readonly Token[],
  lang?: string,
): S[] {
  if (!lang?.startsWith('fr')) return spans;
  return spans.map((s) => {
    if (s.type !== 'PER') return s;
    for (let i = s.end - 2; i > s.start; i--) {
      const w = (tokens[i] as Token).text;
      if (!FRENCH_HONORIFIC.test(w) && !isFrenchAddress(w, lang)) continue;
      let j = i + 1;
      while (j < s.end && (tokens[j] as Token).text === '.') j++;
      const next = tokens[j]?.text;
      if (j < s.end && next !== undefined && (startsCapital(next) || PARTICLES.has(next))) {
        return { ...s, start: i };
      }
    }
    return s;
  });
}

const INITIAL_LOWER = /^\p{Ll}/u;

/**
 * Where a person span goes on past a comma into lower-case words ("Ador , conseiller fédéral"),
 * the end of the name before the comma; else `end`.
 */
function appositionCut(tokens: readonly Token[], start: number, end: number): number {
  for (let i = start + 1; i < end - 1; i++) {
    if ((tokens[i] as Token).text !== ',') continue;
    const before = (tokens[i - 1] as Token).text;
    if (startsCapital(before) && INITIAL_LOWER.test((tokens[i + 1] as Token).text)) return i;
  }
  return end;
}
