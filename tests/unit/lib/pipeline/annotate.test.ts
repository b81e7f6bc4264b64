import { describe, expect, it } from 'vitest';
import { withoutAuthors } from '@/lib/pipeline/annotate';

describe('withoutAuthors', () => {
  const person = (name: string) => ({
    id: `per:${name}`,
    type: 'PER' as const,
    name,
    salience: 1,
    mentions: [],
  });

  it('drops the people who wrote the article, not those it is about', () => {
    const entities = [
      person('Helen Marsh'),
      person('Emmanuel Macron'),
      { ...person('Marsh'), type: 'LOC' as const },
    ];
    expect(withoutAuthors(entities, 'By Helen Marsh in Paris').map((e) => e.name)).toEqual([
      'Emmanuel Macron',
      'Marsh',
    ]);
    expect(withoutAuthors(entities, null)).toBe(entities);
  });
});
