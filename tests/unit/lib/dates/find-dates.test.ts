import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/dates/find-dates';
import { findMonthYears } from '@/lib/dates/month-year';

const REF = new Date('2024-06-19T06:45:00Z');
const values = (text: string, lang: string, ref: Date | null = REF) =>
  findDates(text, lang, ref).map((d) => [d.text, d.value]);

describe('findDates', () => {
  it('resolves French weekdays and relative dates against the publication date', () => {
    expect(values('Poutine a remercié mercredi Kim. Hier, il était à Moscou.', 'fr')).toEqual([
      ['mercredi', '2024-06-19'],
      ['Hier', '2024-06-18'],
    ]);
  });

  it('reads full French and English dates', () => {
    expect(values('depuis le 24 février 2022', 'fr')).toEqual([['24 février 2022', '2022-02-24']]);
    expect(values('on June 19, 2024, Putin landed', 'en')).toEqual([
      ['June 19, 2024', '2024-06-19'],
    ]);
  });

  it('reads French month-year and cued bare months', () => {
    expect(values('en septembre 2023, puis en mars', 'fr')).toEqual([
      ['septembre 2023', '2023-09'],
      ['mars', '2024-03'],
    ]);
  });

  it('does not take an uncued "mai" for a month', () => {
    expect(findMonthYears('il mai', 'fr', REF)).toEqual([]);
  });

  it('handles typographic apostrophes', () => {
    expect(values('aujourd’hui, le 3 mars', 'fr')).toEqual([
      ['aujourd’hui', '2024-06-19'],
      ['3 mars', '2024-03-03'],
    ]);
  });

  it('reads Spanish and German dates', () => {
    expect(values('el 5 de marzo de 2023', 'es')).toEqual([['5 de marzo de 2023', '2023-03-05']]);
    expect(values('Am 5. März 2023', 'de')).toEqual([['Am 5. März 2023', '2023-03-05']]);
  });

  it('gives year precision when only the year is known, and skips "in N years" durations', () => {
    expect(values('this year, his first visit in 24 years', 'en')).toEqual([['this year', '2024']]);
    expect(values('l’année dernière', 'fr')).toEqual([['l’année dernière', '2023']]);
  });

  it('leaves trailing punctuation out of the span', () => {
    expect(values('on Wednesday, Putin landed', 'en')).toEqual([['on Wednesday', '2024-06-19']]);
  });

  it('keeps only self-contained dates without a publication date', () => {
    expect(values('mercredi, le 24 février 2022', 'fr', null)).toEqual([
      ['24 février 2022', '2022-02-24'],
    ]);
  });

  it('gives spans that slice back, and nothing for empty text', () => {
    const text = 'Le 9 juin, puis le 12 juillet 2024.';
    for (const d of findDates(text, 'fr', REF)) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(findDates('', 'fr', REF)).toEqual([]);
  });
});
