import { describe, expect, it } from 'vitest';
import { kbEntry } from '@/lib/kb/lookup';
import type { EntitySummary } from '@/lib/messaging/protocol';
import { mainEntityIds } from '@/lib/ui/main-entities';

const e = (
  id: string,
  type: EntitySummary['type'],
  name: string,
  salience: number,
): EntitySummary => ({ id, type, name, salience, mentionCount: 1 });
const countryOf = (id: string) => kbEntry(id)?.country;
const names = (all: EntitySummary[], ids: string[]) =>
  ids.map((id) => all.find((x) => x.id === id)!.name);

// "Kim promet son « plein soutien » à la Russie en Ukraine alors que Poutine se rend à
// Pyongyang" as the recogniser weighs it (tests/fixtures/news24-putin-pyongyang.fr.html).
const putinFr = [
  e('loc:Q212', 'LOC', 'Ukraine', 1),
  e('per:Q7747', 'PER', 'Vladimir Poutine', 1),
  e('loc:Q159', 'LOC', 'Russie', 1),
  e('per:Q56226', 'PER', 'Kim Jong Un', 0.917),
  e('loc:Q423', 'LOC', 'Corée du Nord', 0.833),
  e('loc:Q18808', 'LOC', 'Pyongyang', 0.667),
  e('loc:Q649', 'LOC', 'Moscou', 0.25),
  e('org:Q1065', 'ORG', 'ONU', 0.167),
  e('per:antony-blinken', 'PER', 'Antony Blinken', 0.167),
];

describe('the cards that open with an article', () => {
  it('are its main actors first, then the countries it is about, a capital counting for its country', () => {
    expect(names(putinFr, mainEntityIds(putinFr, countryOf))).toEqual([
      'Vladimir Poutine',
      'Kim Jong Un',
      'Corée du Nord',
      'Russie',
    ]);
  });

  it('leave out a name the article barely mentions, whatever its type', () => {
    const ids = mainEntityIds(putinFr, countryOf);
    expect(ids).not.toContain('org:Q1065');
    expect(ids).not.toContain('per:antony-blinken');
    // A one-person article: one card, not the players named once each.
    const golf = [
      e('per:tiger-woods', 'PER', 'Tiger Woods', 1),
      e('per:dustin-johnson', 'PER', 'Dustin Johnson', 0.125),
      e('loc:Q1428', 'LOC', 'Georgia', 0.125),
    ];
    expect(mainEntityIds(golf, countryOf)).toEqual(['per:tiger-woods']);
  });

  it('take an organisation that is what the article is about, before a person it quotes', () => {
    const bka = [
      e('per:holger-munch', 'PER', 'Holger Münch', 0.5),
      e('loc:Q183', 'LOC', 'Deutschland', 0.7),
      e('org:bka', 'ORG', 'BKA', 1),
    ];
    expect(mainEntityIds(bka)).toEqual(['org:bka', 'per:holger-munch', 'loc:Q183']);
  });

  it('give no card to a country named once, however often its capital is', () => {
    const games = [
      e('per:terence-weber', 'PER', 'Terence Weber', 1),
      e('loc:Q956', 'LOC', 'Peking', 0.8),
      e('loc:Q148', 'LOC', 'China', 0.1),
    ];
    expect(mainEntityIds(games, countryOf)).toEqual(['per:terence-weber', 'loc:Q956']);
  });

  it('put an entity the KB confirms before a spelling it does not know, at equal weight', () => {
    const tie = [
      e('loc:dorf', 'LOC', 'Dorf', 1),
      e('loc:Q90', 'LOC', 'Paris', 1),
      e('loc:Q142', 'LOC', 'France', 1),
    ];
    expect(mainEntityIds(tie)).toEqual(['loc:Q90', 'loc:Q142']);
  });

  it('are none for an article without entities', () => {
    expect(mainEntityIds([])).toEqual([]);
  });
});
