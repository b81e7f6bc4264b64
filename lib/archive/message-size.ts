/**
 * Most bytes of JSON that one export or import message carries. Chrome refuses a runtime
 * message over 64 MiB ("Message exceeded maximum allowed size"); 8 MiB leaves room for the
 * envelope and keeps the worker's memory for one message small.
 */
export const MESSAGE_BUDGET_BYTES = 8 * 1024 * 1024;

/** How many bytes a string takes in UTF-8 (as Chrome counts a serialised message). */
export function utf8Bytes(s: string): number {
  let bytes = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    // Each half of a surrogate pair: two UTF-16 units make four bytes.
    else if (c >= 0xd800 && c <= 0xdfff) bytes += 1;
    else bytes += 2;
  }
  return bytes;
}

/** The size of a value sent in a message: the UTF-8 bytes of its JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? '');
}

/**
 * Splits items, in order, into consecutive groups of at most `maxCount` items and `budget`
 * bytes each; an item bigger than the budget alone makes a group, so every item goes through.
 * Items may come from a stream: a group is handed on as soon as it is full.
 */
export async function* chunkBySize<T>(
  items: Iterable<T> | AsyncIterable<T>,
  size: (item: T) => number,
  budget = MESSAGE_BUDGET_BYTES,
  maxCount = Infinity,
): AsyncGenerator<T[]> {
  let current: T[] = [];
  let bytes = 0;
  for await (const item of items) {
    const n = size(item);
    if (current.length && (bytes + n > budget || current.length >= maxCount)) {
      yield current;
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += n;
  }
  if (current.length) yield current;
}
