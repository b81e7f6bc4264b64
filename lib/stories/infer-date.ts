import { findDates } from '../dates/find-dates';

const DAY_RE = /^(\d{4})-\d{2}-\d{2}$/;

/**
 * The publication date a plain text gives itself, for documents that come without one: the
 * first full date it mentions (day, month and year), as news texts give their date near the
 * top. Null when it names none; relative words ("today") say nothing without a reference.
 */
export function inferDate(text: string, lang: string): string | null {
  for (const d of findDates(text.slice(0, 4000), lang === 'und' ? 'en' : lang, null)) {
    const year = DAY_RE.exec(d.value)?.[1];
    // Relative dates come back resolved against 1970: not a date of this text.
    if (year && Number(year) > 1970) return `${d.value}T12:00:00.000Z`;
  }
  return null;
}
