import { describe, expect, it } from 'vitest';
import { formatAgo, formatDay, formatDayRange } from '@/lib/format/display';

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

describe('formatDayRange', () => {
  it('writes a span within one day as that day', () => {
    expect(formatDayRange('2024-06-19T06:00:00Z', '2024-06-19T09:00:00Z', 'en')).toBe(
      'Jun 19, 2024',
    );
  });

  it('shares what both ends share, in the reader’s locale, in either order', () => {
    expect(formatDayRange('2019-04-15T12:00:00Z', '2019-04-17T12:00:00Z', 'en')).toBe(
      'Apr 15\u2009–\u200917, 2019',
    );
    expect(formatDayRange('2019-04-17T12:00:00Z', '2019-04-15T12:00:00Z', 'fr')).toMatch(
      /^15.17 avr\. 2019$/,
    );
  });

  it('gives the known end alone, and null for nothing', () => {
    expect(formatDayRange(null, '2024-06-19T06:00:00Z', 'en')).toBe('Jun 19, 2024');
    expect(formatDayRange('nonsense', null, 'en')).toBeNull();
  });
});

describe('formatAgo', () => {
  const now = Date.UTC(2024, 5, 20, 14);
  it('says how long ago within a week, in the reader’s language', () => {
    expect(formatAgo(now - 2 * 3_600_000, now, 'en')).toBe('2 hours ago');
    expect(formatAgo(now - 2 * 3_600_000, now, 'fr')).toBe('il y a 2 heures');
    expect(formatAgo(now - 10_000, now, 'en')).toBe('1 minute ago');
    expect(formatAgo(now - 26 * 3_600_000, now, 'en')).toBe('yesterday');
  });

  it('is null beyond a week, when a date says it better', () => {
    expect(formatAgo(now - 8 * 86_400_000, now, 'en')).toBeNull();
  });
});
