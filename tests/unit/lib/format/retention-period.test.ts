import { describe, expect, it } from 'vitest';
import { retentionPeriod } from '@/lib/format/retention-period';

describe('retentionPeriod', () => {
  it('names the periods offered as a reader does: months and years, not 365 days', () => {
    expect([30, 90, 180, 365, 730].map(retentionPeriod)).toEqual([
      { unit: 'month', count: 1 },
      { unit: 'month', count: 3 },
      { unit: 'month', count: 6 },
      { unit: 'year', count: 1 },
      { unit: 'year', count: 2 },
    ]);
  });

  it('keeps days where no whole month or year fits', () => {
    expect(retentionPeriod(7)).toEqual({ unit: 'day', count: 7 });
    expect(retentionPeriod(45)).toEqual({ unit: 'day', count: 45 });
  });
});
