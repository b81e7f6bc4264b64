import { describe, expect, it } from 'vitest';
import { headGenders } from '@/lib/entities/train/build-genders-de';

/** A lexicon entry with a plural, of gender `g`. */
const noun = (g: string) => ({ G: g, NOM: { SIN: 'x', PLU: 'y' } });

describe('build-genders-de: heads by their compounds, misread nouns whole', () => {
  it("gives a head its compounds' gender, not the bare lemma's", () => {
    // A lemma listed neuter whose compounds are masculine (as the lexicon lists "Tag").
    const { heads } = headGenders(
      { Platz: noun('N'), Marktplatz: noun('M'), Parkplatz: noun('M'), Sportplatz: noun('M') },
      3,
      0.7,
    );
    expect(heads.m).toContain('platz');
    expect(heads.n).not.toContain('platz');
  });

  it('keeps a noun a head misreads whole, and skips nominalised adjectives', () => {
    const { heads, whole } = headGenders(
      {
        Gang: noun('M'),
        Ausgang: noun('M'),
        Eingang: noun('M'),
        Rundgang: noun('M'),
        Vorgang: noun('N'),
        Lebende: { G: 'N', NOM: { SIN: 'Lebende', PLU: 'Lebenden' }, DAT: { SIN: 'Lebenden' } },
      },
      3,
      0.7,
    );
    expect(heads.m).toContain('gang');
    expect(whole.n).toEqual(['vorgang']);
    expect([...heads.n, ...whole.n]).not.toContain('lebende');
  });
});
