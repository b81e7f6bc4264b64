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

  it('keeps every group within the budget, in order, and loses nothing', () => {
    const items = [3, 4, 2, 5, 1, 1, 6];
    const chunks = chunkBySize(items, size, 7);
    expect(chunks).toEqual([[3, 4], [2, 5], [1, 1], [6]]);
    for (const c of chunks) expect(c.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(7);
  });

  it('sends an item bigger than the budget alone rather than never', () => {
    expect(chunkBySize([1, 20, 2, 3], size, 5)).toEqual([[1], [20], [2, 3]]);
  });

  it('also bounds the count', () => {
    expect(chunkBySize([1, 1, 1, 1, 1], size, 100, 2)).toEqual([[1, 1], [1, 1], [1]]);
  });
});
