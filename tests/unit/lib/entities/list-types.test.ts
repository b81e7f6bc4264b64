import { describe, expect, it } from 'vitest';
import { alignListTypes } from '@/lib/entities/list-types';
import type { EntityType, TokenSpan } from '@/lib/entities/tags';
import { wordsOf } from './token-spans';

/** The spans of `names` (each a single word of `words`) with their types. */
function spans(words: string[], names: [string, EntityType][]): TokenSpan[] {
  return names.map(([name, type]) => {
    const i = words.indexOf(name);
    return { start: i, end: i + 1, type };
  });
}

const typed = (words: string[], out: TokenSpan[]) =>
  out.map((s) => [words.slice(s.start, s.end).join(' '), s.type]);

describe('alignListTypes: names listed together are of one kind', () => {
  it('makes persons of designers the tagger read as places among persons', () => {
    const words = wordsOf('Chanel, Lanvin, Mainbocher, Molyneux et Patou dictaient la mode.');
    const tagged = spans(words, [
      ['Chanel', 'PER'],
      ['Lanvin', 'PER'],
      ['Mainbocher', 'LOC'],
      ['Molyneux', 'PER'],
      ['Patou', 'LOC'],
    ]);
    expect(
      typed(
        words,
        alignListTypes(words, tagged, () => undefined),
      ),
    ).toEqual(['Chanel', 'Lanvin', 'Mainbocher', 'Molyneux', 'Patou'].map((n) => [n, 'PER']));
  });

  it('makes a place of a town read as a person among towns, unless the KB knows it', () => {
    const words = wordsOf('Moldava, Bazias, Kovi y Semlin.');
    const tagged = spans(words, [
      ['Moldava', 'LOC'],
      ['Bazias', 'LOC'],
      ['Kovi', 'PER'],
      ['Semlin', 'LOC'],
    ]);
    expect(
      typed(
        words,
        alignListTypes(words, tagged, () => undefined),
      )[2],
    ).toEqual(['Kovi', 'LOC']);
    const knownPerson = (w: readonly string[]) => (w[0] === 'Kovi' ? 'PER' : undefined);
    expect(typed(words, alignListTypes(words, tagged, knownPerson))[2]).toEqual(['Kovi', 'PER']);
  });

  it('makes a place of an organisation of one word the KB does not know among places', () => {
    const regions = wordsOf('Cataluña, Murcia, Aragón, Andalucía y Castilla.');
    const read = spans(regions, [
      ['Cataluña', 'LOC'],
      ['Murcia', 'LOC'],
      ['Aragón', 'LOC'],
      ['Andalucía', 'ORG'],
      ['Castilla', 'LOC'],
    ]);
    expect(
      typed(
        regions,
        alignListTypes(regions, read, () => undefined),
      )[3],
    ).toEqual(['Andalucía', 'LOC']);
    // A firm's name of several words in an address stays a firm.
    const address = wordsOf('Faubourg Denis, Agence Havas, Paris, France.');
    const lines = spans(address, [
      ['Faubourg', 'LOC'],
      ['Paris', 'LOC'],
      ['France', 'LOC'],
    ]);
    const havas = address.indexOf('Agence');
    lines.splice(1, 0, { start: havas, end: havas + 2, type: 'ORG' });
    expect(alignListTypes(address, lines, () => undefined)).toEqual(lines);
  });

  it('reads a name opened by an article after the joiner as listed ("Racsa, el Ministerio …")', () => {
    const words = wordsOf('Racsa, el Ministerio, el Instituto y la Caja cayeron.');
    const tagged = spans(words, [
      ['Racsa', 'PER'],
      ['Ministerio', 'ORG'],
      ['Instituto', 'ORG'],
      ['Caja', 'ORG'],
    ]);
    expect(
      typed(
        words,
        alignListTypes(words, tagged, () => undefined),
      )[0],
    ).toEqual(['Racsa', 'ORG']);
    const far = wordsOf('Racsa, el sitio del Ministerio y el Instituto cayeron.');
    const apart = spans(far, [
      ['Racsa', 'PER'],
      ['Ministerio', 'ORG'],
      ['Instituto', 'ORG'],
    ]);
    expect(alignListTypes(far, apart, () => undefined)).toEqual(apart);
  });

  it('leaves a place among organisations, a tie, two names, and names not joined as a list', () => {
    const clubs = wordsOf('Barcelona, Getafe, Madrid and Lleida won.');
    const mixed = spans(clubs, [
      ['Barcelona', 'ORG'],
      ['Getafe', 'ORG'],
      ['Madrid', 'LOC'],
      ['Lleida', 'ORG'],
    ]);
    expect(alignListTypes(clubs, mixed, () => undefined)).toEqual(mixed);
    const tie = wordsOf('Pérez, Lima, Gómez y Quito.');
    const tied = spans(tie, [
      ['Pérez', 'PER'],
      ['Lima', 'LOC'],
      ['Gómez', 'PER'],
      ['Quito', 'LOC'],
    ]);
    expect(alignListTypes(tie, tied, () => undefined)).toEqual(tied);
    const apart = wordsOf('Dupont vit à Lyon avec Martin et Durand.');
    const far = spans(apart, [
      ['Dupont', 'PER'],
      ['Lyon', 'LOC'],
      ['Martin', 'PER'],
      ['Durand', 'PER'],
    ]);
    expect(alignListTypes(apart, far, () => undefined)).toEqual(far);
  });
});

describe('alignListTypes: a list after a plural noun of places names places', () => {
  it('makes places of the persons listed after "los ríos", "les villes", "países como"', () => {
    const words = wordsOf('Las zonas de los ríos Ariari, Guayabero y Guaviare sufrieron.');
    const tagged = spans(words, [
      ['Ariari', 'PER'],
      ['Guayabero', 'PER'],
      ['Guaviare', 'PER'],
    ]);
    expect(
      typed(
        words,
        alignListTypes(words, tagged, () => undefined),
      ),
    ).toEqual([
      ['Ariari', 'LOC'],
      ['Guayabero', 'LOC'],
      ['Guaviare', 'LOC'],
    ]);
    const fr = wordsOf('Les villes comme Lyon, Nantes et Lille votent.');
    const frTagged = spans(fr, [
      ['Lyon', 'PER'],
      ['Nantes', 'LOC'],
      ['Lille', 'PER'],
    ]);
    expect(
      typed(
        fr,
        alignListTypes(fr, frTagged, () => undefined),
      ),
    ).toEqual([
      ['Lyon', 'LOC'],
      ['Nantes', 'LOC'],
      ['Lille', 'LOC'],
    ]);
  });

  it('takes one or two names after the noun, and the noun with its own place before "como" (frs30)', () => {
    const words = wordsOf('Otras ciudades de la Florida como Jacksonville, en el puesto 7.');
    const tagged = spans(words, [
      ['Florida', 'LOC'],
      ['Jacksonville', 'PER'],
    ]);
    expect(
      typed(
        words,
        alignListTypes(words, tagged, () => undefined),
      )[1],
    ).toEqual(['Jacksonville', 'LOC']);
    const two = wordsOf('Las zonas de los ríos Ariari y Guaviare sufrieron.');
    expect(
      typed(
        two,
        alignListTypes(
          two,
          spans(two, [
            ['Ariari', 'PER'],
            ['Guaviare', 'PER'],
          ]),
          () => undefined,
        ),
      ),
    ).toEqual([
      ['Ariari', 'LOC'],
      ['Guaviare', 'LOC'],
    ]);
    // Another noun before "de la Florida como", or no "como": left alone.
    const authors = wordsOf('Otros autores de la Florida como Jacksonville firmaron.');
    const people = spans(authors, [
      ['Florida', 'LOC'],
      ['Jacksonville', 'PER'],
    ]);
    expect(alignListTypes(authors, people, () => undefined)).toEqual(people);
    const noLink = wordsOf('Las ciudades de Florida Jacksonville firmaron.');
    const read = spans(noLink, [
      ['Florida', 'LOC'],
      ['Jacksonville', 'PER'],
    ]);
    expect(alignListTypes(noLink, read, () => undefined)).toEqual(read);
  });

  it('leaves organisations, a person the KB knows, and a list after another noun', () => {
    const words = wordsOf('Los países Chile, Perú y Bachelet firmaron.');
    const tagged = spans(words, [
      ['Chile', 'ORG'],
      ['Perú', 'LOC'],
      ['Bachelet', 'PER'],
    ]);
    const kbPerson = (w: readonly string[]) => (w[0] === 'Bachelet' ? ('PER' as const) : undefined);
    expect(typed(words, alignListTypes(words, tagged, kbPerson))).toEqual([
      ['Chile', 'ORG'],
      ['Perú', 'LOC'],
      ['Bachelet', 'PER'],
    ]);
    const other = wordsOf('Los autores Ariari, Guayabero y Guaviare firmaron.');
    const people = spans(other, [
      ['Ariari', 'PER'],
      ['Guayabero', 'PER'],
      ['Guaviare', 'PER'],
    ]);
    expect(
      typed(
        other,
        alignListTypes(other, people, () => undefined),
      ),
    ).toEqual([
      ['Ariari', 'PER'],
      ['Guayabero', 'PER'],
      ['Guaviare', 'PER'],
    ]);
  });
});

describe('alignListTypes: a hyphened place among bodies (fr37)', () => {
  const run = (text: string, names: [string, EntityType][]) => {
    const words = wordsOf(text);
    return typed(
      words,
      alignListTypes(words, spans(words, names), () => undefined),
    );
  };

  it('a hyphened name the KB does not know, listed among organisations, is a body named after its town', () => {
    expect(
      run('Membres : ESPCI Paris, Institut-Curie, Observatoire, Paris-Dauphine.', [
        ['Paris', 'LOC'],
        ['Institut-Curie', 'ORG'],
        ['Observatoire', 'ORG'],
        ['Paris-Dauphine', 'LOC'],
      ]),
    ).toContainEqual(['Paris-Dauphine', 'ORG']);
  });

  it('among places, or a town the KB knows, it stays a place', () => {
    expect(
      run('Saint-Denis, Bobigny, Stains et Aulnay-sous-Bois ont voté.', [
        ['Saint-Denis', 'LOC'],
        ['Bobigny', 'LOC'],
        ['Stains', 'LOC'],
        ['Aulnay-sous-Bois', 'LOC'],
      ]),
    ).toContainEqual(['Aulnay-sous-Bois', 'LOC']);
    const words = wordsOf('La CGT, la CFDT, FO et Saint-Nazaire ont signé.');
    const out = alignListTypes(
      words,
      spans(words, [
        ['CGT', 'ORG'],
        ['CFDT', 'ORG'],
        ['FO', 'ORG'],
        ['Saint-Nazaire', 'LOC'],
      ]),
      (w) => (w.join(' ') === 'Saint-Nazaire' ? 'LOC' : undefined),
    );
    expect(typed(words, out)).toContainEqual(['Saint-Nazaire', 'LOC']);
  });
});
