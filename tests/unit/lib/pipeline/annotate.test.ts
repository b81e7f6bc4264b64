import { describe, expect, it } from 'vitest';
import { textArticle } from '@/lib/article';
import { resolveLanguage } from '@/lib/entities/find-entities';
import { readInLanguage, withDetectedLanguage, withoutAuthors } from '@/lib/pipeline/annotate';
import { GERMAN_TEXT, POLISH_TEXT } from '../../../helpers';

const page = (text: string, lang: string | null) => textArticle(text, { lang });

describe('withDetectedLanguage', () => {
  it('stores a page in the language of its text when its tag clearly says another', () => {
    // The language filter, the timeline's language marks and the stories read what is stored:
    // a German blog whose theme says lang="en-US" is German there too, as for its entities.
    expect(withDetectedLanguage(page(GERMAN_TEXT, 'en-US')).lang).toBe('de');
  });

  it('keeps a tag the text agrees with, a tag of a language we do not read, and a short text', () => {
    const regional = page(GERMAN_TEXT, 'de-AT');
    expect(withDetectedLanguage(regional)).toBe(regional);
    expect(withDetectedLanguage(page(GERMAN_TEXT, 'it')).lang).toBe('it');
    expect(withDetectedLanguage(page('Karl Geiger gewann in Willingen.', 'en')).lang).toBe('en');
  });

  it('says which language we do not read a page is in, when its tag says none or one of ours', () => {
    // The archive's language filter then offers Polish, not Spanish.
    expect(withDetectedLanguage(page(POLISH_TEXT, 'es')).lang).toBe('pl');
    expect(withDetectedLanguage(page(POLISH_TEXT, null)).lang).toBe('pl');
    expect(withDetectedLanguage(page(POLISH_TEXT, 'pl-PL')).lang).toBe('pl-PL');
  });

  it('detects the language of a page without a tag, and leaves it unknown when unsure', () => {
    expect(withDetectedLanguage(page(GERMAN_TEXT, null)).lang).toBe('de');
    expect(withDetectedLanguage(page('12 34 56', null)).lang).toBeNull();
  });
});

describe('readInLanguage', () => {
  it.each([
    [GERMAN_TEXT, 'en-US'],
    [GERMAN_TEXT, null],
    [POLISH_TEXT, 'es'],
    [POLISH_TEXT, null],
    ['Karl Geiger gewann in Willingen.', 'en'],
  ])(
    'gives the language its article resolves to (%#), so that it is detected once',
    (text, tag) => {
      const { article, lang } = readInLanguage(page(text, tag));
      expect(lang).toBe(resolveLanguage(page(text, tag)));
      expect(resolveLanguage(article)).toBe(lang);
    },
  );
});

describe('withoutAuthors', () => {
  const person = (name: string) => ({
    id: `per:${name}`,
    type: 'PER' as const,
    name,
    salience: 1,
    mentions: [],
  });

  it('drops the people who wrote the article, not those it is about', () => {
    const entities = [
      person('Helen Marsh'),
      person('Emmanuel Macron'),
      { ...person('Marsh'), type: 'LOC' as const },
    ];
    expect(withoutAuthors(entities, 'By Helen Marsh in Paris').map((e) => e.name)).toEqual([
      'Emmanuel Macron',
      'Marsh',
    ]);
    expect(withoutAuthors(entities, null)).toBe(entities);
  });
});
