/**
 * The recogniser on headlines set in Title Case (head19): each sentence of an NER dev set of 4 to
 * 20 tokens, not in capitals, is read as a headline alone (title and text, as the stories' UCI
 * headlines are; marked as headlines for refineDocument), as written and Title-Cased two ways: AP style (every word capitalised but
 * minor words: "Titanfall Had a Rocky Start") and every word ("Titanfall Had A Rocky Start").
 * The gold spans stay where they were. Then, as a page's headline over its body: the first such
 * sentence of each document Title-Cased (AP), marked as the headline and tagged within its
 * document, the rest as written; only that sentence is scored. Prints strict P/R/F1 of refineDocument's spans per
 * variant, and with a third argument the Title-Cased sentences whose spans differ from gold.
 * Usage: npx tsx tests/bench/entities-title-case.ts [SET=en-conll2003] [DIR] [SAMPLES=0]
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
import { isCapsSentence } from '../../lib/entities/features';

const [setName = 'en-conll2003', dirArg, samplesArg = '0'] = process.argv.slice(2);
const src = CONFIDENCE_DEV_SOURCES.find((s) => s.name === setName);
if (!src) throw new Error(`unknown set ${setName}`);
const setPath = join(dirArg ?? nerDevDir(), src.path);
if (!existsSync(setPath)) {
  console.error(`entities-title-case: ${setName} not found at ${setPath}`);
  process.exit(2);
}
const SAMPLES = Number(samplesArg);
const docs = readCorpus(setPath, src.format, { namesOnly: true });
const model = getModel();
const ctx = refineContext(src.lang);

const MINOR = new Set('a an the and but or nor for of in on at to by as up via vs'.split(' '));
const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

function titleCase(words: readonly string[], ap: boolean): string[] {
  let first = true;
  return words.map((w) => {
    if (!/^\p{L}/u.test(w)) return w;
    const lower = /^\p{Ll}/u.test(w);
    const keep = ap && !first && MINOR.has(w);
    first = false;
    return lower && !keep ? capitalise(w) : w;
  });
}

const sentences = docs.flatMap((d) =>
  d.filter((s) => s.words.length >= 4 && s.words.length <= 20 && !isCapsSentence(s.words)),
);
const variants: [string, (w: readonly string[]) => string[]][] = [
  ['as written', (w) => [...w]],
  ['Title Case (AP)', (w) => titleCase(w, true)],
  ['Title Case (all)', (w) => titleCase(w, false)],
];
const same = (a: TokenSpan, b: TokenSpan) =>
  a.start === b.start && a.end === b.end && a.type === b.type;
for (const [name, make] of variants) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let shown = 0;
  for (const s of sentences) {
    const words = make(s.words);
    const { refined } = refineDocument(model, [words, words], src.lang, ctx, [], [], [true, true]);
    const gold = spansFromTags(s.tags);
    const pred = refined[1] as TokenSpan[];
    const hit = pred.filter((p) => gold.some((g) => same(g, p))).length;
    tp += hit;
    fp += pred.length - hit;
    fn += gold.length - hit;
    if (shown < SAMPLES && name !== 'as written' && (hit < pred.length || hit < gold.length)) {
      shown++;
      const show = (l: TokenSpan[]) =>
        l.map((x) => `${words.slice(x.start, x.end).join(' ')}/${x.type}`).join(', ');
      console.log(`  ${words.join(' ')}\n    gold: ${show(gold)}\n    pred: ${show(pred)}`);
    }
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  console.log(
    `${setName} ${name}: strict P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}  tp ${tp} fp ${fp} fn ${fn}  (${sentences.length} sentences)`,
  );
}

// A headline over its body: the document's first eligible sentence Title-Cased, tagged with the
// document's other sentences as written.
for (const [name, ap] of [
  ['headline in its document, as written', false],
  ['headline in its document, Title Case (AP)', true],
] as const) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let count = 0;
  for (const doc of docs) {
    const k = doc.findIndex(
      (s) => s.words.length >= 4 && s.words.length <= 20 && !isCapsSentence(s.words),
    );
    if (k < 0) continue;
    count++;
    const sentences = doc.map((s, j) => (j === k && ap ? titleCase(s.words, true) : [...s.words]));
    const headline = doc.map((_, j) => j === k);
    const { refined } = refineDocument(model, sentences, src.lang, ctx, [], [], headline);
    const gold = spansFromTags(doc[k]!.tags);
    const pred = refined[k] as TokenSpan[];
    const hit = pred.filter((p) => gold.some((g) => same(g, p))).length;
    tp += hit;
    fp += pred.length - hit;
    fn += gold.length - hit;
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  console.log(
    `${setName} ${name}: strict P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}  tp ${tp} fp ${fp} fn ${fn}  (${count} documents)`,
  );
}
