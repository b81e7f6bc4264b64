import type { NovelSentence } from '../stories/novel-sentences';

/** Folded, a long first sentence of "New in this article" is shown on this many lines. */
export const FOLDED_LINES = 2;

/**
 * Width of the popup's "New in this article" list (380 px popup, less its margins, the box's
 * border and padding and the bullet's room): about 50 characters a line at its 13 px. Used until
 * the list's own width is known.
 */
export const POPUP_LIST_PX = 315;

/** An average character of the panel's sans-serif text, in ems (315 px hold about 50 at 13 px). */
const CHAR_EM = 0.485;

/** About how many characters of 13 px text a line `widthPx` wide holds (at least 20). */
export function lineChars(widthPx: number, fontPx = 13): number {
  if (!(widthPx > 0)) widthPx = POPUP_LIST_PX;
  return Math.max(20, Math.floor(widthPx / (fontPx * CHAR_EM)));
}

/** What "New in this article" shows, folded or unfolded. */
export interface NewInPreview {
  /** The sentences shown, in text order. */
  shown: NovelSentence[];
  /** The first one is shown on FOLDED_LINES lines (the rest of it unfolds). */
  clipped: boolean;
  /** How many more sentences unfold. */
  hidden: number;
  /** Whether there is anything to unfold (or fold back). */
  folds: boolean;
}

/**
 * Folded, "New in this article" shows its first sentence, on two lines when it is long: the
 * story's timeline and the first background card stay in the popup's first screen. The fold is
 * sized by the width the list has (`widthPx`, the popup's when unknown): a sentence is folded
 * only when that hides a whole line or more of it, never to save half a line ("2.5 lines" is
 * shown whole, on three), and a wider side panel, whose lines hold more, folds fewer. Every
 * sentence is whole in the page (read out and copied whole); only its display is cut.
 */
export function newInPreview(
  sentences: readonly NovelSentence[],
  open: boolean,
  widthPx = POPUP_LIST_PX,
): NewInPreview {
  const first = sentences[0];
  const long = !!first && first.text.length > lineChars(widthPx) * (FOLDED_LINES + 1);
  const hidden = Math.max(0, sentences.length - 1);
  const folds = hidden > 0 || long;
  if (open || !first) return { shown: [...sentences], clipped: false, hidden, folds };
  return { shown: [first], clipped: long, hidden, folds };
}
