/**
 * `npx tsx tests/bench/stories-fragments.ts [CORPUS_DIR] [uci|ecbplus]`: the predicted stories
 * (in-sample, shipped model, one stream) by size and gold story; for each small story (1-3) whose
 * gold story's largest part is another story, how it fits that part as a whole: `fit` its
 * join probability as one article, `merge` the learned merge's probability with no article
 * fits (0, 0) as for a headline, `ent` / `terms` the profile cosines. Diagnosis for the fragment
 * sweep (lib/stories/fragments.ts).
 */
import 'fake-indexeddb/auto';
import { openDb } from '@/lib/db';
import { groupArticles } from '@/lib/stories/group-documents';
import { joinProbability, decisionModel } from '@/lib/stories/decision';
import { mergeFeatures, storyAsMember, storySimilarity } from '@/lib/stories/similarity';
import { bcubed } from '@/lib/stories/train/metrics';
import { devSetFromArgs } from './story-dev-set';

async function main(): Promise<number> {
  const dev = devSetFromArgs('stories-fragments');
  if (!dev) return 2;
  const { set } = dev;
  const db = openDb(`stories-fragments-${process.pid}`);
  const pred = await groupArticles(db, set.articles);
  console.log('B3', JSON.stringify(bcubed(pred, set.gold)));
  const byPred = new Map<string, number[]>();
  pred.forEach((p, i) => byPred.set(p, [...(byPred.get(p) ?? []), i]));
  const sizes = [...byPred.values()].map((v) => v.length);
  const hist = (lo: number, hi: number) => sizes.filter((n) => n >= lo && n <= hi).length;
  console.log(
    `stories ${byPred.size}: 1:${hist(1, 1)} 2-3:${hist(2, 3)} 4-10:${hist(4, 10)} 11+:${hist(11, 1e9)}`,
  );
  // Gold story's biggest predicted part.
  const bigOf = new Map<string, [string, number]>();
  for (const [p, items] of byPred) {
    const counts = new Map<string, number>();
    for (const i of items) counts.set(set.gold[i]!, (counts.get(set.gold[i]!) ?? 0) + 1);
    for (const [g, n] of counts) if (n > (bigOf.get(g)?.[1] ?? 0)) bigOf.set(g, [p, n]);
  }
  const m = decisionModel();
  const rows: string[] = [];
  let nSmall = 0;
  for (const [p, items] of byPred) {
    if (items.length > 3) continue;
    nSmall++;
    const g = set.gold[items[0]!]!;
    const [bigId, bigN] = bigOf.get(g)!;
    const small = (await db.stories.get(p))!;
    if (bigId === p) {
      rows.push(`OWN  ${items.length} gold=${g} (largest part) ${small.title}`);
      continue;
    }
    const big = (await db.stories.get(bigId))!;
    const sim = storySimilarity(storyAsMember(small), big);
    const x = mergeFeatures(small, big, 0, 0, 1);
    const pm = m.mergeModel ? joinProbability(x, m.mergeModel) : 0;
    const days = ((small.datedFrom ?? 0) - (big.datedFrom ?? 0)) / 86_400_000;
    const daysEnd = ((small.datedFrom ?? 0) - (big.datedTo ?? 0)) / 86_400_000;
    rows.push(
      `FRAG ${items.length} gold=${g} big=${bigN}/${big.count} fit=${sim.toFixed(2)} merge=${pm.toFixed(2)} ent=${x[2]!.toFixed(2)} terms=${x[3]!.toFixed(2)} dFromStart=${days.toFixed(1)} dFromEnd=${daysEnd.toFixed(1)} | ${small.title} || ${big.title}`,
    );
  }
  console.log('small stories', nSmall);
  for (const r of rows.sort()) console.log(r);
  db.close();
  return 0;
}

main().then((c) => process.exit(c));
