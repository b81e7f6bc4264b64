/**
 * The permissive model in bench:entities: the weights trained on CC0 / CC BY sets only
 * (`npm run train:ner -- --permissive`, lib/entities/model/MODEL.md), scored on the same dev
 * documents with the same tagger and recogniser as the shipped weights.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { confidenceOf, shownFrom } from '../../lib/entities/confidence';
import { loadModel, type Model, type ModelFile } from '../../lib/entities/model';
import { NER_WEIGHTS_FILES } from '../../lib/entities/ner-model-choice';
import { tagDocument } from '../../lib/entities/tag-document';
import { spansFromTags } from '../../lib/entities/tags';
import { runPipeline } from '../../lib/entities/train/eval-pipeline';
import {
  chooseThreshold,
  crossFit,
  type LabelledRow,
  shownAt,
} from '../../lib/entities/train/fit-confidence';
import type { LabelledDoc } from '../../lib/entities/train/read-corpus';
import { SpanScorer } from '../../lib/entities/train/score-spans';

const MODEL_DIR = resolve(import.meta.dirname, '../../lib/entities/model');

export interface PermissiveModel {
  model: Model;
  file: string;
  weightsGzipKB: number;
  /** The training sets of its last run (training-sets-permissive.json). */
  trainingSets: string[];
}

/** One dev set scored with the permissive weights. */
export interface PermissiveSet {
  taggerStrictF1: number;
  pipelineStrictF1: number;
  /** Shown with confidence.json as fitted for the shipped tagger (not refitted). */
  shownAtShippedThresholds: { p: number; kept: number };
  /** Shown with the confidence refitted on these rows, 5 folds by document (what a refit would give). */
  crossFitted: { p: number; kept: number; from: number };
}

function round(x: number, d = 3): number {
  return Math.round(x * 10 ** d) / 10 ** d;
}

/** The permissive weights, or null when they have not been trained. */
export function loadPermissiveModel(dir = MODEL_DIR): PermissiveModel | null {
  const file = join(dir, NER_WEIGHTS_FILES.permissive);
  if (!existsSync(file)) return null;
  const raw = readFileSync(file);
  const setsFile = join(dir, 'training-sets-permissive.json');
  const trainingSets = existsSync(setsFile)
    ? (JSON.parse(readFileSync(setsFile, 'utf8')) as { sets: { name: string }[] }).sets.map(
        (s) => s.name,
      )
    : [];
  return {
    model: loadModel(JSON.parse(raw.toString('utf8')) as ModelFile),
    file,
    weightsGzipKB: round(gzipSync(raw, { level: 9 }).length / 1024, 1),
    trainingSets,
  };
}

/** Gzipped size of the shipped weights, for the line beside the permissive ones. */
export function shippedWeightsGzipKB(dir = MODEL_DIR): number {
  const raw = readFileSync(join(dir, NER_WEIGHTS_FILES.shipped));
  return round(gzipSync(raw, { level: 9 }).length / 1024, 1);
}

/** Scores the permissive weights on every set: tagger alone, full recogniser, what is shown. */
export function scorePermissive(
  model: Model,
  sets: readonly { name: string; lang: string; docs: LabelledDoc[] }[],
): Record<string, PermissiveSet> {
  const rows: LabelledRow[] = [];
  const f1 = new Map<string, { tagger: number; pipeline: number }>();
  for (const { name, lang, docs } of sets) {
    const scorer = tagAndScore(model, docs, lang);
    const run = runPipeline(docs, lang, model);
    for (const r of run.rows) rows.push({ ...r, lang, set: name });
    f1.set(name, {
      tagger: round(scorer.report('strict').ALL.f1),
      pipeline: round(run.scorer.report('strict').ALL.f1),
    });
  }
  const oof = crossFit(rows);
  const out: Record<string, PermissiveSet> = {};
  for (const { name, lang } of sets) {
    const idx = rows.flatMap((r, i) => (r.set === name ? [i] : []));
    const setRows = idx.map((i) => rows[i]!);
    const setOof = idx.map((i) => oof[i]!);
    // Chosen on the set's own cross-fitted rows, as the bench does for the shipped model.
    const from = chooseThreshold(setOof, setRows);
    const shipped = shownAt(
      setRows.map((r) => confidenceOf(r.evidence)),
      setRows,
      shownFrom(lang),
    );
    const cf = shownAt(setOof, setRows, from);
    const { tagger, pipeline } = f1.get(name)!;
    out[name] = {
      taggerStrictF1: tagger,
      pipelineStrictF1: pipeline,
      shownAtShippedThresholds: { p: round(shipped.p), kept: round(shipped.kept) },
      crossFitted: { p: round(cf.p), kept: round(cf.kept), from },
    };
  }
  return out;
}

/** The tagger alone over labelled documents: its spans scored against the gold's. */
export function tagAndScore(model: Model, docs: readonly LabelledDoc[], lang: string): SpanScorer {
  const scorer = new SpanScorer();
  for (const doc of docs) {
    const tagged = tagDocument(
      model,
      doc.map((s) => s.words),
      lang,
    );
    doc.forEach((s, k) => scorer.add(spansFromTags(s.tags), tagged[k] ?? []));
  }
  return scorer;
}
