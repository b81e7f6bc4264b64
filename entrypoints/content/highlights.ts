import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findArticleRoot } from '@/lib/highlight/find-article-root';
import { findMentions, mentionAt, type Mention } from '@/lib/highlight/find-mentions';
import { createMentionMatcher } from '@/lib/highlight/match-mentions';
import { sendMessage } from '@/lib/messaging/messenger';
import type { PageEntity } from '@/lib/messaging/protocol';
import { isExcludedUrl } from '@/lib/privacy/excluded-sites';
import { excludedSites, highlightsEnabled, recordingEnabled } from '@/lib/settings';
import { createCardUi, type CardUi } from './hover-card-ui';

/* Test pages: tests/fixtures/news24-putin-pyongyang.fr.html, hostile.html,
   tests/e2e/adversarial/live-text.html */

// Mentions and time spent on the page's thread are capped: a huge page gets its first mentions.
const MAX_MENTIONS = 300;
const BUDGET_MS = 50;
const SHOW_DELAY_MS = 120;
/** The name of our CSS custom highlight, and of the one rule that draws it. */
export const HIGHLIGHT_NAME = 'backstory-mention';
// Underline only: a highlight never changes a box's size or position.
const HIGHLIGHT_CSS =
  `::highlight(${HIGHLIGHT_NAME}) { text-decoration: underline dotted 1px;` +
  ' text-underline-offset: 0.2em; }';

export interface Highlights {
  /** Underlines the mentions of the article stored for `url`, if highlights are on. */
  show(url: string): Promise<void>;
  /** Takes the underlines away. */
  clear(): void;
}

/**
 * In-page highlights drawn with the CSS Custom Highlight API: a Range over each entity mention,
 * registered in `CSS.highlights`, styled by one `::highlight()` rule. The page's nodes are never
 * split, wrapped or changed (a page that rewrites a text node it kept sees its own text). The
 * card shows when the mouse rests on a mention (found from the caret under the pointer) or when
 * a keyboard selection (caret browsing) enters one; keyboard users get the same cards, as a
 * list, in the side panel. Where the API is missing (Chrome < 105, Firefox < 140) nothing is
 * underlined: no fallback that would touch the page's DOM.
 */
export function createHighlights(ctx: ContentScriptContext): Highlights {
  let session: AbortController | undefined;
  let cardUi: Promise<CardUi> | undefined;
  let generation = 0;

  const t = (key: 'highlightCardHint') => browser.i18n.getMessage(key);

  const stop = () => {
    session?.abort();
    session = undefined;
  };
  const clear = () => {
    generation++;
    stop();
    void cardUi?.then((ui) => ui.remove());
    cardUi = undefined;
  };
  ctx.onInvalidated(clear);

  const show = async (url: string) => {
    const mine = ++generation;
    stop();
    if (!supportsHighlights()) return;
    if (!(await highlightsEnabled.getValue()) || !(await recordingEnabled.getValue())) return;
    if (isExcludedUrl(url, await excludedSites.getValue())) return; // not even a message
    const entities = await sendMessage('getPageEntities', { url }).catch(() => [] as PageEntity[]);
    if (mine !== generation || ctx.isInvalid || location.href !== url || !entities.length) return;
    const root = findArticleRoot(document);
    if (!root) return;
    const { mentions } = findMentions(root, createMentionMatcher(entities.map((e) => e.surfaces)), {
      maxMentions: MAX_MENTIONS,
      budgetMs: BUDGET_MS,
    });
    if (!mentions.length) return;
    cardUi ??= createCardUi(ctx, t('highlightCardHint') || 'Open in Backstory');
    const abort = new AbortController();
    session = abort;
    draw(mentions, abort.signal);
    wireMentions(ctx, abort.signal, cardUi, mentions, entities);
  };

  const unwatch = highlightsEnabled.watch((on) => {
    if (!on) clear();
    else void show(location.href); // Only an article this tab reported gets an answer.
  });
  ctx.onInvalidated(unwatch);
  return { show, clear };
}

function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Registers the ranges and the rule that underlines them, both gone when `signal` aborts. */
function draw(mentions: Mention[], signal: AbortSignal): void {
  const highlight = new Highlight(...mentions.map((m) => m.range));
  CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  // ::highlight() rules apply only from the document's own style sheets, not a shadow root's.
  const style = document.createElement('style');
  style.textContent = HIGHLIGHT_CSS;
  (document.head ?? document.documentElement).append(style);
  signal.addEventListener('abort', () => {
    if (CSS.highlights.get(HIGHLIGHT_NAME) === highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    style.remove();
  });
}

/** Caret position under a viewport point, from whichever API the browser has. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** The mention drawn under a viewport point: its caret, then its boxes (not just the nearest). */
function mentionUnder(mentions: Mention[], x: number, y: number): Mention | undefined {
  const caret = caretAt(x, y);
  const hit = caret && mentionAt(mentions, caret.node, caret.offset);
  if (!hit) return undefined;
  const inside = Array.from(hit.range.getClientRects()).some(
    (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom,
  );
  return inside ? hit : undefined;
}

/**
 * Hover (mouse resting on a mention), keyboard selection and click, all read from the page's
 * events without adding anything to it; Escape, scrolling and resizing close the card. The
 * session's signal, not ctx's: highlights turned off must drop these too (clear() also runs
 * when the context is invalidated).
 */
function wireMentions(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  cardUi: Promise<CardUi>,
  mentions: Mention[],
  entities: PageEntity[],
): void {
  let timer: number | undefined;
  let shown = false;
  let current: Mention | undefined;
  let frame: number | undefined;
  let pointer = { x: 0, y: 0 };
  const hide = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    current = undefined;
    if (shown) void cardUi.then((ui) => ui.hide());
    shown = false;
  };
  const place = (mention: Mention) =>
    void cardUi.then((ui) => ui.show(entities[mention.entity]!.card, mention.range));
  const showSoon = (mention: Mention) => {
    if (mention === current) return;
    hide();
    current = mention;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      if (signal.aborted || mention.range.collapsed) return;
      shown = true;
      place(mention);
    }, SHOW_DELAY_MS);
  };
  // Which moved to the mention: the mouse leaving every mention, or the window, hides only a card
  // it brought, never one the caret did (Chrome also sends a mousemove when the page scrolls under a still
  // mouse, which would take a keyboard reader's card away).
  let byCaret = false;
  const follow = (mention: Mention | undefined) => {
    if (mention) {
      byCaret = false;
      showSoon(mention);
    } else if (!byCaret) hide();
  };

  const opts = { signal, passive: true, capture: true } as const;
  // One hit test per frame, however fast the mouse moves.
  document.addEventListener(
    'mousemove',
    (e) => {
      pointer = { x: e.clientX, y: e.clientY };
      frame ??= requestAnimationFrame(() => {
        frame = undefined;
        if (!signal.aborted) follow(mentionUnder(mentions, pointer.x, pointer.y));
      });
    },
    opts,
  );
  // Not captured: mouseleave does not bubble, and a capturing listener would also hear every
  // element the mouse leaves (a keyboard reader's card went when the page scrolled under it).
  document.documentElement.addEventListener('mouseleave', () => follow(undefined), {
    signal,
    passive: true,
  });
  // Caret browsing (F7) or Shift+arrows: the selection's moving end entering a mention.
  document.addEventListener(
    'selectionchange',
    () => {
      const sel = document.getSelection();
      if (!sel?.focusNode || sel.type === 'None') return;
      const mention = mentionAt(mentions, sel.focusNode, sel.focusOffset);
      if (!mention) return;
      showSoon(mention);
      byCaret = true;
    },
    opts,
  );
  document.addEventListener('keydown', (e) => e.key === 'Escape' && hide(), opts);
  // A card shown would no longer be by its mention; one about to show is placed when it shows
  // (a caret moved by keyboard scrolls the page just after the selection changes). A card the
  // caret brought is placed again by its mention: the caret is still in it, and the scroll event
  // may come only after the card showed.
  const moved = () => {
    if (!shown) return;
    if (byCaret && current) place(current);
    else hide();
  };
  window.addEventListener('scroll', moved, opts);
  window.addEventListener('resize', moved, opts);
  // Only the reader's own click opens the panel: a page's synthetic event does not.
  document.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted || e.button !== 0) return;
      const mention = mentionUnder(mentions, e.clientX, e.clientY);
      if (mention) openPanel(entities[mention.entity]!);
    },
    opts,
  );
  signal.addEventListener('abort', () => {
    hide();
    if (frame !== undefined) cancelAnimationFrame(frame);
  });
}

function openPanel(entity: PageEntity): void {
  // Sent at once: the click's user gesture must still be alive when the background receives it.
  sendMessage('openEntityPanel', { entityId: entity.id }).catch((e: unknown) => {
    console.debug('[Backstory] side panel not opened:', e);
  });
}
