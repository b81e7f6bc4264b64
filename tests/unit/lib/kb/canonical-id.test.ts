import { describe, expect, it } from 'vitest';
import { canonicalEntityId, resolveQueryEntity } from '@/lib/kb/canonical-id';

describe('canonicalEntityId', () => {
  it('gives a KB entity its QID whatever the language', () => {
    expect(canonicalEntityId('PER', ['Vladimir Poutine', 'Poutine'], 'fr')).toBe('per:Q7747');
    expect(canonicalEntityId('PER', ['Wladimir Putin'], 'de')).toBe('per:Q7747');
    expect(canonicalEntityId('LOC', ['RPDC'], 'fr')).toBe('loc:Q423');
    expect(canonicalEntityId('LOC', ['North Korea'], 'en')).toBe('loc:Q423');
  });

  it('gives an unknown entity one key for its spellings across languages', () => {
    const ids = ['Yuri Ouchakov', 'Yuri Ushakov', 'Juri Uschakow', 'Iouri Ouchakov'].map((n) =>
      canonicalEntityId('PER', [n]),
    );
    expect(new Set(ids).size).toBe(1);
    expect(canonicalEntityId('PER', ['Nikita Khrouchtchev'])).toBe(
      canonicalEntityId('PER', ['Nikita Chruschtschow']),
    );
  });

  it('keeps different people apart', () => {
    const ids = [
      ['Kim Jong Un'],
      ['Kim Jong Il'],
      ['Kim Yo Jong'],
      ['Moon Jae-in'],
      ['Moon'],
      ['Maria Lavrova'],
      ['Sergei Lavrov'],
    ].map((names) => canonicalEntityId('PER', names));
    expect(new Set(ids).size).toBe(ids.length);
    expect(canonicalEntityId('LOC', ['Paris'])).not.toBe(canonicalEntityId('LOC', ['Parish']));
  });

  it('does not make a namesake the KB person through a shared surname', () => {
    expect(canonicalEntityId('PER', ['Alexandre Poutine', 'Poutine'])).toBe('per:aleksandre-putin');
    expect(canonicalEntityId('PER', ['Poutine'])).toBe('per:Q7747');
  });

  it('keys the longest name, whatever the order given', () => {
    expect(canonicalEntityId('PER', ['Ouchakov', 'Ivan Ouchakov'])).toBe('per:ivan-ushakov');
    expect(canonicalEntityId('PER', ['Ouchakov', 'Yuri Ouchakov'])).toBe('per:yuri-ushakov');
    expect(canonicalEntityId('ORG', ['Armée populaire coréenne'])).toBe(
      'org:arme-populaire-korene',
    );
    // Known to the KB: one id in every language.
    expect(canonicalEntityId('ORG', ['Armée rouge'])).toBe('org:red-army');
    expect(canonicalEntityId('ORG', ['Red Army'])).toBe('org:red-army');
  });
});

describe('resolveQueryEntity', () => {
  it('resolves what a reader types as articles store it', () => {
    expect(resolveQueryEntity('person', 'Putin')).toBe('per:Q7747');
    expect(resolveQueryEntity('per', 'poutine')).toBe('per:Q7747');
    expect(resolveQueryEntity('place', 'Corée du Nord')).toBe('loc:Q423');
    expect(resolveQueryEntity('person', 'Sergej Lawrow')).toBe(
      canonicalEntityId('PER', ['Sergueï Lavrov']),
    );
  });
});
