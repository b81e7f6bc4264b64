/**
 * Entity benchmark: npm run bench:entities [-- DIR_OR_FILE]. Scores the tagger (and compromise on
 * English, as the baseline) on the NER dev sets, strict and overlapping, per type; measures speed,
 * bundle size and load time. Last line: one JSON object.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import nlp from 'compromise';
import { confidenceOf, SHOWN_FROM, withConfidence } from '../../lib/entities/confidence';
import {
  findMentions,
  type Mention,
  refineContext,
  spanMargin,
  trimPersonTitles,
} from '../../lib/entities/find-mentions';
import { mergeMentions } from '../../lib/entities/merge-mentions';
import { refineSpans } from '../../lib/entities/refine-spans';
import { getModel } from '../../lib/entities/load-tagger';
import { tagDocument } from '../../lib/entities/tag-document';
import { type EntityType, spansFromTags, type TokenSpan } from '../../lib/entities/tags';
import {
  type CorpusFormat,
  type LabelledDoc,
  readCorpus,
} from '../../lib/entities/train/read-corpus';
import { type Prf, SpanScorer } from '../../lib/entities/train/score-spans';
import { type CorpusSource, DEV_SOURCES } from '../../lib/entities/train/sources';

const DEFAULT_ROOT = resolve(process.cwd(), '../shared/corpus/ner');
const ROOT_DIR = resolve(import.meta.dirname, '../..');

interface SetFigures {
  strictF1: number;
  overlapF1: number;
  msPer1kWords: number;
  tagMsPer1kWords: number;
  strict: Record<string, Prf>;
  overlap: Record<string, Prf>;
}

function round(x: number, d = 3): number {
  return Math.round(x * 10 ** d) / 10 ** d;
}

function countWords(docs: LabelledDoc[]): number {
  return docs.reduce((n, d) => n + d.reduce((m, s) => m + s.words.length, 0), 0);
}

function printTable(name: string, scorer: SpanScorer): void {
  console.log(`\n${name}`);
  console.log('  type   strict P / R / F1        overlap P / R / F1      gold');
  const strict = scorer.report('strict');
  const overlap = scorer.report('overlap');
  for (const t of ['PER', 'LOC', 'ORG', 'ALL'] as const) {
    const s = strict[t];
    const o = overlap[t];
    const f = (p: Prf): string => `${p.p.toFixed(3)} / ${p.r.toFixed(3)} / ${p.f1.toFixed(3)}`;
    console.log(`  ${t.padEnd(5)}  ${f(s)}    ${f(o)}    ${s.gold}`);
  }
}

/**
 * Runs the shipped pipeline on detokenised text (segment, tokenise, tag): ms per 1,000 words,
 * warm (a first pass over the set lets the JIT settle, as in a worker that has seen a page).
 */
function timeTextPipeline(docs: LabelledDoc[], lang: string): number {
  const texts = docs.map((d) => d.map((s) => s.words.join(' ')).join('\n\n'));
  for (const t of texts) findMentions(t, lang);
  // Median of three passes: the machine may be busy with other work.
  const runs = [0, 1, 2].map(() => {
    const t0 = performance.now();
    for (const t of texts) findMentions(t, lang);
    return performance.now() - t0;
  });
  const median = runs.sort((a, b) => a - b)[1] as number;
  return (median / countWords(docs)) * 1000;
}

function scoreTagger(name: string, docs: LabelledDoc[], lang: string): SetFigures {
  const model = getModel();
  const scorer = new SpanScorer();
  const t0 = performance.now();
  for (const doc of docs) {
    const tagged = tagDocument(
      model,
      doc.map((s) => s.words),
      lang,
    );
    doc.forEach((s, k) => scorer.add(spansFromTags(s.tags), tagged[k] ?? []));
  }
  const tagMs = ((performance.now() - t0) / countWords(docs)) * 1000;
  printTable(`${name} (Backstory tagger)`, scorer);
  return figures(scorer, timeTextPipeline(docs, lang), tagMs);
}

const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** Per threshold: spans shown, shown and correct; plus the full recogniser's correct spans. */
interface ShownCounts {
  correct: number;
  predicted: number;
  shown: number[];
  shownCorrect: number[];
}

/**
 * The full recogniser (tagger, title trimming, span rules, merge, confidence) on each document:
 * strict F1 of all its spans, and per confidence threshold the precision of the spans shown and
 * their share of the recogniser's correct spans.
 */
function scorePipeline(name: string, docs: LabelledDoc[], lang: string): ShownCounts {
  const model = getModel();
  const ctx = refineContext(lang);
  const scorer = new SpanScorer();
  const counts: ShownCounts = {
    correct: 0,
    predicted: 0,
    shown: THRESHOLDS.map(() => 0),
    shownCorrect: THRESHOLDS.map(() => 0),
  };
  for (const doc of docs) {
    const sentences = doc.map((s) => s.words);
    const margins: Float32Array[] = [];
    const tagged = tagDocument(model, sentences, lang, margins);
    let text = '';
    const all: { k: number; span: TokenSpan; start: number }[] = [];
    const mentions: Mention[] = [];
    sentences.forEach((words, k) => {
      if (text) text += '\n\n';
      const tokens = words.map((w) => {
        const t = { text: w, start: text.length, end: text.length + w.length };
        text += `${w} `;
        return t;
      });
      const spans = refineSpans(words, trimPersonTitles(tagged[k] ?? [], tokens), ctx);
      scorer.add(spansFromTags(doc[k]!.tags), spans);
      for (const span of spans) {
        const first = tokens[span.start]!;
        const last = tokens[span.end - 1]!;
        all.push({ k, span, start: first.start });
        mentions.push({
          start: first.start,
          end: last.end,
          text: text.slice(first.start, last.end),
          type: span.type,
          lead: k === 0,
          margin: spanMargin(margins[k], span),
        });
      }
    });
    const confidence = new Map<number, number>();
    for (const e of withConfidence(mergeMentions(mentions, [], lang), text)) {
      for (const m of e.mentions) confidence.set(m.start, e.confidence ?? 1);
    }
    for (const { k, span, start } of all) {
      const gold = spansFromTags(doc[k]!.tags);
      const ok = gold.some(
        (g) => g.start === span.start && g.end === span.end && g.type === span.type,
      );
      const c = confidence.get(start) ?? 0;
      counts.predicted++;
      if (ok) counts.correct++;
      THRESHOLDS.forEach((t, i) => {
        if (c < t) return;
        counts.shown[i]!++;
        if (ok) counts.shownCorrect[i]!++;
      });
    }
  }
  printTable(`${name} (full recogniser: tagger + span rules)`, scorer);
  console.log('  confidence ≥   shown P   share of correct kept');
  THRESHOLDS.forEach((t, i) => {
    const p = counts.shownCorrect[i]! / Math.max(1, counts.shown[i]!);
    const r = counts.shownCorrect[i]! / Math.max(1, counts.correct);
    console.log(
      `  ${t.toFixed(1)}${t === SHOWN_FROM ? '*' : ' '}          ${p.toFixed(3)}     ${r.toFixed(3)}`,
    );
  });
  const s = scorer.report('strict').ALL;
  pipelineF1[name] = round(s.f1);
  return counts;
}

const pipelineF1: Record<string, number> = {};
void confidenceOf;

function figures(scorer: SpanScorer, ms: number, tagMs: number): SetFigures {
  const strict = scorer.report('strict');
  const overlap = scorer.report('overlap');
  return {
    strictF1: round(strict.ALL.f1),
    overlapF1: round(overlap.ALL.f1),
    msPer1kWords: round(ms, 2),
    tagMsPer1kWords: round(tagMs, 2),
    strict: Object.fromEntries(Object.entries(strict).map(([k, v]) => [k, roundPrf(v)])),
    overlap: Object.fromEntries(Object.entries(overlap).map(([k, v]) => [k, roundPrf(v)])),
  };
}

function roundPrf(p: Prf): Prf {
  return { p: round(p.p), r: round(p.r), f1: round(p.f1), gold: p.gold };
}

const PUNCT = /^[^\p{L}\p{N}]+$/u;

/** compromise's people / places / organisations, mapped from character offsets to tokens. */
function scoreCompromise(docs: LabelledDoc[]): SetFigures {
  const scorer = new SpanScorer();
  let ms = 0;
  for (const doc of docs) {
    for (const s of doc) {
      const starts: number[] = [];
      let text = '';
      for (const w of s.words) {
        if (text) text += ' ';
        starts.push(text.length);
        text += w;
      }
      const t0 = performance.now();
      const parsed = nlp(text);
      const found: [EntityType, { offset: { start: number; length: number } }[]][] = [
        ['PER', parsed.people().json({ offset: true })],
        ['LOC', parsed.places().json({ offset: true })],
        ['ORG', parsed.organizations().json({ offset: true })],
      ];
      ms += performance.now() - t0;
      const pred: TokenSpan[] = [];
      for (const [type, items] of found) {
        for (const { offset } of items) {
          const a = offset.start;
          const b = offset.start + offset.length;
          let first = -1;
          let last = -1;
          s.words.forEach((w, i) => {
            const ws = starts[i] as number;
            if (ws < b && a < ws + w.length && !PUNCT.test(w)) {
              if (first < 0) first = i;
              last = i;
            }
          });
          if (first >= 0) pred.push({ start: first, end: last + 1, type });
        }
      }
      scorer.add(spansFromTags(s.tags), pred);
    }
  }
  printTable('en-conll2003 (compromise baseline)', scorer);
  const perK = (ms / countWords(docs)) * 1000;
  return figures(scorer, perK, perK);
}

async function bundleGzipKB(): Promise<number> {
  const out = await build({
    entryPoints: [join(ROOT_DIR, 'lib/entities/find-entities.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  const bytes = out.outputFiles.reduce((n, f) => n + gzipSync(f.contents, { level: 9 }).length, 0);
  return round(bytes / 1024, 1);
}

/** Cold load time, in a fresh process each time (median of three): as when the worker wakes. */
function measureLoadMs(): number {
  const script = join(ROOT_DIR, 'tests/bench/measure-load.ts');
  const runs = [0, 1, 2].map(() => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
    return (JSON.parse(out.trim().split('\n').pop() as string) as { loadMs: number }).loadMs;
  });
  return round(runs.sort((a, b) => a - b)[1] as number, 1);
}

function guessFormat(path: string): CorpusFormat {
  if (path.endsWith('.tsv')) return 'hipe';
  if (path.endsWith('.conllu')) return 'conllu';
  if (path.endsWith('.bio')) return 'bio';
  return 'conll';
}

async function main(): Promise<void> {
  const target = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_ROOT;
  if (!existsSync(target)) {
    console.error(
      `\n!!! NER CORPUS NOT FOUND: ${target}\n!!! Pass a directory or file: npm run bench:entities -- PATH\n`,
    );
    process.exit(2);
  }
  const loadMs = measureLoadMs();
  let sources: CorpusSource[];
  let root = target;
  if (statSync(target).isFile()) {
    root = resolve(target, '..');
    const lang = /(^|[^a-z])(fr|es|de)[^a-z]/.exec(basename(target))?.[2] ?? 'en';
    sources = [
      {
        name: basename(target),
        path: basename(target),
        format: guessFormat(target),
        lang,
        licence: '',
      },
    ];
  } else {
    sources = DEV_SOURCES.filter((s) => existsSync(join(root, s.path)));
    const missing = DEV_SOURCES.filter((s) => !existsSync(join(root, s.path)));
    if (missing.length) {
      console.error(`!!! missing dev sets: ${missing.map((s) => s.path).join(', ')}`);
    }
    if (!sources.length) process.exit(2);
  }
  const sets: Record<string, SetFigures> = {};
  const shown: Record<string, ShownCounts> = {};
  let compromise: SetFigures | null = null;
  for (const src of sources) {
    const docs = readCorpus(join(root, src.path), src.format);
    sets[src.name] = scoreTagger(src.name, docs, src.lang);
    shown[src.name] = scorePipeline(src.name, docs, src.lang);
    if (src.name === 'en-conll2003') compromise = scoreCompromise(docs);
  }
  const bundle = await bundleGzipKB();
  console.log(
    '\nset                 strictF1  overlapF1  ms/1k words (text pipeline, warm)  ms/1k (tokens given, first pass)',
  );
  for (const [name, f] of Object.entries(sets)) {
    console.log(
      `${name.padEnd(20)}${String(f.strictF1).padEnd(10)}${String(f.overlapF1).padEnd(11)}${String(f.msPer1kWords).padEnd(35)}${f.tagMsPer1kWords}`,
    );
  }
  if (compromise) {
    console.log(
      `${'compromise (en)'.padEnd(20)}${String(compromise.strictF1).padEnd(10)}${String(compromise.overlapF1).padEnd(11)}${compromise.msPer1kWords}`,
    );
  }
  // The rule that chose SHOWN_FROM: the lowest threshold whose pooled shown precision is ≥ 0.95.
  const pooled = Object.values(shown);
  const sum = (f: (c: ShownCounts) => number) => pooled.reduce((n, c) => n + f(c), 0);
  console.log(
    '\nshown (pooled over the dev sets)   confidence ≥   shown P   share of correct kept',
  );
  let chosen: number | null = null;
  let keeping: number | null = null;
  THRESHOLDS.forEach((t, i) => {
    const p =
      sum((c) => c.shownCorrect[i]!) /
      Math.max(
        1,
        sum((c) => c.shown[i]!),
      );
    const r =
      sum((c) => c.shownCorrect[i]!) /
      Math.max(
        1,
        sum((c) => c.correct),
      );
    if (chosen === null && p >= 0.95) chosen = t;
    if (r >= 0.85) keeping = t;
    console.log(
      `${''.padEnd(35)}${t.toFixed(1)}${t === SHOWN_FROM ? '*' : ' '}          ${p.toFixed(3)}     ${r.toFixed(3)}`,
    );
  });
  console.log(
    `rule: lowest threshold with pooled shown P >= 0.95 (${chosen}), else highest keeping >= 85% of the correct (${keeping}); shipped SHOWN_FROM: ${SHOWN_FROM}`,
  );
  const i = THRESHOLDS.indexOf(SHOWN_FROM);
  const shownFigures = Object.fromEntries(
    Object.entries(shown).map(([k, c]) => [
      k,
      {
        pipelineStrictF1: pipelineF1[k],
        shownP: round(c.shownCorrect[i]! / Math.max(1, c.shown[i]!)),
        shownShareOfCorrect: round(c.shownCorrect[i]! / Math.max(1, c.correct)),
      },
    ]),
  );
  console.log(JSON.stringify({ shown: shownFigures }));
  console.log(`recogniser bundle (minified, gzip -9): ${bundle} KB; model load: ${loadMs} ms`);
  const short = (f: SetFigures) => ({
    strictF1: f.strictF1,
    overlapF1: f.overlapF1,
    msPer1kWords: f.msPer1kWords,
  });
  console.log(
    JSON.stringify({
      bench: 'entities',
      sets: Object.fromEntries(Object.entries(sets).map(([k, f]) => [k, short(f)])),
      compromise: compromise ? short(compromise) : null,
      bundleGzipKB: bundle,
      loadMs,
    }),
  );
}

await main();
