import { describe, expect, it } from 'vitest';
import { entityId, foldName, nameWords } from '@/lib/entities/fold-name';

describe('entity keys', () => {
  it('folds accents, case and apostrophes', () => {
    expect(foldName('Sergueï Lavrov')).toBe('serguei lavrov');
    expect(foldName('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(nameWords("cote d'ivoire")).toEqual(['cote', 'd', 'ivoire']);
  });

  it('builds a deterministic id from type and name', () => {
    expect(entityId('PER', 'Vladimir Poutine')).toBe('per:vladimir-poutine');
    expect(entityId('LOC', 'États-Unis')).toBe('loc:etats-unis');
    expect(entityId('ORG', '!!')).toBe('org:x');
  });
});
