import { describe, expect, it } from 'vitest';
import { textWords } from '@/lib/entities/text-words';

describe('textWords: the words a text writes whole (speed44)', () => {
  it('reads every run of letters, and apart those no hyphen joins', () => {
    const t = textWords('Salz-Wasser, Kräutertee und Tee; Salz im Tee.');
    expect([...t.words].sort()).toEqual(
      ['Kräutertee', 'Salz', 'Tee', 'Wasser', 'im', 'und'].sort(),
    );
    expect(t.unhyphenated.has('Salz')).toBe(true);
    expect(t.unhyphenated.has('Wasser')).toBe(false);
    expect(t.capitalByEnd.get('tee')).toEqual(['Kräutertee']);
    expect(t.capitalByEnd.get('Tee')).toEqual(['Tee']);
  });

  it('answers for the text asked, whichever text was asked before', () => {
    const a = 'Der Friede kam.';
    const b = 'Den Frieden hielten sie.';
    expect(textWords(a).words.has('Frieden')).toBe(false);
    expect(textWords(b).words.has('Frieden')).toBe(true);
    expect(textWords(a).words.has('Frieden')).toBe(false);
  });
});
