import { describe, expect, it } from 'vitest';
import { refineSpans } from '@/lib/entities/refine-spans';
import type { EntityType } from '@/lib/entities/tags';
import { wordsOf } from './token-spans';

/** refineSpans on one tagger span (`part`, typed `type`) of `text`: what is left, typed. */
function refined(
  text: string,
  part: string,
  type: EntityType,
  known: (w: readonly string[]) => EntityType | undefined = () => undefined,
): [string, EntityType][] {
  const words = wordsOf(text);
  const p = wordsOf(part);
  const start = words.findIndex((_, i) => p.every((w, k) => words[i + k] === w));
  const out = refineSpans(words, [{ start, end: start + p.length, type }], { lang: 'en', known });
  return out.map((s) => [words.slice(s.start, s.end).join(' '), s.type]);
}

describe('refineSpans: a company word makes a "person" an organisation', () => {
  it.each([
    ['The bid by Gulf Oil failed.', 'Gulf Oil'],
    ['Advisers at Salomon Brothers agreed.', 'Salomon Brothers'],
    ['She studied at Texas Tech.', 'Texas Tech'],
  ])('"%s": %s', (text, name) => {
    expect(refined(text, name, 'PER')).toEqual([[name, 'ORG']]);
  });

  it('leaves a person whose name only opens with such a word, or whom the KB knows', () => {
    expect(refined('Oil Smith spoke.', 'Oil Smith', 'PER')).toEqual([['Oil Smith', 'PER']]);
    const kbPerson = () => 'PER' as const;
    expect(refined('Then Bob Group spoke.', 'Bob Group', 'PER', kbPerson)).toEqual([
      ['Bob Group', 'PER'],
    ]);
  });
});

/** refineSpans on several tagger spans of `text` ([part, type] each), in French by default. */
function refinedAll(
  text: string,
  parts: [string, EntityType][],
  lang = 'fr',
): [string, EntityType][] {
  const words = wordsOf(text);
  const spans = parts.map(([part, type]) => {
    const p = wordsOf(part);
    const start = words.findIndex((_, i) => p.every((w, k) => words[i + k] === w));
    return { start, end: start + p.length, type };
  });
  const out = refineSpans(words, spans, { lang, known: () => undefined });
  return out.map((s) => [words.slice(s.start, s.end).join(' '), s.type]);
}

describe('refineSpans: a nationality before a name is no part of it', () => {
  it('drops the nationality noun after an article, read into the person or as a place', () => {
    expect(
      refinedAll('Elle a battu la Britannique Emma Raducanu hier.', [
        ['Britannique Emma Raducanu', 'PER'],
      ]),
    ).toEqual([['Emma Raducanu', 'PER']]);
    expect(
      refinedAll('Le Suisse Roger Federer a gagné.', [
        ['Suisse', 'LOC'],
        ['Roger Federer', 'PER'],
      ]),
    ).toEqual([['Roger Federer', 'PER']]);
  });

  it('keeps a first name that is a place ("Georgia Harrison") and a name without an article', () => {
    expect(
      refinedAll(
        'Then Georgia Harrison spoke.',
        [
          ['Georgia', 'LOC'],
          ['Harrison', 'PER'],
        ],
        'en',
      ),
    ).toEqual([['Georgia Harrison', 'PER']]);
    expect(
      refinedAll('Selon Britannique Emma Raducanu, non.', [['Britannique Emma Raducanu', 'PER']]),
    ).toEqual([['Britannique Emma Raducanu', 'PER']]);
  });
});

describe('refineSpans: family-name particles and quotes', () => {
  it('takes in "von der" and "den" with the family name after them', () => {
    expect(
      refinedAll('Hier, Ursula von der Leyen et Hendryck Van den Brande ont parlé.', [
        ['Ursula', 'PER'],
        ['Hendryck Van', 'PER'],
        ['Brande', 'PER'],
      ]),
    ).toEqual([
      ['Ursula von der Leyen', 'PER'],
      ['Hendryck Van den Brande', 'PER'],
    ]);
  });

  it('finds the whole name where the tagger read no word of it but the family name', () => {
    expect(refinedAll('Ursula von der Leyen a parlé.', [])).toEqual([
      ['Ursula von der Leyen', 'PER'],
    ]);
    expect(refinedAll('Ursula von der Leyen a parlé.', [['Leyen', 'PER']])).toEqual([
      ['Ursula von der Leyen', 'PER'],
    ]);
    // An article is no first name; "der" opens no particle; in German "von" is a preposition.
    expect(refinedAll('The von Trapp family sang.', [], 'en')).toEqual([]);
    expect(refinedAll('Die Details der Finanzierung.', [], 'en')).toEqual([]);
    expect(refinedAll('Die Verbindung von Hamburg fehlt.', [], 'de')).toEqual([]);
  });

  it('leaves "de" and "del", which also join a person to a club ("Pérez del Real Madrid")', () => {
    expect(
      refinedAll(
        'Marcó Pérez del Real Madrid.',
        [
          ['Pérez', 'PER'],
          ['Real Madrid', 'ORG'],
        ],
        'es',
      ),
    ).toEqual([
      ['Pérez', 'PER'],
      ['Real Madrid', 'ORG'],
    ]);
  });

  it('drops a quote the span opens and does not close, and keeps a pair', () => {
    expect(
      refinedAll(
        'Subió la " London Stock Exchange hoy.',
        [['" London Stock Exchange', 'ORG']],
        'es',
      ),
    ).toEqual([['London Stock Exchange', 'ORG']]);
    expect(refinedAll('El " Reforma " dijo.', [['" Reforma "', 'ORG']], 'es')).toEqual([
      ['" Reforma "', 'ORG'],
    ]);
  });
});

describe('refineSpans: a form of address is no name', () => {
  it('drops "Sa Majesté" alone and keeps the name after it', () => {
    expect(refinedAll("C'est là que Sa Majesté a parlé.", [['Sa Majesté', 'PER']])).toEqual([]);
    expect(
      refinedAll('Cette semaine, Sa Majesté Georges V a ouvert la session.', [
        ['Sa Majesté Georges V', 'PER'],
      ]),
    ).toEqual([['Georges V', 'PER']]);
    expect(refinedAll('Then His Holiness spoke.', [['His Holiness', 'PER']], 'en')).toEqual([]);
  });
});
