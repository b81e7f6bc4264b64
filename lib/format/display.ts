/** "fr" → "French" in the reader's language; the code itself when the browser has no name. */
export function languageName(code: string | null, locale?: string): string | null {
  if (!code) return null;
  try {
    return (
      new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'language' }).of(code) ?? code
    );
  } catch {
    return code;
  }
}

/**
 * Names as one list in the reader's language: "Ukraine, Vladimir Putin and Kim Jong Un",
 * "Ukraine, Vladimir Poutine et Kim Jong Un" (Intl.ListFormat, which knows each language's
 * conjunction and commas); joined with commas when the browser has no list format.
 */
export function formatList(names: string[], locale?: string): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** A stored date (ISO string or epoch ms) as a Date; null when absent or not a date. */
function dateOf(date: string | number | null | undefined): Date | null {
  if (date === null || date === undefined || date === '') return null;
  const d = new Date(date);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * A date (ISO string or epoch ms) as the reader's locale writes a day ("19 June 2024"); null
 * when absent or not a date that can be shown. Never throws: one bad date in stored data must
 * not take a whole panel down.
 */
export function formatDay(
  date: string | number | null | undefined,
  locale?: string,
): string | null {
  const d = dateOf(date);
  if (!d) return null;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(d);
  } catch {
    return null;
  }
}

/**
 * A day without its year ("Apr 17", "17 avr."), for a list whose heading gives the year: the
 * entries of a story under its span ("3 articles, Apr 15 – 17, 2019"). Null as formatDay.
 */
export function formatDayOfYear(
  date: string | number | null | undefined,
  locale?: string,
): string | null {
  const d = dateOf(date);
  if (!d) return null;
  try {
    return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }).format(d);
  } catch {
    return formatDay(date, locale);
  }
}

/** The one calendar year all these dates fall in (local time), else null. */
export function oneYear(dates: readonly (string | number | null | undefined)[]): number | null {
  const years = new Set(
    dates.flatMap((x) => {
      const d = x === null || x === undefined || x === '' ? null : new Date(x);
      return d && !Number.isNaN(d.getTime()) ? [d.getFullYear()] : [NaN];
    }),
  );
  const [year] = years;
  return years.size === 1 && year !== undefined && !Number.isNaN(year) ? year : null;
}

/**
 * Two ISO dates as one span in the reader's locale: "Apr 15 – 17, 2019"; a span within one day
 * is that day ("Jun 19, 2024", never "Jun 19, 2024 – Jun 19, 2024"). Either end alone when the
 * other is absent; null when both are.
 */
export function formatDayRange(
  startIso: string | null,
  endIso: string | null,
  locale?: string,
): string | null {
  const start = startIso ? new Date(startIso) : null;
  const end = endIso ? new Date(endIso) : null;
  const ok = (d: Date | null): d is Date => !!d && !Number.isNaN(d.getTime());
  if (!ok(start) || !ok(end)) {
    return formatDay(ok(start) ? startIso : ok(end) ? endIso : null, locale);
  }
  const [a, b] = start <= end ? [start, end] : [end, start];
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).formatRange(a, b);
  } catch {
    return formatDay(a.getTime(), locale);
  }
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60_000],
  ['hour', 3_600_000],
  ['day', 86_400_000],
];

/**
 * How long ago a moment was, in the reader's locale, in words ("2 hours ago", "il y a 2 heures",
 * "yesterday": not "2 hr. ago", which reads as a form's abbreviation beside "Read"),
 * for the last week; null beyond it (a date says it better then) or for a moment to come.
 */
export function formatAgo(ms: number, now: number, locale?: string): string | null {
  const elapsed = now - ms;
  if (!Number.isFinite(elapsed) || elapsed < -60_000 || elapsed >= 7 * 86_400_000) return null;
  let rtf: Intl.RelativeTimeFormat;
  try {
    rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' });
  } catch {
    return null;
  }
  // Under a minute reads as one: "this minute" is not how anyone says it.
  if (elapsed < 60_000) return rtf.format(-1, 'minute');
  let unit = RELATIVE_UNITS[0]!;
  for (const u of RELATIVE_UNITS) if (elapsed >= u[1]) unit = u;
  return rtf.format(-Math.floor(elapsed / unit[1]), unit[0]);
}

/** The host of a URL without "www.", for a site that names itself nowhere. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
