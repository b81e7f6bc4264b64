import { describe, expect, it } from 'vitest';
import { entityCards } from '@/lib/background/entity-cards';
import { summarize } from '@/lib/background/tab-view';
import { confidenceOf, lowerCaseWords, SHOWN_FROM } from '@/lib/entities/confidence';
import { findEntities } from '@/lib/entities/find-entities';
import { storedArticle } from '../../../helpers';

const evidence = {
  known: false,
  words: 1,
  mentions: 1,
  lowerInText: false,
  type: 'LOC' as const,
  acronym: false,
  commonNoun: false,
};

describe('entity confidence', () => {
  it('shows what the KB knows, full names and repeated names; not a lone unknown word', () => {
    expect(confidenceOf({ ...evidence, known: true })).toBeGreaterThanOrEqual(SHOWN_FROM);
    expect(confidenceOf({ ...evidence, words: 2, type: 'PER' })).toBeGreaterThanOrEqual(SHOWN_FROM);
    expect(confidenceOf({ ...evidence, mentions: 3 })).toBeGreaterThanOrEqual(SHOWN_FROM);
    expect(confidenceOf({ ...evidence, type: 'PER' })).toBeLessThan(SHOWN_FROM);
    expect(confidenceOf({ ...evidence, mentions: 3, lowerInText: true })).toBeLessThan(SHOWN_FROM);
    expect(confidenceOf({ ...evidence, mentions: 3, commonNoun: true })).toBeLessThan(SHOWN_FROM);
  });

  it('reads the lower-case words of a text, elided ones included', () => {
    const lower = lowerCaseWords("L'État et l'état, la République");
    expect(lower.has('etat')).toBe(true);
    expect(lower.has('republique')).toBe(false);
  });

  it('marks a lone unknown surname in a story as not shown, and keeps it', () => {
    const text =
      'Vladimir Putin arrived in Pyongyang. He stayed at the guest house Kumsusan, officials said.';
    const entities = findEntities({ text, title: null, lang: 'en' });
    expect(entities.find((e) => e.name === 'Vladimir Putin')?.shown).toBe(true);
    const hidden = entities.filter((e) => e.shown === false);
    for (const e of hidden) expect(e.confidence).toBeLessThan(SHOWN_FROM);
  });

  it('leaves entities that are not shown out of the interface and the underlines', () => {
    const a = storedArticle({
      key: 'https://example.com/a',
      text: 'Kim Jong Un met Kumsusan.',
      entities: [
        { id: 'per:Q56226', type: 'PER', name: 'Kim Jong Un', salience: 1, mentions: [] },
        {
          id: 'per:kumsusan',
          type: 'PER',
          name: 'Kumsusan',
          salience: 0.5,
          mentions: [],
          shown: false,
        },
      ],
      entityIds: ['per:Q56226', 'per:kumsusan'],
    });
    expect(summarize(a).entities.map((e) => e.name)).toEqual(['Kim Jong Un']);
    expect(entityCards(a, 'en').map((e) => e.name)).toEqual(['Kim Jong Un']);
  });
});
