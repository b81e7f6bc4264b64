/**
 * `npx tsx tests/bench/stories-cross-errors.ts [CORPUS_DIR] [--top N] [--save FILE | --labels FILE]`:
 * where story grouping loses B-cubed cross-fitted (each half of a dev set's stories grouped by a
 * model fitted on the other, the sets' own halves: train:stories --cross-only's first repeat),
 * unlike stories-errors.ts, which groups in sample with the shipped model. For each dev set it
 * prints the N (default 20) largest losses, a loss being a gold story split over predicted
 * stories (recall: Σ part·(1 − part/size) over the set's size) or a predicted story mixing gold
 * stories (precision, the same sum), with the first titles of each part and where a split part
 * went. The cross-fit takes as long as train:stories --cross-only --repeats 1 (~25 min under
 * load); --save writes its labels, --labels reads them back to print again without the run.
 */
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crossFit } from '@/lib/stories/train/train-decision';
import { bcubed } from '@/lib/stories/train/metrics';
import { storySetOrExit } from './stories-synthetic';
import { composition, groupsOf } from './story-groups';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Loss {
  kind: 'split' | 'mixed';
  key: string;
  loss: number;
  items: number[];
}

/** B-cubed lost per group of `by` that the other labelling (`against`) divides. */
function lossesOf(kind: Loss['kind'], by: string[], against: string[]): Loss[] {
  return [...groupsOf(by)]
    .map(([key, items]) => {
      const parts = composition(items, against);
      const loss = parts.reduce((a, [, c]) => a + c * (1 - c / items.length), 0) / by.length;
      return { kind, key, loss, items };
    })
    .filter((x) => x.loss > 0);
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const top = Number(option('--top') ?? 20);
const save = option('--save');
const saved = option('--labels');
const corpus = args[0] ?? join(ROOT, '../shared/corpus');
const sets = (['ecbplus', 'uci'] as const).map((n) =>
  storySetOrExit('stories-cross-errors', corpus, n),
);
const labels: string[][] = saved
  ? (JSON.parse(readFileSync(saved, 'utf8')) as { labels: string[][] }).labels
  : (await crossFit(sets, (l) => console.error(l))).labels;
if (save) writeFileSync(save, JSON.stringify({ labels }));

sets.forEach((set, k) => {
  const predicted = labels[k]!;
  const b3 = bcubed(predicted, set.gold);
  const splits = lossesOf('split', set.gold, predicted);
  const mixed = lossesOf('mixed', predicted, set.gold);
  const sum = (xs: Loss[]) => xs.reduce((a, x) => a + x.loss, 0).toFixed(4);
  console.log(
    `\n${set.name}, cross-fitted: B-cubed P ${b3.p.toFixed(3)} R ${b3.r.toFixed(3)} F1 ${b3.f1.toFixed(3)}; ${new Set(predicted).size} stories for ${new Set(set.gold).size}; recall lost in ${splits.length} split gold stories ${sum(splits)}, precision lost in ${mixed.length} mixed stories ${sum(mixed)}`,
  );
  const title = (i: number) =>
    (set.docs[i]!.title ?? set.docs[i]!.text.slice(0, 120)).replace(/\s+/g, ' ');
  const byPredicted = groupsOf(predicted);
  const byGold = groupsOf(set.gold);
  const first = (items: number[]) => title(items[0]!).slice(0, 70);
  for (const x of [...splits, ...mixed].sort((a, b) => b.loss - a.loss).slice(0, top)) {
    const parts = composition(x.items, x.kind === 'split' ? predicted : set.gold);
    console.log(
      `\n${x.loss.toFixed(4)} ${x.kind} (${x.items.length}: ${parts.map(([, c]) => c).join(', ')})${x.kind === 'split' ? `: ${first(x.items)}` : ''}`,
    );
    for (const [label, c] of parts) {
      const part = x.items.filter((i) => (x.kind === 'split' ? predicted : set.gold)[i] === label);
      let where = '';
      if (x.kind === 'split') {
        const home = byPredicted.get(label)!;
        const [main, n] = composition(home, set.gold)[0]!;
        if (main !== x.key) {
          where = ` in a story of ${home.length} (${n} of "${first(byGold.get(main)!)}")`;
        }
      } else where = ` of ${byGold.get(label)!.length} in gold`;
      console.log(`  ${c}${where}`);
      for (const i of part.slice(0, 3)) console.log(`    ${title(i).slice(0, 100)}`);
    }
  }
});
