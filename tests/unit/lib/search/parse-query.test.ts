import { describe, expect, it } from 'vitest';
import { parseDateRange, parseQuery } from '@/lib/search/parse-query';

describe('parseQuery', () => {
  it('reads plain words, folded, the last one as a prefix while typing', () => {
    const q = parseQuery('Kim Corée');
    expect(q.words).toEqual([
      { word: 'kim', prefix: false },
      { word: 'coree', prefix: true },
    ]);
    expect(parseQuery('Kim Corée ').words[1]!.prefix).toBe(false);
  });

  it('reads quoted phrases, closed or still being typed', () => {
    expect(parseQuery('"Kim Jong Un" visit ').phrases).toEqual([['kim', 'jong', 'un']]);
    expect(parseQuery('"plein soutien').phrases).toEqual([['plein', 'soutien']]);
    expect(parseQuery('"plein soutien"').words).toEqual([]);
  });

  it('reads « phrases » and “phrases” as the interface writes them', () => {
    for (const query of [
      '« plein soutien » Kim',
      '«\u202fplein soutien\u202f» Kim',
      '“plein soutien” Kim',
    ]) {
      const q = parseQuery(query);
      expect(q.phrases, query).toEqual([['plein', 'soutien']]);
      expect(
        q.words.map((w) => w.word),
        query,
      ).toEqual(['kim']);
    }
    expect(parseQuery('person:«Kim Jong Un»').entities).toEqual(
      parseQuery('person:"Kim Jong Un"').entities,
    );
  });

  it('reads every filter', () => {
    const q = parseQuery(
      'person:Poutine place:"Corée du Nord" org:ONU site:www.LeMonde.fr lang:FR-fr before:2024-06 after:2023 saved:no',
    );
    expect(q.words).toEqual([]);
    expect(q.entities).toEqual([
      { type: 'per', id: 'per:q7747', words: ['poutine'] },
      { type: 'loc', id: 'loc:q423', words: ['coree', 'du', 'nord'] },
      { type: 'org', id: 'org:q1065', words: ['onu'] },
    ]);
    expect(q.sites).toEqual(['www.lemonde.fr']);
    expect(q.langs).toEqual(['fr']);
    expect(q.before).toBe(Date.UTC(2024, 5, 1));
    expect(q.after).toBe(Date.UTC(2024, 0, 1));
    expect(q.saved).toBe(false);
  });

  it('reads every filter by the name the French interface gives it, accents or not', () => {
    const english = parseQuery(
      'person:Poutine place:"Corée du Nord" org:ONU lang:fr before:2024-06 after:2023 saved:no',
    );
    for (const french of [
      'personne:Poutine lieu:"Corée du Nord" organisation:ONU langue:fr avant:2024-06 après:2023 enregistré:non',
      'Personne:Poutine Lieu:«Corée du Nord» org:ONU langue:fr avant:2024-06 apres:2023 enregistre:non',
    ]) {
      expect(parseQuery(french), french).toEqual(english);
    }
    // A French key typed without its value yet is not searched for as a word.
    expect(parseQuery('personne: ').words).toEqual([]);
  });

  it('reads an unknown key, or a bad value, as plain words', () => {
    expect(parseQuery('foo:bar ').words.map((w) => w.word)).toEqual(['foo', 'bar']);
    expect(parseQuery('before:soon ').words.map((w) => w.word)).toEqual(['before', 'soon']);
    expect(parseQuery('saved:maybe ').saved).toBeUndefined();
  });

  it('strips a scheme and path from site:', () => {
    expect(parseQuery('site:https://news24.localhost/monde').sites).toEqual(['news24.localhost']);
  });
});

describe('parseDateRange', () => {
  it('reads a year, a month and a day as UTC periods', () => {
    expect(parseDateRange('2024')).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)]);
    expect(parseDateRange('2024-12')).toEqual([Date.UTC(2024, 11, 1), Date.UTC(2025, 0, 1)]);
    expect(parseDateRange('2024-02-29')).toEqual([Date.UTC(2024, 1, 29), Date.UTC(2024, 2, 1)]);
  });

  it('refuses what is not a date', () => {
    expect(parseDateRange('2023-02-29')).toBeNull();
    expect(parseDateRange('2024-13')).toBeNull();
    expect(parseDateRange('24')).toBeNull();
  });
});

describe('keys that are names of Object properties', () => {
  it('reads them as plain words, not filters', () => {
    const q = parseQuery('constructor:x toString: ');
    expect(q.entities).toEqual([]);
    expect(q.words.map((w) => w.word)).toEqual(['constructor', 'x', 'tostring']);
  });
});
