import Dexie from 'dexie';
import type { BackstoryDb } from '../db/schema';
import type { NewInArticle } from '../messaging/protocol';
import { shownMembers } from '../stories/display';
import { novelSentences } from '../stories/novel-sentences';
import { isNearCopy } from '../db/near-copy';
import { nearCopiesOf } from '../db/near-copies';

// The story's articles compared with: the most recent ones read before this one.
const MAX_BEFORE = 30;
// Copies of its text looked for (LightArticle.textPrint): one read before is enough.
const MAX_COPIES = 8;
/**
 * After a near copy of its text (near-copy.ts), the least share of a sentence's content words the
 * copy lacks for it to be new: the copy's sentences come back with a credit, a dateline or a word
 * changed (a share of 0.1 or so), a paragraph the copy does not have far above.
 */
const AFTER_NEAR_COPY = 0.5;

/**
 * "New in this article": the sentences of a stored article least covered by the other articles
 * shown as its story (display.ts) that the reader read before it (novelSentences, over the
 * stored texts; nothing leaves the browser). Nothing when the article is in no story or is the
 * first read of it, and nothing either when the reader read its very text before on another page
 * (a wire story republished on several sites, found by its light row's textPrint, in this story
 * or not): a copy adds nothing to what was read. After a near copy among those compared with
 * (the same text but for a credit, a dateline, a paragraph: LightArticle.nearPrint), only
 * sentences mostly new are offered: the paragraph it added, not its shared sentences. Near
 * copies read before in another story or in none (found by their bands, nearCopiesOf) are
 * compared with too, and count as such a copy: the grouping may put a wire text's versions
 * apart, the reader read them all the same. `readBefore` counts the texts compared with.
 */
export async function newInArticle(db: BackstoryDb, key: string): Promise<NewInArticle> {
  const none: NewInArticle = { sentences: [], readBefore: 0 };
  const member = await db.storyMembers.get(key);
  if (!member) return none;
  const current = await db.articles.where('key').equals(key).first();
  if (!current) return none;
  // Its light row: its text's fingerprint and near-copy signature.
  const own = await db.lightArticles.get({ key });
  const [copyBefore, nearBefore] = await Promise.all([
    readCopyBefore(db, key, own?.textPrint, current.firstReadAt),
    own ? nearCopiesOf(db, own) : [],
  ]);
  if (copyBefore) return none;
  const members = await db.storyMembers
    .where('[storyId+date]')
    .between([member.storyId, Dexie.minKey], [member.storyId, Dexie.maxKey])
    .reverse()
    .limit(MAX_BEFORE * 3)
    .toArray();
  const story = await db.stories.get(member.storyId);
  if (!story) return none;
  // Compared only with what the timeline shows as this story (display.ts): a member grouped
  // with it but not surely about the same event would hide what is new here.
  const before = shownMembers(member, members)
    .filter((m) => m.key !== key && m.firstReadAt < current.firstReadAt)
    .slice(0, MAX_BEFORE);
  if (!before.length) return none;
  // Near copies of its text read before, wherever the grouping put them (another story, none):
  // what they say was read too.
  const compared = new Set(before.map((m) => m.key));
  const nearElsewhere = nearBefore
    .filter((c) => c.firstReadAt < current.firstReadAt && !compared.has(c.key))
    .slice(0, MAX_COPIES);
  const [rows, light] = await Promise.all([
    Promise.all(
      [...before, ...nearElsewhere].map((m) => db.articles.where('key').equals(m.key).first()),
    ),
    Promise.all(before.map((m) => db.lightArticles.get({ key: m.key }))),
  ]);
  // With what each names: read in another language, that is what tells what is new.
  const texts = rows.flatMap((a) =>
    a ? [{ text: a.text, lang: a.lang, entities: a.entities }] : [],
  );
  if (!texts.length) return none;
  const near = own?.nearPrint;
  const afterNearCopy =
    nearElsewhere.length > 0 ||
    (near !== undefined &&
      light.some((l) => l?.nearPrint !== undefined && isNearCopy(near, l.nearPrint)));
  const skip = [
    current.title ?? '',
    current.description ?? '',
    ...current.captions.map((c) => c.text),
  ];
  return {
    sentences: novelSentences(
      { text: current.text, lang: current.lang, entities: current.entities },
      texts,
      {
        skip,
        ...(afterNearCopy ? { minNovelty: AFTER_NEAR_COPY } : {}),
      },
    ),
    readBefore: texts.length,
  };
}

/**
 * Whether the reader read the text of the article under `key` (its fingerprint `print`) on
 * another page before `at`.
 */
async function readCopyBefore(
  db: BackstoryDb,
  key: string,
  print: string | undefined,
  at: number,
): Promise<boolean> {
  if (!print) return false;
  const copies = await db.lightArticles
    .where('textPrint')
    .equals(print)
    .limit(MAX_COPIES)
    .toArray();
  return copies.some((c) => c.key !== key && c.firstReadAt < at);
}
