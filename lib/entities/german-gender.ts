/**
 * The gender of a German noun, read by its last part (de45): where the KB lacks a body's name in
 * the nominative, german-names.ts gives the name's adjectives the ending the head's gender asks
 * for ("im Bayerischen Landtag" → "Bayerischer Landtag", "im Weißen Haus" → "Weißes Haus", "der
 * Deutschen Telekom" → "Deutsche Telekom").
 */
import { foldName } from './fold-name';
import genders from './model/genders-de.json';

export type GenderDe = 'm' | 'f' | 'n';

// German's reliable derivational suffixes, on the noun in lower case ("-tät", not a folded
// "-tat": "Resultat" is neuter). Not "-tum" nor "-aum" ("Irrtum", "Schaum" are masculine).
const FEMININE_DE = /(?:ung|heit|keit|schaft|ion|tät|(?<!a)ik|enz|anz)$/u;
const NEUTER_DE = /(?:(?<![ta])um|ment|chen|lein)$/u;
const MASCULINE_DE = /(?:ismus|ling)$/u;

/** The gender a noun's suffix gives, the noun in lower case ("zeitung" f, "zentrum" n). */
export function suffixGenderDe(lower: string): GenderDe | undefined {
  if (FEMININE_DE.test(lower)) return 'f';
  if (NEUTER_DE.test(lower)) return 'n';
  if (MASCULINE_DE.test(lower)) return 'm';
  return undefined;
}

// Heads common in bodies' and places' names, folded, whose gender the lexicon's heads miss or,
// for "tag" (the metadata tag) and "bund" (the bundle), give as another word's.
const NAME_HEADS_DE: Record<string, GenderDe> = {
  tag: 'm',
  bund: 'm',
  rat: 'm',
  verband: 'm',
  verein: 'm',
  dienst: 'm',
  hof: 'm',
  konzern: 'm',
  kreis: 'm',
  rundfunk: 'm',
  fonds: 'm',
  senat: 'm',
  verlag: 'm',
  haus: 'n',
  amt: 'n',
  gericht: 'n',
  institut: 'n',
  werk: 'n',
  kreuz: 'n',
  komitee: 'n',
  reich: 'n',
  orchester: 'n',
  theater: 'n',
  telekom: 'f',
  polizei: 'f',
};

/**
 * The gender `heads` (folded last parts to genders) and the suffix rules give a noun in the
 * singular: its longest listed last part's, else its suffix's, else undefined.
 */
export function genderIn(
  heads: ReadonlyMap<string, GenderDe>,
  noun: string,
  whole: ReadonlyMap<string, GenderDe> = new Map(),
): GenderDe | undefined {
  const last = noun.slice(noun.lastIndexOf('-') + 1);
  const folded = foldName(last);
  const exact = whole.get(folded);
  if (exact !== undefined) return exact;
  for (let i = 0; i <= folded.length - 3; i++) {
    const g = heads.get(folded.slice(i));
    if (g !== undefined) return g;
  }
  return suffixGenderDe(last.toLowerCase());
}

let heads: Map<string, GenderDe> | null = null;
let wholeNouns: Map<string, GenderDe> | null = null;

/**
 * genders-de.json's heads (build-genders-de.ts) to their genders, and its nouns matched whole
 * (wholeNouns), read on first use.
 */
function headMap(): Map<string, GenderDe> {
  if (heads) return heads;
  heads = withNameHeads(new Map());
  wholeNouns = new Map();
  for (const g of ['m', 'f', 'n'] as const) {
    for (const w of genders[g].split(' ')) if (w && !heads.has(w)) heads.set(w, g);
    for (const w of genders.whole[g].split(' ')) if (w) wholeNouns.set(w, g);
  }
  return heads;
}

/** `map` with the name heads' genders (NAME_HEADS_DE) set. */
export function withNameHeads(map: Map<string, GenderDe>): Map<string, GenderDe> {
  for (const [w, g] of Object.entries(NAME_HEADS_DE)) map.set(w, g);
  return map;
}

/**
 * The gender of a German noun in the singular by its longest listed last part ("Landtag" by
 * "tag", "Fußball-Bund" by "bund", "Krebsforschungszentrum" by "-um"), or undefined (unknown).
 */
export function genderDe(noun: string): GenderDe | undefined {
  const map = headMap();
  return genderIn(map, noun, wholeNouns ?? undefined);
}
