/**
 * `npx tsx tests/bench/stories-errors.ts [CORPUS_DIR] [uci|ecbplus]`: where story grouping loses
 * B-cubed on a dev set, with the shipped model (in-sample: the whole set in one stream, so the
 * figures differ from bench:stories' cross-fitted halves). It prints
 * - B-cubed precision lost per predicted story that mixes gold stories, and recall lost per gold
 *   story split into parts (sizes of the parts, how many are single articles);
 * - where each mixed story began: the join or the merge that first put two gold stories in it;
 * - the merges: a merge is wrong when the stories it joins had different gold majorities;
 * - the articles that started a story while their gold story existed: the join probability of
 *   the predicted story holding most of that gold story (the one they missed), and how many
 *   share no entity and no word with it.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { openDb } from '@/lib/db';
import { addToStories } from '@/lib/stories/add-to-stories';
import { joinProbability, storyFeatures } from '@/lib/stories/decision';
import { bcubed } from '@/lib/stories/train/metrics';
import { devSetFromArgs } from './story-dev-set';
import { composition, groupsOf } from './story-groups';

/** B-cubed lost per group of `by` that the other labelling (`against`) splits. */
function lossPer(
  by: string[],
  against: string[],
): { key: string; loss: number; parts: number[] }[] {
  const n = by.length;
  return [...groupsOf(by)]
    .map(([key, items]) => {
      const parts = composition(items, against).map(([, c]) => c);
      const loss = parts.reduce((a, c) => a + c * (1 - c / items.length), 0) / n;
      return { key, loss, parts };
    })
    .filter((x) => x.parts.length > 1)
    .sort((a, b) => b.loss - a.loss);
}

async function main(): Promise<number> {
  const dev = devSetFromArgs('stories-errors');
  if (!dev) return 2;
  const { name, set } = dev;
  const short = (g: string) => g.slice(0, 8);
  const db = openDb(`stories-errors-${process.pid}`);
  // Each story's members as the stream goes (doc indexes), to judge merges and misses.
  const members = new Map<string, number[]>();
  let [rightMerges, wrongMerges] = [0, 0];
  const wrong: string[] = [];
  const missed: { p: number; none: boolean; line: string }[] = [];
  const mixedIds = new Set<string>();
  const began: string[] = [];
  const splits: string[] = [];
  try {
    for (let i = 0; i < set.articles.length; i++) {
      const a = set.articles[i]!;
      const gold = set.gold[i]!;
      const earlier = [...members].filter(([, items]) => items.some((j) => set.gold[j] === gold));
      const r = await addToStories(db, a, { now: a.firstReadAt, readTimeIsDate: false });
      // The story the article joined (after merges), perhaps split in two since (splitOff).
      const target = r.splitOff?.from ?? r.storyId;
      if (r.outcome === 'merged') {
        const parts = [target, ...r.mergedIds].map((s) => composition(members.get(s)!, set.gold));
        if (new Set(parts.map((c) => c[0]![0])).size > 1) {
          wrongMerges++;
          const sides = parts.map((c) =>
            c
              .slice(0, 2)
              .map(([g, k]) => `${short(g)}:${k}`)
              .join('+'),
          );
          wrong.push(`  ${r.score.toFixed(2)} ${sides.join(' | ')}  <= ${a.title}`);
        } else rightMerges++;
        for (const s of r.mergedIds) {
          members.get(target)!.push(...members.get(s)!);
          members.delete(s);
        }
      }
      if (r.outcome === 'started' && earlier.length) {
        // The predicted story holding most of the gold story so far.
        const [main] = earlier
          .map(([id, items]) => [id, items.filter((j) => set.gold[j] === gold).length] as const)
          .sort((x, y) => y[1] - x[1])[0]!;
        const story = (await db.stories.get(main))!;
        const member = (await db.storyMembers.get(a.key))!;
        const x = storyFeatures(member, story);
        const p = joinProbability(x);
        missed.push({
          p,
          none: x[0] === 0 && x[1] === 0,
          line: `  ${p.toFixed(2)} (story of ${story.count}) ${a.title}  ~  ${story.title}`,
        });
      }
      const list = members.get(target);
      if (list) list.push(i);
      else members.set(target, [i]);
      if (r.splitOff) {
        // A story split in two: its members that left, the article perhaps among them.
        const left = new Set(r.splitOff.keys);
        const leaves = (j: number) => left.has(set.articles[j]!.key);
        const items = members.get(target)!;
        members.set(
          target,
          items.filter((j) => !leaves(j)),
        );
        members.set(r.splitOff.storyId, items.filter(leaves));
        const parts = [target, r.splitOff.storyId].map((id) =>
          composition(members.get(id)!, set.gold)
            .map(([g, k]) => `${short(g)}:${k}`)
            .join('+'),
        );
        splits.push(`  ${parts.join(' | ')}  <= ${a.title}`);
        for (const id of [target, r.splitOff.storyId]) {
          if (new Set(members.get(id)!.map((j) => set.gold[j])).size > 1) mixedIds.add(id);
          else mixedIds.delete(id);
        }
      }
      // Where each mixed story began: the join or merge that first put two gold stories in it
      // (once mixed, a story draws in both: most later wrong joins go into one already mixed).
      const now = members.get(r.storyId)!;
      const wasMixed = [r.storyId, ...r.mergedIds].some((s) => mixedIds.has(s));
      for (const s of r.mergedIds) mixedIds.delete(s);
      if (!r.splitOff && !wasMixed && new Set(now.map((j) => set.gold[j])).size > 1) {
        mixedIds.add(r.storyId);
        began.push(
          `  ${r.outcome === 'merged' ? 'merge' : 'join '} at ${r.score.toFixed(2)} into a story of ${now.length - 1}: ${short(gold)} <= ${a.title}`,
        );
      }
    }
    const stored = await db.storyMembers.bulkGet(set.articles.map((a) => a.key));
    const labels = stored.map((m) => m!.storyId);
    const b = bcubed(labels, set.gold);
    console.log(
      `${name} (shipped model, one stream, in-sample): B-cubed P ${b.p.toFixed(3)} R ${b.r.toFixed(3)} F1 ${b.f1.toFixed(3)}; ${new Set(labels).size} stories for ${new Set(set.gold).size}`,
    );
    const mixed = lossPer(labels, set.gold);
    console.log(
      `\nprecision lost: ${mixed.reduce((a, x) => a + x.loss, 0).toFixed(3)} in ${mixed.length} mixed stories; the largest:`,
    );
    for (const m of mixed.slice(0, 12)) {
      const parts = composition(groupsOf(labels).get(m.key)!, set.gold)
        .slice(0, 4)
        .map(([g, c]) => `${short(g)}:${c}`);
      console.log(`  ${m.loss.toFixed(4)} ${parts.join(' ')}`);
    }
    const split = lossPer(set.gold, labels);
    console.log(
      `\nrecall lost: ${split.reduce((a, x) => a + x.loss, 0).toFixed(3)} in ${split.length} split gold stories; the largest:`,
    );
    for (const s of split.slice(0, 12)) {
      const singles = s.parts.filter((c) => c === 1).length;
      console.log(
        `  ${s.loss.toFixed(4)} ${short(s.key)} ${s.parts.reduce((a, c) => a + c, 0)} in ${s.parts.length} parts (${s.parts.slice(0, 6).join(', ')}${s.parts.length > 6 ? ', …' : ''}; ${singles} single)`,
      );
    }
    console.log(`\nmixed stories began by: ${began.length}`);
    for (const line of began) console.log(line);
    console.log(`\nmerges: ${rightMerges} of one gold story, ${wrongMerges} of different ones:`);
    for (const w of wrong) console.log(w);
    console.log(`\nsplits: ${splits.length} (kept | left)`);
    for (const line of splits) console.log(line);
    const ps = missed.map((m) => m.p).sort((x, y) => x - y);
    const at = (q: number) => (ps[Math.floor(q * (ps.length - 1))] ?? 0).toFixed(2);
    console.log(
      `\nstarted a story while their gold story existed: ${missed.length}; the missed story's join probability median ${at(0.5)}, p75 ${at(0.75)}, p90 ${at(0.9)}; sharing no entity or word with it: ${missed.filter((m) => m.none).length}`,
    );
    for (const m of missed.sort((x, y) => y.p - x.p).slice(0, 20)) console.log(m.line);
    return 0;
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}

process.exitCode = await main();
