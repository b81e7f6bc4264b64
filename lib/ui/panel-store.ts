import { signal, type Signal } from '@preact/signals';
import type {
  ArticleSummary,
  ArticleTimeline,
  EntityBackground,
  EntityStories,
  NewInArticle,
  OnlineBackground,
  OutsideCoverageView,
  SyncStatus,
  TabView,
} from '../messaging/protocol';
import { coalesce } from '../timing/coalesce';
import { mainEntityIds } from './main-entities';

/** One background card: undefined parts are still loading. */
export interface EntityCardState {
  id: string;
  /** null: the background knows no such entity (the article changed meanwhile). */
  background?: EntityBackground | null;
  online?: OnlineBackground | { status: 'loading' };
  /** Every story about it, once the reader asked (showEntityStories). */
  stories?: EntityStories | { status: 'loading' | 'failed' };
  /** The reader asked for it (from the list of names): shown even when it knows nothing. */
  picked?: true;
}

/** What the popup and side panel show. */
export interface PanelState {
  loading: boolean;
  /** The view of the tab being read; undefined while loading or when no tab could be found. */
  view?: TabView;
  /** The tab the view is about. */
  tabId?: number;
  recent: ArticleSummary[];
  /** The current article's story (its articles before and after it), then related stories. */
  timeline?: ArticleTimeline | null;
  /** What the current article adds to the story the reader read before (absent: not yet). */
  newInArticle?: NewInArticle;
  error?: string;
  /** Why the last save or unsave failed (the archive is unchanged). */
  saveError?: string;
  /** A save or unsave is in flight for this article key. */
  saving?: string;
  /** Background cards for the current article's main entities (and those the reader picked). */
  cards?: EntityCardState[];
  /** Other outlets' coverage (GDELT), when turned on; 'loading' while asked. */
  outside?: OutsideCoverageView | { status: 'loading' };
  /** The article the reader last took out of this story, until undone or another page. */
  apart?: { key: string; title: string | null };
  /** Sync with the reader's server, for the header's small indicator (absent: not asked). */
  sync?: SyncStatus;
}

/** The store's only way to the browser: the entrypoint supplies it, tests pass a fake. */
export interface PanelConnector {
  /** The tab the reader is looking at. */
  findTabId(): Promise<number | undefined>;
  getTabView(tabId: number): Promise<TabView>;
  listRecent(limit: number): Promise<ArticleSummary[]>;
  /** The article's story, named in the reader's language `lang`. */
  getTimeline(key: string, lang: string): Promise<ArticleTimeline | null>;
  /** What the article adds to what the reader read of its story (absent: not shown). */
  getNewInArticle?(key: string): Promise<NewInArticle>;
  save(key: string, tabId: number | undefined): Promise<ArticleSummary>;
  unsave(key: string): Promise<ArticleSummary>;
  /** Background on an entity of a stored article (absent: no cards). */
  getEntityBackground?(
    key: string,
    entityId: string,
    lang: string,
  ): Promise<EntityBackground | null>;
  /** Every story about an entity, each with its latest articles. */
  getEntityStories?(entityId: string, lang: string): Promise<EntityStories>;
  /** Takes an article out of its story, or puts it back (absent: not offered). */
  setStoryApart?(key: string, apart: boolean, tabId: number | undefined): Promise<unknown>;
  /** What Wikipedia says about it, when the reader turned that on. */
  getEntityOnline?(key: string, entityId: string, lang: string): Promise<OnlineBackground>;
  /** Other outlets' coverage of the article (absent: not shown). */
  getOutsideCoverage?(key: string): Promise<OutsideCoverageView>;
  /** Where sync stands (absent: no indicator). */
  getSyncStatus?(): Promise<SyncStatus>;
  /**
   * Calls back when the reader switches tabs or a tab's view changes (no tab id), or a tab's
   * page changes (its id); returns an unsubscribe.
   */
  subscribe(onChange: (tabId?: number) => void): () => void;
}

export const RECENT_LIMIT = 10;
/**
 * How many recent articles are asked for: "Recently read" leaves out the current story's
 * articles, and should still show RECENT_LIMIT others when the story is long.
 */
export const RECENT_ASKED = 3 * RECENT_LIMIT;

/**
 * The shortest time between two refreshes caused by tab events: a page that changes its URL
 * a thousand times a second costs at most a few refreshes a second.
 */
export const REFRESH_GAP_MS = 250;

export interface PanelStore {
  state: Signal<PanelState>;
  /** Loads now and after every change; returns a stop function. */
  start(): () => void;
  refresh(): Promise<void>;
  /** Saves the article to the archive, or takes it out when it is saved. */
  toggleSave(article: ArticleSummary): Promise<void>;
  /** Shows an entity's background card first (picked in the list or on the page). */
  showEntity(entityId: string): Promise<void>;
  /** Lists every story about a card's entity on its card. */
  showEntityStories(entityId: string): Promise<void>;
  /** Takes an earlier article out of the current article's story (the reader says so). */
  setApart(entry: { key: string; title: string | null }): Promise<void>;
  /** Puts the article last taken out back. */
  undoApart(): Promise<void>;
  /** Puts the article being read, taken out of its story earlier, back in a story. */
  putBack(article: ArticleSummary): Promise<void>;
}

// The entities whose cards open with an article (lib/ui/main-entities.ts).
export { mainEntityIds } from './main-entities';

/**
 * Creates the shared popup / side panel store over a connector; `lang` is the interface's
 * language, in which entity names, descriptions and Wikipedia summaries are asked for.
 */
export function createPanelStore(conn: PanelConnector, lang = 'en'): PanelStore {
  const state = signal<PanelState>({ loading: true, recent: [] });
  let generation = 0;
  // Answers already received, by article and entity: a refresh shows them without a flicker.
  const backgrounds = new Map<string, EntityBackground | null>();
  const online = new Map<string, OnlineBackground>();
  // Lists of stories asked for, by article and entity, kept while the panel is open.
  const entityStoryLists = new Map<string, EntityStories>();
  const asking = new Set<string>();
  // Entries shown as "new" stay new while the panel is open: asking for a timeline records the
  // visit, so the next refresh would otherwise lose the marks.
  const newKeys = new Map<string, Set<string>>();
  const keepNew = (key: string, t: ArticleTimeline | null): ArticleTimeline | null => {
    if (!t) return t;
    const seen = newKeys.get(key) ?? new Set<string>();
    newKeys.set(key, seen);
    const mark = <E extends { key: string; isNew: boolean }>(e: E): E => {
      if (e.isNew) seen.add(e.key);
      return seen.has(e.key) ? { ...e, isNew: true } : e;
    };
    return {
      ...t,
      entries: t.entries.map(mark),
      relatedStories: t.relatedStories.map((r) => ({ ...r, entries: r.entries.map(mark) })),
    };
  };
  let picked: { key: string; ids: string[] } = { key: '', ids: [] };
  let apartFrom: string | undefined;
  let pending: string | undefined;

  const articleOf = (s: PanelState) => (s.view?.kind === 'article' ? s.view.article : undefined);
  const cardsFor = (article: ArticleSummary): EntityCardState[] => {
    const ids = [...(picked.key === article.key ? picked.ids : [])];
    // As the background ranked them (it knows the KB's countries), else from the entities alone.
    const main = article.mainEntityIds ?? mainEntityIds(article.entities);
    for (const id of main) if (!ids.includes(id)) ids.push(id);
    const own = new Set(picked.key === article.key ? picked.ids : []);
    return ids.map((id) => {
      const k = `${article.key}|${id}`;
      const card: EntityCardState = own.has(id) ? { id, picked: true } : { id };
      if (backgrounds.has(k)) card.background = backgrounds.get(k);
      if (online.has(k)) card.online = online.get(k);
      if (entityStoryLists.has(k)) card.stories = entityStoryLists.get(k);
      return card;
    });
  };
  const patchCard = (key: string, id: string, patch: Partial<EntityCardState>) => {
    if (articleOf(state.value)?.key !== key) return;
    state.value = {
      ...state.value,
      cards: state.value.cards?.map((c) => (c.id === id ? { ...c, ...patch } : c)),
    };
  };
  /** Fetches what the cards lack: backgrounds together, then online answers one at a time. */
  const loadCards = async (article: ArticleSummary) => {
    const { getEntityBackground, getEntityOnline } = conn;
    if (!getEntityBackground) return;
    const cards = state.value.cards ?? [];
    await Promise.all(
      cards
        .filter((c) => c.background === undefined)
        .map(async (c) => {
          const k = `${article.key}|${c.id}`;
          const bg = await getEntityBackground(article.key, c.id, lang).catch(() => null);
          backgrounds.set(k, bg);
          patchCard(article.key, c.id, { background: bg });
        }),
    );
    if (!getEntityOnline) return;
    for (const c of state.value.cards ?? []) {
      const k = `${article.key}|${c.id}`;
      if (!backgrounds.get(k)?.online || online.has(k) || asking.has(k)) continue;
      asking.add(k);
      patchCard(article.key, c.id, { online: { status: 'loading' } });
      const answer = await getEntityOnline(article.key, c.id, lang)
        .catch((e: unknown): OnlineBackground => ({ status: 'failed', reason: String(e) }))
        .finally(() => asking.delete(k));
      // A failure is shown, not kept: the next look asks again.
      if (answer.status !== 'failed') online.set(k, answer);
      patchCard(article.key, c.id, { online: answer });
    }
  };

  // GDELT's answer per article, kept while the panel is open (it is asked at most once).
  const outsideAnswers = new Map<string, OutsideCoverageView>();
  const loadOutside = async (article: ArticleSummary) => {
    const ask = conn.getOutsideCoverage;
    if (!ask) return;
    const patch = (outside: PanelState['outside']) => {
      if (articleOf(state.value)?.key === article.key) state.value = { ...state.value, outside };
    };
    const known = outsideAnswers.get(article.key);
    if (known) return patch(known);
    if (asking.has(`outside|${article.key}`)) return;
    asking.add(`outside|${article.key}`);
    patch({ status: 'loading' });
    const answer = await ask(article.key)
      .catch((e: unknown): OutsideCoverageView => ({ status: 'failed', reason: String(e) }))
      .finally(() => asking.delete(`outside|${article.key}`));
    if (answer.status !== 'failed') outsideAnswers.set(article.key, answer);
    patch(answer.status === 'off' ? undefined : answer);
  };

  // "New in this article", per article: asked once the timeline shows earlier reading of it.
  const newAnswers = new Map<string, NewInArticle>();
  const loadNew = async (article: ArticleSummary, timeline: ArticleTimeline | null | undefined) => {
    const ask = conn.getNewInArticle;
    const readBefore = timeline?.entries.some(
      (e) => !e.current && e.firstReadAt !== undefined && e.firstReadAt < article.firstReadAt,
    );
    if (!ask || !readBefore || newAnswers.has(article.key)) return;
    if (asking.has(`new|${article.key}`)) return;
    asking.add(`new|${article.key}`);
    try {
      const answer = await ask(article.key);
      newAnswers.set(article.key, answer);
      if (articleOf(state.value)?.key === article.key) {
        state.value = { ...state.value, newInArticle: answer };
      }
    } catch {
      // Not shown: the timeline stands without it, and the next refresh asks again.
    } finally {
      asking.delete(`new|${article.key}`);
    }
  };

  const refresh = async () => {
    const mine = ++generation; // A later refresh wins over a slower earlier one.
    try {
      const tabId = await conn.findTabId();
      const [view, recent] = await Promise.all([
        tabId === undefined ? Promise.resolve(undefined) : conn.getTabView(tabId),
        conn.listRecent(RECENT_ASKED),
      ]);
      const article = view?.kind === 'article' ? view.article : undefined;
      const timeline = article
        ? keepNew(article.key, await conn.getTimeline(article.key, lang))
        : undefined;
      if (mine !== generation) return;
      if (pending && article?.entities.some((e) => e.id === pending)) {
        picked = { key: article.key, ids: [pending] };
        pending = undefined;
      }
      const next: PanelState = { loading: false, view, tabId, recent, timeline };
      const known = article && newAnswers.get(article.key);
      if (known) next.newInArticle = known;
      // The undo stays offered while the reader is on the article it was done from.
      if (article && apartFrom === article.key) next.apart = state.value.apart;
      if (article && conn.getEntityBackground) next.cards = cardsFor(article);
      if (state.value.sync) next.sync = state.value.sync;
      state.value = next;
      // The indicator comes after the page's own view, never before it.
      void conn.getSyncStatus?.().then(
        (sync) => void (mine === generation && (state.value = { ...state.value, sync })),
        () => {},
      );
      if (article) {
        await Promise.all([loadCards(article), loadOutside(article), loadNew(article, timeline)]);
      }
    } catch (e) {
      if (mine === generation) {
        state.value = {
          ...state.value,
          loading: false,
          error: e instanceof Error ? e.message : String(e),
        };
      }
    }
  };
  const toggleSave = async (article: ArticleSummary) => {
    state.value = { ...state.value, saving: article.key, saveError: undefined };
    try {
      if (article.savedAt === null) await conn.save(article.key, state.value.tabId);
      else await conn.unsave(article.key);
      await refresh();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      state.value = { ...state.value, saveError: message };
    } finally {
      state.value = { ...state.value, saving: undefined };
    }
  };
  const showEntity = async (entityId: string) => {
    const article = articleOf(state.value);
    if (!article || !article.entities.some((e) => e.id === entityId)) {
      // Picked on a page the panel has not loaded yet: shown when it has.
      pending = entityId;
      return;
    }
    const ids = picked.key === article.key ? picked.ids.filter((id) => id !== entityId) : [];
    picked = { key: article.key, ids: [entityId, ...ids] };
    state.value = { ...state.value, cards: cardsFor(article) };
    await loadCards(article);
  };
  const showEntityStories = async (entityId: string) => {
    const article = articleOf(state.value);
    const ask = conn.getEntityStories;
    if (!article || !ask || asking.has(`stories|${entityId}`)) return;
    asking.add(`stories|${entityId}`);
    patchCard(article.key, entityId, { stories: { status: 'loading' } });
    try {
      const list = await ask(entityId, lang);
      entityStoryLists.set(`${article.key}|${entityId}`, list);
      patchCard(article.key, entityId, { stories: list });
    } catch {
      patchCard(article.key, entityId, { stories: { status: 'failed' } });
    } finally {
      asking.delete(`stories|${entityId}`);
    }
  };
  /** Takes an article out of the story or puts it back; a failure is shown, nothing changes. */
  const moveApart = async (entry: { key: string; title: string | null }, apart: boolean) => {
    const article = articleOf(state.value);
    if (!conn.setStoryApart || !article) return;
    try {
      await conn.setStoryApart(entry.key, apart, state.value.tabId);
    } catch (e) {
      state.value = { ...state.value, error: e instanceof Error ? e.message : String(e) };
      return;
    }
    apartFrom = apart ? article.key : undefined;
    // The cards' stories changed with it: asked again.
    backgrounds.clear();
    entityStoryLists.clear();
    state.value = { ...state.value, apart: apart ? entry : undefined };
    await refresh();
  };
  const setApart = (entry: { key: string; title: string | null }) => moveApart(entry, true);
  const undoApart = async () => {
    const apart = state.value.apart;
    if (apart) await moveApart(apart, false);
  };
  const putBack = (article: ArticleSummary) =>
    moveApart({ key: article.key, title: article.title }, false);
  return {
    state,
    refresh,
    toggleSave,
    showEntity,
    showEntityStories,
    setApart,
    undoApart,
    putBack,
    start() {
      const poke = coalesce(refresh, REFRESH_GAP_MS);
      poke();
      // Another tab's page changing changes nothing shown (the reader did not switch to it).
      const unsubscribe = conn.subscribe((tabId) => {
        const shown = state.value.tabId;
        if (tabId === undefined || shown === undefined || tabId === shown) poke();
      });
      return () => {
        unsubscribe();
        poke.cancel();
      };
    },
  };
}
