import type { NovelSentence } from '../stories/novel-sentences';

/**
 * Past this length a sentence takes more than two lines of the popup's "New in this article"
 * box (about 50 characters a line at its 13 px, 380 px wide): folded, it is shown on two lines
 * and the rest unfolds. Four lines of one sentence pushed the first background card under the
 * popup's 600 px fold.
 */
export const FOLDED_CHARS = 100;

/** What "New in this article" shows, folded or unfolded. */
export interface NewInPreview {
  /** The sentences shown, in text order. */
  shown: NovelSentence[];
  /** The first one is longer than two lines: shown on two (the rest of it unfolds). */
  clipped: boolean;
  /** How many more sentences unfold. */
  hidden: number;
  /** Whether there is anything to unfold (or fold back). */
  folds: boolean;
}

/**
 * Folded, "New in this article" shows its first sentence, on two lines at most when it is long:
 * the story's timeline and the first background card stay in the popup's first screen. Every
 * sentence is whole in the page (read out and copied whole); only its display is cut.
 */
export function newInPreview(sentences: readonly NovelSentence[], open: boolean): NewInPreview {
  const first = sentences[0];
  const long = !!first && first.text.length > FOLDED_CHARS;
  const hidden = Math.max(0, sentences.length - 1);
  const folds = hidden > 0 || long;
  if (open || !first) return { shown: [...sentences], clipped: false, hidden, folds };
  return { shown: [first], clipped: long, hidden, folds };
}
