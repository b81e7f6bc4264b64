/**
 * `npm run train:confidence [-- NER_DEV_DIR]`: fits the entity confidence
 * (lib/entities/confidence.ts) on the NER dev sets and writes lib/entities/model/confidence.json.
 *
 * 1. Rows: the full recogniser runs on every dev document; each predicted mention is a row, its
 *    entity's evidence the features, labelled 1 when the mention is strictly right (span and
 *    the entity's type). HIPE is read with names only (read-corpus.ts, namesOnly).
 * 2. Fit: L2 logistic regression per language (en; Spanish, French and German halfway between
 *    their own fit and the pooled one, fit-confidence.ts OWN_SHARE), and pooled over the en / es /
 *    fr sets (German's silver rows stay out of the pool: NOT_POOLED) for the other languages.
 *    German's rows are of the WikiNEuRal validation split (sources.ts DE_DEV_SOURCE), in the
 *    training folder beside the dev folder.
 * 3. Thresholds: per language, on cross-fitted predictions (5 folds by document), by
 *    chooseThreshold: the lowest that shows ≥ 0.95 precision keeping ≥ 85% of the correct
 *    mentions, else the highest that keeps 85%.
 * 0. First, when the training folder exists, the common words (build-common-words.ts) are
 *    counted again from the training sets (never the dev sets).
 * The test sets are never read.
 * `-- --only es,fr` refits those languages only: every other language's weights and threshold,
 * and the pooled weights, stay as shipped (keepLanguages), a new feature weighing 0 there; with
 * `--new-features` too, those languages keep their shipped weights and threshold as well and
 * take only the fitted weights of the features the shipped file lacks.
 *
 * `npm run train:confidence -- --permissive --folds F0,F1` does the same for the permissive model
 * on permissive data only, never the dev sets: the common words of all its training sets into
 * common-words-permissive.json; then rows of mentions its tagger did not learn from, without
 * holding data out of the shipped tagger: each training document of en / es / fr belongs to one
 * of CONFIDENCE_FOLDS folds (permissive-sources.ts), fold k's tagger F<k> was trained without it
 * (`npm run train:ner -- --permissive --features context --fold k --out F<k>`), and a child
 * process tags fold k with F<k> and the common words of the other folds (use-ner-model.ts,
 * BACKSTORY_NER_FILES). The same fit and thresholds, into confidence-permissive.json, which names
 * the sets it was fitted on (`fittedOn`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES } from '../confidence';
import { buildCommonWords } from './build-common-words';
import { runPipeline } from './eval-pipeline';
import {
  chooseThreshold,
  crossFit,
  fitByLang,
  type FittedModel,
  keepLanguages,
  type LabelledRow,
  NOT_POOLED,
  OWN_SHARE,
  PERMISSIVE_OWN_SHARE,
  shownAt,
} from './fit-confidence';
import { readCorpus } from './read-corpus';
import {
  CONFIDENCE_FOLDS,
  confidenceFold,
  nerExtraDir,
  permissiveSources,
} from './permissive-sources';
import { CONFIDENCE_DEV_SOURCES, type CorpusSource, sharedCorpusDir } from './sources';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const PERMISSIVE = process.argv.includes('--permissive');
const MODEL_FILE = join(
  ROOT,
  `lib/entities/model/${PERMISSIVE ? 'confidence-permissive.json' : 'confidence.json'}`,
);
const COMMON_WORDS_FILE = join(ROOT, 'lib/entities/model/common-words.json');
const PERMISSIVE_WORDS_FILE = join(ROOT, 'lib/entities/model/common-words-permissive.json');

/** The NER dev folder: the argument, else ../shared/corpus/ner from the repo or its worktree. */
export function nerDevDir(arg?: string): string {
  if (arg) return resolve(arg);
  const candidates = ['../shared/corpus/ner', '../../shared/corpus/ner'].map((p) =>
    resolve(ROOT, p),
  );
  return candidates.find((p) => existsSync(p)) ?? (candidates[0] as string);
}

/** The rows of every dev set found under `dir` (or of `sources`, paths relative to it or absolute). */
export function devRows(
  dir: string,
  sources: readonly CorpusSource[] = CONFIDENCE_DEV_SOURCES,
): LabelledRow[] {
  const rows: LabelledRow[] = [];
  for (const src of sources) {
    const path = resolve(dir, src.path);
    if (!existsSync(path)) {
      console.error(`!!! missing set: ${path}`);
      continue;
    }
    const docs = readCorpus(path, src.format, { namesOnly: true });
    for (const r of runPipeline(docs, src.lang).rows) {
      rows.push({ ...r, lang: src.lang, set: src.name });
    }
  }
  return rows;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * In the child of fold k (under use-ner-model.ts: fold k's tagger and common words): the rows of
 * the permissive recogniser over the documents of fold k, each with its index in its set.
 */
function foldRows(trainDir: string, k: number): LabelledRow[] {
  if (process.env.BACKSTORY_NER_MODEL_HOOKED !== 'permissive') throw new Error('not hooked');
  const rows: LabelledRow[] = [];
  for (const src of permissiveSources(trainDir, nerExtraDir())) {
    const all = readCorpus(src.path, src.format, { namesOnly: true, lang: src.lang });
    const idx = all.flatMap((_, d) => (confidenceFold(src, d) === k ? [d] : []));
    if (!idx.length) continue;
    const run = runPipeline(
      idx.map((d) => all[d]!),
      src.lang,
    );
    for (const r of run.rows) {
      rows.push({ ...r, doc: idx[r.doc]!, lang: src.lang, set: src.name });
    }
  }
  return rows;
}

/**
 * The permissive rows (parent): the common words of all the permissive training sets into
 * common-words-permissive.json; then per fold, the common words of the other folds' documents
 * and a child that tags the fold's documents with the fold's tagger (`folds[k]`, trained by
 * `train:ner -- --permissive --fold k --out …`).
 */
function permissiveRows(trainDir: string, folds: string[]): LabelledRow[] {
  if (folds.length !== CONFIDENCE_FOLDS) {
    throw new Error(
      `--folds needs ${CONFIDENCE_FOLDS} fold taggers (npm run train:ner -- --permissive --features … --fold k --out FILE)`,
    );
  }
  const sources = permissiveSources(trainDir, nerExtraDir());
  console.log('common words:', buildCommonWords(trainDir, PERMISSIVE_WORDS_FILE, sources));
  const tmp = mkdtempSync(join(tmpdir(), 'backstory-confidence-'));
  const rows: LabelledRow[] = [];
  folds.forEach((weights, k) => {
    const words = join(tmp, `common-words-${k}.json`);
    buildCommonWords(trainDir, words, sources, (src, d) => confidenceFold(src, d) !== k);
    const out = join(tmp, `rows-${k}.json`);
    const files = { 'weights.json': resolve(weights), 'common-words.json': words };
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        join(ROOT, 'lib/entities/train/use-ner-model.ts'),
        fileURLToPath(import.meta.url),
        '--permissive',
        '--fold-rows',
        String(k),
        '--rows-out',
        out,
      ],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          BACKSTORY_NER_MODEL: 'permissive',
          BACKSTORY_NER_FILES: JSON.stringify(files),
        },
      },
    );
    rows.push(...(JSON.parse(readFileSync(out, 'utf8')) as LabelledRow[]));
  });
  return rows;
}

function main(): void {
  const dirArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const trainDir =
    process.env.NER_TRAIN_DIR ??
    (PERMISSIVE ? sharedCorpusDir('ner-train') : join(dirname(nerDevDir(dirArg)), 'ner-train'));
  if (arg('fold-rows') !== undefined) {
    const rows = foldRows(trainDir, Number(arg('fold-rows')));
    writeFileSync(arg('rows-out') as string, JSON.stringify(rows));
    return;
  }
  if (!PERMISSIVE && existsSync(trainDir)) {
    console.log('common words:', buildCommonWords(trainDir, COMMON_WORDS_FILE));
  }
  const rows = PERMISSIVE
    ? permissiveRows(trainDir, (arg('folds') ?? '').split(',').filter(Boolean))
    : devRows(nerDevDir(dirArg));
  if (!rows.length) process.exit(2);
  const share = PERMISSIVE ? PERMISSIVE_OWN_SHARE : OWN_SHARE;
  const notPooled = PERMISSIVE ? [] : NOT_POOLED;
  const oof = crossFit(rows, share, notPooled);
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
  // Without German's dev set (its file missing), German takes the English threshold.
  shownFrom.de ??= shownFrom.en ?? 0.5;
  const { weights, weightsByLang } = fitByLang(rows, share, notPooled);
  const langs = Object.keys(weightsByLang);
  console.log(`  ${'feature'.padEnd(26)}${['pooled', ...langs].map((l) => l.padEnd(10)).join('')}`);
  for (const [i, name] of FEATURE_NAMES.entries()) {
    const ws = [weights, ...langs.map((l) => weightsByLang[l]!)].map((w) =>
      String(w[i]).padEnd(10),
    );
    console.log(`  ${name.padEnd(26)}${ws.join('')}`);
  }
  const fittedOn = PERMISSIVE
    ? {
        fit: `out-of-fold mentions: ${CONFIDENCE_FOLDS} taggers, each trained without a fold of the documents (permissive-sources.ts confidenceFold)`,
        fittedOn: [...new Set(rows.map((r) => r.set))],
      }
    : {};
  const byLang = langs.length ? { weightsByLang } : {};
  const fitted = { ...fittedOn, features: [...FEATURE_NAMES], weights, ...byLang, shownFrom };
  // `--only es,fr`: refit those languages, keep the rest (and the pooled weights) as shipped;
  // with `--new-features`, those languages take only the weights of the features new to the file.
  const only = arg('only')?.split(',').filter(Boolean);
  const shipped = only ? (JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as FittedModel) : null;
  const model =
    only && shipped
      ? keepLanguages(shipped, fitted, only, process.argv.includes('--new-features'))
      : fitted;
  if (only) console.log(`kept as shipped: all but ${only.join(', ')}; shownFrom`, model.shownFrom);
  writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
  console.log(`wrote ${MODEL_FILE}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
