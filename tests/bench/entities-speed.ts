/**
 * Warm speed of the shipped recogniser on detokenised text, made steady enough on a shared machine
 * to resolve a change of about 10%: several warm passes, each timed by wall clock and by this
 * process's CPU time; the minimum (the pass least disturbed by other work) is the figure, the
 * median beside it. A fixed reference workload, timed in passes alternating with the tagger's,
 * gives a ratio that cancels how fast the machine happens to be.
 */
import { cpuUsage } from 'node:process';
import type { DetectedLang } from '../../lib/entities/detect-language';
import { findEntities } from '../../lib/entities/find-entities';
import { findMentions } from '../../lib/entities/find-mentions';
import type { LabelledDoc } from '../../lib/entities/train/read-corpus';

/** Warm passes timed after one untimed pass. */
export const PASSES = 7;

export interface SpeedFigures {
  /** Budgeted figure (#15, ≤ 5 ms): minimum over warm passes of CPU ms per 1,000 words. */
  cpuMin: number;
  cpuMedian: number;
  /** Wall-clock ms per 1,000 words: minimum and median over the same passes. */
  wallMin: number;
  wallMedian: number;
  /**
   * Median over passes of a pass's CPU time over the reference workload's pass right after it
   * (same text): how fast the machine is at the time cancels out. Compare it across commits.
   */
  refRatio: number;
}

function msPerK(ms: number, words: number): number {
  return (ms / words) * 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] as number;
}

/**
 * Times `work` and `ref` PASSES times each, alternately, after one warm-up of each: adjacent
 * passes see the same load from other processes. Wall and CPU ms of each pass.
 */
function passes(
  work: () => void,
  ref: () => void,
  count = PASSES,
): { wall: number[]; cpu: number[]; refCpu: number[] } {
  work();
  ref();
  const wall: number[] = [];
  const cpu: number[] = [];
  const refCpu: number[] = [];
  for (let p = 0; p < count; p++) {
    const c0 = cpuUsage();
    const t0 = performance.now();
    work();
    const t1 = performance.now();
    const c = cpuUsage(c0);
    wall.push(t1 - t0);
    cpu.push((c.user + c.system) / 1000);
    const r0 = cpuUsage();
    ref();
    const r = cpuUsage(r0);
    refCpu.push((r.user + r.system) / 1000);
  }
  return { wall, cpu, refCpu };
}

/**
 * The reference workload: plain string and Map work of the kind a tagger does (splitting words,
 * hashing them, counting them), independent of the recogniser's code, so its time follows only
 * the machine.
 */
function referenceWork(texts: readonly string[]): number {
  let acc = 0;
  for (const t of texts) {
    const counts = new Map<string, number>();
    for (const w of t.split(/\s+/)) {
      let h = 0x811c9dc5;
      for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
      const k = w.toLowerCase();
      counts.set(k, (counts.get(k) ?? 0) + (h & 1));
    }
    acc += counts.size;
  }
  return acc;
}

/** The reference workload is repeated to take a few times less than the tagger, not forty. */
const REFERENCE_REPEAT = 10;

export function textsOf(docs: readonly LabelledDoc[]): string[] {
  return docs.map((d) => d.map((s) => s.words.join(' ')).join('\n\n'));
}

export function wordsOf(docs: readonly LabelledDoc[]): number {
  return docs.reduce((n, d) => n + d.reduce((m, s) => m + s.words.length, 0), 0);
}

/** Runs the shipped pipeline (segment, tokenise, tag, refine) on each document's text. */
export function timeTextPipeline(docs: readonly LabelledDoc[], lang: string): SpeedFigures {
  const texts = textsOf(docs);
  return timeWork(texts, wordsOf(docs), () => {
    for (const t of texts) findMentions(t, lang);
  });
}

/**
 * Runs the page's whole analysis, findEntities (mentions, merged into entities, their
 * confidence's evidence, what is shown), on each document's text read as `lang`, untitled.
 */
export function timeEntities(docs: readonly LabelledDoc[], lang: string): SpeedFigures {
  const texts = textsOf(docs);
  return timeWork(texts, wordsOf(docs), () => {
    for (const text of texts) findEntities({ text, title: null, lang }, lang as DetectedLang);
  });
}

/**
 * Times `work` (one pass over `texts`, which hold `words` words) in `count` warm passes, each
 * followed by the reference workload over the same texts.
 */
export function timeWork(
  texts: readonly string[],
  words: number,
  work: () => void,
  count = PASSES,
): SpeedFigures {
  let sink = 0;
  const tagger = passes(
    work,
    () => {
      for (let r = 0; r < REFERENCE_REPEAT; r++) sink += referenceWork(texts);
    },
    count,
  );
  if (sink < 0) console.log(sink);
  const cpuMin = Math.min(...tagger.cpu);
  // Each pass over the reference pass right after it, the median of those ratios.
  const ratios = tagger.cpu.map((c, i) => c / (tagger.refCpu[i] as number));
  return {
    cpuMin: msPerK(cpuMin, words),
    cpuMedian: msPerK(median(tagger.cpu), words),
    wallMin: msPerK(Math.min(...tagger.wall), words),
    wallMedian: msPerK(median(tagger.wall), words),
    refRatio: median(ratios),
  };
}
