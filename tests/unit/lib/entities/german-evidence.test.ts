import { describe, expect, it } from 'vitest';
import {
  confidenceEvidence,
  confidenceFeatures,
  confidenceOf,
  FEATURE_NAMES,
} from '@/lib/entities/confidence';
import {
  afterGermanArticle,
  clubWordInName,
  germanSportsText,
  inPlaceDe,
  landmarkHeadInName,
  placeWordInName,
} from '@/lib/entities/german-evidence';
import type { EntityType } from '@/lib/entities/tags';

/** An entity of one mention, the first of `name` in `text`, that the tagger was sure of. */
function entityIn(text: string, name: string, type: EntityType) {
  const start = text.indexOf(name);
  return {
    id: `x:${name}`,
    type,
    name,
    salience: 1,
    mentions: [{ start, end: start + name.length, text: name }],
    margin: 20,
  };
}

// A German person of two words the tagger found with an ordinary margin, nothing else known.
const person = {
  known: false,
  words: 2,
  mentions: 1,
  lowerInText: false,
  type: 'PER' as const,
  acronym: false,
  commonNoun: false,
  margin: 20,
  lang: 'de',
};

describe('German confidence evidence', () => {
  it('reads an article right before a name ("zu den Dallas Mavericks", "der Mount Rainier")', () => {
    for (const before of ['zu den ', 'von der ', 'wie der ', 'auf dem ', 'Die ', 'beim ', 'im ']) {
      expect(afterGermanArticle(`${before}X`, before.length)).toBe(true);
    }
    // A title stands between an article and a person; "Oder", "Idee" end in an article's letters.
    for (const before of ['der Mathematiker ', 'Oder ', 'eine Idee ', 'mit ', '']) {
      expect(afterGermanArticle(`${before}X`, before.length)).toBe(false);
    }
    const text = 'Er wechselte zu den Dallas Mavericks. Der Trainer Rick Carlisle lobte ihn.';
    const [dallas, rick] = confidenceEvidence(
      [entityIn(text, 'Dallas Mavericks', 'PER'), entityIn(text, 'Rick Carlisle', 'PER')],
      text,
      'de',
    );
    expect(dallas?.deArticle).toBe(1);
    expect(rick?.deArticle).toBe(0);
    // Other languages are not read so ("the Chicago Cubs" is CoNLL's own business).
    const [en] = confidenceEvidence(
      [entityIn('to the Dallas Mavericks', 'Dallas Mavericks', 'PER')],
      'to the Dallas Mavericks',
      'en',
    );
    expect(en?.deArticle).toBeUndefined();
    const at = FEATURE_NAMES.indexOf('de_per_article');
    expect(confidenceFeatures(dallas!)[at]).toBe(1);
    expect(confidenceFeatures({ ...dallas!, type: 'ORG' })[at]).toBe(0);
    expect(confidenceOf({ ...person, deArticle: 1 })).toBeLessThan(confidenceOf(person));
  });

  it('reads a place word inside a person ("Dallas Mavericks", "Benfica Lissabon")', () => {
    expect(placeWordInName('Dallas Mavericks')).toBe(true);
    expect(placeWordInName('Benfica Lissabon')).toBe(true);
    expect(placeWordInName('Rick Carlisle')).toBe(false);
    // One word is left to the other features.
    expect(placeWordInName('Lissabon')).toBe(false);
    const at = FEATURE_NAMES.indexOf('de_per_place_word');
    expect(confidenceFeatures({ ...person, dePlaceWord: true })[at]).toBe(1);
    expect(confidenceFeatures({ ...person, type: 'ORG', dePlaceWord: true })[at]).toBe(0);
    expect(confidenceOf({ ...person, dePlaceWord: true })).toBeLessThan(confidenceOf(person));
  });

  it('reads a landmark head opening or closing a person ("Reindeer Lake", "Komitat Vas")', () => {
    for (const name of ['Reindeer Lake', 'Mount Rainier', 'Powis Castle', 'Komitat Vas']) {
      expect(landmarkHeadInName(name)).toBe(true);
    }
    for (const name of ['Lake', 'Rick Carlisle', 'Hans Burger']) {
      expect(landmarkHeadInName(name)).toBe(false);
    }
    const at = FEATURE_NAMES.indexOf('de_per_landmark');
    expect(confidenceFeatures({ ...person, deLandmark: true })[at]).toBe(1);
    expect(confidenceOf({ ...person, deLandmark: true })).toBeLessThan(confidenceOf(person));
  });

  it('reads a German sports report, where a town named without "in" is its club', () => {
    const report =
      'Der Stürmer wechselte zu Leicester City. In der Saison erzielte er zwölf Tore für die Mannschaft, ' +
      'im Halbfinale des Pokals traf er zweimal.';
    const politics = 'Der Minister sprach in Leicester über die Wahl und die Regierung des Landes.';
    expect(germanSportsText(report)).toBe(true);
    expect(germanSportsText(politics)).toBe(false);
    expect(inPlaceDe('Er lebt in X', 11)).toBe(true);
    expect(inPlaceDe('Er wechselte zu X', 16)).toBe(false);
    const [city] = confidenceEvidence([entityIn(report, 'Leicester City', 'LOC')], report, 'de');
    expect(city?.deSports).toBe(true);
    const at = FEATURE_NAMES.indexOf('de_sports_loc');
    expect(confidenceFeatures(city!)[at]).toBe(1);
    expect(confidenceFeatures({ ...city!, deInPlace: 1 })[at]).toBe(0);
    const place = { ...person, type: 'LOC' as const, words: 1 };
    expect(confidenceOf({ ...place, deSports: true })).toBeLessThan(confidenceOf(place));
  });

  it('reads a club word inside a person or a place ("Leicester City", "Çaykur Rizespor")', () => {
    for (const name of ['Leicester City', 'Real Oviedo', 'Dinamo Tiflis', 'Çaykur Rizespor']) {
      expect(clubWordInName(name)).toBe(true);
    }
    for (const name of ['City', 'Rick Carlisle', 'Leicester']) {
      expect(clubWordInName(name)).toBe(false);
    }
    const at = FEATURE_NAMES.indexOf('de_club_word');
    expect(confidenceFeatures({ ...person, deClubWord: true })[at]).toBe(1);
    expect(confidenceFeatures({ ...person, type: 'ORG', deClubWord: true })[at]).toBe(0);
    expect(confidenceOf({ ...person, deClubWord: true })).toBeLessThan(confidenceOf(person));
  });
});
