/**
 * Writes lib/entities/model/nouns-de.json: German common nouns learned from the permissively
 * licensed German training sets (permissive-sources.ts PERMISSIVE_SHARED: Europeana, CC0;
 * GermEval 2014 dev, CC BY 4.0). German capitalises every noun, so a one-word "place" such as
 * "Biogas" or "Karriere" has no case to tell it from a town; the training text does: a word it
 * writes capitalised inside a sentence (not first, not after a full stop, a colon or a quote),
 * tagged O, at least MIN_SEEN times, never inside a gold name and no more often in lower case
 * than capitalised is a common noun (confidence.ts `germanNoun`). Only the words leave the
 * corpora, folded (foldName), as one space-separated string: an exact set, no false positives,
 * ~10 KB (~4 KB gzipped), smaller than a Bloom filter of the same error would need to be useful.
 * Run: tsx lib/entities/train/build-nouns-de.ts (NER_TRAIN_DIR, else the shared ner-train).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldName } from '../fold-name';
import { readCorpus } from './read-corpus';
import { PERMISSIVE_SHARED } from './permissive-sources';
import { type CorpusSource, sharedCorpusDir, TRAIN_SOURCES } from './sources';

/** Least count of capitalised mid-sentence writings outside names: a hapax may be an untagged name. */
const MIN_SEEN = 2;
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

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const trainDir = process.env.NER_TRAIN_DIR ?? sharedCorpusDir('ner-train');
  const sources = nounSources();
  const words = germanNouns(trainDir, sources);
  const out = join(here, '../model/nouns-de.json');
  const json = {
    source:
      'German words capitalised inside a sentence outside names (lib/entities/train/build-nouns-de.ts)',
    sets: sources.map((s) => `${s.name} (${s.licence})`),
    words: words.join(' '),
  };
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(words.length, 'words ->', out);
}
