import { type Chrono, de, en, es, fr, type ParsedResult } from 'chrono-node';
import { findMonthYears } from './month-year';

/** A date expression in the text, with its UTF-16 span and an ISO value (day, month or year precision). */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  value: string;
}

const CHRONOS: Record<string, Chrono> = {
  en: en.casual,
  fr: fr.casual,
  es: es.casual,
  de: de.casual,
};
/** Text beyond this many UTF-16 units is not searched for dates. */
export const MAX_DATE_TEXT = 300_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoValue(r: ParsedResult): string | null {
  const c = r.start;
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  const relative = r.tags().has('result/relativeDate');
  if (c.isCertain('day') || c.isCertain('weekday') || (relative && c.isCertain('month'))) {
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  }
  if (c.isCertain('month')) return `${pad(year, 4)}-${pad(month)}`;
  return `${pad(year, 4)}`;
}

// "in 24 years", "dans 2 ans": more often a duration than a date.
const WITHIN = /^(?:in|within|dans|d'ici|en|dentro de|innerhalb|binnen)\s+\d+\s/i;
const TRAILING_PUNCT = /[\s,.;:]+$/;

/**
 * Dates in a text (chrono-node for en/fr/es/de, plus month-year phrases such as "septembre 2023"
 * and "en mars"), resolved against the reference date (the article's publication time).
 */
export function findDates(text: string, lang: string, reference: Date | null): DateMention[] {
  if (!text.trim()) return [];
  const known = reference !== null && !Number.isNaN(reference.getTime());
  // Without a publication date, only self-contained dates are kept: the result stays pure.
  const ref = known ? reference : new Date(0);
  // Same length, so offsets hold: chrono's patterns expect a straight apostrophe.
  const plain = text.slice(0, MAX_DATE_TEXT).replace(/’/g, "'");
  const chrono = CHRONOS[lang] ?? en.casual;
  const out: DateMention[] = [];
  for (const r of chrono.parse(plain, ref)) {
    const value = isoValue(r);
    if (!value || WITHIN.test(r.text)) continue;
    if (!known && (!r.start.isCertain('year') || r.tags().has('result/relativeDate'))) continue;
    const end = r.index + r.text.replace(TRAILING_PUNCT, '').length;
    out.push({ start: r.index, end, text: text.slice(r.index, end), value });
  }
  for (const d of findMonthYears(plain, lang, ref)) {
    if (!known && !/\d{4}/.test(d.text)) continue;
    if (out.some((o) => o.start < d.end && d.start < o.end)) continue;
    out.push({ ...d, text: text.slice(d.start, d.end) });
  }
  return out.sort((a, b) => a.start - b.start);
}
