import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/seeded-random';
import { sentenceSegments } from '@/lib/entities/sentence-breaks';

// The segmenter sentenceSegments stands in for (segment.ts): its answer is the reference.
const icu = ['de', 'en', 'fr', 'es', undefined].map(
  (lang) => new Intl.Segmenter(lang, { granularity: 'sentence' }),
);
const byIcu = (seg: Intl.Segmenter, s: string) =>
  [...seg.segment(s)].map(({ segment, index }) => ({ segment, index }));

describe('sentenceSegments', () => {
  it('segments news text as Intl.Segmenter does', () => {
    const texts = [
      'Er kam. Sie ging.',
      'Am 3. Oktober kam er. Dann 3.5 Mio. Euro.',
      'Der U.S. Kongress tagte. „Nein!“, sagte sie. Und dann?',
      'He said "Stop." Then left... and came back. (Really.) OK',
      'Zeile eins\nZeile zwei.\r\nDrei – vier; fünf: sechs. Ende',
      'Wer? Was! Wie?! Łódź. Äpfel. élan. 5 €. ß.',
      'etc. the end. e.g. this. Mr. Smith',
      '. . .',
      '',
    ];
    for (const t of texts) {
      for (const seg of icu) expect(sentenceSegments(t)).toEqual(byIcu(seg, t));
    }
  });

  it('matches Intl.Segmenter on 30,000 random strings of terminators, quotes and letters', () => {
    const alphabet = [
      ...' .  ..!?"\'()[]{},-:;aAbZz09\n\r\t\u00a0«»ÄäßÉéŁłœ¢§·×÷‘’‚‛“”„‟‹›–—‐‒―†‡•…‰′″€™→#$%&*+/<=>@\\^_`|~',
    ];
    const next = seededRandom(48);
    const rand = (n: number) => Math.floor(next() * n);
    for (let t = 0; t < 30_000; t++) {
      let s = '';
      for (let i = 1 + rand(14); i > 0; i--) s += alphabet[rand(alphabet.length)];
      const mine = sentenceSegments(s);
      const seg = icu[t % icu.length] as Intl.Segmenter;
      if (JSON.stringify(mine) !== JSON.stringify(byIcu(seg, s))) {
        expect([s, mine]).toEqual([s, byIcu(seg, s)]);
      }
    }
  });

  it('leaves to ICU a text with a character whose class it does not know', () => {
    expect(sentenceSegments('Москва. Kyiv.')).toBeNull();
    expect(sentenceSegments('Cafe\u0301. Tea.')).toBeNull(); // a combining mark is Extend
    expect(sentenceSegments('soft\u00adhyphen. Next.')).toBeNull(); // Format
    expect(sentenceSegments('a\u2029b')).toBeNull(); // Sep
    expect(sentenceSegments('\u{1f600}. Next.')).toBeNull();
  });

  it('leaves to ICU a long run of quotes or spaces, whose breaks would cost it their square', () => {
    const run = (unit: string, n: number) => `Ab. ${unit.repeat(n)}a. Cd.`;
    for (const seg of icu) {
      expect(sentenceSegments(run('"', 60))).toEqual(byIcu(seg, run('"', 60)));
      expect(sentenceSegments(run(' ', 60))).toEqual(byIcu(seg, run(' ', 60)));
    }
    expect(sentenceSegments(run('"', 70))).toBeNull();
    expect(sentenceSegments(run(') ', 40))).toBeNull();
  });
});
