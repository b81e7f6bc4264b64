/**
 * Error breakdown of the full recogniser's spans on one NER dev set (#15): every wrong predicted
 * span and every missed gold span, by kind (type, span cut short / run on at either edge, span
 * and type, spurious, missed), with the words an edge gains or loses, most frequent first.
 * Usage: npx tsx tests/bench/entities-errors.ts [SET=es-conll2002] [SAMPLES=8] [DIR]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { refineContext } from '../../lib/entities/find-mentions';
import { getModel } from '../../lib/entities/load-tagger';
import { spansFromTags, type TokenSpan } from '../../lib/entities/tags';
import { refineDocument } from '../../lib/entities/train/eval-pipeline';
import { readCorpus } from '../../lib/entities/train/read-corpus';
import { CONFIDENCE_DEV_SOURCES } from '../../lib/entities/train/sources';
import { nerDevDir } from '../../lib/entities/train/train-confidence';

const [setName = 'es-conll2002', samplesArg = '8', dirArg] = process.argv.slice(2);
const src = CONFIDENCE_DEV_SOURCES.find((s) => s.name === setName);
if (!src) throw new Error(`unknown set ${setName}`);
const SAMPLES = Number(samplesArg);
const setPath = join(dirArg ?? nerDevDir(), src.path);
if (!existsSync(setPath)) {
  console.error(
    `entities-errors: ${setName} not found at ${setPath} (the NER dev sets of ../shared/corpus/ner, or give their folder as the third argument)`,
  );
  process.exit(1);
}
const docs = readCorpus(setPath, src.format, { namesOnly: true });
const model = getModel();
const ctx = refineContext(src.lang);

const kinds = new Map<string, string[]>();
const add = (kind: string, sample: string) => {
  const list = kinds.get(kind) ?? [];
  list.push(sample);
  kinds.set(kind, list);
};
let tp = 0;
let fp = 0;
let fn = 0;

/** The edge pattern of a predicted span against the gold span it overlaps. */
function edges(words: string[], p: TokenSpan, g: TokenSpan): string {
  const parts: string[] = [];
  const w = (a: number, b: number) => words.slice(a, b).join(' ');
  if (p.start < g.start) parts.push(`left+ "${w(p.start, g.start)}"`);
  if (p.start > g.start) parts.push(`left- "${w(g.start, p.start)}"`);
  if (p.end > g.end) parts.push(`right+ "${w(g.end, p.end)}"`);
  if (p.end < g.end) parts.push(`right- "${w(p.end, g.end)}"`);
  return parts.join(' ');
}
/** The edge pattern with its words reduced to a shape (first word kept when lower-case or punctuation). */
function shape(pattern: string): string {
  return pattern.replace(/"([^"]*)"/g, (_, s: string) => {
    const ws = s.split(' ');
    const f = (x: string) => (/^[\p{Lu}]/u.test(x) ? 'Cap' : x);
    return ws.length > 3 ? `${f(ws[0]!)} …(${ws.length})` : ws.map(f).join(' ');
  });
}

docs.forEach((doc) => {
  const sentences = doc.map((s) => s.words);
  const { refined } = refineDocument(model, sentences, src.lang, ctx);
  sentences.forEach((words, k) => {
    const gold = spansFromTags(doc[k]!.tags);
    const pred = refined[k] as TokenSpan[];
    const ctxt = (s: TokenSpan) =>
      `${words.slice(Math.max(0, s.start - 3), s.start).join(' ')} [${words.slice(s.start, s.end).join(' ')}] ${words.slice(s.end, s.end + 3).join(' ')}`;
    const same = (a: TokenSpan, b: TokenSpan) => a.start === b.start && a.end === b.end;
    for (const p of pred) {
      if (gold.some((g) => same(g, p) && g.type === p.type)) {
        tp++;
        continue;
      }
      fp++;
      const near = gold.filter((g) => g.start < p.end && p.start < g.end);
      const exact = near.find((g) => same(g, p));
      if (exact) add(`type ${exact.type}->${p.type}`, ctxt(p));
      else if (!near.length) add(`spurious ${p.type}`, ctxt(p));
      else {
        const g = near[0]!;
        const t = g.type === p.type ? `span ${p.type}` : `span+type ${g.type}->${p.type}`;
        const e = edges(words, p, g);
        add(
          `${t}${near.length > 1 ? ' (joins several)' : ''}: ${shape(e)}`,
          `${ctxt(p)}  gold: ${near.map((x) => `${words.slice(x.start, x.end).join(' ')}/${x.type}`).join(', ')}`,
        );
      }
    }
    for (const g of gold) {
      if (pred.some((p) => same(g, p) && g.type === p.type)) continue;
      fn++;
      if (!pred.some((p) => g.start < p.end && p.start < g.end)) add(`missed ${g.type}`, ctxt(g));
    }
  });
});

const p = tp / (tp + fp);
const r = tp / (tp + fn);
console.log(
  `${setName}: strict P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}  tp ${tp} fp ${fp} fn ${fn}`,
);
const totals = new Map<string, number>();
for (const [k, v] of kinds) {
  const head = k.replace(/:.*/, '').replace(/ \(joins several\)/, '');
  totals.set(head, (totals.get(head) ?? 0) + v.length);
}
console.log('\nby kind:');
for (const [k, n] of [...totals].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${String(n).padStart(5)}  ${k}`);
}
console.log('\nby pattern (most frequent first):');
for (const [k, v] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
  if (v.length < 2 && SAMPLES < 50) continue;
  console.log(`\n${String(v.length).padStart(5)}  ${k}`);
  for (const s of v.slice(0, SAMPLES)) console.log(`         ${s}`);
}
