/** A month-precision date phrase: span and "YYYY-MM" value. */
export interface MonthYear {
  start: number;
  end: number;
  text: string;
  value: string;
}

const MONTHS: Record<string, string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
};
// A bare month counts only after these words: "en mars", "in March", "im März".
const BARE_CUE: Record<string, string> = {
  fr: 'en|depuis|dès|fin|début|mi-',
  en: 'in|since|early|late|mid-',
  es: 'en|desde|a finales de|a principios de',
  de: 'im|seit|Anfang|Ende|Mitte',
};

const patterns = new Map<string, RegExp>();

function pattern(lang: string): RegExp {
  let re = patterns.get(lang);
  if (!re) {
    const months = (MONTHS[lang] ?? []).map((m) =>
      m.replace('é', '[ée]').replace('û', '[ûu]').replace('ä', '[äa]'),
    );
    const alt = months.join('|');
    const of = lang === 'es' ? '(?:\\s+de)?' : '';
    re = new RegExp(
      `(?<![\\p{L}\\d])(?:(?:${BARE_CUE[lang] ?? 'in'})\\s+)?(${alt})(?:${of}\\s+(\\d{4}))?(?![\\p{L}\\d])`,
      'giu',
    );
    patterns.set(lang, re);
  }
  return re;
}

/** Finds month-year ("septembre 2023") and cued bare-month ("en mars") phrases. */
export function findMonthYears(text: string, lang: string, reference: Date): MonthYear[] {
  const months = MONTHS[lang];
  if (!months) return [];
  const folded = months.map((m) => m.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  const out: MonthYear[] = [];
  for (const m of text.matchAll(pattern(lang))) {
    const name = m[1] as string;
    const year = m[2];
    const cued = m[0].length > name.length + (year ? year.length + 1 : 0);
    // "mai" and "May" are also ordinary words: without a year, the cue must precede them.
    if (!year && !cued) continue;
    const month = folded.indexOf(name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()) + 1;
    if (!month) continue;
    const y = year ? Number(year) : reference.getUTCFullYear();
    // The span is the month (and year), not the cue word before it.
    const start = (m.index as number) + m[0].lastIndexOf(name);
    const end = (m.index as number) + m[0].length;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value: `${y}-${String(month).padStart(2, '0')}`,
    });
  }
  return out;
}
