/**
 * Diagnosis of story-to-story merges (mrg31): `npx tsx tests/bench/stories-chain.ts CORPUS [MODEL.json]`.
 * Without MODEL.json, fits a model on half 1 of each dev set (repeat 0's halves) and writes it to
 * the system's temporary folder; then groups half 0 (held out) with it and counts the story merges
 * (an add's mergedIds) whose two sides' majority gold stories differ (chaining), with their sizes.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '@/lib/db';
import { addToStories } from '@/lib/stories/add-to-stories';
import { useDecisionModel, type DecisionModel } from '@/lib/stories/decision';
import type { StoryRow } from '@/lib/stories/rows';
import { fitModel } from '@/lib/stories/train/train-decision';
import { bcubed } from '@/lib/stories/train/metrics';
import { foldOf } from '@/lib/stories/train/story-sets';
import { storySetOrExit } from './stories-synthetic';

const corpus = process.argv[2] ?? '../shared/corpus';
const modelFile = process.argv[3] ?? join(tmpdir(), 'stories-chain-fold1-model.json');
const sets = (['ecbplus', 'uci'] as const).map((n) => storySetOrExit('stories-chain', corpus, n));
let model: DecisionModel;
if (existsSync(modelFile)) model = JSON.parse(readFileSync(modelFile, 'utf8'));
else {
  model = await fitModel(
    sets.map((s) => foldOf(s, 1)),
    (l) => console.error(l),
  );
  writeFileSync(modelFile, JSON.stringify(model));
}
if (process.env.NO_PASS) delete model.pass;
if (process.env.NO_FRAGMENT) delete model.fragment;
const restore = useDecisionModel(model);
for (const full of sets) {
  const set = foldOf(full, 0);
  const db = openDb(`chain-${process.pid}-${set.name.replace('/', '-')}`);
  const members = new Map<string, number[]>();
  const majority = (idx: number[]) => {
    const c = new Map<string, number>();
    for (const i of idx) c.set(set.gold[i]!, (c.get(set.gold[i]!) ?? 0) + 1);
    return [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  };
  let right = 0;
  let wrong = 0;
  const wrongSizes: string[] = [];
  for (let i = 0; i < set.articles.length; i++) {
    const a = set.articles[i]!;
    const before = new Map(members);
    const rowsBefore = new Map(
      (await db.stories.toArray()).map((s): [string, StoryRow] => [s.id, s]),
    );
    const r = await addToStories(db, a, { now: a.firstReadAt, readTimeIsDate: false });
    const sides = [r.storyId, ...r.mergedIds].filter((s) => before.has(s));
    if (sides.length >= 2) {
      const maj = sides.map((s) => majority(before.get(s)!));
      const ok = maj.every((m) => m === maj[0]);
      const rs = sides.map((s) => rowsBefore.get(s)!);
      const words = rs
        .slice(1)
        .map((r) => r.termKeys.filter((t) => rs[0]!.termKeys.includes(t)).join(','));
      const ents = rs
        .slice(1)
        .map((r) => r.entityIds.filter((t) => rs[0]!.entityIds.includes(t)).length);
      console.error(
        `merge ${ok ? 'RIGHT' : 'WRONG'} sizes ${sides.map((s) => before.get(s)!.length).join('+')} sharedEnts ${ents.join('/')} [${words.join(' | ')}]`,
      );
      if (ok) right++;
      else {
        wrong++;
        wrongSizes.push(sides.map((s) => before.get(s)!.length).join('+'));
      }
    }
    const into = members.get(r.storyId) ?? [];
    for (const m of r.mergedIds) {
      if (m !== r.storyId) into.push(...(members.get(m) ?? []));
      members.delete(m);
    }
    into.push(i);
    members.set(r.storyId, into);
  }
  const labels = set.articles.map(() => '');
  for (const [s, idx] of members) for (const i of idx) labels[i] = s;
  const b3 = bcubed(labels, set.gold);
  console.log(
    `${set.name} half 0: B3 F1 ${b3.f1.toFixed(4)} P ${b3.p.toFixed(3)} R ${b3.r.toFixed(3)}, ${members.size} stories; story merges ${right} right, ${wrong} across gold stories (sizes ${wrongSizes.slice(0, 40).join(' ')})`,
  );
  db.close();
  await Dexie.delete(db.name);
}
restore();
