/**
 * Trains the entity tagger: an averaged structured perceptron over hashed features with
 * Viterbi BIO decoding. Reads ../shared/corpus/ner-train (or NER_TRAIN_DIR), scores each epoch
 * on ../shared/corpus/ner (or NER_DEV_DIR) when present, writes lib/entities/model/*.json.
 *
 *   npm run train:ner [-- options]
 *   --epochs N (10)  --rows N buckets kept (150000)  --bits N hash bits (21)
 *   --sets a,b only these sets  --drop a,b  --repeat name=N,… (overrides sources.ts)
 *   --out FILE  write an experiment there instead of the shipped model  --tag NAME (cache name)
 *   --export-only   re-prune the last run's averaged weights without training
 *   --fold k        with --permissive and --out: leave out confidence fold k's documents
 *                   (permissive-sources.ts confidenceFold), for train:confidence -- --permissive
 *   --permissive    train only on CC0 / CC BY sets (permissive-sources.ts: the shared ones and
 *                   those in NER_EXTRA_DIR, default ../ner-extra) and write weights-permissive.json
 *                   and training-sets-permissive.json; the shipped weights are left alone
 *   --features clusters,context   feature families beyond the base set (features.ts
 *     FeatureOptions): word clusters (build-clusters.ts, built when missing, carried in the
 *     weights file) and document context aggregation
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectDocumentStats, extractFeatures, type FeatureOptions } from '../features';
import { featureOptions, loadModel, type ModelFile } from '../model';
import { buildClusters, CLUSTERS_FILE } from './build-clusters';
import { tagTokens } from '../tag-tokens';
import { spansFromTags, TAG_COUNT } from '../tags';
import { decodeViterbi } from '../viterbi';
import { buildGazetteer } from './build-gazetteer';
import { exportModel } from './export-model';
import { type LabelledDoc, readCorpus } from './read-corpus';
import { confidenceFold, nerExtraDir, permissiveSources } from './permissive-sources';
import { SpanScorer } from './score-spans';
import { type CorpusSource, DEV_SOURCES, sharedCorpusDir, TRAIN_SOURCES } from './sources';

const T = TAG_COUNT;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const BITS = Number(arg('bits') ?? 21);
const PERMISSIVE = process.argv.includes('--permissive');
// --fold k: a confidence fold's tagger, trained without the fold's documents (permissive only).
const FOLD = arg('fold') === undefined ? -2 : Number(arg('fold'));
// --repeat fr-hipe2020=5,fr-newseye-dev=3 overrides the repeat counts in sources.ts.
const repeats = new Map(
  (arg('repeat') ?? '')
    .split(',')
    .filter(Boolean)
    .map((kv) => kv.split('=') as [string, string]),
);
const MASK = (1 << BITS) - 1;
const FEATURES = (arg('features') ?? '').split(',').filter(Boolean);
let extra: Pick<ModelFile, 'features' | 'clusters'> = {};
let OPTIONS: FeatureOptions = {};

interface Example {
  ids: Uint32Array;
  offsets: Uint32Array;
  tags: Uint8Array;
}

function toExamples(docs: LabelledDoc[], lang: string): Example[] {
  const out: Example[] = [];
  for (const doc of docs) {
    const stats = collectDocumentStats(
      doc.map((s) => s.words),
      OPTIONS.context,
    );
    for (const s of doc) {
      const f = extractFeatures(s.words, stats, lang, OPTIONS);
      for (let k = 0; k < f.ids.length; k++) f.ids[k] = (f.ids[k] as number) & MASK;
      out.push({ ids: f.ids, offsets: f.offsets, tags: Uint8Array.from(s.tags) });
    }
  }
  return out;
}

function load(root: string, sources: CorpusSource[]): Map<string, Example[]> {
  const out = new Map<string, Example[]>();
  for (const src of sources) {
    // resolve: the permissive extra sets come with absolute paths.
    const path = resolve(root, src.path);
    if (!existsSync(path)) throw new Error(`missing corpus file ${path}`);
    // --fold k (permissive): the documents of confidence fold k are left out (permissive-sources.ts).
    const docs = readCorpus(path, src.format).filter((_, d) => confidenceFold(src, d) !== FOLD);
    const examples = toExamples(docs, src.lang);
    const tokens = examples.reduce((n, e) => n + e.tags.length, 0);
    console.log(`  ${src.name}: ${examples.length} sentences, ${tokens} tokens`);
    const repeat = Number(repeats.get(src.name) ?? src.repeat ?? 1);
    out.set(src.name, Array.from({ length: repeat }, () => examples).flat());
  }
  return out;
}

/** Perceptron weights with the lazy-averaging trick: average = w - u / c. */
class Perceptron {
  w = new Float32Array((MASK + 1) * T);
  u = new Float64Array((MASK + 1) * T);
  tw = new Float32Array((T + 1) * T);
  tu = new Float64Array((T + 1) * T);
  c = 1;

  emit(ex: Example, w: Float32Array): Float32Array {
    const n = ex.tags.length;
    const e = new Float32Array(n * T);
    for (let i = 0; i < n; i++) {
      for (let k = ex.offsets[i] as number; k < (ex.offsets[i + 1] as number); k++) {
        const base = (ex.ids[k] as number) * T;
        for (let t = 0; t < T; t++) {
          e[i * T + t] = (e[i * T + t] as number) + (w[base + t] as number);
        }
      }
    }
    return e;
  }

  update(ex: Example): void {
    const n = ex.tags.length;
    const pred = decodeViterbi(this.emit(ex, this.w), this.tw, n);
    for (let i = 0; i < n; i++) {
      const g = ex.tags[i] as number;
      const p = pred[i] as number;
      const gPrev = i === 0 ? -1 : (ex.tags[i - 1] as number);
      const pPrev = i === 0 ? -1 : (pred[i - 1] as number);
      if (g !== p) {
        for (let k = ex.offsets[i] as number; k < (ex.offsets[i + 1] as number); k++) {
          const base = (ex.ids[k] as number) * T;
          this.bump(this.w, this.u, base + g, 1);
          this.bump(this.w, this.u, base + p, -1);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.bump(this.tw, this.tu, (gPrev + 1) * T + g, 1);
        this.bump(this.tw, this.tu, (pPrev + 1) * T + p, -1);
      }
    }
    this.c++;
  }

  private bump(w: Float32Array, u: Float64Array, i: number, d: number): void {
    w[i] = (w[i] as number) + d;
    u[i] = (u[i] as number) + this.c * d;
  }

  averaged(): { w: Float32Array; tw: Float32Array } {
    const w = new Float32Array(this.w.length);
    for (let i = 0; i < w.length; i++) {
      w[i] = (this.w[i] as number) - (this.u[i] as number) / this.c;
    }
    const tw = new Float32Array(this.tw.length);
    for (let i = 0; i < tw.length; i++) {
      tw[i] = (this.tw[i] as number) - (this.tu[i] as number) / this.c;
    }
    return { w, tw };
  }
}

function shuffle<T>(xs: T[], seed: number): void {
  let s = seed;
  for (let i = xs.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
}

function evaluate(
  p: Perceptron,
  avg: { w: Float32Array; tw: Float32Array },
  exs: Example[],
): number {
  const scorer = new SpanScorer();
  for (const ex of exs) {
    const pred = decodeViterbi(p.emit(ex, avg.w), avg.tw, ex.tags.length);
    scorer.add(spansFromTags(ex.tags), spansFromTags(pred));
  }
  return scorer.report('strict').ALL.f1;
}

/** Scores the exported (pruned, quantised) model through the runtime path. */
function evaluateExported(path: string, devRoot: string): void {
  const model = loadModel(JSON.parse(readFileSync(path, 'utf8')) as ModelFile);
  const scores: string[] = [];
  for (const src of DEV_SOURCES) {
    const scorer = new SpanScorer();
    for (const doc of readCorpus(join(devRoot, src.path), src.format)) {
      const stats = collectDocumentStats(
        doc.map((s) => s.words),
        model.options.context,
      );
      for (const s of doc) {
        scorer.add(spansFromTags(s.tags), tagTokens(model, s.words, stats, src.lang));
      }
    }
    scores.push(`${src.name} ${scorer.report('strict').ALL.f1.toFixed(3)}`);
  }
  console.log(`exported model: ${scores.join('  ')}`);
}

const CACHE = join(
  tmpdir(),
  `backstory-ner-averaged-${arg('tag') ?? (PERMISSIVE ? 'permissive' : 'main')}.bin`,
);

function main(): void {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const trainRoot = process.env.NER_TRAIN_DIR ?? sharedCorpusDir('ner-train');
  const devRoot = process.env.NER_DEV_DIR ?? sharedCorpusDir('ner');
  const epochs = Number(arg('epochs') ?? 10);
  // --out writes an experiment elsewhere; the shipped files are only touched without it.
  const modelName = PERMISSIVE ? 'weights-permissive.json' : 'weights.json';
  const out = arg('out') ?? join(here, '../model', modelName);
  const shipped = !arg('out');
  if (FOLD !== -2 && (!PERMISSIVE || shipped)) {
    throw new Error('--fold trains a permissive fold tagger: give --permissive and --out');
  }
  const keepRows = Number(arg('rows') ?? 150_000);
  if (FEATURES.length) {
    extra = { features: FEATURES };
    if (FEATURES.includes('clusters')) {
      if (!existsSync(CLUSTERS_FILE)) {
        console.log('word clusters:', buildClusters(trainRoot, CLUSTERS_FILE));
      }
      extra.clusters = JSON.parse(readFileSync(CLUSTERS_FILE, 'utf8')) as ModelFile['clusters'];
    }
    OPTIONS = featureOptions(extra);
  }
  if (process.argv.includes('--export-only')) {
    // Re-prune the last run's averaged weights without training again.
    const buf = readFileSync(CACHE);
    const all = new Float32Array(buf.buffer, buf.byteOffset, buf.length / 4);
    const tw = all.slice(0, (T + 1) * T);
    const info = exportModel(all.subarray((T + 1) * T), tw, BITS, out, 1, keepRows, extra);
    console.log(`wrote ${out}: ${info.rows} rows, ${info.bytes} bytes`);
    evaluateExported(out, devRoot);
    if (shipped) formatModelFiles(join(here, '../model'));
    return;
  }
  const only = arg('sets')?.split(',');
  const drop = arg('drop')?.split(',') ?? [];
  const sources = (PERMISSIVE ? permissiveSources(trainRoot, nerExtraDir()) : TRAIN_SOURCES).filter(
    (s) => (!only || only.includes(s.name)) && !drop.includes(s.name),
  );
  if (!existsSync(trainRoot)) {
    console.error(`TRAINING DATA MISSING: ${trainRoot} (set NER_TRAIN_DIR)`);
    process.exit(1);
  }
  if (!arg('out') && !PERMISSIVE) buildGazetteer(join(here, '../model/gazetteer.json'));
  console.log(`reading training sets from ${trainRoot}`);
  const train = [...load(trainRoot, sources).values()].flat();
  const dev = existsSync(devRoot) ? load(devRoot, DEV_SOURCES) : new Map<string, Example[]>();
  const p = new Perceptron();
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const t0 = Date.now();
    shuffle(train, epoch);
    for (const ex of train) p.update(ex);
    const avg = p.averaged();
    const scores = [...dev].map(([name, exs]) => `${name} ${evaluate(p, avg, exs).toFixed(3)}`);
    console.log(`epoch ${epoch} (${Date.now() - t0} ms): ${scores.join('  ')}`);
  }
  const avg = p.averaged();
  const cache = new Float32Array(avg.tw.length + avg.w.length);
  cache.set(avg.tw);
  cache.set(avg.w, avg.tw.length);
  writeFileSync(CACHE, cache);
  const info = exportModel(avg.w, avg.tw, BITS, out, 1, keepRows, extra);
  console.log(`wrote ${out}: ${info.rows} rows, ${info.bytes} bytes`);
  if (existsSync(devRoot)) evaluateExported(out, devRoot);
  const meta = {
    epochs,
    bits: BITS,
    rows: info.rows,
    ...(FEATURES.length ? { features: FEATURES } : {}),
    sets: sources
      .map((s) => ({
        name: s.name,
        licence: s.licence,
        repeat: Number(repeats.get(s.name) ?? s.repeat ?? 1),
      }))
      .filter((s) => s.repeat > 0),
  };
  if (!shipped) return;
  const setsFile = PERMISSIVE ? 'training-sets-permissive.json' : 'training-sets.json';
  writeFileSync(join(here, '../model', setsFile), JSON.stringify(meta, null, 2) + '\n');
  formatModelFiles(join(here, '../model'));
}

/** Formats the written JSON the way the repository's Prettier check expects. */
function formatModelFiles(dir: string): void {
  execFileSync('npx', ['prettier', '--write', `${dir}/*.json`], { stdio: 'inherit' });
}

main();
