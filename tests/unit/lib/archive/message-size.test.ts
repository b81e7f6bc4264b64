import { describe, expect, it } from 'vitest';
import { chunkBySize, jsonBytes, utf8Bytes } from '@/lib/archive/message-size';

describe('utf8Bytes', () => {
  it.each(['', 'Pyongyang', 'Poutine à Pyongyang', 'Путин', '普京在平壤', 'emoji 🗞️ news'])(
    'counts %j as TextEncoder does',
    (s) => {
      expect(utf8Bytes(s)).toBe(new TextEncoder().encode(s).length);
    },
  );

  it('sizes a message by its JSON', () => {
    expect(jsonBytes({ text: 'é"' })).toBe(new TextEncoder().encode('{"text":"é\\""}').length);
  });
});

describe('chunkBySize', () => {
  const size = (n: number) => n;
  const collect = async <T>(chunks: AsyncIterable<T>) => {
    const all: T[] = [];
    for await (const c of chunks) all.push(c);
    return all;
  };

  it('keeps every group within the budget, in order, and loses nothing', async () => {
    const items = [3, 4, 2, 5, 1, 1, 6];
    const chunks = await collect(chunkBySize(items, size, 7));
    expect(chunks).toEqual([[3, 4], [2, 5], [1, 1], [6]]);
    for (const c of chunks) expect(c.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(7);
  });

  it('sends an item bigger than the budget alone rather than never', async () => {
    expect(await collect(chunkBySize([1, 20, 2, 3], size, 5))).toEqual([[1], [20], [2, 3]]);
  });

  it('also bounds the count', async () => {
    expect(await collect(chunkBySize([1, 1, 1, 1, 1], size, 100, 2))).toEqual([
      [1, 1],
      [1, 1],
      [1],
    ]);
  });

  it('hands a group on as soon as it is full, from a stream', async () => {
    const pulled: number[] = [];
    async function* stream() {
      for (const n of [2, 2, 2, 2]) {
        pulled.push(n);
        yield n;
      }
    }
    const chunks = chunkBySize(stream(), size, 4);
    expect((await chunks.next()).value).toEqual([2, 2]);
    // Only one item past the first group was read.
    expect(pulled).toHaveLength(3);
  });
});
