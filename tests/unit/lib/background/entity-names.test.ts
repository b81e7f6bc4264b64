import { describe, expect, it } from 'vitest';
import { viewWithReaderNames, withReaderNames } from '@/lib/background/entity-names';
import type { ArticleSummary, EntitySummary } from '@/lib/messaging/protocol';

const e = (id: string, type: EntitySummary['type'], name: string): EntitySummary => ({
  id,
  type,
  name,
  salience: 1,
  mentionCount: 2,
});

const french = {
  key: 'https://news24.example/kim',
  lang: 'fr',
  entities: [
    e('per:Q7747', 'PER', 'Vladimir Poutine'),
    e('loc:Q423', 'LOC', 'Corée du Nord'),
    e('per:jean-dupont', 'PER', 'Jean Dupont'),
  ],
} as ArticleSummary;

describe('entity names in the reader’s language', () => {
  it('are given for an article in another language, where the knowledge base knows them', () => {
    const shown = withReaderNames(french, 'en-GB').entities;
    expect(shown.map((x) => x.displayName)).toEqual(['Vladimir Putin', 'North Korea', undefined]);
    // The article's own names stay.
    expect(shown.map((x) => x.name)).toEqual(['Vladimir Poutine', 'Corée du Nord', 'Jean Dupont']);
  });

  it('are the article’s own for an article in the reader’s language', () => {
    expect(withReaderNames(french, 'fr')).toBe(french);
  });

  it('apply to an article view only', () => {
    expect(viewWithReaderNames({ kind: 'paused' }, 'en')).toEqual({ kind: 'paused' });
    const view = viewWithReaderNames({ kind: 'article', article: french }, 'es');
    expect(view.kind === 'article' && view.article.entities[0]!.displayName).toBe('Vladímir Putin');
  });

  it('name the Red Army in English, and mark the language of a name the KB does not know', () => {
    const article = {
      ...french,
      entities: [
        e('org:red-army', 'ORG', 'Armée rouge'),
        e('loc:hotel-de-ville', 'LOC', 'Hôtel de Ville'),
        e('per:jean-dupont', 'PER', 'Jean Dupont'),
      ],
    } as ArticleSummary;
    const shown = withReaderNames(article, 'en').entities;
    expect(shown[0]).toMatchObject({ name: 'Armée rouge', displayName: 'Red Army' });
    expect(shown[0]!.nameLang).toBeUndefined();
    // As written, its language said; a person's name is not marked.
    expect(shown[1]).toMatchObject({ name: 'Hôtel de Ville', nameLang: 'fr' });
    expect(shown[1]!.displayName).toBeUndefined();
    expect(shown[2]!.nameLang).toBeUndefined();
    // In the article's own language, nothing to mark.
    expect(withReaderNames(article, 'fr').entities[1]!.nameLang).toBeUndefined();
  });
});
