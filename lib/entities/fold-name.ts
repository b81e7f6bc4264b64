const MARKS = /\p{M}/gu;

/** Folds a name for comparison: no accents, lower case, straight apostrophes. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/’/g, "'");
}

const NOT_LETTERS = /[^\p{L}\p{N}]+/u;

/** The words of a folded name: letters and digits only ("l'otan" → ["l", "otan"]). */
export function nameWords(folded: string): string[] {
  return folded.split(NOT_LETTERS).filter(Boolean);
}
