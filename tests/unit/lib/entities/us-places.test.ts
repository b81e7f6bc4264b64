import { describe, expect, it } from 'vitest';
import { findEntities } from '@/lib/entities/find-entities';
import { mergeMentions } from '@/lib/entities/merge-mentions';
import { usPlaceId } from '@/lib/entities/us-places';
import { mentionsAt } from '../../mentions-at';

const idsOf = (text: string) =>
  Object.fromEntries(findEntities({ text, title: null, lang: 'en' }).map((e) => [e.name, e.id]));

describe('Georgia: the country, the US state or a person', () => {
  it('reads the US state where the text says so, never the country', () => {
    const us = idsOf(
      'Georgia Gov. Brian Kemp signed the bill on Tuesday. Voters in Georgia will decide in November.',
    );
    expect(us.Georgia).toBe('loc:Q1428');
    expect(
      idsOf('Savannah, Georgia is a port city. Georgia Republicans backed the bill.').Georgia,
    ).toBe('loc:Q1428');
  });

  it('reads the state in French and Spanish ("l\'État de Géorgie", "gobernador de Georgia")', () => {
    const of = (text: string, lang: string) =>
      findEntities({ text, title: null, lang }).find((e) => /^G[ée]orgi/.test(e.name))?.id;
    expect(of('Le gouverneur de Géorgie a signé la loi à Atlanta mardi.', 'fr')).toBe('loc:Q1428');
    expect(of('El gobernador de Georgia firmó la ley en Atlanta el martes.', 'es')).toBe(
      'loc:Q1428',
    );
    expect(of("La Géorgie et l'Arménie ont signé un accord à Tbilissi.", 'fr')).toBe('loc:Q230');
  });

  it('reads "Athens, Georgia," as a US town in the state, not the capital of Greece', () => {
    const ids = idsOf('The protest in Athens, Georgia, drew hundreds of students.');
    expect(ids.Georgia).toBe('loc:Q1428');
    expect(ids.Athens).not.toBe('loc:Q1524');
  });

  it('keeps the country where nothing says otherwise', () => {
    expect(
      idsOf('Georgia and Armenia signed a deal in Tbilisi with Russia watching.').Georgia,
    ).toBe('loc:Q230');
    expect(idsOf('Protests in Tbilisi, Georgia, went on.').Georgia).toBe('loc:Q230');
    expect(idsOf('In Moscow, Washington was blamed for the talks.').Moscow).toBe('loc:Q649');
  });

  it('reads a place name before a person\'s name as the first name ("Georgia Harrison")', () => {
    const entities = findEntities({
      text: 'The painter Georgia Harrison opened a show in London. Harrison said the work took years.',
      title: null,
      lang: 'en',
    });
    expect(entities.find((e) => e.id === 'loc:Q230')).toBeUndefined();
    expect(entities.find((e) => e.name === 'Georgia Harrison')?.type).toBe('PER');
  });
});

describe('Washington: the capital, the state', () => {
  const washingtons = (text: string) =>
    mergeMentions(
      mentionsAt(text, [
        ['Washington', 'LOC'],
        ['Pramila Jayapal', 'PER'],
        ['Washington', 'LOC'],
        ['Mark Pocan', 'PER'],
        ['Wisconsin', 'LOC'],
      ]),
      [],
      'en',
      text,
    )
      .filter((e) => e.name === 'Washington')
      .map((e) => [e.id, e.mentions.map((m) => m.start)]);

  it("splits a member of Congress's state from the capital the other mentions name (en46)", () => {
    const text =
      'In Washington, centrist Democrats balk. Pramila Jayapal of Washington and Mark Pocan of ' +
      'Wisconsin back Sanders.';
    const at = text.indexOf('Washington', 10);
    expect(washingtons(text)).toEqual([
      ['loc:Q61', [3]],
      ['loc:Q1223', [at]],
    ]);
  });

  it('keeps one card where another mention says the state, or "of" is not after a person', () => {
    const state =
      'Washington state lawmakers balk. Pramila Jayapal of Washington and Mark Pocan of ' +
      'Wisconsin back Sanders.';
    expect(washingtons(state).map(([id]) => id)).toEqual(['loc:Q1223']);
    const capital =
      'In Washington, centrist Democrats balk. Pramila Jayapal of Washington, D.C. and Mark ' +
      'Pocan of Wisconsin back Sanders.';
    expect(washingtons(capital).map(([id]) => id)).toEqual(['loc:Q61']);
  });

  it('never reads a country\'s leader "of Georgia" as the state', () => {
    const text = 'President Salome Zourabichvili of Georgia met Ilham Aliyev in Baku.';
    expect(idsOf(text).Georgia).toBe('loc:Q230');
  });
});

describe('usPlaceId on names that spell an object property', () => {
  it('gives "Constructor, Ohio" no state id (a word such as "constructor" is no key of the table)', () => {
    const text = 'Constructor, Ohio, is a town.';
    const mention = { start: 0, end: 11 };
    expect(usPlaceId('Constructor', [mention], text, undefined)).toBeUndefined();
    expect(
      usPlaceId('toString', [{ start: 0, end: 8 }], 'toString, Ohio, is a town.', undefined),
    ).toBeUndefined();
  });
});
