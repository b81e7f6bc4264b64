import { describe, expect, it } from 'vitest';
import { adjectiveCountry, adjectiveCountryAfter, nationalName } from '@/lib/entities/nationality';

describe('nationality', () => {
  it('reads the country of a French or Spanish nationality adjective in any gender or number', () => {
    expect(adjectiveCountry('canadienne')).toBe('loc:Q16');
    expect(adjectiveCountry('sud-coréens')).toBe('loc:Q884');
    expect(adjectiveCountry('japonés')).toBe('loc:Q17');
    expect(adjectiveCountry('noruegas')).toBe('loc:Q20');
    expect(adjectiveCountry('grecque')).toBe('loc:Q41');
    expect(adjectiveCountry('britannique')).toBe('loc:Q145');
    expect(adjectiveCountry('social')).toBeUndefined();
    expect(adjectiveCountry('national')).toBeUndefined();
  });

  it('reads an adjective right after a name, in lower case only', () => {
    const text = 'le Parti démocrate japonais a perdu; le Parti démocrate Japonais';
    expect(adjectiveCountryAfter(text, 'le Parti démocrate'.length)).toBe('loc:Q17');
    expect(adjectiveCountryAfter(text, text.length - ' Japonais'.length)).toBeUndefined();
    expect(adjectiveCountryAfter('le Parti démocrate a perdu', 18)).toBeUndefined();
  });

  it('splits a name ending with a nationality adjective', () => {
    expect(nationalName('Parti conservateur canadien')).toEqual({
      base: 'Parti conservateur',
      country: 'loc:Q16',
    });
    expect(nationalName('Parti socialiste')).toBeNull();
    expect(nationalName('Canadien')).toBeNull();
  });
});
