/**
 * `npm run train:confidence [-- NER_DEV_DIR]`: fits the entity confidence
 * (lib/entities/confidence.ts) on the NER dev sets and writes lib/entities/model/confidence.json.
 *
 * 1. Rows: the full recogniser runs on every dev document; each predicted mention is a row, its
 *    entity's evidence the features, labelled 1 when the mention is strictly right (span and
 *    the entity's type). HIPE is read with names only (read-corpus.ts, namesOnly).
 * 2. Fit: L2 logistic regression per language (en, es; French halfway between its own fit and
 *    the pooled one, fit-confidence.ts OWN_SHARE), and over the pooled sets for German.
 * 3. Thresholds: per language, on cross-fitted predictions (5 folds by document), by
 *    chooseThreshold: the lowest that shows ≥ 0.95 precision keeping ≥ 85% of the correct
 *    mentions, else the highest that keeps 85%.
 * 0. First, when the training folder exists, the common words (build-common-words.ts) are
 *    counted again from the training sets (never the dev sets).
 * The test sets are never read.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES } from '../confidence';
import { buildCommonWords } from './build-common-words';
import { runPipeline } from './eval-pipeline';
import { chooseThreshold, crossFit, fitByLang, type LabelledRow, shownAt } from './fit-confidence';
import { readCorpus } from './read-corpus';
import { DEV_SOURCES } from './sources';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const MODEL_FILE = join(ROOT, 'lib/entities/model/confidence.json');
const COMMON_WORDS_FILE = join(ROOT, 'lib/entities/model/common-words.json');

/** The NER dev folder: the argument, else ../shared/corpus/ner from the repo or its worktree. */
export function nerDevDir(arg?: string): string {
  if (arg) return resolve(arg);
  const candidates = ['../shared/corpus/ner', '../../shared/corpus/ner'].map((p) =>
    resolve(ROOT, p),
  );
  return candidates.find((p) => existsSync(p)) ?? (candidates[0] as string);
}

/** The rows of every dev set found under `dir`. */
export function devRows(dir: string): LabelledRow[] {
  const rows: LabelledRow[] = [];
  for (const src of DEV_SOURCES) {
    const path = join(dir, src.path);
    if (!existsSync(path)) {
      console.error(`!!! missing dev set: ${path}`);
      continue;
    }
    const docs = readCorpus(path, src.format, { namesOnly: true });
    for (const r of runPipeline(docs, src.lang).rows) {
      rows.push({ ...r, lang: src.lang, set: src.name });
    }
  }
  return rows;
}

function main(): void {
  const trainDir =
    process.env.NER_TRAIN_DIR ?? join(dirname(nerDevDir(process.argv[2])), 'ner-train');
  if (existsSync(trainDir)) {
    console.log('common words:', buildCommonWords(trainDir, COMMON_WORDS_FILE));
  }
  const rows = devRows(nerDevDir(process.argv[2]));
  if (!rows.length) process.exit(2);
  const oof = crossFit(rows);
  const shownFrom: Record<string, number> = {};
  console.log('lang  threshold  cross-fitted shown P  share of correct kept  rows');
  for (const lang of [...new Set(rows.map((r) => r.lang))]) {
    const idx = rows.flatMap((r, i) => (r.lang === lang ? [i] : []));
    const sub = idx.map((i) => rows[i]!);
    const probs = idx.map((i) => oof[i]!);
    const t = chooseThreshold(probs, sub);
    shownFrom[lang] = t;
    const s = shownAt(probs, sub, t);
    console.log(
      `${lang.padEnd(6)}${t.toFixed(2).padEnd(11)}${s.p.toFixed(3).padEnd(22)}${s.kept.toFixed(3).padEnd(23)}${sub.length}`,
    );
  }
  // German has no dev set: it takes the English threshold.
  shownFrom.de ??= shownFrom.en ?? 0.5;
  const { weights, weightsByLang } = fitByLang(rows);
  const langs = Object.keys(weightsByLang);
  console.log(`  ${'feature'.padEnd(26)}${['pooled', ...langs].map((l) => l.padEnd(10)).join('')}`);
  for (const [i, name] of FEATURE_NAMES.entries()) {
    const ws = [weights, ...langs.map((l) => weightsByLang[l]!)].map((w) =>
      String(w[i]).padEnd(10),
    );
    console.log(`  ${name.padEnd(26)}${ws.join('')}`);
  }
  const model = { features: [...FEATURE_NAMES], weights, weightsByLang, shownFrom };
  writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
  console.log(`wrote ${MODEL_FILE}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
