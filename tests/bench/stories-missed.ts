/**
 * `npx tsx tests/bench/stories-missed.ts [CORPUS_DIR] [uci|ecbplus]`: why articles start a story
 * while their gold story exists (in-sample, one stream, shipped model). Each such article is put
 * in one class: retrieval (no story holding its gold story's articles is a candidate: sharing no
 * queried key with them, or cut by the per-feature limit or the candidate cap, or quiet) or
 * decision (one is a candidate, refused), with the refused story's features.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { openDb } from '@/lib/db';
import { addToStories } from '@/lib/stories/add-to-stories';
import { FEATURE_NAMES, joinProbability, storyFeatures } from '@/lib/stories/decision';
import {
  QUERY_ENTITIES,
  QUERY_TERMS,
  STORIES_PER_FEATURE,
  MAX_CANDIDATES,
} from '@/lib/stories/params';
import { stemWord } from '@/lib/search/stem';
import { tokenize } from '@/lib/search/tokenize';
import { bcubed } from '@/lib/stories/train/metrics';
import { devSetFromArgs } from './story-dev-set';

async function main(): Promise<number> {
  const dev = devSetFromArgs('stories-missed');
  if (!dev) return 2;
  const { name, set } = dev;
  const db = openDb(`stories-missed-${process.pid}`);
  const members = new Map<string, number[]>();
  const classes = new Map<string, number>();
  const lines: string[] = [];
  const bump = (k: string) => classes.set(k, (classes.get(k) ?? 0) + 1);
  try {
    for (let i = 0; i < set.articles.length; i++) {
      const a = set.articles[i]!;
      const gold = set.gold[i]!;
      const r = await addToStories(db, a, { now: a.firstReadAt, readTimeIsDate: false });
      if (r.outcome === 'merged') {
        for (const s of r.mergedIds) {
          members.get(r.storyId)!.push(...members.get(s)!);
          members.delete(s);
        }
      }
      const goldParts = [...members]
        .map(([id, items]) => [id, items.filter((j) => set.gold[j] === gold).length] as const)
        .filter(([, n]) => n > 0)
        .sort((x, y) => y[1] - x[1]);
      if (r.outcome === 'started' && goldParts.length) {
        const m = (await db.storyMembers.get(a.key))!;
        // The candidate queries as placeMember ran them (the new story excluded).
        const found: string[][] = [];
        for (const [id] of m.entities.slice(0, QUERY_ENTITIES)) {
          found.push(
            (await db.stories.where('entityIds').equals(id).primaryKeys()).filter(
              (s) => s !== r.storyId,
            ),
          );
        }
        for (const [t] of m.terms.slice(0, QUERY_TERMS)) {
          found.push(
            (await db.stories.where('termKeys').equals(t).primaryKeys()).filter(
              (s) => s !== r.storyId,
            ),
          );
        }
        const limited = found.map((ids) => ids.sort().slice(0, STORIES_PER_FEATURE));
        const hits = new Map<string, number>();
        for (const ids of limited) for (const k of ids) hits.set(k, (hits.get(k) ?? 0) + 1);
        const capped = new Set(
          [...hits]
            .sort((x, y) => y[1] - x[1])
            .slice(0, MAX_CANDIDATES)
            .map(([k]) => k),
        );
        const anyKey = new Set(found.flat());
        const partIds = goldParts.map(([id]) => id);
        const [main] = partIds;
        const story = (await db.stories.get(main!))!;
        const x = storyFeatures(m, story);
        const p = joinProbability(x);
        const fv = FEATURE_NAMES.map((f, k) => `${f}=${x[k]!.toFixed(2)}`)
          .filter((_, k) => [0, 1, 12, 13, 14].includes(k))
          .join(' ');
        let cls: string;
        if (partIds.some((id) => capped.has(id))) {
          // Best-scored candidate gold part.
          const best = Math.max(
            ...(await Promise.all(
              partIds
                .filter((id) => capped.has(id))
                .map(async (id) => joinProbability(storyFeatures(m, (await db.stories.get(id))!))),
            )),
          );
          const mainCand = capped.has(main!);
          cls = `decision${mainCand ? '' : ' (a smaller part only)'}: ${x[0] === 0 ? 'no shared entity' : 'entity shared'}, ${x[14] === 0 ? 'no shared word' : 'word shared'}`;
          const stemmed = (n: string) => tokenize(n).map((t) => `en:${stemWord(t.word, 'en')}`);
          const storyNameTerms = new Set(
            story.entities.flatMap((e) => (e.id.startsWith('~') ? [] : stemmed(e.name))),
          );
          const viaNames = m.terms.filter(([t]) => storyNameTerms.has(t)).map(([t]) => t.slice(3));
          const mNames = Object.values(m.names).map(([n]) => n);
          lines.push(
            `${cls} | p ${best.toFixed(2)} | ${fv} | ${a.title}  ~  ${story.title} (${story.count}) | mEnts=${mNames.join('/')} | storyEnts=${story.entities
              .filter((e) => !e.id.startsWith('~'))
              .slice(0, 5)
              .map((e) => e.name)
              .join('/')} | wordsAsStoryNames=${viaNames.join(',')}`,
          );
        } else if (partIds.some((id) => anyKey.has(id))) {
          const cut = partIds.some((id) => limited.some((ids) => ids.includes(id)));
          cls = cut ? 'retrieval: cut by MAX_CANDIDATES' : 'retrieval: cut by STORIES_PER_FEATURE';
          lines.push(
            `${cls} | p ${p.toFixed(2)} | ${fv} | ${a.title}  ~  ${story.title} (${story.count})`,
          );
        } else {
          // Shares no queried key with any gold part: which of its features the story holds at all.
          const sTerms = new Set(story.terms.map(([t]) => t));
          const sEnts = new Set(story.entities.map((e) => e.id));
          const inProfile =
            m.terms.filter(([t]) => sTerms.has(t)).length +
            m.entities.filter(([e]) => sEnts.has(e)).length;
          cls = `retrieval: no queried key indexed (${inProfile ? 'shares unindexed features' : 'shares nothing'})`;
          lines.push(
            `${cls} | p ${p.toFixed(2)} | ${fv} | ${a.title}  ~  ${story.title} (${story.count}) ents=${m.entities
              .slice(0, 3)
              .map(([e]) => e)
              .join(
                ',',
              )} terms=${m.terms.map(([t]) => t.slice(3)).join(',')} | story keys ${story.termKeys.map((t) => t.slice(3)).join(',')} ${story.entityIds.join(',')}`,
          );
        }
        bump(cls);
      }
      const list = members.get(r.storyId);
      if (list) list.push(i);
      else members.set(r.storyId, [i]);
    }
    const stored = await db.storyMembers.bulkGet(set.articles.map((a) => a.key));
    const b = bcubed(
      stored.map((s) => s!.storyId),
      set.gold,
    );
    console.log(`${name}: F1 ${b.f1.toFixed(3)}`);
    for (const [k, n] of [...classes].sort((x, y) => y[1] - x[1])) console.log(`${n}\t${k}`);
    for (const l of lines.sort()) console.log(l);
    return 0;
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}

process.exitCode = await main();
