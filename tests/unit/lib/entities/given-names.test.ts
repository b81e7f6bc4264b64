import { describe, expect, it } from 'vitest';
import { givenNamePersons, isGivenName } from '@/lib/entities/given-names';
import type { EntityType, TokenSpan } from '@/lib/entities/tags';
import { spanOf, wordsOf } from './token-spans';

type Known = (words: readonly string[]) => EntityType | undefined;

/** givenNamePersons over one sentence with its spans as [words, type]; read back. */
function retyped(
  text: string,
  tagged: [string, EntityType][],
  lang = 'en',
  known: Known = () => undefined,
): [string, EntityType][] {
  const words = wordsOf(text);
  const spans: TokenSpan[] = tagged.map(([part, type]) => spanOf(words, part, type));
  givenNamePersons([words], [spans], lang, known);
  return spans.map((s) => [words.slice(s.start, s.end).join(' '), s.type]);
}

describe('isGivenName: a common given name that is nothing else', () => {
  it('knows given names of several languages, accents folded', () => {
    for (const w of ['Valérie', 'Valerie', 'Brenda', 'Javier', 'Carlos', 'Gloria']) {
      expect(isGivenName(w)).toBe(true);
    }
  });

  it("knows France's given names that the US list leaves below its 2,500 (INSEE)", () => {
    for (const w of ['Jacques', 'Georges', 'Auguste', 'Jules', 'Franck']) {
      expect(isGivenName(w)).toBe(true);
    }
  });

  it("knows German given names of every generation the US and French lists lack (Berlin's)", () => {
    for (const w of ['Andreas', 'Klaus', 'Nikolaus', 'Jürgen', 'Wolfgang', 'Uwe', 'Monika']) {
      expect(isGivenName(w)).toBe(true);
    }
  });

  it('knows the names a language writes in lower case that its text mostly writes as persons', () => {
    // German's common words count capitalised words outside names, and its OCR'd newspapers leave
    // persons unmarked: "Hans", "Karl", "Richard" read as "often lower case" there.
    for (const w of ['Hans', 'Karl', 'Richard', 'Anton', 'Erich']) {
      expect(isGivenName(w)).toBe(true);
    }
    for (const w of ['Will', 'Mark', 'Royal', 'May']) expect(isGivenName(w)).toBe(false);
  });

  it('leaves out names that are also places, bodies or ordinary words', () => {
    for (const w of ['Paris', 'Florence', 'Georgia', 'Victoria', 'Jordan', 'Rose', 'Grace']) {
      expect(isGivenName(w)).toBe(false);
    }
    expect(isGivenName('Royal')).toBe(false);
    expect(isGivenName('Mercedes')).toBe(false);
  });

  it('reads a capitalised word only', () => {
    expect(isGivenName('valerie')).toBe(false);
    expect(isGivenName('VALERIE')).toBe(false);
  });
});

describe('givenNamePersons: a given name and unknown surnames make a person', () => {
  it('retypes a place or body named by a given name and a surname', () => {
    expect(
      retyped("L'administration de Valérie Plante a décidé.", [['Valérie Plante', 'LOC']], 'fr'),
    ).toEqual([['Valérie Plante', 'PER']]);
    expect(retyped('The writer Dexter Filkins spoke.', [['Dexter Filkins', 'ORG']])).toEqual([
      ['Dexter Filkins', 'PER'],
    ]);
    expect(retyped('Dort war die Anna B. zu Gast.', [['Anna B.', 'ORG']], 'de')).toEqual([
      ['Anna B .', 'PER'],
    ]);
  });

  it('leaves a head noun, a name the KB knows, and a one-word or long span', () => {
    expect(retyped('Jazz at Lincoln Center tonight.', [['Lincoln Center', 'LOC']])).toEqual([
      ['Lincoln Center', 'LOC'],
    ]);
    expect(retyped('The Meredith Corporation said.', [['Meredith Corporation', 'ORG']])).toEqual([
      ['Meredith Corporation', 'ORG'],
    ]);
    expect(
      retyped('Im Karl Krämer Verlag erschienen.', [['Karl Krämer Verlag', 'ORG']], 'de'),
    ).toEqual([['Karl Krämer Verlag', 'ORG']]);
    const known: Known = (w) => (w.join(' ') === 'Eli Lilly' ? 'ORG' : undefined);
    expect(retyped('Shares of Eli Lilly rose.', [['Eli Lilly', 'ORG']], 'en', known)).toEqual([
      ['Eli Lilly', 'ORG'],
    ]);
    expect(retyped('Brenda said.', [['Brenda', 'ORG']])).toEqual([['Brenda', 'ORG']]);
    expect(
      retyped('Brenda Anne Marie Whitcombe said.', [['Brenda Anne Marie Whitcombe', 'ORG']]),
    ).toEqual([['Brenda Anne Marie Whitcombe', 'ORG']]);
  });

  it("leaves a German street named after someone, written as one word ('Maria Theresienstraße')", () => {
    expect(
      retyped(
        'Obstbude in der Maria Theresienstraße eröffnet.',
        [['Maria Theresienstraße', 'LOC']],
        'de',
      ),
    ).toEqual([['Maria Theresienstraße', 'LOC']]);
    expect(retyped('Am Brenda Walkerplatz gebaut.', [['Brenda Walkerplatz', 'LOC']], 'de')).toEqual(
      [['Brenda Walkerplatz', 'LOC']],
    );
    // A surname is still one: "Brenda Walker".
    expect(retyped('Brenda Walker sagte.', [['Brenda Walker', 'LOC']], 'de')).toEqual([
      ['Brenda Walker', 'PER'],
    ]);
  });

  it('reads a surname that is also a word only where names put their head first', () => {
    // "plante" is a French word: a surname after a given name in French, a head in English.
    expect(retyped('Selon Valérie Plante, non.', [['Valérie Plante', 'LOC']], 'fr')).toEqual([
      ['Valérie Plante', 'PER'],
    ]);
    expect(retyped('At the Gloria Plante.', [['Gloria Plante', 'LOC']], 'de')).toEqual([
      ['Gloria Plante', 'PER'],
    ]);
  });

  it('leaves a name after a Spanish or French article or place noun: a place named after someone', () => {
    expect(
      retyped('En el Ernesto Rohrmoser igualaron.', [['Ernesto Rohrmoser', 'LOC']], 'es'),
    ).toEqual([['Ernesto Rohrmoser', 'LOC']]);
    expect(retyped('Elle enseigne au Jean Moulin.', [['Jean Moulin', 'ORG']], 'fr')).toEqual([
      ['Jean Moulin', 'ORG'],
    ]);
    expect(retyped('En la plaza Kim Il Sung.', [['Kim Il Sung', 'LOC']], 'es')).toEqual([
      ['Kim Il Sung', 'LOC'],
    ]);
    expect(retyped('Las agencias Linda Woods.', [['Linda Woods', 'ORG']], 'es')).toEqual([
      ['Linda Woods', 'ORG'],
    ]);
    expect(retyped('Dijo Ernesto Rohrmoser ayer.', [['Ernesto Rohrmoser', 'LOC']], 'es')).toEqual([
      ['Ernesto Rohrmoser', 'PER'],
    ]);
  });

  it('leaves an English head word in any language, and a name after a preposition of place', () => {
    expect(retyped('Flora der Rocky Mountains.', [['Rocky Mountains', 'LOC']], 'de')).toEqual([
      ['Rocky Mountains', 'LOC'],
    ]);
    expect(retyped('Die Ellis Park Arena.', [['Ellis Park', 'LOC']], 'de')).toEqual([
      ['Ellis Park', 'LOC'],
    ]);
    expect(retyped('Eine Farm in Nova Scotia.', [['Nova Scotia', 'LOC']], 'de')).toEqual([
      ['Nova Scotia', 'LOC'],
    ]);
    expect(retyped('The series at Ellis Park.', [['Ellis Park', 'LOC']])).toEqual([
      ['Ellis Park', 'LOC'],
    ]);
    expect(retyped('Ein Brief von Doris Kloimstein.', [['Doris Kloimstein', 'LOC']], 'de')).toEqual(
      [['Doris Kloimstein', 'PER']],
    );
  });
});
