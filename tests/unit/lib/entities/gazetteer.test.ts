import { describe, expect, it } from 'vitest';
import { matchGazetteer } from '@/lib/entities/gazetteer';

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
