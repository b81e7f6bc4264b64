import { describe, expect, it } from 'vitest';
import { formatDay } from '@/lib/format/display';

describe('formatDay', () => {
  it('writes a day from an ISO string or epoch milliseconds', () => {
    expect(formatDay('2024-06-19T06:45:00.000Z', 'en-US')).toBe('Jun 19, 2024');
    expect(formatDay(Date.UTC(2024, 5, 19, 12), 'en-US')).toBe('Jun 19, 2024');
  });

  it('gives nothing, never throws, for a date that cannot be shown (#20: lastReadAt 9e15)', () => {
    for (const bad of [9e15, -9e15, NaN, Infinity, 'yesterday', '', null, undefined]) {
      expect(formatDay(bad, 'en-US')).toBeNull();
    }
  });
});
