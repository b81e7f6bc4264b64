import { describe, expect, it } from 'vitest';
import { detectLanguage, latinShare, normalizeLang } from '@/lib/entities/detect-language';

describe('detectLanguage', () => {
  it('recognises the four supported languages', () => {
    expect(
      detectLanguage('Le président russe a déclaré qu’il appréciait le soutien de ses alliés.'),
    ).toBe('fr');
    expect(
      detectLanguage('The Russian president said he appreciated the support of his allies.'),
    ).toBe('en');
    expect(detectLanguage('El presidente ruso dijo que agradecía el apoyo de sus aliados.')).toBe(
      'es',
    );
    expect(
      detectLanguage(
        'Der russische Präsident sagte, er schätze die Unterstützung seiner Verbündeten.',
      ),
    ).toBe('de');
  });

  it('says "und" when the text is too short or in another script', () => {
    expect(detectLanguage('Oui.')).toBe('und');
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('普京抵达平壤，与金正恩举行会谈。两国签署了全面战略伙伴关系条约。')).toBe(
      'und',
    );
  });

  it('reads page language tags and rejects the unsupported ones', () => {
    expect(normalizeLang('fr-CH')).toBe('fr');
    expect(normalizeLang('EN_us')).toBe('en');
    expect(normalizeLang('it')).toBeNull();
    expect(normalizeLang(null)).toBeNull();
  });

  it('measures the Latin share of letters', () => {
    expect(latinShare('abc')).toBe(1);
    expect(latinShare('Путин abc')).toBeCloseTo(3 / 8);
    expect(latinShare('123')).toBe(0);
  });
});
