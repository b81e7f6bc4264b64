import { kbEntry } from '../kb/lookup';
import type { TabView } from '../messaging/protocol';
import { mainEntityIds } from '../ui/main-entities';

/**
 * The tab's article with the entities whose background cards open with it, ranked with what
 * the knowledge base knows of where its places are (a capital's mentions count for its country).
 */
export function viewWithMainEntities(view: TabView): TabView {
  if (view.kind !== 'article') return view;
  const countryOf = (id: string) => kbEntry(id)?.country;
  return {
    ...view,
    article: { ...view.article, mainEntityIds: mainEntityIds(view.article.entities, countryOf) },
  };
}
