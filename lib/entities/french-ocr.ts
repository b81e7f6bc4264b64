/**
 * French rules for the text of scanned newspapers (#15, en44): OCR keeps the hyphen a word was
 * cut with at a line's end ("Pa- ris", "Algé-", "Hau- ran"), and a name read across it is a piece
 * of a word, no name a reader can place.
 */

// A word cut at a line break: letters, a hyphen, then a space and a lower-case rest or nothing.
const LINE_BREAK_CUT = /[\p{L}\p{M}]-(?: \p{Ll}|$)/u;

/**
 * Whether a name holds a word cut at a line break ("Pa- ris", "Hau- ran") or ends on the hyphen
 * of one ("Algé-", "Para-"): a piece of a word the scan split, no name. "Saint- Malo" (capital
 * after the hyphen) and "Rio - de - Janeiro" (the hyphen of the name, spaced) are not cuts.
 */
export function lineBreakCut(name: string): boolean {
  return LINE_BREAK_CUT.test(name);
}
