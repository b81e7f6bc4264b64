import { foldName } from './fold-name';
import { hashFeature } from './hash';
import { decodeHashes, frontDecode, type PackedHashes } from './packed';
import data from './model/common-words.json';
import nouns from './model/nouns-de.json';
import dictNouns from './model/nouns-de-dict.json';
import wordsEn from './model/words-en.json';
import wordsEs from './model/words-es.json';
import wordsFr from './model/words-fr.json';
import { type EntityType, TYPES } from './tags';

type Band = 'mostly' | 'often';
const LANGS = ['en', 'es', 'fr', 'de'];
const BANDS = ['often', 'mostly'] as const;
/** Per language, read on its first lookup (readLists). */
const bands = new Map<string, Map<string, Band>>();
const named = new Map<string, Map<string, EntityType>>();

/**
 * Each word of the language's lists in common-words.json under `keys` (front-coded: packed.ts
 * frontCode) to the key it is listed under (a later key wins). One language at a time: a page
 * reads one or two languages' lists, and decoding all four cost its first lookup twice.
 */
function readLists<K extends string>(lang: string, keys: readonly K[]): Map<string, K> {
  const json = data as unknown as Record<string, Partial<Record<K, string>>>;
  const words = new Map<string, K>();
  for (const key of keys) {
    for (const w of frontDecode(json[lang]?.[key] ?? '')) words.set(w, key);
  }
  return words;
}

/** The language's lists of `cache`, read on first use. */
function listsOf<K extends string>(
  cache: Map<string, Map<string, K>>,
  lang: string,
  keys: readonly K[],
): Map<string, K> {
  const l = listLang(lang);
  let words = cache.get(l);
  if (!words) {
    words = readLists(l, keys);
    cache.set(l, words);
  }
  return words;
}

/** The lists' language for `lang`: its own when kept, else English. */
function listLang(lang: string): string {
  const l = lang.slice(0, 2).toLowerCase();
  return LANGS.includes(l) ? l : 'en';
}

/**
 * How the language's running text writes a word outside names (lib/entities/model/common-words.json,
 * counted on the NER training sets): 'mostly' in lower case ("radio", "staff"), 'often'
 * ("justicia", "palais"), or undefined (a name, or a word too rare to tell).
 */
export function commonWordBand(word: string, lang: string): Band | undefined {
  return listsOf(bands, lang, BANDS).get(foldName(word));
}

/**
 * The type a one-word name, folded (foldName: "clinton"), nearly always takes in the language's
 * NER training sets ("Clinton" PER, "Bosnia" LOC; lib/entities/model/common-words.json), or
 * undefined (unseen, rare or mixed).
 */
export function trainedNameType(folded: string, lang: string): EntityType | undefined {
  return listsOf(named, lang, TYPES).get(folded);
}

/** A word list packed as hashes (packHashes): its key, and whether it holds a folded word. */
export interface HashedWords {
  /** A folded word's key: the low bits (as many as the list keeps) of its FNV-1a hash. */
  key(folded: string): number;
  /** Whether the list holds a folded word's key; the list is decoded on first use. */
  has(folded: string): boolean;
}

/**
 * The lookup of a word list built as the low `bits` bits of its words' FNV-1a hashes (packHashes;
 * nouns-de.json, words-en/es/fr.json, given-names.json), decoded on first use.
 */
export function hashedWords(packed: Omit<PackedHashes, 'bits'>, bits: number): HashedWords {
  let sorted: Uint32Array | null = null;
  const key = (folded: string): number => hashFeature(folded) & (2 ** bits - 1);
  return {
    key,
    has: (folded) => {
      sorted ??= decodeHashes(packed);
      return sortedHas(sorted, key(folded));
    },
  };
}

/** Bits of a German noun's hash kept in nouns-de.json (train/build-nouns-de.ts). */
export const NOUN_HASH_BITS = 24;
const nounsDe = hashedWords(nouns, NOUN_HASH_BITS);

/** A folded word's key in nouns-de.json: the low NOUN_HASH_BITS bits of its FNV-1a hash. */
export const nounKey = nounsDe.key;

/**
 * Whether German's permissively licensed training text writes `word` as a common noun:
 * capitalised inside sentences, outside names, never in a name (lib/entities/model/nouns-de.json,
 * built by train/build-nouns-de.ts): "Biogas", "Karriere". The list holds hashes: a word outside
 * it matches with a chance of about 0.06 %.
 */
export function isGermanNoun(word: string): boolean {
  return nounsDe.has(foldName(word));
}

/** Bits of a German noun's hash kept in nouns-de-dict.json (train/build-nouns-de-dict.ts). */
export const DICT_NOUN_HASH_BITS = 24;
const dictNounsDe = hashedWords(dictNouns, DICT_NOUN_HASH_BITS);
const dictNotNounsDe = hashedWords(dictNouns.exceptions, DICT_NOUN_HASH_BITS);

/** A folded word's key in nouns-de-dict.json: the low DICT_NOUN_HASH_BITS bits of its FNV-1a hash. */
export const dictNounKey = dictNounsDe.key;

// Case and plural endings of German nouns, folded ("Algen", "Hotels", "Löchern": "locher-n").
const NOUN_ENDINGS_DE = ['ern', 'en', 'er', 'es', 'n', 's', 'e'];

/**
 * The folded word and its stems with a case or plural ending cut, of four letters or more
 * ("algen": "algen", "alge"; "hotels": "hotels", "hotel"): the keys a word is looked
 * up under in nouns-de-dict.json, which lists lemmas and only the forms no ending leads back to.
 */
export function nounStemsDe(folded: string): string[] {
  const out = [folded];
  for (const end of NOUN_ENDINGS_DE) {
    if (folded.endsWith(end) && folded.length - end.length >= 4) {
      out.push(folded.slice(0, -end.length));
    }
  }
  return out;
}

/**
 * Whether German's morphological lexicon (german-pos-dict, nouns-de-dict.json) has `word`, or
 * its stem less a case or plural ending, as a common noun with a plural ("Kiosk", "Algen",
 * "Hotels", "Galerien"), among the 30,000 that most compounds of the lexicon end in: no
 * place's name is declined in the plural; not a town or a singular-only noun its stem would
 * match ("Essen", "Rügen": the file's exceptions). A word outside it matches with a chance of
 * about 0.2 % (two or three keys, each 11,700 / 2^24). `least`: the shortest stem looked up
 * (a compound's last part: six letters, "Grau|bünden" is no "Bund").
 */
export function isDictionaryNounDe(word: string, least = 4): boolean {
  const f = foldName(word);
  return (
    !dictNotNounsDe.has(f) && nounStemsDe(f).some((s) => s.length >= least && dictNounsDe.has(s))
  );
}

/**
 * Whether nouns-de-dict.json has a stem of `word` less a case or plural ending, of five letters or
 * more (`least`), whatever its exceptions say of the whole word ("Fasern" of "Faser": the lexicon lists
 * "das Fasern", the verb as a noun, singular only). For a compound's last part ("Natur|fasern"),
 * where no town's name is read: towns' stems are short ("Essen", "Halle", "Rügen").
 */
export function dictionaryStemDe(word: string, least = 5): boolean {
  return nounStemsDe(foldName(word))
    .slice(1)
    .some((s) => s.length >= least && dictNounsDe.has(s));
}

/**
 * Whether nouns-de-dict.json has `word` by a stem only, less a case or plural ending other than
 * "-er", not as itself ("Fotos" of "Foto", "Stöße" of "Stoß"; not "Koch"): an inflected form of
 * a noun. "-er" makes surnames of nouns as well as plurals ("Feder|er", "Schäf|er").
 */
export function dictionaryStemOnlyDe(word: string): boolean {
  const f = foldName(word);
  return (
    !dictNounsDe.has(f) &&
    !f.endsWith('er') &&
    !f.endsWith('ern') &&
    nounStemsDe(f)
      .slice(1)
      .some((s) => dictNounsDe.has(s))
  );
}

/**
 * Whether nouns-de-dict.json lists `word` as no noun: a town, or a singular-only noun, that its
 * stem ("Essen", "Rügen") or, for a town, its last part ("Salz|gitter") would match.
 */
export function dictionaryExceptionDe(word: string): boolean {
  return dictNotNounsDe.has(foldName(word));
}

/** Bits of an English word's hash kept in words-en.json (train/build-words-en.ts). */
export const WORD_HASH_BITS = 23;
const englishWords = hashedWords(wordsEn, WORD_HASH_BITS);

/** A folded word's key in words-en.json: the low WORD_HASH_BITS bits of its FNV-1a hash. */
export const englishWordKey = englishWords.key;

/** Whether an ascending list of hashes holds `h` (binary search). */
function sortedHas(sorted: Uint32Array, h: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < h) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] === h;
}

/**
 * Whether an English dictionary (SCOWL) writes `word`, or the singular of a regular plural, only
 * in lower case: an ordinary word ("Thermostat", "Glaciers"), never a name
 * (lib/entities/model/words-en.json, built by train/build-words-en.ts). The list leaves out the
 * words commonWordBand rates for English ("Research", "Statement": ask it too) and those of
 * SCOWL's larger sizes only ("Sustainability"). It holds hashes: a word outside it matches with a
 * chance of about 0.25 %.
 */
export function isEnglishWord(word: string): boolean {
  const w = foldName(word);
  if (!/^[a-z]{4,}$/u.test(w) || /(?:ed|ly|est)$/u.test(w)) return false;
  const forms = [w];
  if (w.endsWith('ies')) forms.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) forms.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) forms.push(w.slice(0, -1));
  return forms.some((f) => f.length >= 4 && englishWords.has(f));
}

/** Bits of a Spanish lemma's hash kept in words-es.json (train/build-words-es.ts). */
export const SPANISH_WORD_HASH_BITS = 25;
const spanishWords = hashedWords(wordsEs, SPANISH_WORD_HASH_BITS);

/** A folded lemma's key in words-es.json: the low SPANISH_WORD_HASH_BITS bits of its FNV-1a hash. */
export const spanishWordKey = spanishWords.key;

/**
 * The lemmas a Spanish noun or adjective, folded, may have: itself, its singular ("lectoras" →
 * "lectora"), its masculine ("lectora" → "lector", "matematica" → "matematico").
 */
export function spanishLemmas(folded: string): string[] {
  const singular = [folded];
  if (folded.endsWith('es')) singular.push(folded.slice(0, -2));
  if (folded.endsWith('s')) singular.push(folded.slice(0, -1));
  const out = new Set(singular);
  for (const w of singular) {
    if (!w.endsWith('a')) continue;
    const stem = w.slice(0, -1);
    out.add(`${stem}o`).add(`${stem}e`).add(stem);
  }
  return [...out].filter((w) => w.length >= 4);
}

/**
 * Whether the Spanish dictionary (Hunspell es_ES) writes `word`, or its singular or masculine,
 * only in lower case as a noun or an adjective: an ordinary word ("Fluidez", "Lectora",
 * "Matemática"), never a name (lib/entities/model/words-es.json, built by
 * train/build-words-es.ts). The list holds hashes: a word outside it matches with a chance of
 * about 0.2 % (up to six lemmas tried).
 */
export function isSpanishWord(word: string): boolean {
  const w = foldName(word);
  if (!/^[a-zñ]{4,}$/u.test(w)) return false;
  return spanishLemmas(w).some(spanishWords.has);
}

/** Bits of a French lemma's hash kept in words-fr.json (train/build-words-fr.ts). */
export const FRENCH_WORD_HASH_BITS = 24;
const frenchWords = hashedWords(wordsFr, FRENCH_WORD_HASH_BITS);

/** A folded lemma's key in words-fr.json: the low FRENCH_WORD_HASH_BITS bits of its FNV-1a hash. */
export const frenchWordKey = frenchWords.key;

// A feminine ending and the masculine one it is made from ("nationale" → "national",
// "lectrice" → "lecteur", "active" → "actif", "premiere" → "premier"); folded, so "ère" is "ere".
const FEMININE_ENDINGS: readonly (readonly [string, string])[] = [
  ['enne', 'en'],
  ['onne', 'on'],
  ['euse', 'eur'],
  ['rice', 'eur'],
  ['elle', 'el'],
  ['ette', 'et'],
  ['ive', 'if'],
  ['ere', 'er'],
  ['e', ''],
];

/**
 * The lemmas a French noun or adjective, folded, may have: itself, its singular ("rouges" →
 * "rouge", "chevaux" → "cheval") and its masculine ("nationale" → "national", "lectrice" →
 * "lecteur"). The build (train/build-words-fr.ts) leaves out every lemma this maps a capitalised
 * word of the dictionary to, so a guess never turns a name into a word ("Mayenne" → "mayen").
 */
export function frenchLemmas(folded: string): string[] {
  const singular = [folded];
  if (folded.endsWith('aux')) singular.push(`${folded.slice(0, -3)}al`);
  if (/[sx]$/u.test(folded)) singular.push(folded.slice(0, -1));
  const out = new Set(singular);
  for (const w of singular) {
    for (const [fem, masc] of FEMININE_ENDINGS) {
      if (w.endsWith(fem)) out.add(w.slice(0, -fem.length) + masc);
    }
  }
  return [...out].filter((w) => w.length >= 4);
}

/**
 * Whether the French dictionary (Hunspell fr, Grammalecte/Dicollecte) writes `word`, or its
 * singular or masculine, only in lower case as a noun or an adjective: an ordinary word
 * ("Stylos", "Rouges", "Carton"), never a name it knows (lib/entities/model/words-fr.json, built
 * by train/build-words-fr.ts). The list holds hashes: a word outside it matches with a chance of
 * about 0.5 % (up to six lemmas tried).
 */
export function isFrenchWord(word: string): boolean {
  const w = foldName(word);
  if (!/^[a-z]{4,}$/u.test(w)) return false;
  return frenchLemmas(w).some(frenchWords.has);
}
