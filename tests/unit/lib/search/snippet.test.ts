import { describe, expect, it } from 'vitest';
import { headTokens, makeSnippet } from '@/lib/search/snippet';
import { tokens } from '@/lib/search/tokenize';

const highlighted = (s: { text: string; highlights: [number, number][] }) =>
  s.highlights.map(([a, b]) => s.text.slice(a, b));

describe('makeSnippet', () => {
  const filler = 'Lorem ipsum dolor sit amet. '.repeat(20);
  const text = `${filler}Le président est arrivé à Pyongyang.\n\nKim l’attendait à Pyongyang. ${filler}`;

  it('cuts around the matched words and highlights them', () => {
    const s = makeSnippet(text, (w) => w === 'pyongyang' || w === 'kim');
    expect(highlighted(s)).toEqual(['Pyongyang', 'Kim', 'Pyongyang']);
    expect(s.text.startsWith('… ')).toBe(true);
    expect(s.text.endsWith(' …')).toBe(true);
    expect(s.text).not.toContain('\n');
    expect(s.text.length).toBeLessThanOrEqual(210);
  });

  it('prefers the passage with the most distinct matched words', () => {
    const t = `Kim here. ${filler}${filler}Kim and Putin together. ${filler}`;
    const s = makeSnippet(t, (w) => w === 'kim' || w === 'putin');
    expect(highlighted(s)).toEqual(['Kim', 'Putin']);
  });

  it('starts at the beginning when nothing matches', () => {
    const s = makeSnippet('Short text.', () => false);
    expect(s).toEqual({ text: 'Short text.', highlights: [] });
  });

  it('finds the words of given heads as tokenizing the whole text does, accents and case included', () => {
    const t =
      "L'État a dit: ÉTATS, etat, Ètats. Être ou ne pas être. Zoë's ZOE zo zoo. Cañón canon " +
      'KIM Kimchi akim to tom TO Peña 42 420 Straat.';
    for (const heads of [
      new Set(['eta', 'etr']),
      new Set(['zoe', 'zo', 'can']),
      new Set(['kim', 'to', 'pen', '42', 'str']),
    ]) {
      expect([...headTokens(t, heads)]).toEqual([...tokens(t, heads)]);
    }
    const de = 'Die STRASSE, die Straße: Maß und Mäßigung, ein Cœur, Œuvre, ﬁnale Fin, ss ß.';
    for (const heads of [
      new Set(['str', 'mas']),
      new Set(['mas', 'coe', 'oeu']),
      new Set(['fin', 'ss']),
    ]) {
      expect([...headTokens(de, heads)]).toEqual([...tokens(de, heads)]);
    }
    const cjk = '东京会议在东京举行。東京で会議、東京東京 Tokyo 会议';
    for (const heads of [new Set(['东京']), new Set(['会议', '东京']), new Set(['京東'])]) {
      expect([...headTokens(cjk, heads)]).toEqual([...tokens(cjk, heads)]);
    }
  });
});
