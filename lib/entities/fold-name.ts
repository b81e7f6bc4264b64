const MARKS = /\p{M}/gu;

// A page's names and words are folded again and again, by rule after rule (a profile of
// findEntities on English pages: 4 % in foldName). The short ones are remembered; the memo is
// emptied when full, so the background's memory stays flat however many pages it reads.
const FOLDED = new Map<string, string>();
const FOLD_MEMO_MAX = 20_000;
const FOLD_MEMO_LENGTH = 64;

/** Folds a name for comparison: no accents, lower case, straight apostrophes. */
export function foldName(name: string): string {
  let folded = FOLDED.get(name);
  if (folded !== undefined) return folded;
  folded = name.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/’/g, "'");
  if (name.length <= FOLD_MEMO_LENGTH) {
    if (FOLDED.size >= FOLD_MEMO_MAX) FOLDED.clear();
    FOLDED.set(name, folded);
  }
  return folded;
}

const NOT_LETTERS = /[^\p{L}\p{N}]+/u;

/** The words of a folded name: letters and digits only ("l'otan" → ["l", "otan"]). */
export function nameWords(folded: string): string[] {
  return folded.split(NOT_LETTERS).filter(Boolean);
}
