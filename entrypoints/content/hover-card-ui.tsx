import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HOVER_CARD_CSS, HOVER_CARD_WIDTH, HoverCard } from '@/components/hover-card';
import type { EntityCardView } from '@/lib/messaging/protocol';

/** The hover card over the page: one at a time, placed by its mention. */
export interface CardUi {
  /** Shows `card` by `anchor`: the mention's Range (or anything with a box). */
  show(card: EntityCardView, anchor: Pick<Range, 'getBoundingClientRect'>): void;
  hide(): void;
  remove(): void;
}

const GAP = 6;
const MARGIN = 8;

/**
 * Mounts the card's host (`<backstory-card>`, fixed, zero-sized, out of the page's flow) with a
 * closed shadow root: the page's CSS cannot restyle the card, and its scripts cannot read it.
 */
export async function createCardUi(ctx: ContentScriptContext, hint: string): Promise<CardUi> {
  let container: HTMLElement | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'backstory-card',
    mode: 'closed',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    css: HOVER_CARD_CSS,
    onMount(uiContainer) {
      container = uiContainer;
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return {
    show(card, anchor) {
      if (!container) return;
      const rect = anchor.getBoundingClientRect();
      const left = Math.max(
        MARGIN,
        Math.min(rect.left, window.innerWidth - HOVER_CARD_WIDTH - MARGIN),
      );
      render(
        <HoverCard card={card} hint={hint} position={{ left, top: rect.bottom + GAP }} />,
        container,
      );
      // Not enough room below the mention: above it.
      const el = container.firstElementChild as HTMLElement | null;
      if (el && rect.bottom + GAP + el.offsetHeight > window.innerHeight - MARGIN) {
        el.style.top = `${Math.max(MARGIN, rect.top - GAP - el.offsetHeight)}px`;
      }
    },
    hide() {
      if (container) render(null, container);
    },
    remove: () => ui.remove(),
  };
}
