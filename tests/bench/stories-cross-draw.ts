/**
 * `npx tsx tests/bench/stories-cross-draw.ts CORPUS REPEAT`: one cross-fit of both dev sets on the
 * halves of one draw (repartition; repeat 0 is the sets' own halves), as train:stories --cross-only
 * does for its first draws, for a quick figure on another draw. Prints B-cubed F1 and stories.
 */
import 'fake-indexeddb/auto';
import { crossFit } from '@/lib/stories/train/train-decision';
import { bcubed } from '@/lib/stories/train/metrics';
import { repartition } from '@/lib/stories/train/story-sets';
import { storySetOrExit } from './stories-synthetic';

const [corpus = '../shared/corpus', repeat = '1'] = process.argv.slice(2);
const sets = (['ecbplus', 'uci'] as const).map((n) =>
  repartition(storySetOrExit('stories-cross-draw', corpus, n), Number(repeat)),
);
const { labels } = await crossFit(sets, (l) => console.error(l));
sets.forEach((s, k) => {
  const b3 = bcubed(labels[k]!, s.gold);
  console.log(
    `${s.name}, draw ${repeat}: B-cubed P ${b3.p.toFixed(3)} R ${b3.r.toFixed(3)} F1 ${b3.f1.toFixed(3)}; ${new Set(labels[k]).size} stories for ${new Set(s.gold).size}`,
  );
});
