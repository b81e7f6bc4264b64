/**
 * The permissive model in bench:entities: the weights trained on CC0 / CC BY / CC BY-SA sets only
 * (`npm run train:ner -- --permissive`, lib/entities/model/MODEL.md), with the confidence and
 * common words of its own (`npm run train:confidence -- --permissive`), scored on the same dev
 * documents with the same recogniser as the shipped model. It runs in a child process that
 * imports the permissive files as a permissive build bundles them (use-ner-model.ts), so that
 * what is scored is what that build ships.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  MODEL_DIR,
  NER_WEIGHTS_FILES,
  PER_MODEL_FILES,
  permissiveName,
} from '../../lib/entities/ner-model-choice';
import { tagDocument } from '../../lib/entities/tag-document';
import { spansFromTags } from '../../lib/entities/tags';
import type { LabelledDoc } from '../../lib/entities/train/read-corpus';
import { SpanScorer } from '../../lib/entities/train/score-spans';
import type { CorpusSource } from '../../lib/entities/train/sources';
import type { Model } from '../../lib/entities/model';

const REPO = resolve(import.meta.dirname, '../..');

export interface PermissiveModel {
  weightsGzipKB: number;
  /** The training sets of its last run (training-sets-permissive.json). */
  trainingSets: string[];
  /** The held-out sets its confidence was fitted on (confidence-permissive.json fittedOn). */
  confidenceFittedOn: string[];
}

/** Shown precision and share of the model's own correct mentions kept. */
export interface Shown {
  p: number;
  kept: number;
  from: number;
}

/** One dev set (or language) scored with the permissive model. */
export interface PermissiveSet {
  taggerStrictF1?: number;
  pipelineStrictF1?: number;
  rows: number;
  /** With its own confidence (confidence-permissive.json) at its own thresholds: what the build shows. */
  shown: Shown;
  /** With confidence.json (fitted for the shipped tagger on the dev sets), as before the refit. */
  shownWithShippedConfidence: Shown;
  /** A refit on these dev rows, 5 folds by document: the ceiling of a refit, not permissive. */
  crossFittedOnDev: Shown;
}

function round(x: number, d = 3): number {
  return Math.round(x * 10 ** d) / 10 ** d;
}

/** The per-model files that have no permissive twin yet (empty when the permissive model is complete). */
export function missingPermissiveFiles(dir = MODEL_DIR): string[] {
  return PER_MODEL_FILES.map(permissiveName).filter((f) => !existsSync(join(dir, f)));
}

/** The permissive model's sizes and data, or null when its weights have not been trained. */
export function loadPermissiveModel(dir = MODEL_DIR): PermissiveModel | null {
  const file = join(dir, NER_WEIGHTS_FILES.permissive);
  if (!existsSync(file)) return null;
  const read = <T>(f: string): T | null =>
    existsSync(join(dir, f)) ? (JSON.parse(readFileSync(join(dir, f), 'utf8')) as T) : null;
  const sets = read<{ sets: { name: string }[] }>('training-sets-permissive.json');
  const conf = read<{ fittedOn?: string[] }>('confidence-permissive.json');
  return {
    weightsGzipKB: round(gzipSync(readFileSync(file), { level: 9 }).length / 1024, 1),
    trainingSets: sets?.sets.map((s) => s.name) ?? [],
    confidenceFittedOn: conf?.fittedOn ?? [],
  };
}

/** Gzipped size of the shipped weights, for the line beside the permissive ones. */
export function shippedWeightsGzipKB(dir = MODEL_DIR): number {
  const raw = readFileSync(join(dir, NER_WEIGHTS_FILES.shipped));
  return round(gzipSync(raw, { level: 9 }).length / 1024, 1);
}

/**
 * Scores the permissive model on the dev sets (absolute paths) in a child process that imports
 * the permissive files (entities-permissive-run.ts): per set and per language.
 */
export function scorePermissive(sources: readonly CorpusSource[]): {
  bySet: Record<string, PermissiveSet>;
  byLang: Record<string, PermissiveSet>;
} {
  const out = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      join(REPO, 'lib/entities/train/use-ner-model.ts'),
      join(REPO, 'tests/bench/entities-permissive-run.ts'),
      JSON.stringify(sources),
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, BACKSTORY_NER_MODEL: 'permissive' },
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(out.trim().split('\n').pop() as string) as ReturnType<typeof scorePermissive>;
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
