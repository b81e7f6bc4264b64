import { decisionModel } from './decision';
import type { StoryMember } from './rows';
import { entityProfile, storySimilarity } from './similarity';

type MemberSide = Pick<StoryMember, 'entities' | 'terms' | 'lang' | 'date' | 'dated'>;
type StorySide = Parameters<typeof storySimilarity>[1];

/** An article seen as a story of its own: the join decision then compares two articles. */
export function memberAsStory(m: MemberSide): StorySide {
  const date = m.dated ? m.date : null;
  return {
    entities: entityProfile(m.entities),
    terms: m.terms,
    langs: [m.lang],
    datedFrom: date,
    datedTo: date,
    datedSum: date ?? 0,
    datedCount: date === null ? 0 : 1,
    count: 1,
  };
}

/**
 * How sure we are that `member` is about the same story as the article being read: the join
 * decision's probability for the two articles themselves, each seen as a one-article story, the
 * weaker of the two ways round (the pair must hold whichever of the two came first). Grouping
 * chains articles through the story (A fits the story, the story fits B); what the reader is
 * shown must hold for the pair itself. The story's profile is left out: multiplying by the
 * weaker of the two fits to it (as until show15) scored pairs of one ECB+ topic's two same-kind
 * events high wherever both fitted a story that had mixed them, and precision did not carry to
 * unseen topics (cross-fitted shown P 0.927 under the bound of fit-display.ts, against 0.976 with
 * the pair alone; with the one-way likelier direction, 0.96 only with a fixed 0.04 margin).
 */
export function displayScore(reading: MemberSide, member: MemberSide): number {
  return displayScorer(reading)(member);
}

/** displayScore for one article being read, its own terms worked out once. */
function displayScorer(reading: MemberSide): (member: MemberSide) => number {
  const readingAsStory = memberAsStory(reading);
  return (member) =>
    Math.min(
      storySimilarity(reading, memberAsStory(member)),
      storySimilarity(member, readingAsStory),
    );
}

/**
 * The members shown with the article being read as its story: itself, and those whose
 * displayScore reaches the model's display threshold (decision-model.json `show`, fitted by
 * npm run train:stories so that a lower confidence bound of the precision of the pairs shown is
 * at least 95% on each dev set). The others stay grouped (they still shape the story) but are
 * not shown as in it.
 */
export function shownMembers<M extends MemberSide & { key: string }>(
  reading: M,
  members: M[],
  show = decisionModel().show,
): M[] {
  return members.filter(isShownWith(reading, show));
}

/**
 * shownMembers one member at a time: whether a member is shown with the article being read
 * (itself always), each member weighed once however often it is asked about (a timeline that
 * widens its window asks again about the members it weighed first).
 */
export function isShownWith<M extends MemberSide & { key: string }>(
  reading: M,
  show = decisionModel().show,
): (member: M) => boolean {
  const score = displayScorer(reading);
  const seen = new Map<string, boolean>();
  return (m) => {
    let shown = seen.get(m.key);
    if (shown === undefined) {
      shown = m.key === reading.key || score(m) >= show;
      seen.set(m.key, shown);
    }
    return shown;
  };
}
