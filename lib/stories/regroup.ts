import { alsoBelonging, placeArticle } from './place';
import { buildStory } from './profile';
import type { StoryMember, StoryRow } from './rows';
import { mergeCheck, storySimilarity } from './similarity';

/**
 * A story's members grouped again by the rule articles are added by (placeArticle), in the
 * order they came (first read), as if the story's articles were the whole archive: what a
 * story holds together as once one of its articles is gone. One group when it still holds;
 * several when the article that bridged them was the one removed. Largest group first.
 * Members keep the vectors they were weighed with when added. Cost: members × groups.
 */
export function regroupMembers(members: StoryMember[]): StoryMember[][] {
  const ordered = [...members].sort(
    (a, b) => a.firstReadAt - b.firstReadAt || a.date - b.date || (a.key < b.key ? -1 : 1),
  );
  const groups = new Map<string, { story: StoryRow; members: StoryMember[] }>();
  let seq = 0;
  for (const m of ordered) {
    // A member the reader set apart stays alone, and nothing joins it.
    const scored = m.apart
      ? []
      : [...groups.values()]
          .filter(({ story }) => !story.apart)
          .map(({ story }) => ({ story, score: storySimilarity(m, story) }));
    const together = mergeCheck(new Map(scored.map((c) => [c.story.id, c.score])), m);
    const placed = m.apart ? null : placeArticle(scored, together);
    if (!placed) {
      // Ids count down, as story ids do, so the older group wins a tie in placeArticle.
      const id = `g${String(1e9 - seq++).padStart(10, '0')}`;
      groups.set(id, { story: buildStory(id, [m]), members: [m] });
      continue;
    }
    const { into } = placed;
    // Other groups the one joined fits at the merge point are merged too (alsoBelonging).
    const open = [...groups.values()]
      .map(({ story }) => story)
      .filter((s) => !s.apart && s !== into && !placed.others.includes(s));
    const joined = placed.others.length ? buildStory(into.id, [into, ...placed.others]) : into;
    const others = [...placed.others, ...alsoBelonging(joined, open, together)];
    const kept = groups.get(into.id)!;
    for (const o of others) {
      kept.members.push(...groups.get(o.id)!.members);
      groups.delete(o.id);
    }
    kept.members.push(m);
    kept.story = buildStory(into.id, [into, ...others, m]);
  }
  return [...groups.values()].map((g) => g.members).sort((a, b) => b.length - a.length);
}
