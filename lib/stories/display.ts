import { decisionModel } from './decision';
import type { StoryMember } from './rows';
import { storySimilarity } from './similarity';

type MemberSide = Pick<StoryMember, 'entities' | 'terms' | 'lang' | 'date' | 'dated'>;
type StorySide = Parameters<typeof storySimilarity>[1];

/** An article seen as a story of its own: the join decision then compares two articles. */
export function memberAsStory(m: MemberSide): StorySide {
  const date = m.dated ? m.date : null;
  return {
    entities: m.entities.map(([id, weight]) => ({ id, name: id, type: '', weight })),
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
 * How sure we are that `member` is about the same story as the article being read, both being
 * grouped in `story`: the join decision's probability for the two articles themselves (the
 * likelier of the two ways round, each seen as a one-article story), times the weaker of their
 * two fits to the story's profile. Grouping chains articles through the story (A fits the
 * story, the story fits B); what the reader is shown must hold for the pair itself.
 */
export function displayScore(reading: MemberSide, member: MemberSide, story: StorySide): number {
  return displayScorer(reading, story)(member);
}

/** displayScore for one article being read, its own terms worked out once. */
function displayScorer(reading: MemberSide, story: StorySide): (member: MemberSide) => number {
  const readingAsStory = memberAsStory(reading);
  const readingFit = storySimilarity(reading, story);
  return (member) => {
    const pair = Math.max(
      storySimilarity(reading, memberAsStory(member)),
      storySimilarity(member, readingAsStory),
    );
    return pair * Math.min(readingFit, storySimilarity(member, story));
  };
}

/**
 * The members shown with the article being read as its story: itself, and those whose
 * displayScore reaches the model's display threshold (decision-model.json `show`, fitted by
 * npm run train:stories so that pairs shown are the same story at least 95% of the time on the
 * dev sets). The others stay grouped (they still shape the story) but are not shown as in it.
 */
export function shownMembers<M extends MemberSide & { key: string }>(
  reading: M,
  members: M[],
  story: StorySide,
  show = decisionModel().show,
): M[] {
  const score = displayScorer(reading, story);
  return members.filter((m) => m.key === reading.key || score(m) >= show);
}
