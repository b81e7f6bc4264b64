import type { EntityCardView } from '@/lib/messaging/protocol';

export interface HoverCardProps {
  card: EntityCardView;
  /** What a click on the mention does, in the interface's language. */
  hint: string;
  /** Where the card goes, in viewport pixels. */
  position: { left: number; top: number };
}

/**
 * The card shown over a page for a hovered or focused mention. Every string is rendered as
 * text; it lives in a closed shadow root (entrypoints/content/hover-card-ui.ts).
 */
export function HoverCard({ card, hint, position }: HoverCardProps) {
  return (
    <div
      class="card"
      role="tooltip"
      aria-live="polite"
      style={{ left: `${position.left}px`, top: `${position.top}px` }}
    >
      <p class="type">{card.typeLabel}</p>
      <p class="title">{card.title}</p>
      {card.description ? <p class="description">{card.description}</p> : null}
      {card.history ? <p class="history">{card.history}</p> : null}
      <p class="hint">{hint}</p>
    </div>
  );
}

/** The card's width in pixels (its style sets it), for placing it inside the viewport. */
export const HOVER_CARD_WIDTH = 280;

/** The card's styles, for its shadow root: nothing from the page reaches it, nothing leaks out. */
export const HOVER_CARD_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  pointer-events: none !important;
}
.card {
  position: fixed;
  box-sizing: border-box;
  width: ${HOVER_CARD_WIDTH}px;
  padding: 10px 12px;
  border: 1px solid #c4c7c5;
  border-radius: 8px;
  background: #fff;
  color: #1f1f1f;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  font: 14px/1.4 system-ui, sans-serif;
  text-align: left;
  pointer-events: none;
}
.card p { margin: 0; }
.type { font-size: 12px; color: #444746; text-transform: uppercase; letter-spacing: 0.04em; }
.title { font-weight: 600; font-size: 16px; overflow-wrap: anywhere; }
.description { margin-top: 4px !important; }
.history { margin-top: 6px !important; font-size: 13px; color: #444746; overflow-wrap: anywhere; }
.hint { margin-top: 6px !important; font-size: 12px; color: #0b57d0; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f1f1f; color: #e3e3e3; border-color: #444746; }
  .type, .history { color: #c4c7c5; }
  .hint { color: #a8c7fa; }
}
`;
