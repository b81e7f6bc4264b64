import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findArticleRoot } from '@/lib/highlight/find-article-root';
import { createMentionMatcher } from '@/lib/highlight/match-mentions';
import { wrapMentions, type Mark } from '@/lib/highlight/wrap-mentions';
import { sendMessage } from '@/lib/messaging/messenger';
import type { PageEntity } from '@/lib/messaging/protocol';
import { isExcludedUrl } from '@/lib/privacy/excluded-sites';
import { excludedSites, highlightsEnabled, recordingEnabled } from '@/lib/settings';
import { createCardUi, type CardUi } from './hover-card-ui';

/* Test pages: tests/fixtures/news24-putin-pyongyang.fr.html, hostile.html */

// Marks and time spent on the page's thread are capped: a huge page gets its first mentions.
const MAX_MARKS = 300;
const BUDGET_MS = 50;
const SHOW_DELAY_MS = 120;

export interface Highlights {
  /** Underlines the mentions of the article stored for `url`, if highlights are on. */
  show(url: string): Promise<void>;
  /** Puts the page back as it was. */
  clear(): void;
}

/**
 * In-page highlights: wraps each entity mention of the article in a `<backstory-mark>` whose
 * only attributes are an underline style and, on each entity's first mark, what a keyboard
 * user needs (tabindex, role, label). Ids and cards stay in this script; the card is drawn in
 * a closed shadow root.
 */
export function createHighlights(ctx: ContentScriptContext): Highlights {
  let session: { unwrap(): void; abort: AbortController } | undefined;
  let cardUi: Promise<CardUi> | undefined;
  let generation = 0;

  const t = (key: 'highlightMarkLabel' | 'highlightCardHint', sub?: string) =>
    browser.i18n.getMessage(key, sub === undefined ? undefined : [sub]);

  const clear = () => {
    generation++;
    session?.abort.abort();
    session?.unwrap();
    session = undefined;
    void cardUi?.then((ui) => ui.remove());
    cardUi = undefined;
  };
  ctx.onInvalidated(clear);

  const show = async (url: string) => {
    const mine = ++generation;
    session?.abort.abort();
    session?.unwrap();
    session = undefined;
    if (!(await highlightsEnabled.getValue()) || !(await recordingEnabled.getValue())) return;
    if (isExcludedUrl(url, await excludedSites.getValue())) return; // not even a message
    const entities = await sendMessage('getPageEntities', { url }).catch(() => [] as PageEntity[]);
    if (mine !== generation || ctx.isInvalid || location.href !== url || !entities.length) return;
    const root = findArticleRoot(document);
    if (!root) return;
    cardUi ??= createCardUi(ctx, t('highlightCardHint') || 'Open in Backstory');
    const abort = new AbortController();
    const card = wireCard(ctx, abort.signal, cardUi);
    const result = wrapMentions(root, createMentionMatcher(entities.map((e) => e.surfaces)), {
      maxMarks: MAX_MARKS,
      budgetMs: BUDGET_MS,
      decorate: (mark) => decorate(mark, entities[mark.entity]!, abort.signal, card, t),
    });
    session = { unwrap: result.unwrap, abort };
  };

  const unwatch = highlightsEnabled.watch((on) => {
    if (!on) clear();
    else void show(location.href); // Only an article this tab reported gets an answer.
  });
  ctx.onInvalidated(unwatch);
  return { show, clear };
}

interface CardControl {
  showSoon(entity: PageEntity, anchor: Element): void;
  hide(): void;
}

/** Shows and hides the one card; Escape, scrolling and resizing close it. */
function wireCard(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  cardUi: Promise<CardUi>,
): CardControl {
  let timer: number | undefined;
  let shown = false;
  const hideShown = () => {
    if (shown) void cardUi.then((ui) => ui.hide());
    shown = false;
  };
  const hide = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    hideShown();
  };
  // The session's signal, not ctx's: highlights turned off must drop these too (clear() also
  // runs when the context is invalidated).
  const opts = { signal, passive: true, capture: true } as const;
  document.addEventListener('keydown', (e) => e.key === 'Escape' && hide(), opts);
  // A card shown would no longer be by its mention; one about to show is placed when it shows
  // (focusing a mention scrolls it into view first).
  window.addEventListener('scroll', hideShown, opts);
  window.addEventListener('resize', hideShown, opts);
  signal.addEventListener('abort', hide);
  return {
    showSoon(entity, anchor) {
      if (timer !== undefined) clearTimeout(timer);
      timer = ctx.setTimeout(() => {
        timer = undefined;
        if (signal.aborted || !anchor.isConnected) return;
        shown = true;
        void cardUi.then((ui) => ui.show(entity.card, anchor));
      }, SHOW_DELAY_MS);
    },
    hide,
  };
}

/** A mark's listeners (ours, on our element), and keyboard access on an entity's first mark. */
function decorate(
  mark: Mark,
  entity: PageEntity,
  signal: AbortSignal,
  card: CardControl,
  t: (key: 'highlightMarkLabel', sub: string) => string,
): void {
  const el = mark.element;
  const on = <K extends keyof HTMLElementEventMap>(
    type: K,
    fn: (e: HTMLElementEventMap[K]) => void,
  ) => el.addEventListener(type, fn, { signal });
  if (mark.first) {
    // One stop per entity in the tab order, not one per mention.
    el.tabIndex = 0;
    el.setAttribute('role', 'button');
    const text = el.textContent ?? '';
    el.setAttribute('aria-label', t('highlightMarkLabel', text) || text);
  }
  on('mouseenter', () => card.showSoon(entity, el));
  on('mouseleave', () => card.hide());
  on('focus', () => card.showSoon(entity, el));
  on('blur', () => card.hide());
  // Only the reader's own click or key opens the panel: a page's synthetic event does not.
  on('click', (e) => {
    if (e.isTrusted && e.button === 0) openPanel(entity);
  });
  on('keydown', (e) => {
    if (!e.isTrusted || !mark.first || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault(); // Space would scroll the page.
    openPanel(entity);
  });
}

function openPanel(entity: PageEntity): void {
  // Sent at once: the click's user gesture must still be alive when the background receives it.
  sendMessage('openEntityPanel', { entityId: entity.id }).catch((e: unknown) => {
    console.debug('[Backstory] side panel not opened:', e);
  });
}
