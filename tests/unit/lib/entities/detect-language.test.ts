import { describe, expect, it } from 'vitest';
import {
  detectLanguage,
  guessLanguage,
  latinShare,
  normalizeLang,
} from '@/lib/entities/detect-language';

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

  // Told only our four, franc read these as Spanish (pt, it, pl) and German (nl).
  it.each([
    [
      'pt',
      'O presidente da República disse nesta terça-feira que o governo vai enviar ao Congresso uma proposta para reduzir os impostos sobre os combustíveis.',
    ],
    [
      'it',
      'Il presidente del Consiglio ha detto martedì che il governo presenterà al Parlamento una proposta per ridurre le tasse sui carburanti.',
    ],
    [
      'pl',
      'Premier powiedział we wtorek, że rząd przedstawi w parlamencie propozycję obniżenia podatków od paliw, a opozycja zapowiedziała sprzeciw.',
    ],
    [
      'nl',
      'De premier zei dinsdag dat de regering het parlement een voorstel zal voorleggen om de belastingen op brandstof te verlagen.',
    ],
  ])('tells a language it does not read (%s) from the four', (_, text) => {
    expect(guessLanguage(text)).toBe('other');
    expect(detectLanguage(text)).toBe('und');
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
