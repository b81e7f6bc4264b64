/**
 * The extraction-dev section of `npm run bench:extract`: our pipeline (cheap check, extraction)
 * and bare Readability on the same parsed pages of ../shared/corpus/extraction-dev, scored as
 * ../shared/tools/score-extraction-dev.mjs scores the analyze command (same normalisation, same
 * means, same "refused" rule). Run alone while tuning:
 *   npx tsx tests/bench/extraction-dev.ts [--limit N] [--worst N] [--json FILE] [--only NAME,...]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { decodeHtmlBytes } from '@/lib/cli/decode-html';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { REASONS } from '@/lib/extract/detect';
import { readPage } from '@/lib/pipeline/read-page';

export interface Judgment {
  page: string;
  url: string | null;
  with: string[];
  without: string[];
}

export interface DevPageResult {
  page: string;
  url: string | null;
  refused: boolean;
  reason: string | null;
  withRecall: number;
  withoutPrecision: number;
  score: number;
  missing: string[];
  unwanted: string[];
  text: string;
}

export interface DevFigures {
  pages: number;
  withRecall: number;
  withoutPrecision: number;
  score: number;
  refused: number;
}

export interface DevRun {
  ours: DevPageResult[];
  bare: DevPageResult[];
}

/** The scorer's normalisation: NFC, invisible characters out, whitespace runs to one, lower case. */
export function normSnippet(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const hmean = (a: number, b: number) => (a + b ? (2 * a * b) / (a + b) : 0);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(xs.length, 1);

function scorePage(j: Judgment, text: string, reason: string | null): DevPageResult {
  const refused = reason !== null || !text.trim();
  const t = normSnippet(refused ? '' : text);
  const missing = j.with.filter((s) => !t.includes(normSnippet(s)));
  const unwanted = j.without.filter((s) => t.includes(normSnippet(s)));
  const withRecall = j.with.length ? 1 - missing.length / j.with.length : 1;
  const withoutPrecision = j.without.length ? 1 - unwanted.length / j.without.length : 1;
  return {
    page: j.page,
    url: j.url,
    refused,
    reason: refused ? (reason ?? 'empty text') : null,
    withRecall,
    withoutPrecision,
    score: hmean(withRecall, withoutPrecision),
    missing,
    unwanted,
    text,
  };
}

/** Means over all pages, as the scorer reports them. */
export function figures(rows: DevPageResult[]): DevFigures {
  const withRecall = mean(rows.map((r) => r.withRecall));
  const withoutPrecision = mean(rows.map((r) => r.withoutPrecision));
  return {
    pages: rows.length,
    withRecall,
    withoutPrecision,
    score: hmean(withRecall, withoutPrecision),
    refused: rows.filter((r) => r.refused).length,
  };
}

/** Runs ours and bare Readability on every judged page (or the first `limit`). */
export function runExtractionDev(
  dir: string,
  opts: { limit?: number; only?: string[] } = {},
): DevRun {
  let judgments = JSON.parse(readFileSync(join(dir, 'judgments.json'), 'utf8')) as Judgment[];
  if (opts.only?.length) {
    judgments = judgments.filter((j) => opts.only!.some((o) => j.page.includes(o)));
  }
  if (opts.limit) judgments = judgments.slice(0, opts.limit);
  const ours: DevPageResult[] = [];
  const bare: DevPageResult[] = [];
  for (const j of judgments) {
    const html = decodeHtmlBytes(readFileSync(join(dir, j.page)));
    // As the analyze command sees a saved file: no address.
    const doc = parseHtmlDocument(html, null);
    const r = readPage(doc, null);
    ours.push(
      scorePage(j, r.ok ? r.article.text : '', r.ok ? null : `not an article: ${r.reason}`),
    );
    let bareText = '';
    let bareReason: string | null = null;
    try {
      const parsed = new Readability(doc.cloneNode(true) as Document).parse();
      bareText = parsed?.textContent ?? '';
      if (!parsed) bareReason = 'no article';
    } catch (e) {
      bareReason = `failed: ${e instanceof Error ? e.message : String(e)}`;
    }
    bare.push(scorePage(j, bareText, bareReason));
  }
  return { ours, bare };
}

/**
 * The kind of page a refusal names: one of detectArticle's kinds (front page, listing, search,
 * video, forum), 'short' for too little text (the cheap check's reason, or "only N characters"
 * after extraction), else what stopped the extraction (no main text, too large, a frame, …).
 */
export function refusalKind(reason: string): string {
  const kind = Object.entries(REASONS).find(([, words]) => reason.includes(words))?.[0];
  if (kind) return kind;
  if (/only \d+ characters of text/.test(reason)) return 'short';
  if (/no main text/.test(reason)) return 'no main text';
  if (/too large/.test(reason)) return 'too large';
  if (/frame/.test(reason)) return 'in a frame';
  return reason === 'empty text' ? 'empty text' : 'extraction failed';
}

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const f3 = (x: number) => x.toFixed(3);

/** Prints the section; returns the figures for the JSON line. */
export function reportExtractionDev(run: DevRun, worst = 10): Record<string, unknown> {
  const o = figures(run.ours);
  const b = figures(run.bare);
  console.log(`\nextraction-dev: ${o.pages} pages with human judgments (score = harmonic mean)`);
  console.log('                      score  with-recall  without-precision  refused');
  for (const [name, f] of [
    ['ours', o],
    ['bare Readability', b],
  ] as const) {
    console.log(
      `  ${name.padEnd(18)}  ${f3(f.score)}  ${f3(f.withRecall).padStart(11)}  ${f3(f.withoutPrecision).padStart(17)}  ${String(f.refused).padStart(7)}`,
    );
  }
  const kinds = new Map<string, number>();
  for (const r of run.ours) {
    // "only 336 characters of text" and "only 94 …" are one kind.
    const kind = r.reason?.replace(/\d+/g, 'N');
    if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const refusedKinds = Object.fromEntries([...kinds].sort((x, y) => y[1] - x[1]));
  console.log(`  refused by us, by reason: ${JSON.stringify(refusedKinds)}`);
  const byKind = new Map<string, number>();
  for (const r of run.ours) {
    if (r.reason) byKind.set(refusalKind(r.reason), (byKind.get(refusalKind(r.reason)) ?? 0) + 1);
  }
  const refusedByKind = Object.fromEntries([...byKind].sort((x, y) => y[1] - x[1]));
  console.log(`  refused by us, by kind of page: ${JSON.stringify(refusedByKind)}`);
  let lostRecall = 0;
  run.ours.forEach((r, i) => {
    if (!r.refused) return;
    const bareR = run.bare[i]!;
    if (!bareR.refused && bareR.withRecall > 0) lostRecall++;
    console.log(
      `    ${r.page.padEnd(52)} ${clip(r.reason!, 50)}; bare Readability finds ${f3(bareR.withRecall)} of the wanted snippets`,
    );
  });
  console.log(`  refused where bare Readability finds wanted snippets: ${lostRecall}`);
  if (worst > 0) {
    console.log(`\n  worst ${worst} pages of ours:`);
    const rows = [...run.ours]
      .sort((x, y) => x.score - y.score || x.page.localeCompare(y.page))
      .slice(0, worst);
    for (const r of rows) {
      console.log(
        `  ${f3(r.score)} R ${f3(r.withRecall)} P ${f3(r.withoutPrecision)}  ${r.page}${r.refused ? `  [refused: ${clip(r.reason!, 50)}]` : `  [${r.text.length} chars]`}`,
      );
      for (const s of r.missing) console.log(`        missing:  ${JSON.stringify(clip(s))}`);
      for (const s of r.unwanted) console.log(`        unwanted: ${JSON.stringify(clip(s))}`);
    }
  }
  const r4 = (x: number) => Number(x.toFixed(4));
  return {
    devPages: o.pages,
    devScore: r4(o.score),
    devWithRecall: r4(o.withRecall),
    devWithoutPrecision: r4(o.withoutPrecision),
    devRefused: o.refused,
    devRefusedByReason: refusedKinds,
    devRefusedByKind: refusedByKind,
    devRefusedWhereBareFinds: lostRecall,
    devBareScore: r4(b.score),
    devBareWithRecall: r4(b.withRecall),
    devBareWithoutPrecision: r4(b.withoutPrecision),
    devBareRefused: b.refused,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const val = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dir = join(import.meta.dirname, '../../../shared/corpus/extraction-dev');
  const run = runExtractionDev(val('--dir') ?? dir, {
    limit: val('--limit') ? Number(val('--limit')) : undefined,
    only: val('--only')?.split(','),
  });
  const summary = reportExtractionDev(run, Number(val('--worst') ?? 10));
  const out = val('--json');
  if (out) writeFileSync(out, JSON.stringify(run, null, 1));
  console.log(JSON.stringify(summary));
}
