import { describe, expect, it } from 'vitest';
import { everyMention } from '@/lib/entities/mention-spans';

describe('everyMention', () => {
  const atLineStart = (m: { start: number }) => m.start === 0;

  it('holds when every mention found as written passes', () => {
    expect(everyMention([{ start: 0 }, { start: 0 }], atLineStart)).toBe(true);
    expect(everyMention([{ start: 0 }, { start: 9 }], atLineStart)).toBe(false);
  });

  it('does not hold for an entity with no mention found as written: that proves nothing', () => {
    expect(everyMention([], atLineStart)).toBe(false);
  });
});
