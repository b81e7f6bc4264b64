import { describe, expect, it } from 'vitest';
import { CITY_PERSON_LEAD, cityPlaces, isCityName, matchGazetteer } from '@/lib/entities/gazetteer';
import { type EntityType, type TokenSpan, TYPES } from '@/lib/entities/tags';
import { spanOf, wordsOf } from './token-spans';

describe('matchGazetteer', () => {
  it('marks the longest country or alias name', () => {
    expect(matchGazetteer(['la', 'Corée', 'du', 'Nord', 'et', 'les', 'États-Unis'])).toEqual([
      '',
      'B-LOC',
      'I-LOC',
      'I-LOC',
      '',
      '',
      'B-LOC',
    ]);
    expect(matchGazetteer(['NATO', 'and', 'the', 'OTAN'])).toEqual(['B-ORG', '', '', 'B-ORG']);
  });

  it('knows country names in the four languages and exonyms', () => {
    expect(matchGazetteer(['Nordkorea', 'Moscou', 'Pékin', 'Alemania'])).toEqual([
      'B-LOC',
      'B-LOC',
      'B-LOC',
      'B-LOC',
    ]);
  });

  it('knows states that are no more (the Soviet Union, Yugoslavia, Czechoslovakia)', () => {
    expect(matchGazetteer(['la', 'tutelle', 'de', 'l’', 'URSS'])).toEqual([
      '',
      '',
      '',
      '',
      'B-LOC',
    ]);
    expect(matchGazetteer(['Unión', 'Soviética', 'Yougoslavie', 'Checoslovaquia'])).toEqual([
      'B-LOC',
      'I-LOC',
      'B-LOC',
      'B-LOC',
    ]);
  });

  it('requires a capital: "us" is not the US', () => {
    expect(matchGazetteer(['let', 'us', 'go', 'to', 'the', 'US'])).toEqual([
      '',
      '',
      '',
      '',
      '',
      'B-LOC',
    ]);
  });
});

/**
 * cityPlaces over sentences with their spans as [words, type] and the tagger's lead of a person
 * over a place on every word of them; read back per sentence.
 */
function cityRetyped(
  sentences: [string, [string, EntityType][]][],
  lead: number,
  known: (words: readonly string[]) => EntityType | undefined = () => undefined,
): [string, EntityType][][] {
  const words = sentences.map(([text]) => wordsOf(text));
  const spans: TokenSpan[][] = sentences.map(([, tagged], k) =>
    tagged.map(([part, type]) => spanOf(words[k] as string[], part, type)),
  );
  const per = TYPES.indexOf('PER');
  const scores = words.map((w) => {
    const s = new Float32Array(w.length * TYPES.length);
    for (let i = 0; i < w.length; i++) s[i * TYPES.length + per] = lead;
    return s;
  });
  cityPlaces(words, spans, scores, known);
  return spans.map((list, k) =>
    list.map((s) => [(words[k] as string[]).slice(s.start, s.end).join(' '), s.type]),
  );
}

describe('cityPlaces: a city the tagger barely read as a person is the city', () => {
  it('knows the cities of 200,000 people the KB lacks, accents folded', () => {
    for (const name of ['Seattle', 'Orlando', 'Málaga', 'Malaga', 'Antofagasta']) {
      expect(isCityName(name)).toBe(true);
    }
    expect(isCityName('Andreas')).toBe(false);
  });

  it('retypes a one-word person under the lead', () => {
    const sentence: [string, [string, EntityType][]] = [
      'La lista que encabeza Orlando incluye otras ciudades.',
      [['Orlando', 'PER']],
    ];
    expect(cityRetyped([sentence], CITY_PERSON_LEAD - 1)).toEqual([[['Orlando', 'LOC']]]);
    expect(cityRetyped([sentence], CITY_PERSON_LEAD)).toEqual([[['Orlando', 'PER']]]);
  });

  it('leaves the person a longer name of the page shows: "Orlando Bloom", then "Orlando"', () => {
    expect(
      cityRetyped(
        [
          ['Orlando Bloom arrived.', [['Orlando Bloom', 'PER']]],
          ['Orlando smiled.', [['Orlando', 'PER']]],
        ],
        0,
      ),
    ).toEqual([[['Orlando Bloom', 'PER']], [['Orlando', 'PER']]]);
  });

  it('leaves a body named like its town, and names the KB knows', () => {
    expect(cityRetyped([['Seattle beat Portland.', [['Seattle', 'ORG']]]], 0)).toEqual([
      [['Seattle', 'ORG']],
    ]);
    expect(cityRetyped([['Seattle spoke.', [['Seattle', 'PER']]]], 0, () => 'PER')).toEqual([
      [['Seattle', 'PER']],
    ]);
  });
});
