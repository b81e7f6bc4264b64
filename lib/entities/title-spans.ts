import { foldName } from './fold-name';
import type { TokenSpan } from './tags';
import { startsCapital, startsLower } from './letter-case';

/**
 * Titles written before a name ("Secretary of State Antony Blinken", "ministre des Affaires
 * étrangères Sergueï Lavrov", "ministro de Defensa Andréi Belousov"): their capitalised words are
 * no part of the name, whatever span the tagger drew over them. A title is
 *   [modifiers or portfolio words] head+ [post-modifier] (connector+ portfolio+ [adjective])*
 * e.g. "Foreign Minister", "Prime Minister", "Secretary of State", "secrétaire d'État",
 * "ministre de l'Europe et des Affaires étrangères", "presidente del Gobierno". Words are compared
 * folded (no accents, lower case). Lists per language; an unknown language reads English's.
 */
interface TitleWords {
  /** Words that make a title: "minister", "ministre", "ministro". */
  heads: Set<string>;
  /** Words that only come before a head: "prime", "vice", "deputy". */
  modifiers: Set<string>;
  /** Words after a head that stay in the title: "Attorney General", "secretario general". */
  post: Set<string>;
  /** What a department or office is called: "State", "Defense", "Affaires", "Exteriores". */
  portfolio: Set<string>;
  /** Lower-case words joining a head to its portfolio: "of", "des", "del". */
  connectors: Set<string>;
  /** A lower-case adjective may follow a portfolio word ("Affaires étrangères"). */
  adjectives: boolean;
  /**
   * Honorifics, as written (case counts: "m" is a metre): a title on their own, with or without
   * their dot ("Mme", "Mr", "Sra."); `dotted` ones only with it ("M." is Monsieur, "M" a letter).
   */
  honorifics: Set<string>;
  dotted: Set<string>;
  /** What mayOpenTitle reads first (made once, below OPENERS). */
  gate?: TitleGate;
}

/** The openers of one language's titles and the prefixes that gate them (mayOpenTitle). */
interface TitleGate {
  openers: Set<string>;
  /** asciiPrefix and asciiPrefix3 of every opener and every honorific. */
  prefixes: Set<number>;
  prefixes3: Set<number>;
}

const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

const WORDS: Record<string, TitleWords> = {
  en: {
    heads: set(`president minister secretary secretary-general undersecretary under-secretary
      chancellor premier senator governor mayor ambassador envoy spokesman spokeswoman spokesperson
      commissioner chairman chairwoman director general admiral colonel king queen prince princess
      pope judge attorney president-elect vice-president captain sergeant lieutenant commander
      detective inspector archbishop cardinal reverend rabbi imam professor doctor`),
    modifiers: set('prime vice deputy acting first chief junior foreign'),
    post: set('general designate elect'),
    portfolio: set(`state defense defence foreign home interior treasury justice health trade
      commerce energy finance economy affairs labor labour agriculture transport transportation
      education environment security homeland exchequer culture development war navy army
      veterans housing human services industry`),
    connectors: set('of for the and'),
    adjectives: false,
    honorifics: set('Mr Mrs Ms Dr Drs Prof Hon'),
    dotted: set(''),
  },
  fr: {
    heads: set(`président présidente ministre secrétaire secrétaire-général premier première
      chancelier chancelière sénateur sénatrice gouverneur maire ambassadeur ambassadrice
      porte-parole commissaire général roi reine pape vice-président vice-présidente maréchal
      sergent capitaine colonel lieutenant commandant amiral abbé curé cardinal évêque archevêque
      pasteur rabbin imam docteur professeur juge procureur accusé baron baronne comte comtesse
      duc duchesse marquis marquise vicomte empereur impératrice prince princesse chanoine consul`),
    modifiers: set('premier première vice'),
    post: set('général générale délégué déléguée adjoint adjointe'),
    portfolio: set(`état affaires europe intérieur défense armées économie finances budget justice
      santé travail éducation culture agriculture transports écologie environnement industrie
      commerce outre-mer république conseil gouvernement comptes numérique sports`),
    connectors: set(`de des du d' la l' et aux à`),
    adjectives: true,
    honorifics: set('M MM Mme Mmes Mlle Mlles Dr Pr Mgr Mad'),
    dotted: set('M MM Mad'),
  },
  es: {
    heads: set(`presidente presidenta vicepresidente vicepresidenta ministro ministra secretario
      secretaria canciller senador senadora gobernador gobernadora alcalde alcaldesa embajador
      embajadora portavoz comisario comisaria rey reina papa viceprimer primer primera
      vicecanciller general coronel capitán teniente comandante sargento almirante juez jueza
      obispo arzobispo cardenal doctor doctora profesor profesora príncipe princesa duque duquesa
      conde condesa emperador emperatriz`),
    modifiers: set('primer primera vice viceprimer'),
    post: set('general adjunto adjunta'),
    portfolio: set(`estado asuntos exteriores relaciones defensa interior economía hacienda
      justicia sanidad salud trabajo educación cultura agricultura fomento industria comercio
      energía gobierno república desarrollo comunicaciones transportes ciencia seguridad
      finanzas`),
    connectors: set('de del la las los y e'),
    adjectives: true,
    honorifics: set('Sr Sra Srta Dr Dra'),
    dotted: set(''),
  },
};

// Words are compared in lower case (key), without folding them (NFD on every token costs more
// than the tagging): each list holds its words both accented and folded ("intérieur",
// "interieur"), and its apostrophes both straight and curly.
for (const w of Object.values(WORDS)) {
  for (const k of ['heads', 'modifiers', 'post', 'portfolio', 'connectors'] as const) {
    w[k] = new Set([...w[k]].flatMap((x) => [x, foldName(x), x.replace(/'/g, '’')]));
  }
}

const key = (w: string): string => w.toLowerCase();

// The lower-case words a title may open with (titleAt): a head, a modifier, in English a
// portfolio word ("Defense Secretary"); honorifics are matched as written. A word that is none of
// them opens no title, and is passed over without reading the title's grammar.
const OPENERS = new Map<TitleWords, Set<string>>(
  Object.entries(WORDS).map(([lang, tw]) => [
    tw,
    new Set([...tw.heads, ...tw.modifiers, ...(lang === 'en' ? tw.portfolio : [])]),
  ]),
);

/** ASCII lower case of a UTF-16 unit: other units as they are. */
const asciiLower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * A number for a word's first two units in lower case where both are ASCII (the lower case of
 * ASCII letters needs no context, so it is the prefix of the word's lower case); a word of one
 * ASCII unit has its own range; -1 for anything else (the word is lower-cased whole).
 */
function asciiPrefix(w: string): number {
  const c0 = w.charCodeAt(0);
  if (!(c0 < 128)) return -1;
  if (w.length === 1) return 16384 + asciiLower(c0);
  const c1 = w.charCodeAt(1);
  return c1 < 128 ? asciiLower(c0) * 128 + asciiLower(c1) : -1;
}

/**
 * asciiPrefix of a word's first three units where all three are ASCII, or -1: told apart by three
 * letters, German's and English's short words ("der", "die", "in", "the") pass no opener's
 * first two ("de" of "deputy", "di" of "director", "in" of "interior").
 */
function asciiPrefix3(w: string): number {
  if (w.length < 3) return -1;
  const c2 = w.charCodeAt(2);
  const two = asciiPrefix(w);
  return two >= 0 && c2 < 128 ? two * 128 + asciiLower(c2) : -1;
}

// Each language's gate: the prefixes (asciiPrefix, asciiPrefix3) of its openers, by which most
// words, capitalised nouns above all, are told apart from every opener by their first two or
// three letters without lower-casing them; and of its honorifics, so that the gate passes every
// honorific (matched as written: their prefixes are their words' own).
for (const tw of Object.values(WORDS)) {
  const openers = OPENERS.get(tw) as Set<string>;
  tw.gate = {
    openers,
    prefixes: new Set([...openers, ...tw.honorifics].map(asciiPrefix)),
    prefixes3: new Set([...openers, ...tw.honorifics].map(asciiPrefix3)),
  };
}

/** Whether word `a` may open a title: titleAt(words, a, tw) is null where it may not. */
function mayOpenTitle(words: readonly string[], a: number, tw: TitleWords): boolean {
  const w = words[a];
  if (w === undefined) return false;
  const gate = tw.gate as TitleGate;
  // Three ASCII units are the first three of the word's lower case, whatever follows them: a
  // word whose prefix no opener or honorific has is neither (most words), without a lookup.
  const prefix3 = asciiPrefix3(w);
  if (prefix3 >= 0) {
    if (!gate.prefixes3.has(prefix3)) return false;
  } else {
    const prefix = asciiPrefix(w);
    if (prefix >= 0 && !gate.prefixes.has(prefix)) return false;
  }
  if (tw.honorifics.has(w)) return true;
  return gate.openers.has(key(w));
}

/** A language's title openers (lower case) and honorifics (as written): what mayOpenTitle finds. */
export function titleOpeners(lang: string): { openers: Set<string>; honorifics: Set<string> } {
  const tw = wordsFor(lang);
  return { openers: OPENERS.get(tw) as Set<string>, honorifics: tw.honorifics };
}

/** mayOpenTitle in a language (for its test). */
export function mayOpenTitleIn(words: readonly string[], a: number, lang: string): boolean {
  return mayOpenTitle(words, a, wordsFor(lang));
}

// What follows a title that is no person: "Secretary of State Department", "Prime Minister's Office".
const INSTITUTIONS = new Set(
  `department ministry office council committee administration government agency cabinet
  commission house court party bureau ministère gouvernement conseil comité cabinet ministerio
  gobierno consejo comisión oficina`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((x) => [x, foldName(x)]),
);

/**
 * The most words a title runs to ("ministre de l'Europe et des Affaires étrangères"): how far
 * before a span (splitTitle) or a word (titleEndsAt) a title may start.
 */
const TITLE_REACH = 9;

interface Title {
  start: number;
  end: number;
  /** A portfolio word or two title words: a title whatever the span's type ("Premier League" is none). */
  strong: boolean;
}

function wordsFor(lang: string): TitleWords {
  return WORDS[lang.toLowerCase().slice(0, 2)] ?? (WORDS.en as TitleWords);
}

/** How many words the title word at `i` takes (an honorific its dot too), or 0 for none. */
function headAt(words: readonly string[], i: number, tw: TitleWords): number {
  const w = words[i];
  if (w === undefined) return 0;
  if (tw.heads.has(key(w))) return 1;
  if (!tw.honorifics.has(w)) return 0;
  const dot = words[i + 1] === '.';
  return dot ? 2 : tw.dotted.has(w) ? 0 : 1;
}

/** The longest title that starts at word `a`, or null. */
function titleAt(words: readonly string[], a: number, tw: TitleWords): Title | null {
  const n = words.length;
  let i = a;
  let pre = 0;
  let portfolio = false;
  // Words before the head: "Prime", "Foreign", "Defense" (English) or "primer", "vice".
  while (i < n && !headAt(words, i, tw)) {
    const f = key(words[i] as string);
    if (!tw.modifiers.has(f) && !(tw === WORDS.en && tw.portfolio.has(f))) return null;
    if (tw.portfolio.has(f)) portfolio = true;
    pre++;
    i++;
  }
  let heads = 0;
  for (let h = headAt(words, i, tw); h; h = headAt(words, i, tw)) {
    heads++;
    i += h;
  }
  if (!heads) return null;
  if (i < n && tw.post.has(key(words[i] as string))) i++;
  let end = i;
  // Complements: "of State", "des Affaires étrangères", "de l'Europe et des Affaires", "del Gobierno".
  for (;;) {
    let j = end;
    while (j < n && startsLower(words[j] as string) && tw.connectors.has(key(words[j] as string))) {
      j++;
    }
    if (j === end) break;
    let k = j;
    while (k < n && tw.portfolio.has(key(words[k] as string))) k++;
    if (k === j) break;
    if (
      tw.adjectives &&
      k < n &&
      startsLower(words[k] as string) &&
      (words[k] as string).length >= 5
    ) {
      k++;
    }
    portfolio = true;
    end = k;
  }
  return { start: a, end, strong: portfolio || pre + heads >= 2 };
}

const HAS_LETTER = /\p{L}/u;

// The words left after a title make a person's name: capitalised first and last, no title or
// institution word, at most five words ("Antony Blinken", "Ban Ki-moon", "Charles de Gaulle").
function isName(words: readonly string[], start: number, end: number, tw: TitleWords): boolean {
  if (end <= start || end - start > 5) return false;
  if (!startsCapital(words[start] as string) || !startsCapital(words[end - 1] as string)) {
    return false;
  }
  for (let i = start; i < end; i++) {
    const f = key(words[i] as string);
    if (INSTITUTIONS.has(f) || tw.heads.has(f) || tw.honorifics.has(words[i] as string)) {
      return false;
    }
    if (!HAS_LETTER.test(words[i] as string) && words[i] !== '.' && words[i] !== '-') return false;
  }
  return true;
}

/**
 * Takes a title's words out of a span: a span that begins inside a title ("State Antony Blinken"
 * after "Secretary of") or opens with a strong one ("Foreign Minister Sergei Lavrov" read as an
 * organisation) keeps the name after it, as a person. A person span with a title inside keeps
 * the name too. A span that is nothing but a title's words is left alone ("Gobierno" in
 * "presidente del Gobierno" is the government), as is anything else.
 */
export function splitTitle(words: readonly string[], span: TokenSpan, lang: string): TokenSpan {
  const tw = wordsFor(lang);
  for (let a = Math.max(0, span.start - TITLE_REACH); a <= span.start; a++) {
    if (!mayOpenTitle(words, a, tw)) continue;
    const t = titleAt(words, a, tw);
    if (!t || t.end <= span.start) continue;
    // Between the title's start and the span only title words: titleAt checked them.
    const outside = a < span.start;
    if (!outside && !t.strong && span.type !== 'PER') return span;
    if (t.end >= span.end || !isName(words, t.end, span.end, tw)) return span;
    return { start: t.end, end: span.end, type: 'PER' };
  }
  return span;
}

/** The words of a blank-separated list, each as written and folded (foldName), as a set. */
function wordsAndFolded(list: string): Set<string> {
  return new Set(
    list
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((x) => [x, foldName(x)]),
  );
}

// The ministries of a French minister's title ("ministre de l'Intérieur", "des Affaires
// étrangères"): a department, no name of its own. Not the bodies a title also names
// ("président de la République", "secrétaire d'État", "Premier ministre du Conseil").
const MINISTRIES_FR = wordsAndFolded(
  `affaires intérieur défense armées économie finances budget justice santé travail éducation
  culture agriculture transports écologie environnement industrie commerce outre-mer comptes
  numérique sports`,
);

// The same of a Spanish title ("ministro de Justicia", "secretario de Finanzas", "de Asuntos
// Exteriores"): esp.train tags them MISC or leaves them untagged (of 93 names opened by these
// words right after a title and "de", 79 MISC, 7 untagged, 1 ORG). Not "Estado", "Gobierno":
// bodies ("secretario de Estado" is ORG there).
const MINISTRIES_ES = wordsAndFolded(
  `asuntos exteriores defensa interior economía hacienda justicia sanidad salud trabajo educación
  cultura agricultura fomento industria comercio energía comunicaciones transportes ciencia
  finanzas`,
);
const MINISTRIES: Record<string, Set<string>> = { fr: MINISTRIES_FR, es: MINISTRIES_ES };

/**
 * Whether a span is only the ministry of a French or Spanish minister's title before it
 * ("Intérieur" in "le ministre de l'Intérieur", "Affaires étrangères" in "ministre des Affaires
 * étrangères", "Justicia" in "el ministro de Justicia"): the tagger reads such a capitalised word
 * as a name of its own.
 */
export function isMinistryOfTitle(
  words: readonly string[],
  span: TokenSpan,
  lang: string,
): boolean {
  const l = lang.slice(0, 2);
  if (!MINISTRIES[l]?.has(key(words[span.start] as string))) return false;
  const tw = WORDS[l] as TitleWords;
  for (let a = Math.max(0, span.start - TITLE_REACH); a < span.start; a++) {
    if (!mayOpenTitle(words, a, tw)) continue;
    const t = titleAt(words, a, tw);
    if (t && t.end > span.start && t.end >= span.end) return true;
  }
  return false;
}

/**
 * Whether a title ends right before word `i` ("Secretary of State" before "Antony", "ministre des
 * Affaires étrangères" before "Sergueï"): its words are outside the name that follows.
 */
export function titleEndsAt(words: readonly string[], i: number, lang: string): boolean {
  const tw = wordsFor(lang);
  for (let a = Math.max(0, i - TITLE_REACH); a < i; a++) {
    if (mayOpenTitle(words, a, tw) && titleAt(words, a, tw)?.end === i) return true;
  }
  return false;
}
/** Whether a word is a title's head or modifier ("President", "Premier", "Prime"). */
export function isTitleWord(word: string, lang: string): boolean {
  const tw = wordsFor(lang);
  const k = key(word);
  return tw.heads.has(k) || tw.modifiers.has(k);
}

/**
 * The words that open a name right after a title ("Denis" in "viceprimer ministro Denis
 * Mánturov", "Antony" in "Secretary of State Antony Blinken"): 1 there, else 0. The tagger,
 * trained on sets that count titles into the person, may read such a word as inside a name
 * that the title would have opened; the decoder lets it open the name instead (tagSentence).
 */
export function namesAfterTitles(words: readonly string[], lang: string): Uint8Array {
  const tw = wordsFor(lang);
  const cached = opensCache.get(words);
  if (cached?.tw === tw) return cached.opens;
  const out = new Uint8Array(words.length);
  for (let a = 0; a < words.length - 1; a++) {
    if (!mayOpenTitle(words, a, tw)) continue;
    const t = titleAt(words, a, tw);
    if (!t || t.end >= words.length) continue;
    const next = key(words[t.end] as string);
    if (startsCapital(words[t.end] as string) && !tw.heads.has(next) && !INSTITUTIONS.has(next)) {
      out[t.end] = 1;
    }
    a = t.end - 1;
  }
  opensCache.set(words, { tw, opens: out });
  return out;
}

// The tagger (tagTokens) and the span rules (addNamesAfterTitles) both ask about each sentence's
// words array, which neither changes: the second asks this cache. Callers only read the marks.
const opensCache = new WeakMap<readonly string[], { tw: TitleWords; opens: Uint8Array }>();

const INITIAL = /^\p{Lu}\.?$/u;

/**
 * Persons the tagger missed right after a title: "del viceprimer ministro Denis Mánturov", "le
 * ministre Paul Vernier". The capitalised words that follow a title (at most four, none already in
 * a span, no institution or title word) are a person's name. Returns `spans` with them added.
 */
export function addNamesAfterTitles(
  words: readonly string[],
  spans: TokenSpan[],
  lang: string,
): TokenSpan[] {
  const opens = namesAfterTitles(words, lang);
  const tw = wordsFor(lang);
  const taken = new Uint8Array(words.length);
  for (const s of spans) taken.fill(1, s.start, s.end);
  const added: TokenSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!opens[i] || taken[i]) continue;
    let end = i;
    while (
      end < words.length &&
      end - i < 4 &&
      !taken[end] &&
      startsCapital(words[end] as string)
    ) {
      end++;
    }
    if (end < words.length && taken[end]) continue;
    if (!isName(words, i, end, tw)) continue;
    // "M. B., 45 ans": a French paper's initial keeps the person unnamed.
    if (tw === WORDS.fr && end - i === 1 && INITIAL.test(words[i] as string)) continue;
    added.push({ start: i, end, type: 'PER' });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}
