/**
 * "Not this story" shows at the right of its entry's headline, in room kept there by a hidden
 * float of its words (components/panel.css). Kept at the end of the last line, it reads best (the
 * action after the words), but when that line is full the room takes a line of its own, blank at
 * rest; the room then goes to the first line instead, which always has it.
 */

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
