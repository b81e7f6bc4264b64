/**
 * `npx tsx tests/bench/stories-join-strays.ts [CORPUS_DIR] [ecbplus|uci] [--min N]`: how the
 * strays of a large story came in, and whether the join decision could have told them. The set
 * is grouped in stream order, in sample, with the shipped model (not cross-fitted: the fold
 * models are not kept); a stray is an article whose gold story has at most 3 members in its
 * predicted story of 10 or more (uci40's count). For every article that joined a story of N
 * (default 10) or more alone (outcome "joined"), the story as it was (rebuilt from its members
 * before the article: near, not equal, to the row the decision saw) gives the join features
 * (storyFeatures) and features of the story's members that the row does not hold: the cosine
 * with its 10 latest members' summed words, with its nearest member, with its newest one. Prints
 * how the strays came in (such a join, a join into a smaller story, or else: a story started and
 * merged later), each feature's median for strays and right joins and its AUC, and the
 * five-fold AUC of a logistic fit (fit-logistic.ts) on the join features alone and with each
 * member feature added: what a feature read from members would add to the decision. Ends with
 * one JSON line.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { openDb } from '@/lib/db';
import { addToStories } from '@/lib/stories/add-to-stories';
import { FEATURE_NAMES, storyFeatures } from '@/lib/stories/decision';
import { addVectors, buildStory } from '@/lib/stories/profile';
import { STORY_TERMS } from '@/lib/stories/params';
import { cosine } from '@/lib/stories/similarity';
import { fitLogistic } from '@/lib/stories/train/fit-logistic';
import { READ_AT } from '@/lib/stories/train/story-sets';
import { storySetOrExit } from './stories-synthetic';
import { composition, groupsOf } from './story-groups';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const minCount = Number(option('--min') ?? 10);
const corpus = args[0] ?? '../shared/corpus';
const name = (args[1] ?? 'uci') as 'ecbplus' | 'uci';
const set = storySetOrExit('stories-join-strays', corpus, name);

const MEMBER_FEATURES = ['latest10', 'nearest', 'newest'] as const;
interface Join {
  i: number;
  x: number[];
  m: number[];
}
const joins: Join[] = [];
const db = openDb(`join-strays-${process.pid}`);
try {
  for (let i = 0; i < set.articles.length; i++) {
    const a = set.articles[i]!;
    const r = await addToStories(db, a, { now: READ_AT, readTimeIsDate: false });
    if (r.outcome !== 'joined') continue;
    const all = await db.storyMembers
      .where('[storyId+date]')
      .between([r.storyId, Dexie.minKey], [r.storyId, Dexie.maxKey])
      .toArray();
    const member = all.find((m) => m.key === a.key)!;
    const before = all.filter((m) => m.key !== a.key);
    if (before.length < minCount) continue;
    const latest = [...before].sort((p, q) => q.date - p.date || (p.key < q.key ? 1 : -1));
    const cos = latest.map((m) => cosine(member.terms, m.terms));
    joins.push({
      i,
      x: storyFeatures(member, buildStory(r.storyId, before)),
      m: [
        cosine(
          member.terms,
          addVectors(
            latest.slice(0, 10).map((m) => m.terms),
            STORY_TERMS,
          ),
        ),
        Math.max(...cos),
        cos[0]!,
      ],
    });
  }
  const members = await db.storyMembers.bulkGet(set.articles.map((a) => a.key));
  const labels = members.map((m) => m!.storyId);
  const strays = new Set<number>();
  for (const items of groupsOf(labels).values()) {
    if (items.length < 10) continue;
    const parts = new Map(composition(items, set.gold));
    const major = Math.max(...parts.values());
    for (const i of items) {
      const n = parts.get(set.gold[i]!)!;
      if (n <= 3 && n < major) strays.add(i);
    }
  }
  const joined = new Set(joins.map((j) => j.i));
  const bigJoins = [...strays].filter((i) => joined.has(i)).length;
  console.log(
    `${set.name}, in sample: ${strays.size} strays; ${bigJoins} joined a story of ${minCount}+ alone, ${strays.size - bigJoins} came in otherwise (a smaller story, or one started and merged later)`,
  );
  const y = joins.map((j) => (strays.has(j.i) ? 0 : 1));
  const names = [...FEATURE_NAMES, ...MEMBER_FEATURES];
  const rows = joins.map((j) => [...j.x, ...j.m]);
  const median = (v: number[]) => [...v].sort((p, q) => p - q)[Math.floor(v.length / 2)] ?? 0;
  console.log(`${joins.length} joins into stories of ${minCount}+, ${bigJoins} of them strays:`);
  names.forEach((n, k) => {
    const right = rows.filter((_, r) => y[r] === 1).map((x) => x[k]!);
    const stray = rows.filter((_, r) => y[r] === 0).map((x) => x[k]!);
    console.log(
      `  ${n.padEnd(20)} median stray ${median(stray).toFixed(3)}, right ${median(right).toFixed(3)}; AUC ${auc(stray, right).toFixed(3)}`,
    );
  });
  const base = cvAuc(
    joins.map((j) => j.x),
    y,
  );
  const added = MEMBER_FEATURES.map((_, k) =>
    cvAuc(
      joins.map((j) => [...j.x, j.m[k]!]),
      y,
    ),
  );
  console.log(`five-fold AUC, join features: ${base.toFixed(3)}`);
  MEMBER_FEATURES.forEach((n, k) => console.log(`  with ${n}: ${added[k]!.toFixed(3)}`));
  console.log(
    JSON.stringify({
      set: set.name,
      strays: strays.size,
      strayJoins: bigJoins,
      joins: joins.length,
      auc: base,
      ...Object.fromEntries(MEMBER_FEATURES.map((n, k) => [`auc_${n}`, added[k]])),
    }),
  );
} finally {
  db.close();
  await Dexie.delete(db.name);
}

/** The chance that a right join's value is above a stray's (ties half). */
function auc(stray: number[], right: number[]): number {
  if (!stray.length || !right.length) return 0.5;
  let s = 0;
  for (const a of stray) for (const b of right) s += b > a ? 1 : b === a ? 0.5 : 0;
  return s / (stray.length * right.length);
}

/** AUC of a logistic fit's scores, each fifth scored by a fit on the other four. */
function cvAuc(x: number[][], y: number[]): number {
  const score = new Array<number>(x.length).fill(0);
  for (let f = 0; f < 5; f++) {
    const train = x.map((_, r) => r).filter((r) => r % 5 !== f);
    const fit = fitLogistic(
      train.map((r) => x[r]!),
      train.map((r) => y[r]!),
    );
    x.forEach((row, r) => {
      if (r % 5 !== f) return;
      score[r] = row.reduce((z, v, k) => z + v * fit.weights[k]!, fit.bias);
    });
  }
  return auc(
    score.filter((_, r) => y[r] === 0),
    score.filter((_, r) => y[r] === 1),
  );
}
