import Dexie from 'dexie';
import type { BackstoryDb, StoredArticle } from '../db/schema';
import { nameWordFeatures, readFeatures } from './article-features';
import { bumpFrequencies, DOCS, nextStoryId } from './frequencies';
import { buildStory } from './profile';
import { regroupMembers } from './regroup';
import type { StoryMember } from './rows';

/**
 * A story of up to this many members is grouped again after a removal (regroupMembers), and
 * splits if the article removed was what held it together. A larger one keeps together: its
 * profile is rebuilt from its newest REBUILD_MEMBERS; older ones add little.
 */
const REGROUP_MEMBERS = 200;
const REBUILD_MEMBERS = 500;

/**
 * Takes a deleted article out of its story: the story's profile, dates, title and count are
 * rebuilt from the members left, and an empty story is deleted. When the article was what
 * brought two stories together (it bridged them), they come apart again: the larger part keeps
 * the story's id, the others become stories of their own, seen when the story was. Given the
 * article as it was grouped, its words are counted out of the rarities too. Returns the story
 * id it left, if it was in one.
 */
export async function removeFromStories(
  db: BackstoryDb,
  key: string,
  article?: StoredArticle,
): Promise<string | null> {
  // The story tables (add-to-stories.ts, storyTables): a split part is given the story's view.
  const tables = [db.stories, db.storyMembers, db.storyDf, db.storyHeads, db.storyViews];
  return db.transaction('rw', tables, async () => {
    const member = await db.storyMembers.get(key);
    if (!member) return null;
    await removeMember(db, member, article);
    return member.storyId;
  });
}

/**
 * removeFromStories inside the caller's transaction. Entity frequencies and the document count
 * go down. Word frequencies go down when the article is given as it was grouped (the member
 * keeps only its top words); without it (its content changed since), its words still count as
 * a little more common: a drift that only shifts rarities.
 */
export async function removeMember(
  db: BackstoryDb,
  member: StoryMember,
  article?: StoredArticle,
): Promise<void> {
  const features = new Set<string>();
  for (const [id, [name]] of Object.entries(member.names)) {
    features.add(id);
    nameWordFeatures(name).forEach((w) => features.add(w));
  }
  const keys = [DOCS, ...[...features].map((f) => `e:${f}`)];
  // As grouped: the extension dates an undated article by its reading (readTimeIsDate).
  const raw = article && readFeatures(article);
  if (raw?.signature === member.signature) for (const t of raw.tf.keys()) keys.push(`t:${t}`);
  await bumpFrequencies(db, keys, -1);
  await leaveStory(db, member);
}

/**
 * Takes a member out of its story, frequencies untouched (it stays in the archive when the
 * reader moves it): the story is rebuilt from the members left, split when this member was what
 * held it together, deleted when empty. Run inside a transaction over the story tables.
 */
export async function leaveStory(db: BackstoryDb, member: StoryMember): Promise<void> {
  await db.storyMembers.delete(member.key);
  const story = await db.stories.get(member.storyId);
  const range = db.storyMembers
    .where('[storyId+date]')
    .between([member.storyId, Dexie.minKey], [member.storyId, Dexie.maxKey]);
  const count = await range.count();
  if (count === 0) {
    await db.stories.delete(member.storyId);
    return;
  }
  if (count <= REGROUP_MEMBERS) {
    const [largest, ...split] = regroupMembers(await range.toArray());
    await db.stories.put(buildStory(member.storyId, largest!, story ?? {}));
    // A part split off was seen when the story was: its articles are no newer for the split.
    const view = split.length ? await db.storyViews.get(member.storyId) : undefined;
    for (const part of split) {
      const id = await nextStoryId(db);
      await db.storyMembers.bulkPut(part.map((m) => ({ ...m, storyId: id })));
      await db.stories.put(buildStory(id, part, story ?? {}));
      if (view) await db.storyViews.put({ id, at: view.at });
    }
    return;
  }
  const rest = await range.reverse().limit(REBUILD_MEMBERS).toArray();
  const rebuilt = buildStory(member.storyId, rest, story ?? {});
  // Profiles come from the newest members; the count and dates from all of them.
  rebuilt.count = count;
  rebuilt.firstDate = Math.min(rebuilt.firstDate, (await range.first())!.date);
  await db.stories.put(rebuilt);
}
