/**
 * "Not this story" shows at the right of its entry, in room kept there by a hidden float of its
 * words (components/panel.css). Kept at the end of the headline's last line, it reads best (the
 * action after the words), but when that line is full the room would take a line of its own,
 * blank at rest. The room then goes to the headline's first line when that line is wide enough to
 * lose it (a wide side panel); in a narrow one, the first line would lose a third of its words and
 * the headline would read broken, so the room goes after the entry's facts line instead: the
 * headline keeps its whole lines. There the room is held to the facts' last fact (facts.tsx), so
 * that when their line is full, the last fact goes to the next line with it ("Already read"
 * beside the button). Should the room still take a line of its own, it goes to the start of the
 * facts instead ('facts-start', floated at the right of their first line), and the facts wrap at
 * a dot around it (which may leave the date alone on their first line: the reason it is no
 * longer the first choice).
 */

/** Where the room for "Not this story" is kept: see above. */
export type ApartRoom = 'last' | 'first' | 'facts' | 'facts-start';

/**
 * Whether the room kept after a headline took a line of its own: the headline's box ends more
 * than half a line below its last line of text (`textBottom`, the lowest bottom of its text's
 * boxes). False when nothing is laid out (no text boxes, or no line height).
 */
export function apartRoomDropped(
  headBottom: number,
  textBottom: number,
  lineHeight: number,
): boolean {
  if (!Number.isFinite(textBottom) || !(lineHeight > 0)) return false;
  return headBottom - textBottom > lineHeight / 2;
}

/** The most of a headline's first line the room may take: beyond, the line reads cut short. */
export const FIRST_LINE_SHARE = 0.25;

/**
 * Where to keep the room, given whether it dropped after the last line (`dropped`), its width
 * (`roomWidth`, the button's with its margin) and the headline's (`lineWidth`): after the last
 * line when it fits there; on the first line when that line keeps at least three quarters of its
 * width; else after the facts line. Unknown widths (nothing laid out) keep the first line.
 */
export function apartRoomPlace(dropped: boolean, roomWidth: number, lineWidth: number): ApartRoom {
  if (!dropped) return 'last';
  if (!(roomWidth > 0) || !(lineWidth > 0)) return 'first';
  return roomWidth <= lineWidth * FIRST_LINE_SHARE ? 'first' : 'facts';
}

/**
 * Where the room kept after the facts line goes, once laid out there: after it when it did not
 * take a line of its own (`dropped`, apartRoomDropped on the facts line), else at its start.
 */
export function factsRoomPlace(dropped: boolean): 'facts' | 'facts-start' {
  return dropped ? 'facts-start' : 'facts';
}
