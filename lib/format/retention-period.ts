/** A period of keeping, in the unit a reader names it by. */
export interface RetentionPeriod {
  unit: 'day' | 'month' | 'year';
  count: number;
}

/**
 * How a reader says a retention of `days`: whole years of 365 days ("1 year" for 365, "2 years"
 * for 730), then whole months of 30 ("3 months" for 90, "6 months" for 180), else days. The
 * setting stays in days; only its name changes.
 */
export function retentionPeriod(days: number): RetentionPeriod {
  if (days > 0 && days % 365 === 0) return { unit: 'year', count: days / 365 };
  if (days > 0 && days % 30 === 0) return { unit: 'month', count: days / 30 };
  return { unit: 'day', count: days };
}
