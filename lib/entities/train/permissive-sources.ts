/**
 * The permissive model's training sets (`npm run train:ner -- --permissive`): the shared
 * corpus's sets whose licence allows a product trained on them (CC0, CC BY), and the extra sets
 * obtained for it, kept outside the repository in the ner-extra folder (NER_EXTRA_DIR, else
 * ../ner-extra beside the repository or its worktree folder). Each extra folder holds its
 * licence and a NOTE.md with its source repository and commit (ner-extra/README.md).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CorpusSource, TRAIN_SOURCES } from './sources';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Shared training sets (sources.ts) under CC0 or CC BY. */
export const PERMISSIVE_SHARED = [
  'fr-newseye-dev',
  'fr-newseye-dev2',
  'de-europeana-lft',
  'de-europeana-onb',
  'de-germeval2014',
];

type Row = [name: string, path: string, lang: string, licence: string, repeat?: number];

function sources(format: CorpusSource['format'], rows: Row[]): CorpusSource[] {
  return rows.map(([name, path, lang, licence, repeat]) => ({
    name,
    path,
    format,
    lang,
    licence,
    ...(repeat === undefined ? {} : { repeat }),
  }));
}

const BY4 = 'CC BY 4.0';
const HIPE_BY4 = 'CC BY 4.0 (NewsEye / SoNAR); HIPE-2022 package CC BY-NC-SA 4.0';

/** Extra permissive sets, relative to the ner-extra folder. */
export const EXTRA_SOURCES: CorpusSource[] = [
  // wikigold: Wikipedia, hand-annotated CoNLL-style (IOB1).
  ...sources('conll', [['en-wikigold', 'en-wikigold/wikigold.conll.txt', 'en', BY4, 2]]),
  // Broad Twitter Corpus: one tweet per sentence.
  ...sources(
    'tsv',
    ['a', 'b', 'e', 'f', 'g', 'h'].map((s): Row => [`en-btc-${s}`, `en-btc/${s}.conll`, 'en', BY4]),
  ),
  // WNUT-17. Tried: it lowered every dev score (en 0.680 → 0.678, es 0.514 → 0.505, fr-hipe
  // 0.585 → 0.572), so it is listed with no weight; `--repeat en-wnut17-train=1,…` puts it back.
  ...sources('tsv', [
    ['en-wnut17-train', 'en-wnut17/wnut17train.conll', 'en', BY4, 0],
    ['en-wnut17-dev', 'en-wnut17/emerging.dev.conll', 'en', BY4, 0],
    ['en-wnut17-test', 'en-wnut17/emerging.test.annotated', 'en', BY4, 0],
  ]),
  // Universal NER v1 (Mayhew et al. 2024) on Universal Dependencies treebanks, read as GermEval
  // is (`# ` comment lines, then index, token, tag). CC BY-SA: share-alike. Portuguese Bosque
  // is newspaper text (Público, Folha de S. Paulo) read as Spanish, the nearest language the
  // tagger knows: no permissive Spanish set was found.
  ...sources('germeval', [
    ['en-uner-ewt-dev', 'en-uner-ewt/en_ewt-ud-dev.iob2', 'en', 'CC BY-SA 4.0'],
    ['en-uner-ewt-test', 'en-uner-ewt/en_ewt-ud-test.iob2', 'en', 'CC BY-SA 4.0'],
    ['en-uner-pud', 'en-uner-pud/en_pud-ud-test.iob2', 'en', 'CC BY-SA 3.0'],
    ['de-uner-pud', 'de-uner-pud/de_pud-ud-test.iob2', 'de', 'CC BY-SA 3.0'],
    ['pt-uner-bosque-train', 'pt-uner-bosque/pt_bosque-ud-train.iob2', 'es', 'CC BY-SA 4.0'],
    ['pt-uner-bosque-dev', 'pt-uner-bosque/pt_bosque-ud-dev.iob2', 'es', 'CC BY-SA 4.0'],
    ['pt-uner-bosque-test', 'pt-uner-bosque/pt_bosque-ud-test.iob2', 'es', 'CC BY-SA 4.0'],
    ['pt-uner-pud', 'pt-uner-pud/pt_pud-ud-test.iob2', 'es', 'CC BY-SA 3.0'],
  ]),
  // HIPE-2022 v2.1 splits of NewsEye and SoNAR (historical newspapers, OCR): CC BY 4.0 per the
  // package's table of primary datasets and their READMEs (the package as a whole is
  // CC BY-NC-SA 4.0, as for the shared fr-newseye sets). The French NewsEye test split shares 1
  // token 8-gram with the Europeana dev set and 5 with the HIPE-2020 dev set.
  ...sources('hipe', [
    ['fr-newseye-test', 'fr-newseye/HIPE-2022-v2.1-newseye-test-fr.tsv', 'fr', HIPE_BY4],
    ['de-newseye-dev', 'de-newseye/HIPE-2022-v2.1-newseye-dev-de.tsv', 'de', HIPE_BY4],
    ['de-newseye-dev2', 'de-newseye/HIPE-2022-v2.1-newseye-dev2-de.tsv', 'de', HIPE_BY4],
    ['de-newseye-test', 'de-newseye/HIPE-2022-v2.1-newseye-test-de.tsv', 'de', HIPE_BY4],
    ['de-sonar-dev', 'de-sonar/HIPE-2022-v2.1-sonar-dev-de.tsv', 'de', HIPE_BY4],
    ['de-sonar-test', 'de-sonar/HIPE-2022-v2.1-sonar-test-de.tsv', 'de', HIPE_BY4],
  ]),
];

/**
 * The held-out sets bench:entities-ood scores the shipped recogniser on, each the union of its
 * EXTRA_SOURCES parts. What both builds bundle may not be tuned on them (build-given-names.ts
 * counts its person pairs without them).
 */
export const OOD_SETS: { name: string; parts: string[] }[] = [
  { name: 'en-wikigold', parts: ['en-wikigold'] },
  { name: 'en-uner-pud', parts: ['en-uner-pud'] },
  { name: 'en-uner-ewt', parts: ['en-uner-ewt-dev', 'en-uner-ewt-test'] },
  { name: 'en-btc', parts: ['a', 'b', 'e', 'f', 'g', 'h'].map((s) => `en-btc-${s}`) },
  { name: 'fr-newseye', parts: ['fr-newseye-test'] },
  { name: 'de-uner-pud', parts: ['de-uner-pud'] },
  { name: 'de-newseye', parts: ['de-newseye-dev', 'de-newseye-dev2', 'de-newseye-test'] },
];

/**
 * The permissive confidence is fitted on mentions the tagger did not learn from, as the shipped
 * one is fitted on dev sets, but without holding sets out of the tagger's training: the documents
 * of the en / es / fr training sets are split into CONFIDENCE_FOLDS folds (by their index in the
 * set); for each fold a tagger is trained on the rest (`npm run train:ner -- --permissive --fold
 * k`) and tags the fold's documents, with common words counted on the rest too; the confidence is
 * fitted on all those out-of-fold mentions (`npm run train:confidence -- --permissive --folds
 * …`), and ships with the tagger trained on everything. German keeps all its documents in every
 * fold and takes the pooled weights and English's threshold, as in the shipped confidence (which
 * has no German dev set).
 */
export const CONFIDENCE_LANGS = ['en', 'es', 'fr'];
export const CONFIDENCE_FOLDS = 2;

/** The confidence fold of document `doc` of a set: -1 when it is never held out (German, a set with no weight). */
export function confidenceFold(src: CorpusSource, doc: number): number {
  if (!CONFIDENCE_LANGS.includes(src.lang) || src.repeat === 0) return -1;
  return doc % CONFIDENCE_FOLDS;
}

/** The ner-extra folder: NER_EXTRA_DIR, else ../ner-extra from the repository or its worktree. */
export function nerExtraDir(env = process.env.NER_EXTRA_DIR): string {
  if (env) return resolve(env);
  const candidates = ['../ner-extra', '../../ner-extra'].map((p) => resolve(ROOT, p));
  return candidates.find((p) => existsSync(p)) ?? (candidates[0] as string);
}

/**
 * The permissive sets with absolute paths: the shared ones under `trainRoot`, the extra ones
 * under `extraRoot`. An extra file that is missing is reported and left out, so the shared
 * sets alone still train a (weaker) permissive model.
 */
export function permissiveSources(trainRoot: string, extraRoot: string): CorpusSource[] {
  const shared = TRAIN_SOURCES.filter((s) => PERMISSIVE_SHARED.includes(s.name)).map((s) => ({
    ...s,
    path: join(trainRoot, s.path),
  }));
  const extra = EXTRA_SOURCES.map((s) => ({ ...s, path: join(extraRoot, s.path) }));
  const missing = extra.filter((s) => !existsSync(s.path));
  if (missing.length) {
    console.error(
      `!!! permissive extra sets missing (NER_EXTRA_DIR=${extraRoot}): ${missing.map((s) => s.name).join(', ')}`,
    );
  }
  return [...shared, ...extra.filter((s) => existsSync(s.path))];
}

/** Names of every permissive set: what a permissive file may be learnt from. */
export const PERMISSIVE_SET_NAMES = [...PERMISSIVE_SHARED, ...EXTRA_SOURCES.map((s) => s.name)];
