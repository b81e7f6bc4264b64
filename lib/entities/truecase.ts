import { lookupName } from '../kb/lookup';
import { commonWordBand, isEnglishWord } from './common-words';
import { isCapsSentence } from './features';
import { getGazetteer } from './gazetteer';
import { normalizeKey } from './gazetteer-key';
import { startsCapital } from './letter-case';

/**
 * Title Case headlines ("Titanfall Had a Rocky Start", "EBay Rejects Icahn Board Picks As
 * Activist Strikes Again") capitalise every word, so capitals there say nothing of names, and
 * the tagger, which learnt from running text, reads the line as a run of names or misses the one
 * name among them. truecaseLine gives the tagger the line as running text would write it: the
 * words the language mostly writes in lower case lower-cased, names the KB or the gazetteer
 * knows and words it cannot tell kept. Only the tagger's reading changes: spans are over token
 * indices, and the names' surfaces come from the original text. English only: the other
 * languages we read write headlines in sentence case, and German capitalises its nouns.
 */

// Words a Title Case headline capitalises though running text never does: articles,
// prepositions, conjunctions, pronouns, auxiliaries (common-words.json lists content words).
export const FUNCTION_WORDS_EN = new Set(
  `a an the and but or nor for of to in on at by with from as into onto over off up out via vs
  than per about after before under upon against between without within through during is are
  was were be been being am has have had do does did will would can could should may might must
  shall not no its it his her their our your my this that these those he she they we you them us
  him who what which when where why how if so just say says said tells told asks`.split(/\s+/),
);

const TITLE_WORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{Ll}+)*$/u;
const LETTER_START = /^\p{L}/u;
/** Longest run of capitalised words looked up as one known name ("Bank of America" is three). */
const MAX_KNOWN = 4;

/**
 * Whether a line (its tokens) is set in Title Case: three or more words after its first (minor
 * words left in lower case aside: "of", "and"), at least three in four of them capitalised, two
 * of those words running text writes in lower case (function words or the language's mostly
 * lower-case words): "Titanfall Had a Rocky Start" (Had, Start), not a sentence with a few names
 * ("Obama met Merkel in Berlin").
 */
export function isTitleCaseLine(words: readonly string[], lang: string): boolean {
  if (lang.slice(0, 2).toLowerCase() !== 'en') return false;
  let seen = 0;
  let capital = 0;
  let ordinary = 0;
  let first = true;
  for (const w of words) {
    if (!LETTER_START.test(w)) continue;
    if (first) {
      first = false;
      continue;
    }
    // Minor words a headline leaves in lower case ("Result and Close of Play") say nothing.
    if (!startsCapital(w)) {
      if (!FUNCTION_WORDS_EN.has(w)) seen++;
      continue;
    }
    seen++;
    capital++;
    if (TITLE_WORD.test(w) && ordinaryWord(w)) ordinary++;
  }
  return seen >= 3 && capital * 4 >= seen * 3 && ordinary >= 2;
}

/**
 * Whether English running text writes `w` in lower case: a function word or a mostly-lower word,
 * or an inflected form of one (inflectionBases: "Warns", "Sues", "Buried", "Raising"), which
 * headlines use most and the word counts seldom hold.
 */
export function ordinaryWord(w: string): boolean {
  const lower = w.toLowerCase();
  if (FUNCTION_WORDS_EN.has(lower)) return true;
  // The word counts, then an English dictionary's lower-case-only words (isEnglishWord: "Swoops",
  // "Defies", "Hacked", which the counts seldom hold), for the word or a base of it. Not for a
  // word of four letters: the dictionary is hashed, and a short given name may match ("Lena").
  const bases = [lower, ...inflectionBases(lower)];
  if (bases.some((b) => commonWordBand(b, 'en') === 'mostly')) return true;
  return lower.length >= 5 && bases.some((b) => isEnglishWord(b));
}

/**
 * The bases an English verb or plural form may come from: "warns" warn, "pushes" push, "buries"
 * bury, "warned" warn / warne, "raised" raise, "stopped" stop, "raising" rais / raise, "stopping"
 * stop. Candidates only: a base counts where the word counts know it (ordinaryWord).
 */
export function inflectionBases(w: string): string[] {
  const out: string[] = [];
  const doubled = (stem: string) =>
    /([b-df-hj-np-tv-z])\1$/u.test(stem) ? [stem.slice(0, -1)] : [];
  if (w.length < 4) return out;
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  else if (w.endsWith('es')) out.push(w.slice(0, -2), w.slice(0, -1));
  else if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  else if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    out.push(stem, `${stem}e`, ...doubled(stem));
  }
  if (w.endsWith('ing') && w.length > 5) {
    const stem = w.slice(0, -3);
    out.push(stem, `${stem}e`, ...doubled(stem));
  }
  return out;
}

/** Whether the words are a name the KB or the gazetteer knows. */
function knownName(words: readonly string[]): boolean {
  const name = words.join(' ');
  return getGazetteer().has(normalizeKey(name)) || lookupName(name) !== undefined;
}

/**
 * The words the tagger reads for one line: in a Title Case line (isTitleCaseLine), each
 * capitalised word after the line's first (and after a colon, which opens a headline's second
 * part) that running text writes in lower case (ordinaryWord) lower-cased, unless it belongs to a
 * run of capitalised words the KB or the gazetteer knows ("White House", "Federal Reserve")
 * or such a name alone. Where `casing` (documentCasing)
 * says how the article's running text writes a word, capitalised inside sentences or in lower
 * case (not both), that wins, for any word: "Swift" of "Taylor Swift" stays, "Rocky" goes. Other
 * lines are returned as they are (the same array).
 */
export function truecaseLine(
  words: readonly string[],
  lang: string,
  casing?: DocumentCasing,
): readonly string[] {
  if (!isTitleCaseLine(words, lang)) return words;
  const n = words.length;
  const keep = new Uint8Array(n);
  // Known names over runs of capitalised words, longest first.
  for (let i = 0; i < n; i++) {
    if (!startsCapital(words[i] as string)) continue;
    for (let len = Math.min(MAX_KNOWN, n - i); len >= 1; len--) {
      const run = words.slice(i, i + len);
      if (!run.every((w) => startsCapital(w) || FUNCTION_WORDS_EN.has(w))) continue;
      if (!startsCapital(run[len - 1] as string)) continue;
      // The lists are read without case: "Who" alone would be the WHO, "Us" the US.
      if (len === 1 && FUNCTION_WORDS_EN.has((run[0] as string).toLowerCase())) continue;
      if (!knownName(run)) continue;
      keep.fill(1, i, i + len);
      break;
    }
  }
  const out = words.slice();
  let opens = true;
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    if (!LETTER_START.test(w)) {
      if (w === ':' || w === '"' || w === '“' || w === '‘') opens = true;
      continue;
    }
    if (opens) {
      opens = false;
      continue;
    }
    if (keep[i] || !TITLE_WORD.test(w)) continue;
    const lower = w.toLowerCase();
    // The article's own text, where it writes the word, says how; a function word is always
    // lower case ("Help Us Grow" beside a menu's "Contact Us").
    const capital = casing?.capital.has(w) ?? false;
    const inLower = casing?.lower.has(lower) ?? false;
    if (capital !== inLower && !FUNCTION_WORDS_EN.has(lower)) {
      if (inLower) out[i] = lower;
      continue;
    }
    if (!ordinaryWord(w)) continue;
    out[i] = lower;
  }
  return out;
}

/** How a document's running text writes its words (documentCasing). */
export interface DocumentCasing {
  /** Words written capitalised inside a sentence, as written ("Swift" of "Taylor Swift said"). */
  capital: Set<string>;
  /** Words written in lower case ("rocky"). */
  lower: Set<string>;
}

/**
 * How the lines that are neither Title Case nor capitals write their words: capitalised after a
 * word inside a sentence, or in lower case (a sentence's first word says nothing).
 */
export function documentCasing(
  lines: readonly (readonly string[])[],
  titled: readonly boolean[],
): DocumentCasing {
  const capital = new Set<string>();
  const lower = new Set<string>();
  lines.forEach((words, k) => {
    if (titled[k] || isCapsSentence(words)) return;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (!LETTER_START.test(w)) continue;
      if (!startsCapital(w)) lower.add(w);
      else if (i > 0 && LETTER_START.test(words[i - 1] as string)) capital.add(w);
    }
  });
  return { capital, lower };
}

/**
 * truecaseLine over a document's headlines (`headline[k]`: the page's title, or a line of its
 * text that repeats it); other lines, and headlines not in Title Case, are returned as they are
 * (the same arrays). Where the document's other lines write a word (documentCasing), as they
 * write it: "Taylor Swift Tops the Charts" over a text that says "Taylor Swift" and "tops".
 * Headings and labels inside a text ("Repurposed Baby Grand Piano Bookshelf") are left alone:
 * they seldom hold a name, and the tagger's reading of them is what the confidence was fitted on.
 */
export function truecaseLines(
  lines: readonly (readonly string[])[],
  lang: string,
  headline: readonly boolean[],
): string[][] {
  const titled = lines.map((w, k) => !!headline[k] && isTitleCaseLine(w, lang));
  if (!titled.includes(true)) return lines as string[][];
  const casing = documentCasing(lines, titled);
  return lines.map((w, k) =>
    titled[k] ? (truecaseLine(w, lang, casing) as string[]) : (w as string[]),
  );
}
