import { knownNameType } from './confidence';
import { isGivenName } from './given-names';
import type { Entity } from './merge-mentions';
import { tokenize } from './tokenize';
import { commonWordBand, isEnglishWord } from './common-words';
import { FUNCTION_WORDS_EN, inflectionBases, isTitleCaseLine, ordinaryWord } from './truecase';

const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The words of a line, as the tagger reads them. */
function lineWords(line: string): string[] {
  return tokenize(line, 0, line.length).map((t) => t.text);
}

/**
 * Whether an article is a Title Case headline and nothing more (a news feed's item, a page whose
 * body was not found): its title, if any, and every line of its text set in Title Case
 * (isTitleCaseLine, English only). Such a text has no running text whose casing tells a name from
 * a capitalised word (truecase.ts reads the headline with the body's casing where there is one).
 */
export function titleCaseOnly(
  text: string,
  title: string | null | undefined,
  lang: string,
): boolean {
  const lines = text.split(/\n+/).filter((l) => l.trim());
  if (!lines.length) return false;
  if (title?.trim() && !isTitleCaseLine(lineWords(title), lang)) return false;
  return lines.every((l) => isTitleCaseLine(lineWords(l), lang));
}

/**
 * Whether a name of a Title Case text (titleCaseOnly) is one the headline's capitals made: one
 * that opens on a function word ("Why Herbalife", "Will Titanfall", "Is Juan Pablo"), a person
 * that opens on an ordinary word before a given name ("Infamous George Zimmerman"), or a person
 * with an ordinary word after the first ("Gox Hacked", "Stacy Keibler Married"); not when the KB
 * or the gazetteer knows it with its type. A given name that is also a word ("Mark Carney",
 * "Bill Ackman") is no opening modifier: the word after it is no given name.
 */
export function titleCaseArtefact(e: Pick<Entity, 'id' | 'name' | 'type'>): boolean {
  const words = e.name.split(/\s+/);
  if (words.length < 2) return false;
  // English only (titleCaseOnly): no German key guard applies.
  if (knownNameType(e, 'en') === e.type) return false;
  const first = words[0] as string;
  if (FUNCTION_WORDS_EN.has(first.toLowerCase())) return true;
  if (e.type !== 'PER') return false;
  if (words.length >= 3 && ordinaryWord(first) && isGivenName(words[1] as string)) return true;
  return words.slice(1).some((w) => TITLE_WORD.test(w) && ordinaryWord(w));
}

/**
 * Whether an English person's name holds, between its first and last words, a capitalised verb
 * form or adverb of running text: "Stacy Keibler Marries Jared Pobre", "Justin Bieber Slams Selena
 * Gomez". A headline set in capitals joins two names by its verb, and one short enough reads as no
 * Title Case line (titleCaseOnly needs two ordinary words), so the check is made on every English
 * text. Inflected forms only (a base the word counts write mostly in lower case, the word itself
 * not: "Marries" from "marry", "Slams" from "slam") and "-ly" adverbs: a middle name is neither
 * ("Sarah Jessica Parker", "Vincent Van Gogh", "Billy Bob Thornton").
 */
export function verbInsidePerson(e: Pick<Entity, 'name' | 'type'>): boolean {
  if (e.type !== 'PER') return false;
  const words = e.name.split(/\s+/);
  return words.slice(1, -1).some((w) => {
    if (!TITLE_WORD.test(w)) return false;
    const lower = w.toLowerCase();
    if (commonWordBand(lower, 'en') === 'mostly') return lower.endsWith('ly');
    if (lower.length >= 6 && lower.endsWith('ly')) return ordinaryWord(w);
    // Bases of four letters or more ("Funes" is no form of "fun"); the hashed dictionary only
    // from five, as ordinaryWord.
    return inflectionBases(lower).some(
      (b) =>
        b.length >= 4 &&
        (commonWordBand(b, 'en') === 'mostly' || (b.length >= 5 && isEnglishWord(b))),
    );
  });
}
