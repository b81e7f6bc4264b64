/** The training and development sets under the shared corpus, with their formats and licences. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusFormat } from './read-corpus';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * A folder of the shared corpus (`ner`, `ner-train`): ../shared/corpus/<sub> from the repository,
 * or from its worktree folder (/work/wt/<name> reaches /work/shared).
 */
export function sharedCorpusDir(sub: string): string {
  const candidates = ['../shared/corpus', '../../shared/corpus'].map((p) => resolve(ROOT, p, sub));
  return candidates.find((p) => existsSync(p)) ?? (candidates[0] as string);
}

/** One corpus file the trainer or benchmark reads. */
export interface CorpusSource {
  name: string;
  path: string;
  format: CorpusFormat;
  lang: string;
  licence: string;
  /** Times the set is repeated per epoch (weights news sets against the larger silver sets). */
  repeat?: number;
}

/**
 * Training sets, relative to the ner-train folder. The news sets are repeated to outweigh the
 * silver Wikipedia labels; es/de WikiNEuRal and the fr WikiNEuRal test split were tried and left
 * out: they lowered the French and Spanish dev scores.
 */
export const TRAIN_SOURCES: CorpusSource[] = [
  {
    name: 'en-conll2003',
    path: 'en-conll2003/eng.train',
    format: 'conll',
    lang: 'en',
    licence: 'Reuters RCV1 / CoNLL-2003: research only',
  },
  {
    name: 'es-conll2002',
    path: 'es-conll2002/esp.train',
    format: 'conll',
    lang: 'es',
    licence: 'CoNLL-2002: research only, no commercial use',
  },
  {
    name: 'fr-hipe2020',
    path: 'fr-hipe2020/HIPE-data-v0.9-train-fr.tsv',
    format: 'hipe',
    lang: 'fr',
    licence: 'CC BY-NC-SA 4.0',
    repeat: 4,
  },
  {
    name: 'fr-newseye-dev',
    path: 'fr-newseye/HIPE-2022-v2.1-newseye-dev-fr.tsv',
    format: 'hipe',
    lang: 'fr',
    licence: 'CC BY 4.0 (NewsEye); HIPE-2022 package CC BY-NC-SA 4.0',
    repeat: 2,
  },
  {
    name: 'fr-newseye-dev2',
    path: 'fr-newseye/HIPE-2022-v2.1-newseye-dev2-fr.tsv',
    format: 'hipe',
    lang: 'fr',
    licence: 'CC BY 4.0 (NewsEye); HIPE-2022 package CC BY-NC-SA 4.0',
    repeat: 2,
  },
  {
    name: 'fr-wikineural-val',
    path: 'fr-wikineural/val.conllu',
    format: 'conllu',
    lang: 'fr',
    licence: 'CC BY-NC-SA 4.0',
  },
  {
    name: 'de-conll2003',
    path: 'de-conll2003/train.repaired.conllu',
    format: 'conllu',
    lang: 'de',
    licence: 'ECI / CoNLL-2003: research only',
  },
  {
    name: 'de-hipe2020',
    path: 'de-hipe2020/HIPE-2022-v2.1-hipe2020-train-de.tsv',
    format: 'hipe',
    lang: 'de',
    licence: 'CC BY-NC-SA 4.0',
  },
  {
    name: 'de-europeana-lft',
    path: 'de-europeana/enp_DE.lft.bio',
    format: 'bio',
    lang: 'de',
    licence: 'CC0',
  },
  {
    name: 'de-europeana-onb',
    path: 'de-europeana/enp_DE.onb.bio',
    format: 'bio',
    lang: 'de',
    licence: 'CC0',
  },
  {
    name: 'de-germeval2014',
    path: 'de-germeval2014/NER-de-dev.tsv',
    format: 'germeval',
    lang: 'de',
    licence: 'CC BY 4.0',
  },
];

/** Development sets, relative to the ner folder. */
export const DEV_SOURCES: CorpusSource[] = [
  {
    name: 'en-conll2003',
    path: 'en-conll2003/eng.testa',
    format: 'conll',
    lang: 'en',
    licence: 'research only',
  },
  {
    name: 'es-conll2002',
    path: 'es-conll2002/esp.testa',
    format: 'conll',
    lang: 'es',
    licence: 'research only',
  },
  {
    name: 'fr-hipe2020',
    path: 'fr-hipe2020/HIPE-2022-v2.1-hipe2020-dev-fr.tsv',
    format: 'hipe',
    lang: 'fr',
    licence: 'CC BY-NC-SA 4.0',
  },
  {
    name: 'fr-europeana-bnf',
    path: 'fr-europeana-bnf/enp_FR.bnf.part1-dev.bio',
    format: 'bio',
    lang: 'fr',
    licence: 'CC0',
  },
];

/**
 * German's dev set for the confidence (its fit and threshold) and the bench's German lines: the
 * WikiNEuRal German validation split (Wikipedia, silver labels, CC BY-NC-SA 4.0), the one German
 * set the tagger never saw (training-sets.json: CoNLL-2003, HIPE-2020, Europeana and GermEval
 * 2014 dev are all training sets; GermEval's test split is not in the shared corpus). It lies in
 * the training folder: the path is relative to the dev folder. Not in DEV_SOURCES: train:ner
 * scores its dev sets with them.
 */
export const DE_DEV_SOURCE: CorpusSource = {
  name: 'de-wikineural-val',
  path: '../ner-train/de-wikineural/val.conllu',
  format: 'conllu',
  lang: 'de',
  licence: 'CC BY-NC-SA 4.0 (silver labels)',
};

/** The sets the confidence is fitted and its thresholds chosen on: the dev sets and German's. */
export const CONFIDENCE_DEV_SOURCES: CorpusSource[] = [...DEV_SOURCES, DE_DEV_SOURCE];
