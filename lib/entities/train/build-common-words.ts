/**
 * Writes lib/entities/model/common-words.json: per language, the words the training text writes
 * in lower case (outside names) and seldom capitalised inside a sentence: "justicia", "barreau",
 * "radio". A one-word "name" among them is most likely a common noun at a sentence start, in a
 * heading, or capitalised by convention (confidence evidence, lib/entities/confidence.ts). Beside
 * them, per type, the one-word names the training sets nearly always give that type (nameTypes):
 * a name typed otherwise is doubted. Only word counts and single names leave the corpora, no
 * sentence. Run: npm run train:confidence (it calls this when the training folder exists; the
 * fit reads the file as it was when the run started, so run it twice after these lists change),
 * or tsx lib/entities/train/build-common-words.ts. With `--permissive`, the permissive model's
 * training sets only (permissive-sources.ts, without the held-out ones) are counted, into
 * common-words-permissive.json, which names them (`sets`); `train:confidence -- --permissive`
 * writes it before its fit.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldName } from '../fold-name';
import { frontCode } from '../packed';
import { type EntityType, spansFromTags, TYPES } from '../tags';
import { readCorpus } from './read-corpus';
import { nerExtraDir, permissiveSources } from './permissive-sources';
import { type CorpusSource, sharedCorpusDir, TRAIN_SOURCES } from './sources';

/** Words kept per language, the most frequent in lower case first. */
const PER_LANG = 5000;
/** Least lower-case count, and least share of lower-case writings among the mid-sentence ones. */
const MIN_LOWER = 3;
const MIN_LOWER_SHARE = 0.3;
/** From this share of lower-case writings a word is mostly common ("radio"), below it often ("justicia"). */
export const MOSTLY_LOWER = 0.75;

/**
 * Languages that capitalise their nouns: a word capitalised outside names is common there
 * ("Zentralbank", "Wasserweg"), and a name of one such word is as doubtful as "Staff" in English.
 */
export const NOUNS_CAPITALISED = new Set(['de']);

/** Which documents of a set are counted (a confidence fold's tagger is trained without some). */
export type KeepDoc = (src: CorpusSource, doc: number) => boolean;

/** The sets counted: those a model trains on (a set listed with no weight is not). */
function counted(sources: readonly CorpusSource[]): CorpusSource[] {
  return sources.filter((s) => s.repeat !== 0);
}

/**
 * The common words of each language of the training sets (`sources`, paths relative to
 * `trainDir` or absolute).
 */
export function commonWords(
  trainDir: string,
  sources: readonly CorpusSource[] = TRAIN_SOURCES,
  keepDoc: KeepDoc = () => true,
): Record<string, { mostly: string[]; often: string[] }> {
  const counts = new Map<string, Map<string, { lower: number; cap: number }>>();
  for (const src of counted(sources)) {
    const path = resolve(trainDir, src.path);
    if (!existsSync(path)) continue;
    const byWord = counts.get(src.lang) ?? new Map<string, { lower: number; cap: number }>();
    counts.set(src.lang, byWord);
    for (const [d, doc] of readCorpus(path, src.format).entries()) {
      if (!keepDoc(src, d)) continue;
      for (const s of doc) {
        s.words.forEach((w, i) => {
          if (i === 0 || !/^\p{L}{3,}$/u.test(w)) return;
          // Lower case outside names; capitalised anywhere inside a sentence. German capitalises
          // its nouns: there a capitalised word outside names is a common writing too.
          const lower = /^\p{Ll}/u.test(w) || (NOUNS_CAPITALISED.has(src.lang) && s.tags[i] === 0);
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

/** Least count of a one-word name, and least share of its commonest type, to keep its type. */
const MIN_NAME = 2;
const MIN_TYPE_SHARE = 0.8;

/**
 * Per language, the one-word names of the training sets with the type they nearly always take
 * there ("Clinton" PER, "Bosnia" LOC, "Reuters" ORG): seen at least MIN_NAME times, MIN_TYPE_SHARE
 * of them with that type.
 */
export function nameTypes(
  trainDir: string,
  sources: readonly CorpusSource[] = TRAIN_SOURCES,
  keepDoc: KeepDoc = () => true,
): Record<string, Record<EntityType, string[]>> {
  const counts = new Map<string, Map<string, Record<EntityType, number>>>();
  for (const src of counted(sources)) {
    const path = resolve(trainDir, src.path);
    if (!existsSync(path)) continue;
    const byName = counts.get(src.lang) ?? new Map<string, Record<EntityType, number>>();
    counts.set(src.lang, byName);
    for (const [d, doc] of readCorpus(path, src.format).entries()) {
      if (!keepDoc(src, d)) continue;
      for (const s of doc) {
        for (const span of spansFromTags(s.tags)) {
          const w = s.words[span.start] as string;
          if (span.end - span.start !== 1 || !/^\p{Lu}[\p{L}\p{M}'’.-]+$/u.test(w)) continue;
          const key = foldName(w);
          const c = byName.get(key) ?? { PER: 0, LOC: 0, ORG: 0 };
          c[span.type]++;
          byName.set(key, c);
        }
      }
    }
  }
  const out: Record<string, Record<EntityType, string[]>> = {};
  for (const [lang, byName] of counts) {
    const kept: Record<EntityType, string[]> = { PER: [], LOC: [], ORG: [] };
    for (const [name, c] of byName) {
      const n = c.PER + c.LOC + c.ORG;
      if (n < MIN_NAME) continue;
      for (const t of TYPES) if (c[t] >= MIN_TYPE_SHARE * n) kept[t].push(name);
    }
    for (const t of TYPES) kept[t].sort();
    out[lang] = kept;
  }
  return out;
}

/**
 * Writes the common words of the training sets to `out`, each list sorted and front-coded
 * (packed.ts frontCode: a quarter smaller gzipped than words between spaces); returns the count
 * per language. The shipped model's by default (sources.ts); with the permissive sets, the file
 * also names the sets it was counted on (`sets`, checked by ner-model-choice.test.ts).
 */
export function buildCommonWords(
  trainDir: string,
  out: string,
  sources?: readonly CorpusSource[],
  keepDoc?: KeepDoc,
): Record<string, number> {
  const words = commonWords(trainDir, sources, keepDoc);
  const names = nameTypes(trainDir, sources, keepDoc);
  const json = {
    ...(sources
      ? {
          source:
            'word counts of the permissive NER training sets (lib/entities/train/permissive-sources.ts)',
          sets: counted(sources)
            .filter((s) => existsSync(resolve(trainDir, s.path)))
            .map((s) => s.name),
        }
      : { source: 'word counts of the NER training sets (lib/entities/train/sources.ts)' }),
    ...Object.fromEntries(
      Object.entries(words).map(([l, ws]) => [
        l,
        {
          mostly: frontCode(ws.mostly),
          often: frontCode(ws.often),
          ...Object.fromEntries(
            Object.entries(names[l] ?? {}).map(([t, ns]) => [t, frontCode(ns)]),
          ),
        },
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
  const trainDir = process.env.NER_TRAIN_DIR ?? sharedCorpusDir('ner-train');
  if (process.argv.includes('--permissive')) {
    const out = join(here, '../model/common-words-permissive.json');
    const sources = permissiveSources(trainDir, nerExtraDir());
    console.log(buildCommonWords(trainDir, out, sources), '->', out);
  } else {
    const out = join(here, '../model/common-words.json');
    console.log(buildCommonWords(trainDir, out), '->', out);
  }
}
