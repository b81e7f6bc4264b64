import { describe, expect, it } from 'vitest';
import { foldName, nameWords } from '@/lib/entities/fold-name';

describe('name folding', () => {
  it('folds accents, case and apostrophes', () => {
    expect(foldName('Sergueï Lavrov')).toBe('serguei lavrov');
    expect(foldName('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(nameWords("cote d'ivoire")).toEqual(['cote', 'd', 'ivoire']);
  });
});
