/** Entity types the recogniser emits. */
export type EntityType = 'PER' | 'LOC' | 'ORG';

/** BIO tags in model order: O, then B/I for each type. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;

/** Number of tags the model scores. */
export const TAG_COUNT = TAGS.length;

/** Types in tag order: TYPES[k] owns tags 2k+1 (B) and 2k+2 (I). */
export const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];

/** Whether tag `to` may follow tag `from` (-1 = sentence start) in well-formed BIO. */
export function isAllowedTransition(from: number, to: number): boolean {
  if (to === 0 || to % 2 === 1) return true;
  return from === to || from === to - 1;
}

/** A tagged span over token indices, end exclusive. */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
  /** The type comes from a rule of name writing against the tagger's: its type scores are no evidence. */
  typedByRule?: boolean;
}

/** Reads well-formed BIO tag ids back into token spans. */
export function spansFromTags(tags: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i] ?? 0;
    if (open && (t === 0 || t % 2 === 1 || TYPES[(t - 2) / 2] !== open.type)) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if (t % 2 === 1) open = { start: i, end: i + 1, type: TYPES[(t - 1) / 2] as EntityType };
  }
  if (open) {
    open.end = tags.length;
    spans.push(open);
  }
  return spans;
}
