/** Folds a name for comparison: no accents, lower case, straight apostrophes. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
}

/** The words of a folded name: letters and digits only ("l'otan" → ["l", "otan"]). */
export function nameWords(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
