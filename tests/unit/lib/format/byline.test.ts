import { describe, expect, it } from 'vitest';
import { shownByline } from '@/lib/format/byline';

describe('shownByline', () => {
  it('leaves out a byline that names only the newsroom, in any of our languages', () => {
    for (const b of [
      'la rédaction',
      'Par la rédaction',
      'By Staff',
      'La Rédaction',
      'Rédaction',
      'Staff',
      'The Editors',
      'Staff writer',
      'die Redaktion',
      'Redacción',
      'Editorial Board',
    ]) {
      expect(shownByline(b), b).toBeNull();
    }
  });

  it('keeps a person, an agency or a desk with a name', () => {
    for (const b of [
      'Anne Martin',
      'AFP',
      'Rédaction Europe 1',
      'Staff and agencies',
      'Redaktion: Jan Koch',
    ]) {
      expect(shownByline(b), b).toBe(b);
    }
    expect(shownByline('')).toBeNull();
    expect(shownByline(null)).toBeNull();
  });
});
