import { describe, expect, it } from 'vitest';
import { lookupOfflineFacts } from '@/lib/kb/offline-facts';

describe('lookupOfflineFacts', () => {
  it('names and describes a KB entity in the reader language', () => {
    const putin = { id: 'per:Q7747', type: 'PER', name: 'Vladimir Putin' } as const;
    expect(lookupOfflineFacts(putin, 'fr')).toEqual({
      name: 'Vladimir Poutine',
      description: 'président de la Russie',
      qid: 'Q7747',
    });
    expect(lookupOfflineFacts(putin, 'es')?.description).toBe('President of Russia');
  });

  it('finds an entity stored under an old id by its name; knows nothing of others', () => {
    expect(
      lookupOfflineFacts({ id: 'per:serguei-lavrov', type: 'PER', name: 'Sergueï Lavrov' }, 'en'),
    ).toEqual({ name: 'Sergey Lavrov', description: 'Foreign Minister of Russia' });
    expect(
      lookupOfflineFacts({ id: 'per:jean-dupont', type: 'PER', name: 'Jean Dupont' }, 'fr'),
    ).toBeUndefined();
  });

  it('names an entity without the qualifier its description gives', () => {
    // The KB's "Géorgie (État américain)": a French reader of an English article sees "Géorgie"
    // on the card, and the description says which Georgia.
    const georgia = { id: 'loc:Q1428', type: 'LOC', name: 'Georgia' } as const;
    expect(lookupOfflineFacts(georgia, 'fr')?.name).toBe('Géorgie');
    expect(lookupOfflineFacts(georgia, 'fr')?.description).toBeTruthy();
  });
});
