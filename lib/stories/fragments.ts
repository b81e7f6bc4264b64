import { decisionModel, isFullText } from './decision';
import { FRAGMENT_HOME_MIN, FRAGMENT_MAX_COUNT } from './params';
import type { StoryMember, StoryRow } from './rows';
import { storyAsMember, storySimilarity } from './similarity';

/**
 * A fragment sweep, run as an article joins a large story: the small stories among the
 * article's other candidates (FRAGMENT_MAX_COUNT members at most) that belong to that story as
 * a whole are taken in. On a stream of headlines most stories the single pass splits are one
 * large part and headlines that came before the story's profile held their words (UCI dev, in
 * sample: 93 of 154 predicted stories have 1 to 3 headlines, every one a piece of a gold story
 * whose largest part is elsewhere). Such a fragment fits the grown story below the join point,
 * so the learned merge's floor (the join probability) keeps it out; here the floor is the
 * model's lower `fragment.floor`, and two more conditions keep it from chaining stories:
 *
 * - the fragment fits the joined story better than any other candidate story at least its size
 *   (a headline on "stocks and Ukraine" that fits the markets story and the Ukraine story alike
 *   stays where it is: it would bridge them);
 * - the joined story has FRAGMENT_HOME_MIN members or more (its profile is a story's, not a
 *   few headlines'), and the article is a headline (two stories of full texts one article fits
 *   are often two like events of one topic).
 *
 * `belongAt` is the learned merge check (mergeCheck) with its floor given; `all` every candidate
 * the article found (rivals). Bounded: the candidates are at most MAX_CANDIDATES, and a
 * fragment is compared with the others only once it passes the merge check. Nothing without a
 * `fragment` point in the model (the shipped model before its refit, training's teacher).
 */
export function fragmentsToTakeIn(
  joined: StoryRow,
  others: StoryRow[],
  all: StoryRow[],
  article: Pick<StoryMember, 'terms'>,
  belongAt: (a: StoryRow, b: StoryRow, at: number, floor: number) => boolean,
): StoryRow[] {
  const { fragment, mergeModel } = decisionModel();
  if (!fragment || !mergeModel) return [];
  if (isFullText(article.terms.length) || joined.count < FRAGMENT_HOME_MIN) return [];
  const taken: StoryRow[] = [];
  for (const o of others) {
    if (o.count > FRAGMENT_MAX_COUNT) continue;
    if (!belongAt(joined, o, mergeModel.at, fragment.floor)) continue;
    const asFragment = storyAsMember(o);
    const fit = storySimilarity(asFragment, joined);
    const rivals = all.filter((c) => c !== o && c.id !== joined.id && c.count >= o.count);
    if (rivals.some((c) => storySimilarity(asFragment, c) >= fit)) continue;
    taken.push(o);
  }
  return taken;
}
