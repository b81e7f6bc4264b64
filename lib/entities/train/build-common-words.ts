/**
 * Writes lib/entities/model/common-words.json: per language, the words the training text writes
 * in lower case (outside names) and seldom capitalised inside a sentence: "justicia", "barreau",
 * "radio". A one-word "name" among them is most likely a common noun at a sentence start, in a
 * heading, or capitalised by convention (confidence evidence, lib/entities/confidence.ts). Only
 * word counts leave the corpora: no sentence, no name. Run: npm run train:confidence (it calls this
 * when the training folder exists), or tsx lib/entities/train/build-common-words.ts.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldName } from '../fold-name';
import { readCorpus } from './read-corpus';
import { TRAIN_SOURCES } from './sources';

/** Words kept per language, the most frequent in lower case first. */
const PER_LANG = 5000;
/** Least lower-case count, and least share of lower-case writings among the mid-sentence ones. */
const MIN_LOWER = 3;
const MIN_LOWER_SHARE = 0.3;
/** From this share of lower-case writings a word is mostly common ("radio"), below it often ("justicia"). */
export const MOSTLY_LOWER = 0.75;

/** The common words of each language of the training sets under `trainDir`. */
export function commonWords(
  trainDir: string,
): Record<string, { mostly: string[]; often: string[] }> {
  const counts = new Map<string, Map<string, { lower: number; cap: number }>>();
  for (const src of TRAIN_SOURCES) {
    const path = join(trainDir, src.path);
    if (!existsSync(path)) continue;
    const byWord = counts.get(src.lang) ?? new Map<string, { lower: number; cap: number }>();
    counts.set(src.lang, byWord);
    for (const doc of readCorpus(path, src.format)) {
      for (const s of doc) {
        s.words.forEach((w, i) => {
          if (i === 0 || !/^\p{L}{3,}$/u.test(w)) return;
          const lower = /^\p{Ll}/u.test(w);
          // Lower case outside names; capitalised anywhere inside a sentence.
          if (lower && s.tags[i] !== 0) return;
          const key = foldName(w);
          const c = byWord.get(key) ?? { lower: 0, cap: 0 };
          if (lower) c.lower++;
          else c.cap++;
          byWord.set(key, c);
        });
      }
    }
  }
  const out: Record<string, { mostly: string[]; often: string[] }> = {};
  const share = (c: { lower: number; cap: number }) => c.lower / (c.lower + c.cap);
  for (const [lang, byWord] of counts) {
    const kept = [...byWord]
      .filter(([, c]) => c.lower >= MIN_LOWER && share(c) >= MIN_LOWER_SHARE)
      .sort((a, b) => b[1].lower - a[1].lower || (a[0] < b[0] ? -1 : 1))
      .slice(0, PER_LANG);
    out[lang] = {
      mostly: kept
        .filter(([, c]) => share(c) >= MOSTLY_LOWER)
        .map(([w]) => w)
        .sort(),
      often: kept
        .filter(([, c]) => share(c) < MOSTLY_LOWER)
        .map(([w]) => w)
        .sort(),
    };
  }
  return out;
}

/** Writes the common words of the training sets to `out`; returns the count per language. */
export function buildCommonWords(trainDir: string, out: string): Record<string, number> {
  const words = commonWords(trainDir);
  const json = {
    source: 'word counts of the NER training sets (lib/entities/train/sources.ts)',
    ...Object.fromEntries(
      Object.entries(words).map(([l, ws]) => [
        l,
        { mostly: ws.mostly.join(' '), often: ws.often.join(' ') },
      ]),
    ),
  };
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  return Object.fromEntries(
    Object.entries(words).map(([l, ws]) => [l, ws.mostly.length + ws.often.length]),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const trainDir =
    process.env.NER_TRAIN_DIR ??
    [
      join(here, '../../../../shared/corpus/ner-train'),
      join(here, '../../../../../shared/corpus/ner-train'),
    ].find((p) => existsSync(p)) ??
    '';
  const out = join(here, '../model/common-words.json');
  console.log(buildCommonWords(trainDir, out), '->', out);
}
