import { tokenize } from './tokenize';

/** The lookup key of a name: its tokens lower-cased, apostrophes straightened, joined by spaces. */
export function normalizeKey(name: string): string {
  return tokenize(name)
    .map((t) => normalizeWord(t.text))
    .join(' ');
}

/** One token as gazetteer keys and word features spell it: lower case, straight apostrophe. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}
