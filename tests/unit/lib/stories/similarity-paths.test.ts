import { describe, expect, it } from 'vitest';
import { packVector, unpackVector } from '@/lib/stories/packed-rows';
import type { Weighted } from '@/lib/stories/rows';
import {
  cosine,
  cosineOfMap,
  cosinePacked,
  cover,
  coverCount,
  normOfMap,
  vectorOfMap,
} from '@/lib/stories/similarity';
import { seededRandom } from '@/lib/seeded-random';

/** A random sparse vector over a small vocabulary (so that two of them share features). */
function vector(rnd: () => number, n: number, vocabulary = 60): Weighted[] {
  const keys = new Set<string>();
  while (keys.size < n) keys.add(`en:w${Math.floor(rnd() * vocabulary)}`);
  return [...keys].map((k) => [k, rnd() * 2 - 0.5]);
}

/** A fresh copy: neither its lookup map nor its norm is kept yet. */
const fresh = (v: Weighted[]): Weighted[] => v.map(([k, w]) => [k, w]);

/** The three measures of `a` against `b`, each on fresh copies (a's lookup map built). */
const byMap = (a: Weighted[], b: Weighted[]) => [
  cosine(fresh(a), fresh(b)),
  cover(fresh(a), fresh(b)),
  coverCount(fresh(a), fresh(b)),
];

describe('similarity: the ways round a vector compared many times is weighed', () => {
  it('a vector weighed once against an indexed one gives the very numbers its own lookup map gives', () => {
    const rnd = seededRandom(3);
    for (let i = 0; i < 200; i++) {
      const reading = vector(rnd, 1 + Math.floor(rnd() * 40));
      const member = vector(rnd, 1 + Math.floor(rnd() * 40));
      if (i % 7 === 0) member.push([member[0]![0], 0.25]); // a feature given twice: the last weight
      const expected = byMap(member, reading);
      // The article being read is indexed first (it is compared with every member).
      cosine(reading, fresh(member));
      const got = [cosine(member, reading), cover(member, reading), coverCount(member, reading)];
      expect(got).toEqual(expected);
      // The other way round, unchanged.
      expect(cosine(reading, member)).toBe(cosine(fresh(reading), fresh(member)));
    }
  });

  it('an indexed vector that holds a feature twice is weighed through the member’s own lookup map', () => {
    const reading: Weighted[] = [
      ['en:a', 0.5],
      ['en:b', 0.3],
      ['en:a', 0.2],
    ];
    const member: Weighted[] = [
      ['en:a', 0.7],
      ['en:c', 0.1],
    ];
    const expected = byMap(member, reading);
    cosine(reading, fresh(member));
    expect([cosine(member, reading), cover(member, reading), coverCount(member, reading)]).toEqual(
      expected,
    );
  });

  it('cosinePacked and cosineOfMap give the cosine of the unpacked vector and of the map’s pairs', () => {
    const rnd = seededRandom(5);
    for (let i = 0; i < 100; i++) {
      const a = vector(rnd, 1 + Math.floor(rnd() * 30));
      const b = vector(rnd, Math.floor(rnd() * 30));
      expect(cosinePacked(a, packVector(b))).toBe(cosine(fresh(a), unpackVector(packVector(b))));
      const sum = new Map(a);
      expect(cosineOfMap(sum, normOfMap(sum), b)).toBe(cosine(vectorOfMap(new Map(a)), fresh(b)));
    }
  });
});
