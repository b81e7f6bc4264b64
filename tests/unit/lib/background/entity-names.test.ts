import { describe, expect, it } from 'vitest';
import {
  abbreviates,
  ownName,
  readerName,
  viewWithReaderNames,
  withReaderNames,
} from '@/lib/background/entity-names';
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

  it('are the KB’s in the reader’s language for an entity of its id, in every article alike', () => {
    const kim = (name: string, lang: string) =>
      ({ ...french, lang, entities: [e('per:Q56226', 'PER', name)] }) as ArticleSummary;
    // The French article writes "Kim Jong Un", the Spanish one "Kim Jong-un": one name for one id.
    const shown = (a: ArticleSummary, ui: string) =>
      withReaderNames(a, ui).entities.map((x) => x.displayName ?? x.name);
    expect(shown(kim('Kim Jong Un', 'fr'), 'fr')).toEqual(['Kim Jong-un']);
    expect(shown(kim('Kim Jong-un', 'es'), 'fr')).toEqual(['Kim Jong-un']);
    expect(shown(kim('Kim Jong-un', 'es'), 'en')).toEqual(['Kim Jong Un']);
    expect(shown(kim('Kim Jong Un', 'en'), 'en')).toEqual(['Kim Jong Un']);
    // An acronym of the reader's language stays short: "ONU", not "Nations unies".
    const un = { ...french, entities: [e('org:Q1065', 'ORG', 'ONU')] } as ArticleSummary;
    expect(shown(un, 'fr')).toEqual(['ONU']);
    // The article's own name stays beside it, for its text.
    expect(withReaderNames(kim('Kim Jong Un', 'fr'), 'fr').entities[0]!.name).toBe('Kim Jong Un');
  });

  it('give the whole name for a word of it in capitals, where acronyms stay short', () => {
    // The French article writes "RIA", the English one "RIA Novosti": readers of both see the name
    // they know, though the KB has none in French.
    const ria = (name: string, lang: string) =>
      ({ ...french, lang, entities: [e('org:ria-novosti', 'ORG', name)] }) as ArticleSummary;
    const shown = (a: ArticleSummary, ui: string) =>
      withReaderNames(a, ui).entities.map((x) => x.displayName ?? x.name);
    expect(shown(ria('RIA', 'fr'), 'fr')).toEqual(['RIA Novosti']);
    expect(shown(ria('RIA', 'en'), 'en')).toEqual(['RIA Novosti']);
    expect(withReaderNames(ria('RIA', 'fr'), 'fr').entities[0]!.nameLang).toBeUndefined();
    // The card and the hover card name it alike.
    expect(readerName('RIA', 'fr', 'fr', undefined, ownName('org:ria-novosti', 'fr', 'RIA'))).toBe(
      'RIA Novosti',
    );
    // Acronyms, no word of the name, stay as the article writes them.
    const kcna = {
      ...french,
      entities: [e('org:korean-central-news-agency', 'ORG', 'KCNA')],
    } as ArticleSummary;
    expect(shown(kcna, 'fr')).toEqual(['KCNA']);
    expect(abbreviates('ONU', 'Organisation des Nations unies')).toBe(false);
    expect(abbreviates('Novosti', 'RIA Novosti')).toBe(false);
  });

  it('keep the article’s spelling where the KB has no name in the reader’s language', () => {
    expect(readerName('Kim Jong Un', 'fr', 'fr', undefined, ownName('per:jean-dupont', 'fr'))).toBe(
      'Kim Jong Un',
    );
    // Pyongyang has no French name in the KB: an English article gets its English one.
    expect(ownName('loc:Q18808', 'fr')).toBeUndefined();
    expect(readerName('Pyongyang', 'fr', 'fr', 'Pyongyang', ownName('loc:Q18808', 'fr'))).toBe(
      'Pyongyang',
    );
  });

  it('leave out the KB name’s qualifier, which the card’s description says', () => {
    // The KB's "Georgia (U.S. state)" and "Géorgie (État américain)": a chip shows the name.
    expect(ownName('loc:Q1428', 'en')).toBe('Georgia');
    expect(ownName('loc:Q1428', 'fr')).toBe('Géorgie');
    // A bracket inside a name is the name's own.
    expect(ownName('loc:cocos-keeling-islands', 'en')).toBe('Cocos (Keeling) Islands');
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
