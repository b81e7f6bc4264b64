/** A mention's place in the text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Whether an entity's mentions found as written in the text (`inText`) are there, and every one
 * of them passes `test`: the confidence rules' "at each of its mentions" (a name with no mention
 * found as written proves nothing).
 */
export function everyMention<M>(
  inText: readonly M[],
  test: (m: M, i: number, all: readonly M[]) => unknown,
): boolean {
  return inText.length > 0 && inText.every(test);
}

/** Where the line holding the text from `start` to `end` begins and ends (its line breaks). */
export function lineBounds(text: string, start: number, end: number): [from: number, to: number] {
  const nl = text.indexOf('\n', end);
  return [text.lastIndexOf('\n', start - 1) + 1, nl < 0 ? text.length : nl];
}

/** Whether the text from `start` to `end` is a line of its own (a colon may follow): a heading, a label. */
export function aloneOnLine(text: string, start: number, end: number): boolean {
  const [from, to] = lineBounds(text, start, end);
  return text.slice(from, start).trim() === '' && /^[\s:]*$/u.test(text.slice(end, to));
}
