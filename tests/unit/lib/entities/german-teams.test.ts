import { describe, expect, it } from 'vitest';
import { articleBeforePersonDe } from '@/lib/entities/german-teams';
import type { EntityType } from '@/lib/entities/tags';
import { refined, spanOf, wordsOf } from './token-spans';

/** The rule over one sentence's spans, given as [words, type]; read back as [words, type]. */
function retyped(
  text: string,
  tagged: [string, EntityType][],
  lang = 'de',
): [string, EntityType][] {
  const words = wordsOf(text);
  const spans = tagged.map(([part, type]) => spanOf(words, part, type));
  return articleBeforePersonDe(words, spans, lang).map((s) => [
    words.slice(s.start, s.end).join(' '),
    s.type,
  ]);
}

describe('articleBeforePersonDe: no person of two words after "den", "die", "beim"', () => {
  it.each([
    ['Er wechselte zu den Orlando Magic .', 'Orlando Magic'],
    ['Er spielte bei den Girondins Bordeaux .', 'Girondins Bordeaux'],
    ['Ein Sieg beim Hamburger SV .', 'Hamburger SV'],
    ['Sie hörte die Rolling Stones .', 'Rolling Stones'],
  ])('"%s": %s is an organisation', (text, name) => {
    expect(retyped(text, [[name, 'PER']])).toEqual([[name, 'ORG']]);
  });

  it('leaves a relative pronoun, one word, another article, another language', () => {
    expect(retyped('Ein Film , den Guido Zurli inszenierte .', [['Guido Zurli', 'PER']])).toEqual([
      ['Guido Zurli', 'PER'],
    ]);
    expect(retyped('Eine Wahl , für die Hans Meier stimmte .', [['Hans Meier', 'PER']])).toEqual([
      ['Hans Meier', 'PER'],
    ]);
    expect(retyped('Er traf die Merkel .', [['Merkel', 'PER']])).toEqual([['Merkel', 'PER']]);
    expect(retyped('Das Leben der Marilyn Monroe .', [['Marilyn Monroe', 'PER']])).toEqual([
      ['Marilyn Monroe', 'PER'],
    ]);
    expect(retyped('Van den Brande Jean spoke .', [['Brande Jean', 'PER']], 'en')).toEqual([
      ['Brande Jean', 'PER'],
    ]);
  });

  it('runs among the span rules of refineSpans', () => {
    expect(
      refined('Er wechselte zu den Orlando Magic .', [['Orlando Magic', 'PER']], 'de'),
    ).toEqual([['Orlando Magic', 'ORG']]);
  });
});
