import { describe, expect, it } from 'vitest';
import { CITY_MIN, cityNames } from '@/lib/entities/train/build-gazetteer';

describe('build-gazetteer: the cities cityPlaces reads', () => {
  it('keeps cities of CITY_MIN people or more in one or two words, folded, less those the KB knows', () => {
    const cities = [
      { name: 'Seattle', population: 684_451 },
      { name: 'Málaga', population: 568_305 },
      { name: 'Santa Clara', population: CITY_MIN },
      { name: 'Vitoria de Santo Antão', population: 300_000 },
      { name: 'Wolfsburg', population: CITY_MIN - 1 },
      { name: 'Berlin', population: 3_426_354 },
    ];
    expect(cityNames(cities, (name) => name === 'Berlin')).toEqual([
      'malaga',
      'santa clara',
      'seattle',
    ]);
  });
});
