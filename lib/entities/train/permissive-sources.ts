/**
 * The permissive model's training sets (`npm run train:ner -- --permissive`): the shared
 * corpus's sets whose licence allows a product trained on them (CC0, CC BY), and the extra sets
 * obtained for it, kept outside the repository in the ner-extra folder (NER_EXTRA_DIR, else
 * ../ner-extra beside the repository or its worktree folder). Each extra folder holds its
 * licence and a NOTE.md with its source repository and commit.
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

/** Extra permissive sets, relative to the ner-extra folder. */
export const EXTRA_SOURCES: CorpusSource[] = [
  {
    name: 'en-wikigold',
    path: 'en-wikigold/wikigold.conll.txt',
    format: 'conll',
    lang: 'en',
    licence: 'CC BY 4.0',
    repeat: 2,
  },
  ...[
    ['train', 'wnut17train.conll'],
    ['dev', 'emerging.dev.conll'],
    ['test', 'emerging.test.annotated'],
  ].map(([split, file]): CorpusSource => ({
    name: `en-wnut17-${split}`,
    path: `en-wnut17/${file}`,
    format: 'tsv',
    lang: 'en',
    licence: 'CC BY 4.0',
  })),
  ...['a', 'b', 'e', 'f', 'g', 'h'].map((section): CorpusSource => ({
    name: `en-btc-${section}`,
    path: `en-btc/${section}.conll`,
    format: 'tsv',
    lang: 'en',
    licence: 'CC BY 4.0',
  })),
];

/** The ner-extra folder: NER_EXTRA_DIR, else ../ner-extra from the repository or its worktree. */
export function nerExtraDir(env = process.env.NER_EXTRA_DIR): string {
  if (env) return resolve(env);
  const candidates = ['../ner-extra', '../../ner-extra'].map((p) => resolve(ROOT, p));
  return candidates.find((p) => existsSync(p)) ?? (candidates[0] as string);
}

/**
 * The permissive sets with absolute paths: the shared ones under `trainRoot`, the extra ones
 * under `extraRoot`. An extra folder that is missing is reported and left out, so the shared
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
