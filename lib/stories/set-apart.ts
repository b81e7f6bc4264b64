import type { BackstoryDb } from '../db/schema';
import { placeMember, storyTables } from './add-to-stories';
import { leaveStory } from './remove-from-stories';
import type { StoryMember } from './rows';

/**
 * The reader says an article is not part of its story (`apart`): it leaves the story — which
 * is rebuilt, or split if the article was what held it together — for a story of its own that
 * nothing joins or merges with, also when the article is read again. `apart` false undoes it:
 * the article is placed again by the usual rule. Returns the story it is in afterwards, or null
 * when it is in none (not stored, or not grouped yet).
 */
export async function setStoryApart(
  db: BackstoryDb,
  key: string,
  apart: boolean,
  now = Date.now(),
): Promise<string | null> {
  return db.transaction('rw', [...storyTables(db), db.articles], async () => {
    // The decision is kept on the article too, with its time, for sync (lib/sync) to merge.
    await db.articles
      .where('key')
      .equals(key)
      .modify({ decision: { apart, at: now } });
    const member = await db.storyMembers.get(key);
    if (!member) return null;
    if (Boolean(member.apart) === apart) return member.storyId;
    await leaveStory(db, member);
    const { apart: _, ...rest } = member;
    const moved: StoryMember = apart ? { ...rest, apart: true } : rest;
    return (await placeMember(db, moved, now)).storyId;
  });
}
