import { describe, expect, it } from 'vitest';
import { isWordLike, readRorRecord, rorEntries } from '@/lib/kb/build/ror';
import { findEntities } from '@/lib/entities/find-entities';
import { lookupName } from '@/lib/kb/lookup';

/** A ROR record of schema v2, as the registry's dump writes it. */
function record(
  qid: string,
  names: [string, string | null, string[]][],
  children: number,
  types = ['government'],
) {
  return {
    id: `https://ror.org/${qid}`,
    status: 'active',
    types,
    names: names.map(([value, lang, t]) => ({ value, lang, types: t })),
    external_ids: [{ type: 'wikidata', all: [qid], preferred: qid }],
    relationships: Array.from({ length: children }, () => ({ type: 'child', label: 'x', id: 'y' })),
    locations: [{ geonames_details: { country_name: 'France' } }],
  };
}

function build(records: ReturnType<typeof record>[], taken: string[] = []) {
  const orgs = records.map((r) => readRorRecord(r)!);
  return rorEntries(orgs, 10, new Set(taken), new Set());
}

describe('ROR organisations (lib/kb/build/ror.ts)', () => {
  it('reads names by language, acronyms and the QID of a v2 record', () => {
    const { entries } = build([
      record(
        'Q280413',
        [
          ['Centre National de la Recherche Scientifique', 'fr', ['ror_display', 'label']],
          ['French National Centre for Scientific Research', 'en', ['label']],
          ['CNRS', null, ['acronym']],
          ['UMR 7041', null, ['alias']],
        ],
        1000,
      ),
    ]);
    expect(entries).toEqual([
      {
        id: 'org:Q280413',
        type: 'ORG',
        names: {
          fr: ['Centre National de la Recherche Scientifique'],
          en: ['French National Centre for Scientific Research'],
        },
        aliases: ['CNRS'],
        desc: { en: 'public body (France)' },
      },
    ]);
  });

  it('reads a v1 record too', () => {
    const v1 = {
      id: 'https://ror.org/x',
      status: 'active',
      name: 'Max Planck Society',
      types: ['Nonprofit'],
      labels: [{ label: 'Max-Planck-Gesellschaft', iso639: 'de' }],
      aliases: [],
      acronyms: ['MPG'],
      external_ids: { Wikidata: { preferred: null, all: ['Q158085'] } },
      relationships: [{ type: 'Child' }, { type: 'Parent' }],
      country: { country_name: 'Germany' },
    };
    const org = readRorRecord(v1)!;
    expect(org).toMatchObject({ qid: 'Q158085', children: 1, kind: 'nonprofit' });
    expect(org.names.map((n) => n.value)).toEqual([
      'Max Planck Society',
      'Max-Planck-Gesellschaft',
      'MPG',
    ]);
  });

  it('keeps ordinary words, one-word firm names and short acronyms out', () => {
    const { entries, dropped } = build([
      record(
        'Q1',
        [
          ['Total', 'en', ['ror_display']],
          ['Total Energies Group', 'en', ['label']],
        ],
        9,
        ['company'],
      ),
      record(
        'Q2',
        [
          ['Henkel', 'en', ['ror_display']],
          ['Henkel AG', 'en', ['label']],
        ],
        8,
        ['company'],
      ),
      record(
        'Q3',
        [
          ['Leibniz Association', 'en', ['ror_display']],
          ['LG', null, ['acronym']],
        ],
        7,
      ),
    ]);
    const names = entries.flatMap((e) => [...Object.values(e.names).flat(), ...(e.aliases ?? [])]);
    expect(names).toEqual(['Total Energies Group', 'Henkel AG', 'Leibniz Association']);
    expect(dropped).toEqual([
      { name: 'Total', why: 'ordinary word' },
      { name: 'Henkel', why: 'one-word firm name' },
      { name: 'LG', why: 'short acronym' },
    ]);
  });

  it('gives a shared acronym to the clearly larger body only, and leaves the KB its names', () => {
    const { entries } = build(
      [
        record(
          'Q10',
          [
            ['Institut de Recherche pour le Développement', 'fr', ['ror_display']],
            ['IRDX', null, ['acronym']],
          ],
          80,
        ),
        record(
          'Q11',
          [
            ['Institute for Regional Development', 'en', ['ror_display']],
            ['IRDX', null, ['acronym']],
          ],
          2,
        ),
        record(
          'Q12',
          [
            ['National Research Council', 'en', ['ror_display']],
            ['NRCX', null, ['acronym']],
          ],
          40,
        ),
        record(
          'Q13',
          [
            ['National Research Centre', 'en', ['ror_display']],
            ['NRCX', null, ['acronym']],
          ],
          30,
        ),
        record(
          'Q14',
          [
            ['Paris', 'fr', ['ror_display']],
            ['Ville de Paris', 'fr', ['label']],
          ],
          5,
        ),
      ],
      ['paris'],
    );
    const aliases = Object.fromEntries(entries.map((e) => [e.id, e.aliases ?? []]));
    expect(aliases['org:Q10']).toEqual(['IRDX']);
    expect(aliases['org:Q11']).toEqual([]);
    expect(aliases['org:Q12']).toEqual([]);
    expect(aliases['org:Q13']).toEqual([]);
    expect(entries.find((e) => e.id === 'org:Q14')!.names.fr).toEqual(['Ville de Paris']);
  });

  it("leaves out a full name several bodies share; a firm's branches leave it to the largest", () => {
    const { entries, dropped } = build([
      record(
        'Q20',
        [
          ['Ministry of Education', 'en', ['ror_display']],
          ['MEC', null, ['acronym']],
        ],
        9,
      ),
      record(
        'Q21',
        [
          ['Ministry of Education', 'en', ['ror_display']],
          ['Ministry of Education of Chile', 'en', ['label']],
        ],
        3,
      ),
      record('Q22', [['Eli Lilly (United States)', 'en', ['ror_display']]], 12, ['company']),
      record('Q23', [['Eli Lilly (United Kingdom)', 'en', ['ror_display']]], 2, ['company']),
    ]);
    const names = Object.fromEntries(entries.map((e) => [e.id, Object.values(e.names).flat()]));
    expect(names['org:Q21']).toEqual(['Ministry of Education of Chile']);
    expect(names['org:Q22']).toEqual(['Eli Lilly']);
    expect(names['org:Q20']).toBeUndefined();
    expect(names['org:Q23']).toBeUndefined();
    expect(dropped).toContainEqual({ name: 'Ministry of Education', why: 'shared name' });
  });

  it('tells ordinary words from names', () => {
    expect(isWordLike('Total')).toBe(true);
    expect(isWordLike('Target')).toBe(true);
    expect(isWordLike('CNRS')).toBe(false);
    expect(isWordLike('Inserm')).toBe(false);
    expect(isWordLike('Springer Nature')).toBe(false);
  });
});

describe('the committed KB knows research bodies and agencies (from ROR)', () => {
  it.each([
    ['CNRS', 'fr', 'org:Q280413'],
    ['Centre national de la recherche scientifique', 'fr', 'org:Q280413'],
    ['Inserm', 'fr', 'org:Q1474517'],
    ['Bundeswehr', 'de', 'org:Q56010'],
    ['NASA', 'en', 'org:Q23548'],
  ])('%s (%s) is %s', (name, lang, id) => {
    expect(lookupName(name, 'ORG', lang)?.id).toBe(id);
  });

  it('shows CNRS on a French page as an organisation with its QID', () => {
    const text =
      "Une équipe du CNRS et de l'Inserm a publié mardi une étude sur la pollution de l'air à " +
      "Lyon. Selon les chercheurs du CNRS, les particules fines augmentent le risque d'asthme " +
      "chez l'enfant. Le CNRS prévoit une seconde campagne de mesures l'an prochain.";
    const cnrs = findEntities({ lang: 'fr', title: null, text }).find((e) => e.name === 'CNRS');
    expect(cnrs).toMatchObject({ type: 'ORG', id: 'org:Q280413' });
  });
});

describe('the committed KB knows the large social networks (curated)', () => {
  it('shows Facebook on a French page as an organisation with its QID, not a place', () => {
    const text =
      'La mairie compte désormais plus de dix mille abonnés à Facebook. Elle y publie chaque ' +
      'semaine les horaires des déchetteries, et répond aux questions des habitants sur Facebook ' +
      'comme sur son site.';
    const fb = findEntities({ lang: 'fr', title: null, text }).find((e) => e.name === 'Facebook');
    expect(fb).toMatchObject({ type: 'ORG', id: 'org:Q355' });
  });
});
