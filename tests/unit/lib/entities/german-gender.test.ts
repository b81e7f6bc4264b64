import { describe, expect, it } from 'vitest';
import { genderDe } from '@/lib/entities/german-gender';
import { germanCardNames } from '@/lib/entities/german-names';
import type { Entity } from '@/lib/entities/merge-mentions';
import type { EntityType } from '@/lib/entities/tags';

/** A shown entity `name` typed `type` with every mention of it in `text`. */
function shownIn(text: string, name: string, type: EntityType): Entity {
  const mentions = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    mentions.push({ start: at, end: at + name.length, text: name });
  }
  return { id: `x:${name}`, type, name, salience: 1, mentions, shown: true, confidence: 0.9 };
}

/** The name the card shows for `name` in `text`. */
function cardName(text: string, name: string, type: EntityType = 'ORG'): string | undefined {
  return germanCardNames([shownIn(text, name, type)], text)[0]?.name;
}

describe('German nouns have their gender (de45)', () => {
  it('reads a compound by its last part and the lexicon', () => {
    expect(genderDe('Landtag')).toBe('m');
    expect(genderDe('Fußball-Bund')).toBe('m');
    expect(genderDe('Sicherheitsrat')).toBe('m');
    expect(genderDe('Strafgerichtshof')).toBe('m');
    expect(genderDe('Haus')).toBe('n');
    expect(genderDe('Krebsforschungszentrum')).toBe('n');
    expect(genderDe('Bundesverfassungsgericht')).toBe('n');
    expect(genderDe('Zeitung')).toBe('f');
    expect(genderDe('Telekom')).toBe('f');
    expect(genderDe('Universität')).toBe('f');
  });

  it('keeps a word that ends in another head apart', () => {
    // "-rat" of "Rat" is no head of these neuters, nor "-um" of a masculine.
    expect(genderDe('Emirat')).toBe('n');
    expect(genderDe('Inserat')).toBe('n');
    // The lexicon's own neuter "Hashtag" is not read by the names' masculine "-tag".
    expect(genderDe('Hashtag')).toBe('n');
  });
});

describe('German cards give a declined body the nominative its head asks for (de45)', () => {
  it('gives the adjective "-er" before a masculine head and "-es" before a neuter', () => {
    expect(cardName('Die Debatte im Bayerischen Landtag dauerte.', 'Bayerischen Landtag')).toBe(
      'Bayerischer Landtag',
    );
    expect(cardName('Ein Sprecher im Weißen Haus sagte das.', 'Weißen Haus')).toBe('Weißes Haus');
    expect(
      cardName('Das Spiel beim Sächsischen Fußball-Verband endet.', 'Sächsischen Fußball-Verband'),
    ).toBe('Sächsischer Fußball-Verband');
  });

  it('keeps "-e" before a feminine head and a plural one', () => {
    expect(
      cardName(
        'Die Forscher der Hessischen Landesbibliothek lasen.',
        'Hessischen Landesbibliothek',
      ),
    ).toBe('Hessische Landesbibliothek');
    expect(cardName('Er arbeitet bei der Bayerischen Werke AG.', 'Bayerischen Werke AG')).toBe(
      'Bayerische Werke AG',
    );
  });

  it('reads a dative plural at the text start as one', () => {
    // text.slice(-1, 4) once read nothing there: "Den" was not seen, and the noun's dative "-n"
    // was shown as a nominative's.
    const text = 'Den Niedersächsischen Motorenwerken gehört die Halle.';
    expect(cardName(text, 'Niedersächsischen Motorenwerken')).toBe(
      'Niedersächsischen Motorenwerken',
    );
  });
});
