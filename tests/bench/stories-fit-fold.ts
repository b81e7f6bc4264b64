/**
 * `npx tsx tests/bench/stories-fit-fold.ts CORPUS FOLD OUT.json [REPEAT]`: fits the stories decision on one
 * half of both dev sets (repeat 0: the sets' own halves) and writes it, for the held-out diagnoses
 * (stories-ecb-errors.ts groups the other half with it).
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { fitModel } from '@/lib/stories/train/train-decision';
import { foldOf, repartition } from '@/lib/stories/train/story-sets';
import { storySetOrExit } from './stories-synthetic';

const [corpus = '../shared/corpus', fold = '0', out = 'model.json', repeat = '0'] =
  process.argv.slice(2);
const sets = (['ecbplus', 'uci'] as const).map((n) =>
  foldOf(repartition(storySetOrExit('stories-fit-fold', corpus, n), Number(repeat)), Number(fold)),
);
writeFileSync(out, JSON.stringify(await fitModel(sets, (l) => console.error(l))));
