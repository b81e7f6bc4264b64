/**
 * Writes lib/entities/model/nouns-de.json: German common nouns learned from the permissively
 * licensed German training sets (permissive-sources.ts PERMISSIVE_SHARED: Europeana, CC0;
 * GermEval 2014 dev, CC BY 4.0). German capitalises every noun, so a one-word "place" such as
 * "Biogas" or "Karriere" has no case to tell it from a town; the training text does: a word it
 * writes capitalised inside a sentence (not first, not after a full stop, a colon or a quote),
 * tagged O, at least MIN_SEEN times, never inside a gold name and no more often in lower case
 * than capitalised is a common noun (confidence.ts `germanNoun`). No word leaves the corpora:
 * each is stored as the low NOUN_HASH_BITS bits of its folded form's FNV-1a hash (hash.ts), the
 * sorted hashes packed as two digits of each difference (packed.ts packHashes): ~10,300 words
 * in ~17 KB gzipped (the words themselves: 40 KB), and a word outside the list matches one with
 * a chance of about count / 2^24 (0.06 %; measured in build-nouns-de.test.ts).
 * Run: tsx lib/entities/train/build-nouns-de.ts (NER_TRAIN_DIR, else the shared ner-train).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldName } from '../fold-name';
import { NOUN_HASH_BITS, nounKey } from '../common-words';
import { packHashes } from '../packed';
import { readCorpus } from './read-corpus';
import { PERMISSIVE_SHARED } from './permissive-sources';
import { type CorpusSource, sharedCorpusDir, TRAIN_SOURCES } from './sources';

/**
 * Least count of capitalised mid-sentence writings outside names. Once is enough: the names the
 * gold misses are left out at run time by the KB, the gazetteer and the names of every German
 * training set (confidence.ts `listedGermanNoun`).
 */
const MIN_SEEN = 1;
/** Tokens after which a capitalised word may open a sentence or a quote. */
const OPENS = /^[.!?:;"„“”»«'‚‘()[\]–-]$/u;

/** The German sets learned from: the shared permissive ones. */
export function nounSources(): CorpusSource[] {
  return TRAIN_SOURCES.filter((s) => s.lang === 'de' && PERMISSIVE_SHARED.includes(s.name));
}

/** The German common nouns of `sources` (paths relative to `trainDir`), folded and sorted. */
export function germanNouns(trainDir: string, sources: readonly CorpusSource[]): string[] {
  const seen = new Map<string, number>();
  const lower = new Map<string, number>();
  const named = new Set<string>();
  for (const src of sources) {
    const path = resolve(trainDir, src.path);
    if (!existsSync(path)) continue;
    for (const doc of readCorpus(path, src.format)) {
      for (const s of doc) {
        s.words.forEach((w, i) => {
          const key = foldName(w);
          if (s.tags[i] !== 0) named.add(key);
          else if (/^\p{Ll}/u.test(w)) lower.set(key, (lower.get(key) ?? 0) + 1);
          else if (
            i > 0 &&
            /^\p{Lu}\p{Ll}{2,}$/u.test(w) &&
            !OPENS.test(s.words[i - 1] as string)
          ) {
            seen.set(key, (seen.get(key) ?? 0) + 1);
          }
        });
      }
    }
  }
  return [...seen]
    .filter(([w, n]) => n >= MIN_SEEN && !named.has(w) && (lower.get(w) ?? 0) <= n)
    .map(([w]) => w)
    .sort();
}

/** Folded words as the sorted low bits of their hashes, packed (packed.ts packHashes). */
export function packNouns(words: readonly string[]): ReturnType<typeof packHashes> {
  return packHashes(words, nounKey, NOUN_HASH_BITS);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const trainDir = process.env.NER_TRAIN_DIR ?? sharedCorpusDir('ner-train');
  const sources = nounSources();
  const words = germanNouns(trainDir, sources);
  const out = join(here, '../model/nouns-de.json');
  const json = {
    source:
      'German words capitalised inside a sentence outside names (lib/entities/train/build-nouns-de.ts)',
    sets: sources.map((s) => s.name),
    licences: Object.fromEntries(sources.map((s) => [s.name, s.licence])),
    ...packNouns(words),
  };
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(words.length, 'words,', json.count, 'hashes ->', out);
}
