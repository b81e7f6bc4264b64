import Dexie from 'dexie';
import type { BackstoryDb, StoredArticle } from '../db/schema';
import { readFeatures, weighFeatures } from './article-features';
import { bumpFrequencies, DOCS, nextStoryId } from './frequencies';
import {
  MAX_CANDIDATES,
  QUERY_ENTITIES,
  QUERY_TERMS,
  QUIET_DAYS,
  STORIES_PER_FEATURE,
} from './params';
import { decisionModel, isFullText } from './decision';
import { alsoBelonging, placeArticle, type Placement } from './place';
import { fragmentsToTakeIn } from './fragments';
import { buildStory } from './profile';
import { removeMember } from './remove-from-stories';
import type { StoryMember, StoryRow } from './rows';
import { mergeCheck, storySimilarity } from './similarity';
import { cleanSplit, SPLIT_MAX_COUNT } from './split-story';
import { readReachable, StoryReads, type StoryReach } from './story-heads';
import { storyToMerge } from './story-pass';

/** What adding an article did. "unchanged": it was there already, with the same content. */
export type StoryOutcome = 'joined' | 'started' | 'merged' | 'unchanged';

export interface AddResult {
  storyId: string;
  outcome: StoryOutcome;
  /** Stories merged into storyId (outcome "merged"). */
  mergedIds: string[];
  /** Similarity to the story joined (0 when started). */
  score: number;
  /**
   * The members (keys) that left the story `from` (the one the article joined, after merges) for
   * a new one, `storyId`, when the article's joining showed it to be two (split-story.ts). The
   * article is in the result's storyId, either of the two.
   */
  splitOff?: { from: string; storyId: string; keys: string[] };
}

export interface AddOptions {
  /** When the article joins a story by a merge; default Date.now(). */
  now?: number;
  /**
   * Whether an article without a publication date is dated by when it was read (default true:
   * in the extension, reading follows publishing closely). False for documents read in bulk,
   * which then take no part in time decay.
   */
  readTimeIsDate?: boolean;
  /**
   * Training only (npm run train:stories): place the article in this story (null: a new one)
   * whatever the decision says, after `observe` has seen the candidates it would weigh.
   */
  teacher?: {
    storyId: string | null;
    observe(member: StoryMember, candidates: StoryRow[]): void;
  };
}

/**
 * The tables a story update writes; callers holding a transaction must include them (heads and
 * views follow the story rows: story-heads.ts).
 */
export function storyTables(db: BackstoryDb) {
  return [db.stories, db.storyMembers, db.storyDf, db.storyHeads, db.storyViews];
}

/**
 * Puts an article in a story: the best-matching story if the learned decision says it belongs
 * (placeArticle), else a new one; other stories it clearly belongs to are merged into the largest. The work is
 * bounded whatever the archive's size: candidate stories come from capped indexed queries by
 * the article's top entities and terms. Adding the same article again (same key, same content)
 * changes nothing; changed content moves it as if removed and added.
 */
export async function addToStories(
  db: BackstoryDb,
  article: StoredArticle,
  opts: AddOptions = {},
): Promise<AddResult> {
  const now = opts.now ?? Date.now();
  return db.transaction('rw', storyTables(db), async () => {
    const raw = readFeatures(article, opts.readTimeIsDate ?? true);
    const old = await db.storyMembers.get(article.key);
    if (old?.signature === raw.signature) {
      const saved = article.savedAt !== undefined;
      const changes: Partial<StoryMember> = {};
      if (old.saved !== saved) changes.saved = saved;
      // A member added before it carried its article's id (StoryMember.articleId) gets it.
      if (article.id !== undefined && old.articleId !== article.id) changes.articleId = article.id;
      if (Object.keys(changes).length) await db.storyMembers.update(old.key, changes);
      return { storyId: old.storyId, outcome: 'unchanged', mergedIds: [], score: 0 };
    }
    if (old) await removeMember(db, old);

    const dfKeys = [DOCS, ...[...raw.entities.keys()].map((id) => `e:${id}`)];
    for (const t of raw.tf.keys()) dfKeys.push(`t:${t}`);
    const df = await bumpFrequencies(db, dfKeys, 1);
    const vectors = weighFeatures(raw, (k) => df.get(k) ?? 1, df.get(DOCS)!);
    const member: StoryMember = {
      key: article.key,
      storyId: '',
      date: raw.date,
      dated: raw.dated,
      firstReadAt: article.firstReadAt,
      joinedAt: article.firstReadAt,
      lang: raw.lang,
      title: article.title,
      url: article.canonicalUrl ?? article.url,
      siteName: article.siteName,
      saved: article.savedAt !== undefined,
      entities: vectors.entities,
      terms: vectors.terms,
      names: raw.names,
      signature: raw.signature,
      ...(article.id !== undefined && { articleId: article.id }),
    };

    // A first grouping honours a decision that came with the article (lib/sync).
    if (old ? old.apart : article.decision?.apart) member.apart = true;
    return placeMember(db, member, now, opts.teacher);
  });
}

/**
 * Places a member (its vectors already weighed) by placeArticle and writes it: a new story, or
 * the story it joins (after merging those it bridges). A member set apart by the reader always
 * starts a story of its own. Run inside a transaction over storyTables.
 */
export async function placeMember(
  db: BackstoryDb,
  member: StoryMember,
  now: number,
  teacher?: AddOptions['teacher'],
): Promise<AddResult> {
  // What the candidates' reads found, for the story-pair pass to take instead of reading again.
  const reads = new StoryReads();
  const candidates = member.apart ? [] : await candidateStories(db, member, reads);
  let placed: Placement<StoryRow> | null;
  const scored = teacher
    ? []
    : candidates.map((story) => ({ story, score: storySimilarity(member, story) }));
  const together = mergeCheck(new Map(scored.map((c) => [c.story.id, c.score])), member);
  if (teacher) {
    teacher.observe(member, candidates);
    const into = teacher.storyId === null ? undefined : await db.stories.get(teacher.storyId);
    placed = into ? { into, others: [], score: 1 } : null;
  } else {
    placed = placeArticle(scored, together);
  }
  if (!placed) {
    member.storyId = await nextStoryId(db);
    await db.storyMembers.put(member);
    await db.stories.put(buildStory(member.storyId, [member]));
    return { storyId: member.storyId, outcome: 'started', mergedIds: [], score: 0 };
  }
  const { into, others } = placed;
  let group = [into, ...others];
  // A second chance for stories split early: other candidates that the story joined (before
  // this article: no chaining through it) fits at the merge point are merged too. Not while
  // training: the teacher places by the gold stories.
  const joined = others.length ? buildStory(into.id, group, into) : into;
  const also = teacher
    ? []
    : alsoBelonging(
        joined,
        candidates.filter((c) => !group.includes(c)),
        together,
      );
  // Small stories the joined one holds as a whole (a fragment sweep), not while training.
  if (!teacher) {
    const rest = candidates.filter((c) => !group.includes(c) && !also.includes(c));
    also.push(...fragmentsToTakeIn(joined, rest, candidates, member, together));
  }
  let target = into;
  if (also.length) {
    group = [...group, ...also];
    target = group.reduce((a, b) =>
      b.count > a.count || (b.count === a.count && b.id > a.id) ? b : a,
    );
  }
  const grown = buildStory(target.id, [...group, member], target);
  const merged = group.filter((s) => s !== target);
  for (const s of merged) await moveMembers(db, s.id, target.id, now);
  if (merged.length) await db.stories.bulkDelete(merged.map((s) => s.id));
  member.storyId = target.id;
  await db.storyMembers.put(member);
  // The reader has seen the absorbing story's timeline: its view (storyViews) stays; the
  // merged stories' go with their rows.
  await db.stories.put(grown);
  const splitOff = teacher ? null : await splitIfTwo(db, grown, member, now);
  // The story-pair pass (story-pass.ts): the story the article joined, as a whole, may be one
  // with another story it found. Not after a split (the two parts just came apart), not while
  // training's teacher places by the gold stories.
  reads.forget([...merged.map((s) => s.id), grown.id]);
  const other = teacher || splitOff ? null : await storyToMerge(db, grown, reads);
  if (other) {
    const [keep, gone] = other.count > grown.count ? [other, grown] : [grown, other];
    await moveMembers(db, gone.id, keep.id, now);
    await db.stories.delete(gone.id);
    await db.stories.put(buildStory(keep.id, [keep, gone], keep));
    member.storyId = keep.id;
    if (keep === other) merged.push(grown);
    else merged.push(other);
  }
  return {
    storyId: member.storyId,
    outcome: merged.length ? 'merged' : 'joined',
    mergedIds: merged.map((s) => s.id),
    score: placed.score,
    ...(splitOff && { splitOff }),
  };
}

/**
 * A story of full texts that just grew is split in two when its members are two groups
 * (cleanSplit): the larger keeps the story, the other becomes a new one
 * (its members new there from `now`). The joining article is then in one of them
 * (member.storyId is updated). Two like events of one topic mix when one early article of the
 * second joins the first; the check is how the mix is undone as both grow. Bounded: only stories
 * of the model's split.minCount to SPLIT_MAX_COUNT members, and only when a full text joins;
 * never when the model has no split (its join and merge decisions are fitted without one).
 */
async function splitIfTwo(
  db: BackstoryDb,
  story: StoryRow,
  member: StoryMember,
  now: number,
): Promise<AddResult['splitOff'] | null> {
  const point = decisionModel().split;
  if (!point || story.count < point.minCount || story.count > SPLIT_MAX_COUNT) return null;
  if (!isFullText(member.terms.length)) return null;
  const members = await db.storyMembers
    .where('[storyId+date]')
    .between([story.id, Dexie.minKey], [story.id, Dexie.maxKey])
    .toArray();
  const parts = cleanSplit(members, point);
  if (!parts) return null;
  const [kept, left] = parts;
  const id = await nextStoryId(db);
  const moved = left.map((m) => ({ ...m, storyId: id, joinedAt: now }));
  await db.storyMembers.bulkPut(moved);
  // Neither takes the other in again (mergeCheck): the split would only be undone and redone.
  const keptRow = buildStory(story.id, kept, {
    ...story,
    splitFrom: [...(story.splitFrom ?? []), id],
  });
  await db.stories.bulkPut([keptRow, buildStory(id, moved, { splitFrom: [story.id] })]);
  if (left.some((m) => m.key === member.key)) member.storyId = id;
  return { from: story.id, storyId: id, keys: moved.map((m) => m.key) };
}

/**
 * Stories sharing one of the member's top entities or terms: at most STORIES_PER_FEATURE per
 * feature, the most recently created first (newer ids sort first), and MAX_CANDIDATES in all
 * (topCandidates). A story that went quiet (dated, and QUIET_DAYS or more from a dated article)
 * is no candidate.
 */
async function candidateStories(
  db: BackstoryDb,
  m: StoryMember,
  reads: StoryReads,
): Promise<StoryRow[]> {
  const query = (index: string, key: string) =>
    db.stories
      .where(index)
      .equals(key)
      .limit(STORIES_PER_FEATURE)
      .primaryKeys()
      .then((ids) => (reads.noteFound(index, key, STORIES_PER_FEATURE, ids), ids));
  const queries: Promise<string[]>[] = [];
  for (const [id] of m.entities.slice(0, QUERY_ENTITIES)) queries.push(query('entityIds', id));
  for (const [t] of m.terms.slice(0, QUERY_TERMS)) queries.push(query('termKeys', t));
  const ids = topCandidates(await Promise.all(queries), MAX_CANDIDATES);
  const quiet = QUIET_DAYS * 86_400_000;
  // A story the reader set apart takes in nothing.
  const ruledOut = (s: StoryReach) =>
    !!s.apart ||
    (m.dated &&
      s.datedFrom !== null &&
      s.datedTo !== null &&
      (m.date < s.datedFrom - quiet || m.date > s.datedTo + quiet));
  const rows = await readReachable(db, ids, ruledOut, reads);
  return rows.filter((s): s is StoryRow => s !== undefined && !ruledOut(s));
}

/**
 * The stories to read, from what each of the article's feature queries found: at most `limit`,
 * those found by the most queries first (ties: in query order, the article's heaviest entities
 * then its heaviest terms, newest stories first). Reading and scoring stories is most of the
 * cost of an add in a large archive (at 50,000 articles, 40 to 50 are found).
 */
export function topCandidates(found: string[][], limit: number): string[] {
  const hits = new Map<string, number>();
  for (const keys of found) for (const k of keys) hits.set(k, (hits.get(k) ?? 0) + 1);
  return [...hits]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([k]) => k);
}

/** Re-points a story's members to another story; they count as new there from `now`. */
export async function moveMembers(
  db: BackstoryDb,
  from: string,
  to: string,
  now: number,
): Promise<void> {
  await db.storyMembers
    .where('[storyId+date]')
    .between([from, Dexie.minKey], [from, Dexie.maxKey])
    .modify({ storyId: to, joinedAt: now });
}
