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
