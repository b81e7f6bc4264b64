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

/**
 * How many lines a block of text takes, from its whole height (its scrollHeight, which a
 * line-clamp does not cut) and its line height, both in px; undefined when either is unknown
 * (not laid out, as in tests without a browser).
 */
export function measuredLines(heightPx: number, lineHeightPx: number): number | undefined {
  if (!(heightPx > 0) || !(lineHeightPx > 0)) return undefined;
  return Math.max(1, Math.round(heightPx / lineHeightPx));
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
  /**
   * Where in the first sentence's text its folded preview starts: 0, or the clause holding its
   * new thing when two lines from its start would hide it (newInExcerptStart).
   */
  from: number;
}

// Characters of a new name and its next words a preview must show for it to say something.
const LEAD_SHOWN = 12;

/**
 * Where a folded preview of `text` starts so that its new thing (at `lead`) shows, when two
 * lines of `perLine` characters from its start would hide it: at the clause holding it (after
 * the last ",", ";", ":" or dash before it), else two words before it; 0 when it shows anyway.
 * The French pledge sentence names Arnault, LVMH, the Bettencourts and L'Oréal, all read
 * before, and only then Total: clamped from its start, its two lines ended on "tout comme la
 * famille…", and its one new thing was never seen.
 */
export function newInExcerptStart(text: string, lead: number | undefined, perLine: number): number {
  const room = perLine * FOLDED_LINES;
  if (lead === undefined || lead <= 0 || text.length <= room || lead + LEAD_SHOWN <= room) return 0;
  const before = text.slice(0, lead);
  let from = 0;
  for (const m of before.matchAll(/[,;:]\s+|\s[—–]\s+/gu)) from = m.index + m[0].length;
  if (from === 0) {
    const words = [...before.matchAll(/\S+\s+/gu)];
    from = words.length > 2 ? words[words.length - 2]!.index : 0;
  }
  return from;
}

/**
 * Folded, "New in this article" shows its first sentence, on two lines when it is longer: the
 * story's timeline and the first background card stay in the popup's first screen. Where the
 * browser lays the sentence out, `lines` says how many lines it takes whole, and it is folded
 * when it overflows two (a line-clamp, its "Whole sentence" shown only then). Until then, and
 * where nothing is laid out, the lines are guessed from its length and the list's width
 * (`widthPx`, the popup's when unknown), folding only beyond three guessed lines: a guess of
 * "2.5 lines" may be three, and a fold must hide a whole line at least. A first sentence whose
 * new thing two lines from its start would hide is shown folded from the clause that holds it
 * (`from`), its start a click away. Every sentence is whole in the page (read out and copied
 * whole); only its display is cut.
 */
export function newInPreview(
  sentences: readonly NovelSentence[],
  open: boolean,
  widthPx = POPUP_LIST_PX,
  lines?: number,
): NewInPreview {
  const first = sentences[0];
  const long =
    !!first &&
    (lines !== undefined && lines > 0
      ? lines > FOLDED_LINES
      : first.text.length > lineChars(widthPx) * (FOLDED_LINES + 1));
  const hidden = Math.max(0, sentences.length - 1);
  const from = first ? newInExcerptStart(first.text, first.lead, lineChars(widthPx)) : 0;
  const folds = hidden > 0 || long || from > 0;
  if (open || !first) return { shown: [...sentences], clipped: false, hidden, folds, from: 0 };
  return { shown: [first], clipped: long, hidden, folds, from };
}
