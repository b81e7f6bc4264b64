/**
 * Child of bench:entities (entities-permissive.ts scorePermissive): run with
 * BACKSTORY_NER_MODEL=permissive under use-ner-model.ts, so that the recogniser imports the
 * permissive weights, confidence and common words. Scores the dev sets given as JSON (argv[2]);
 * last line: one JSON object.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { confidenceOf, type ConfidenceModel, shownFrom } from '../../lib/entities/confidence';
import { getModel } from '../../lib/entities/load-tagger';
import { MODEL_DIR } from '../../lib/entities/ner-model-choice';
import { runPipeline } from '../../lib/entities/train/eval-pipeline';
import {
  chooseThreshold,
  crossFit,
  type LabelledRow,
  shownAt,
} from '../../lib/entities/train/fit-confidence';
import { readCorpus } from '../../lib/entities/train/read-corpus';
import type { CorpusSource } from '../../lib/entities/train/sources';
import { type PermissiveSet, tagAndScore } from './entities-permissive';

if (process.env.BACKSTORY_NER_MODEL_HOOKED !== 'permissive') {
  throw new Error('run under use-ner-model.ts with BACKSTORY_NER_MODEL=permissive');
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const sources = JSON.parse(process.argv[2] ?? '[]') as CorpusSource[];
const shipped = JSON.parse(
  readFileSync(join(MODEL_DIR, 'confidence.json'), 'utf8'),
) as ConfidenceModel;

const rows: LabelledRow[] = [];
const f1: Record<string, { tagger: number; pipeline: number }> = {};
for (const src of sources) {
  const docs = readCorpus(src.path, src.format, { namesOnly: true });
  const tagger = tagAndScore(getModel(), docs, src.lang).report('strict').ALL.f1;
  const run = runPipeline(docs, src.lang);
  for (const r of run.rows) rows.push({ ...r, lang: src.lang, set: src.name });
  f1[src.name] = { tagger: round(tagger), pipeline: round(run.scorer.report('strict').ALL.f1) };
}
const oof = crossFit(rows);

function part(keep: (r: LabelledRow) => boolean, lang: string): PermissiveSet {
  const idx = rows.flatMap((r, i) => (keep(r) ? [i] : []));
  const sub = idx.map((i) => rows[i]!);
  const at = (probs: number[], from: number) => {
    const s = shownAt(probs, sub, from);
    return { p: round(s.p), kept: round(s.kept), from };
  };
  const ownFrom = shownFrom(lang);
  const shippedWeights = shipped.weightsByLang?.[lang] ?? shipped.weights;
  const shippedFrom = shipped.shownFrom[lang] ?? (shipped.shownFrom.en as number);
  const cf = idx.map((i) => oof[i]!);
  return {
    rows: sub.length,
    shown: at(
      sub.map((r) => confidenceOf(r.evidence)),
      ownFrom,
    ),
    shownWithShippedConfidence: at(
      sub.map((r) => confidenceOf(r.evidence, shippedWeights)),
      shippedFrom,
    ),
    crossFittedOnDev: at(cf, chooseThreshold(cf, sub)),
  };
}

const bySet = Object.fromEntries(
  sources.map((s) => [
    s.name,
    {
      taggerStrictF1: f1[s.name]!.tagger,
      pipelineStrictF1: f1[s.name]!.pipeline,
      ...part((r) => r.set === s.name, s.lang),
    },
  ]),
);
const byLang = Object.fromEntries(
  [...new Set(sources.map((s) => s.lang))].map((l) => [l, part((r) => r.lang === l, l)]),
);
console.log(JSON.stringify({ bySet, byLang }));
