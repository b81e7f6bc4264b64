import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countNames,
  countTable,
  givenNameAlso,
  givenNames,
  mostlyPerson,
  otherThanGivenName,
  personPairs,
  placeKeys,
  trainingPersonPairs,
} from '@/lib/entities/train/build-given-names';
import { givenNameKey } from '@/lib/entities/given-names';
import { TAGS } from '@/lib/entities/tags';

/** A labelled sentence from "word/TAG" tokens (TAG O when left out). */
function labelled(text: string): { words: string[]; tags: number[] } {
  const tokens = text.split(' ').map((t) => t.split('/'));
  return {
    words: tokens.map(([w]) => w as string),
    tags: tokens.map(([, t]) => TAGS.indexOf((t ?? 'O') as (typeof TAGS)[number])),
  };
}

describe('build-given-names: the SSA baby names made a list of given names', () => {
  it('sums each name over the years and sexes', () => {
    const counts = countNames(['Valerie,F,70', 'Brenda,F,9', 'Valerie,M,5', '']);
    countNames(['Valerie,F,25'], counts);
    expect([...counts]).toEqual([
      ['Valerie', 100],
      ['Brenda', 9],
    ]);
  });

  it("reads INSEE's and Berlin's tables by their header, one-word names only", () => {
    const insee = countTable([
      'sexe;preusuel;annais;nombre',
      '1;THIERRY;1965;100',
      '1;THIERRY;1966;20',
      '2;SOLÈNE;1990;7',
      '1;JEAN-PIERRE;1950;300',
      '1;_PRENOMS_RARES;1950;900',
    ]);
    expect([...insee]).toEqual([
      ['Thierry', 120],
      ['Solène', 7],
    ]);
    const berlin = countTable([
      'vorname,anzahl,geschlecht,position',
      'Jürgen,3,m,2',
      'Gisela,2,w,1',
    ]);
    countTable(['vorname,anzahl,geschlecht', 'Jürgen,4,m'], berlin);
    expect([...berlin]).toEqual([
      ['Jürgen', 7],
      ['Gisela', 2],
    ]);
    expect(() => countTable(['a,b', 'x,1'])).toThrow();
  });

  it('leaves out names that are places, bodies or ordinary words too', () => {
    for (const name of ['Paris', 'Florence', 'Jordan', 'Rose', 'Grace', 'Royal', 'Mark']) {
      expect(otherThanGivenName(name)).toBe(true);
    }
    for (const name of ['Valerie', 'Brenda', 'Javier']) {
      expect(otherThanGivenName(name)).toBe(false);
    }
    expect(otherThanGivenName('Brenda', new Set(['brenda']))).toBe(true);
  });

  it('keeps the most given, folded and sorted', () => {
    const counts = new Map([
      ['Valérie', 90],
      ['Paris', 80],
      ['Brenda', 70],
      ['Javier', 10],
    ]);
    expect(givenNames(counts, 3)).toEqual(['brenda', 'valerie']);
    expect(givenNames(counts, 4, new Set(['javier']))).toEqual(['brenda', 'valerie']);
  });

  it('counts the capitalised pairs a word opens inside a sentence, and the persons among them', () => {
    const pairs = personPairs([
      labelled('sagte Hans/B-PER Müller/I-PER gestern'),
      labelled('mit Hans/B-PER Albers/I-PER'),
      labelled('Hans/B-PER Moser/I-PER kam'), // first in its sentence: not counted
      labelled('the Royal/B-ORG Navy/I-ORG and'),
      labelled('the Royal/B-ORG Mail/I-ORG .'),
      labelled('and Royal/B-PER Smith/I-PER'),
      labelled('with Hans/B-PER and'), // no capitalised word after it
    ]);
    expect(pairs.get('hans')).toEqual({ pairs: 2, persons: 2 });
    expect(pairs.get('royal')).toEqual({ pairs: 3, persons: 1 });
    expect(pairs.has('moser')).toBe(false);
  });

  it('takes a name for mostly a person from 5 pairs, 80 % of them persons', () => {
    expect(mostlyPerson({ pairs: 5, persons: 4 })).toBe(true);
    expect(mostlyPerson({ pairs: 4, persons: 4 })).toBe(false);
    expect(mostlyPerson({ pairs: 10, persons: 7 })).toBe(false);
    expect(mostlyPerson(undefined)).toBe(false);
  });

  it('keeps a name the running text also writes in lower case when its pairs are mostly persons', () => {
    // "will" is mostly lower case in English text; a name that mostly opens a person there is
    // kept, one that opens other names or titles ("Will You Be There") is not.
    expect(otherThanGivenName('Will')).toBe(true);
    expect(
      otherThanGivenName('Will', new Set(), new Map([['will', { pairs: 20, persons: 18 }]])),
    ).toBe(false);
    expect(
      otherThanGivenName('Will', new Set(), new Map([['will', { pairs: 20, persons: 2 }]])),
    ).toBe(true);
    // The pairs overrule lower-case writings only: a place stays out.
    expect(
      otherThanGivenName('Paris', new Set(), new Map([['paris', { pairs: 20, persons: 20 }]])),
    ).toBe(true);
  });

  it('counts the pairs on the permissive training sets, not on the held-out ones', () => {
    const train = mkdtempSync(join(tmpdir(), 'pairs-train-'));
    const extra = mkdtempSync(join(tmpdir(), 'pairs-extra-'));
    mkdirSync(join(train, 'de-germeval2014'));
    writeFileSync(
      join(train, 'de-germeval2014/NER-de-dev.tsv'),
      '# doc\n1\tsagte\tO\n2\tHans\tB-PER\n3\tMüller\tI-PER\n',
    );
    mkdirSync(join(extra, 'en-wikigold'));
    // wikigold is scored by bench:entities-ood: its pairs are not counted.
    writeFileSync(
      join(extra, 'en-wikigold/wikigold.conll.txt'),
      '-DOCSTART- O\n\nsaid I-PER\nHans I-ORG\nInc I-ORG\n',
    );
    const pairs = trainingPersonPairs(train, extra);
    expect(pairs.get('hans')).toEqual({ pairs: 1, persons: 1 });
  });

  it('says whether a name is out as a place or body, or only as an ordinary word', () => {
    expect(givenNameAlso('Paris')).toBe('place');
    expect(givenNameAlso('Miles')).toBe('word');
    expect(givenNameAlso('Valerie')).toBeUndefined();
  });

  it("keys the places' one-word names and the bodies' acronyms a given name must not share", () => {
    const keys = placeKeys(new Set(['malaga']));
    for (const w of ['efe', 'barcelona', 'malaga']) expect(keys.has(givenNameKey(w))).toBe(true);
    expect(keys.has(givenNameKey('andreas'))).toBe(false);
  });
});
