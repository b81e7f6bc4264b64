import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/seeded-random';
import {
  collectDocumentStats,
  extractFeatures,
  isCapsSentence,
  readAscii,
  wordFacts,
  wordShape,
} from '@/lib/entities/features';
import { hashFeature } from '@/lib/entities/hash';
import { getModel } from '@/lib/entities/load-tagger';
import { addRows } from '@/lib/entities/model';
import { TAG_COUNT } from '@/lib/entities/tags';

describe('features', () => {
  it('collapses word shapes', () => {
    expect(wordShape('Poutine')).toBe('Xx');
    expect(wordShape('KCNA')).toBe('X');
    expect(wordShape('24-ans')).toBe('d-x');
    expect(wordShape('McDonald’s')).toBe("XxXx'x");
    expect(wordShape('U.S.-led')).toBe('X.X.-x');
    expect(wordShape('Ölpreis-2024')).toBe('Xx-d');
  });

  it('gives a word its affixes, as the templates spell them, and a hyphen feature', () => {
    const stats = collectDocumentStats([['Macron-2']]);
    const { ids } = extractFeatures(['Macron-2'], stats, 'fr');
    const has = (f: string) => [...ids].includes(hashFeature(f));
    // Folded and with digits as 0: "macron-0".
    for (const f of ['s1=0', 's2=-0', 's3=n-0', 's4=on-0', 'p1=m', 'p2=ma', 'p3=mac', 'hyph']) {
      expect(has(f), f).toBe(true);
    }
    expect(has('s5=ron-0')).toBe(false);
    expect(has('p4=macr')).toBe(false);
    const short = extractFeatures(['Xi'], collectDocumentStats([['Xi']]), 'fr').ids;
    expect([...short]).toContain(hashFeature('s1=i'));
    expect([...short]).toContain(hashFeature('p1=x'));
    expect([...short]).not.toContain(hashFeature('s2=xi'));
  });

  it('recognises headlines set in capitals', () => {
    expect(isCapsSentence(['LEICESTERSHIRE', 'TAKE', 'OVER', 'AT', 'TOP'])).toBe(true);
    expect(isCapsSentence(['Poutine', 'arrive', 'à', 'Pyongyang'])).toBe(false);
    expect(isCapsSentence(['UN'])).toBe(false);
  });

  it('records words seen in lower case and capitalised mid-sentence', () => {
    const stats = collectDocumentStats([
      ['Marché', 'conclu', 'avec', 'Rheinmetall', '.'],
      ['Le', 'marché', 'a', 'baissé', '.'],
    ]);
    expect(stats.lower.has('marché')).toBe(true);
    expect(stats.capitalMid.has('rheinmetall')).toBe(true);
    expect(stats.capitalMid.has('le')).toBe(false);
  });

  it('is deterministic and gives each token its own features', () => {
    const stats = collectDocumentStats([['Kim', 'arrive']]);
    const a = extractFeatures(['Kim', 'arrive'], stats, 'fr');
    const b = extractFeatures(['Kim', 'arrive'], stats, 'fr');
    expect(a.offsets.length).toBe(3);
    expect([...a.ids]).toEqual([...b.ids]);
    const first = [...a.ids.subarray(0, a.offsets[1])];
    const second = [...a.ids.subarray(a.offsets[1], a.offsets[2])];
    expect(first).not.toEqual(second);
  });

  it('gives a capitalised word the neighbours it has elsewhere in the document', () => {
    const alone = collectDocumentStats([['Dupont', 'a', 'dit', 'non']], true);
    const withTitle = collectDocumentStats(
      [
        ['M.', 'Dupont', 'a', 'dit', 'oui'],
        ['Dupont', 'a', 'dit', 'non'],
      ],
      true,
    );
    expect(withTitle.contexts?.get('dupont')?.left.length).toBe(1);
    const a = extractFeatures(['Dupont', 'a', 'dit', 'non'], alone, 'fr', { context: true });
    const b = extractFeatures(['Dupont', 'a', 'dit', 'non'], withTitle, 'fr', { context: true });
    const first = (f: typeof a) => [...f.ids.subarray(0, f.offsets[1])];
    // The same sentence reads "Dupont" with one feature more: "M." before it elsewhere.
    expect(first(b).length).toBe(first(a).length + 1);
    // Words in lower case are not aggregated, and models without the family see nothing of it.
    expect(withTitle.contexts?.has('dit')).toBe(false);
    expect(collectDocumentStats([['M.', 'Dupont']]).contexts).toBeUndefined();
  });

  it('folds the features that recur with a word into sums equal to the listed features', () => {
    // Tagging (with a model) sums the word's, its neighbours', the gazetteer's and the language's
    // features once (folded); training lists them all. Both must score every token alike.
    const model = getModel();
    const sentences = [
      ['Le', 'président', 'Emmanuel', 'Macron', 'a', 'reçu', 'Olaf', 'Scholz', 'à', 'Paris', '.'],
      ['MACRON', 'ET', 'SCHOLZ', 'EN', 'FRANCE'],
      ['Macron', 'parle', '.'],
    ];
    const stats = collectDocumentStats(sentences, model.options.context);
    for (const words of sentences) {
      const listed = extractFeatures(words, stats, 'fr', model.options);
      const expected: number[] = [];
      for (let i = 0; i < words.length; i++) {
        const out = new Int32Array(TAG_COUNT);
        addRows(
          model,
          listed.ids,
          listed.offsets[i] as number,
          listed.offsets[i + 1] as number,
          out,
          0,
        );
        expected.push(...out);
      }
      const folded = extractFeatures(words, stats, 'fr', model.options, model);
      const sums = Int32Array.from(folded.folded as Int32Array);
      for (let i = 0; i < words.length; i++) {
        const { ids, offsets } = folded;
        addRows(model, ids, offsets[i] as number, offsets[i + 1] as number, sums, i * TAG_COUNT);
      }
      expect([...sums]).toEqual(expected);
    }
  });
});

describe('readAscii', () => {
  it('reads an ASCII word as the regexes and toLowerCase do (wordFacts), and no other word', () => {
    const words: string[] = ['', ',', 'A', 'Merkel', 'USA', 'G7', '3,5', 'e-mail', "O'Neil"];
    for (let a = 32; a < 128; a++) {
      for (let b = 32; b < 128; b += 3) words.push(String.fromCharCode(a, b));
    }
    const next = seededRandom(48);
    const rand = (n: number) => Math.floor(next() * n);
    for (let k = 0; k < 20_000; k++) {
      let w = '';
      for (let i = 1 + rand(9); i > 0; i--) w += String.fromCharCode(32 + rand(96));
      words.push(w);
    }
    for (const w of words) expect([w, { ...readAscii(w) }]).toEqual([w, wordFacts(w)]);
    for (const w of ['Äpfel', 'straße', 'Łódź', 'café', '’s', 'x\u0301']) {
      expect(readAscii(w)).toBeNull();
    }
  });
});
