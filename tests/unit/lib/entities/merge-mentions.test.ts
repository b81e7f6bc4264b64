import { describe, expect, it } from 'vitest';
import type { Mention } from '@/lib/entities/find-mentions';
import { mergeMentions } from '@/lib/entities/merge-mentions';
import type { EntityType } from '@/lib/entities/tags';

/** Mentions at their first occurrence in `text`, in order. */
function mentionsIn(text: string, names: [string, EntityType][], leadEnd = 0): Mention[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`${name} not in text`);
    from = start + name.length;
    return { start, end: from, text: name, type, lead: start < leadEnd };
  });
}

describe('mergeMentions', () => {
  it('merges a surname with the full name (Vladimir Poutine … Poutine)', () => {
    const text = 'Vladimir Poutine est arrivé. Poutine a parlé.';
    const [e] = mergeMentions(
      mentionsIn(text, [
        ['Vladimir Poutine', 'PER'],
        ['Poutine', 'PER'],
      ]),
    );
    expect(e).toMatchObject({ id: 'per:vladimir-poutine', type: 'PER', name: 'Vladimir Poutine' });
    expect(e?.mentions.map((m) => m.text)).toEqual(['Vladimir Poutine', 'Poutine']);
  });

  it('merges a first name and a mistyped part into the person (Kim Jong Un … Kim)', () => {
    const text = 'Kim Jong Un a accueilli Poutine. Kim a souri.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['Kim Jong Un', 'PER'],
        ['Poutine', 'PER'],
        ['Kim', 'LOC'],
      ]),
    );
    const kim = entities.find((e) => e.id === 'per:kim-jong-un');
    expect(kim?.mentions.map((m) => m.text)).toEqual(['Kim Jong Un', 'Kim']);
    expect(entities.map((e) => e.id).sort()).toEqual(['per:kim-jong-un', 'per:poutine']);
  });

  it('merges an acronym with its expansion, in either order', () => {
    const text =
      'The KCNA said. The Korean Central News Agency added. The International Monetary Fund (IMF) agreed.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['KCNA', 'ORG'],
        ['Korean Central News Agency', 'ORG'],
        ['International Monetary Fund', 'ORG'],
        ['IMF', 'ORG'],
      ]),
    );
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Korean Central News Agency', 2],
      ['International Monetary Fund', 2],
    ]);
  });

  it('merges curated aliases across languages (OTAN / NATO) and fixes their type', () => {
    const text = 'OTAN. NATO. Nations unies. ONU.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['OTAN', 'LOC'],
        ['NATO', 'ORG'],
        ['Nations unies', 'ORG'],
        ['ONU', 'ORG'],
      ]),
    );
    expect(entities.map((e) => [e.type, e.mentions.length])).toEqual([
      ['ORG', 2],
      ['ORG', 2],
    ]);
  });

  it('names an entity by its ordinary spelling, not a headline in capitals', () => {
    const text = 'PUTIN IN PYONGYANG. Putin landed in Pyongyang.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['PUTIN', 'PER'],
        ['PYONGYANG', 'LOC'],
        ['Putin', 'PER'],
        ['Pyongyang', 'LOC'],
      ]),
    );
    expect(entities.map((e) => [e.id, e.name, e.mentions.length])).toEqual([
      ['per:putin', 'Putin', 2],
      ['loc:pyongyang', 'Pyongyang', 2],
    ]);
  });

  it('types country names as places whatever the tagger said', () => {
    const [e] = mergeMentions(mentionsIn('España ganó.', [['España', 'ORG']]));
    expect(e).toMatchObject({ id: 'loc:espana', type: 'LOC' });
  });

  it('keeps different people with one shared word apart', () => {
    const text = 'Kim Jong Un et Kim Yo Jong.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['Kim Jong Un', 'PER'],
        ['Kim Yo Jong', 'PER'],
      ]),
    );
    expect(entities).toHaveLength(2);
  });

  it('scores salience: title and lead count more than the body', () => {
    const text = 'Berlin a parlé.\n\nParis aussi. Paris encore. Rome.';
    const mentions = mentionsIn(
      text,
      [
        ['Berlin', 'LOC'],
        ['Paris', 'LOC'],
        ['Paris', 'LOC'],
        ['Rome', 'LOC'],
      ],
      15,
    );
    const title: Mention[] = [{ start: 0, end: 4, text: 'Rome', type: 'LOC', lead: false }];
    const entities = mergeMentions(mentions, title);
    expect(entities.map((e) => [e.name, e.salience])).toEqual([
      ['Rome', 1],
      ['Berlin', 0.5],
      ['Paris', 0.5],
    ]);
  });

  it('returns nothing for no mentions', () => {
    expect(mergeMentions([])).toEqual([]);
  });
});
