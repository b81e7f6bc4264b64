import { describe, expect, it } from 'vitest';
import { refineSpans } from '@/lib/entities/refine-spans';
import type { EntityType } from '@/lib/entities/tags';
import { tokenize } from '@/lib/entities/tokenize';

const wordsOf = (text: string): string[] => tokenize(text, 0, text.length).map((t) => t.text);

/** refineSpans on one tagger span (`part`, typed `type`) of `text`: what is left, typed. */
function refined(
  text: string,
  part: string,
  type: EntityType,
  known: (w: readonly string[]) => EntityType | undefined = () => undefined,
): [string, EntityType][] {
  const words = wordsOf(text);
  const p = wordsOf(part);
  const start = words.findIndex((_, i) => p.every((w, k) => words[i + k] === w));
  const out = refineSpans(words, [{ start, end: start + p.length, type }], { lang: 'en', known });
  return out.map((s) => [words.slice(s.start, s.end).join(' '), s.type]);
}

describe('refineSpans: a company word makes a "person" an organisation', () => {
  it.each([
    ['The bid by Gulf Oil failed.', 'Gulf Oil'],
    ['Advisers at Salomon Brothers agreed.', 'Salomon Brothers'],
    ['She studied at Texas Tech.', 'Texas Tech'],
  ])('"%s": %s', (text, name) => {
    expect(refined(text, name, 'PER')).toEqual([[name, 'ORG']]);
  });

  it('leaves a person whose name only opens with such a word, or whom the KB knows', () => {
    expect(refined('Oil Smith spoke.', 'Oil Smith', 'PER')).toEqual([['Oil Smith', 'PER']]);
    const kbPerson = () => 'PER' as const;
    expect(refined('Then Bob Group spoke.', 'Bob Group', 'PER', kbPerson)).toEqual([
      ['Bob Group', 'PER'],
    ]);
  });
});
