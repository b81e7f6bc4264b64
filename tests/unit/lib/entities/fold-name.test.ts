import { describe, expect, it } from 'vitest';
import { foldName, nameWords } from '@/lib/entities/fold-name';

describe('name folding', () => {
  it('folds accents, case and apostrophes', () => {
    expect(foldName('Sergueï Lavrov')).toBe('serguei lavrov');
    expect(foldName('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(nameWords("cote d'ivoire")).toEqual(['cote', 'd', 'ivoire']);
  });

  it('folds alike once remembered, past the memo filling up, and for long text', () => {
    // The memo is emptied at 20,000 names: a name folded before and after still folds alike.
    expect(foldName('Zoë Ågren')).toBe('zoe agren');
    for (let i = 0; i < 20_050; i++) foldName(`Éa${i}`);
    expect(foldName('Zoë Ågren')).toBe('zoe agren');
    expect(foldName(`Éa${20_049}`)).toBe('ea20049');
    const long = `${'Ça va. '.repeat(20)}Fin`;
    expect(foldName(long)).toBe(`${'ca va. '.repeat(20)}fin`);
  });
});
