import { describe, expect, it } from 'vitest';
import {
  description,
  displayName,
  entityNames,
  getKb,
  hasName,
  kbEntry,
  allNames,
  lookupName,
  nameIndex,
  type KbNameIndex,
} from '@/lib/kb/lookup';
import { foldName, nameWords } from '@/lib/entities/fold-name';
import kbKeys from '@/lib/kb/data/kb-keys.json';

describe('hasName', () => {
  it('tells whether an entry has a name, folded or as an acronym, and only that entry', () => {
    const blinken = lookupName('Antony Blinken', 'PER')!.id;
    expect(hasName(blinken, 'Antony Blinken')).toBe(true);
    expect(hasName(blinken, 'ANTONY BLINKEN')).toBe(true);
    expect(hasName(blinken, 'Antony')).toBe(false);
    expect(hasName('loc:Q30', 'U.S.')).toBe(true);
    expect(hasName('loc:Q30', 'United States of America')).toBe(true);
    expect(hasName('loc:Q423', 'United States')).toBe(false);
  });
});

describe('lookupName', () => {
  it.each([
    ['Vladimir Poutine', 'PER', 'per:Q7747'],
    ['Wladimir Putin', 'PER', 'per:Q7747'],
    ['Poutine', 'PER', 'per:Q7747'],
    ['Corée du Nord', 'LOC', 'loc:Q423'],
    ['RPDC', 'LOC', 'loc:Q423'],
    ['DPRK', 'LOC', 'loc:Q423'],
    ['Corea del Norte', 'LOC', 'loc:Q423'],
    ['Nordkorea', 'LOC', 'loc:Q423'],
    ['Pyongyang', 'LOC', 'loc:Q18808'],
    ['Pionyang', 'LOC', 'loc:Q18808'],
    ['Moscou', 'LOC', 'loc:Q649'],
    ['EE.UU.', 'LOC', 'loc:Q30'],
    ['Conseil de sécurité des Nations unies', 'ORG', 'org:Q37470'],
    ['OTAN', 'ORG', 'org:Q7184'],
    ['KCNA', 'ORG', 'org:korean-central-news-agency'],
  ] as const)('finds %s (%s) as %s', (name, type, id) => {
    expect(lookupName(name, type)?.id).toBe(id);
  });

  it('finds spelling variants the KB does not list (Sergej Lawrow)', () => {
    expect(lookupName('Sergej Lawrow', 'PER')?.id).toBe(lookupName('Sergueï Lavrov', 'PER')?.id);
  });

  it('finds acronyms only as acronyms: "Who" and "us" are words', () => {
    expect(lookupName('WHO', 'ORG')?.id).toBe('org:Q7817');
    expect(lookupName('Who', 'ORG')).toBeUndefined();
    expect(lookupName('US', 'LOC')?.id).toBe('loc:Q30');
    expect(lookupName('us', 'LOC')).toBeUndefined();
  });

  it('reads an all-caps headline name as the name', () => {
    expect(lookupName('POUTINE', 'PER')?.id).toBe('per:Q7747');
  });

  it('keeps people and places apart, but lets places and organisations meet', () => {
    expect(lookupName('Washington', 'PER')).toBeUndefined();
    expect(lookupName('Putin', 'LOC')).toBeUndefined();
    expect(lookupName('Kremlin', 'LOC')?.type).toBe('ORG');
  });

  it('knows nothing of unknown names', () => {
    expect(lookupName('Denis Mantrurov', 'PER')).toBeUndefined();
    expect(lookupName('', 'PER')).toBeUndefined();
  });
});

describe('KB entries', () => {
  it('gives names and descriptions in the reader language, else English', () => {
    const putin = kbEntry('per:Q7747')!;
    expect(displayName(putin, 'fr')).toBe('Vladimir Poutine');
    expect(displayName(putin, 'it')).toBe('Vladimir Putin');
    expect(displayName(kbEntry('loc:Q423')!, 'es')).toBe('Corea del Norte');
    expect(description(putin, 'fr')).toBe('président de la Russie');
    expect(description(putin, 'de')).toBe('President of Russia');
  });

  it('lists every name of an entity for the search index', () => {
    expect(entityNames('per:Q7747')).toEqual(
      expect.arrayContaining(['Vladimir Putin', 'Vladimir Poutine', 'Putin', 'Poutine']),
    );
    expect(entityNames('per:nobody')).toEqual([]);
  });

  it('has unique ids and at least the countries of the fixtures', () => {
    const { entries, byId } = getKb();
    expect(byId.size).toBe(entries.length);
    for (const id of ['loc:Q159', 'loc:Q423', 'loc:Q884', 'loc:Q148', 'loc:Q30', 'loc:Q212']) {
      expect(kbEntry(id)?.type).toBe('LOC');
    }
  });
});

describe('one line about a country', () => {
  it('says where it is, not only that it is a country', () => {
    const northKorea = kbEntry('loc:Q423')!;
    expect(description(northKorea, 'en')).toBe('country in East Asia');
    expect(description(northKorea, 'fr')).toBe('pays d’Asie de l’Est');
    expect(description(kbEntry('loc:Q212')!, 'en')).toBe('country in Eastern Europe');
    expect(description(lookupName('Iran', 'LOC')!, 'en')).toBe('country in the Middle East');
    expect(description(lookupName('Guam', 'LOC')!, 'fr')).toBe('territoire d’Océanie');
  });

  it('leaves no country or territory with a bare "country"', () => {
    const bare = getKb().entries.filter(
      (e) => e.desc?.en === 'country' || e.desc?.en === 'territory',
    );
    expect(bare.map((e) => e.id)).toEqual([]);
  });
});

describe('names in the reader’s language', () => {
  it('knows the Red Army in English and French', () => {
    const army = lookupName('Armée rouge', 'ORG')!;
    expect(displayName(army, 'en')).toBe('Red Army');
    expect(displayName(army, 'fr')).toBe('Armée rouge');
    expect(lookupName('Ejército Rojo', 'ORG')?.id).toBe(army.id);
  });
});

describe('the name index kept with the KB (kb-keys.json)', () => {
  const { entries } = getKb();

  it("is kb.json's names folded, as acronyms and as keys (else run `npm run build:kb`)", () => {
    expect(kbKeys as KbNameIndex).toEqual(nameIndex(entries));
  });

  it('finds what the names themselves find, written as a reader or an article would', () => {
    // The names of every fifth entry, and a spelling the KB lacks: the kept index gives the
    // entries the names computed at run time give.
    const computed = nameIndex(entries);
    const byName = new Map(Object.entries(computed.folded));
    const byAcronym = new Map(Object.entries(computed.acronyms));
    for (const [i, e] of entries.entries()) {
      if (i % 5) continue;
      for (const name of allNames(e)) {
        const bare = name.replace(/[.\s]/g, '');
        const hits = byAcronym.get(bare) ?? byName.get(nameWords(foldName(name)).join(' '));
        expect(hits).toContain(i);
        expect(lookupName(name)).toBe(entries[hits![0]!]);
      }
    }
    expect(lookupName('Wladimir Putin')?.id).toBe('per:Q7747');
    expect(lookupName('VLADIMIR POUTINE')?.id).toBe('per:Q7747');
  });
});

describe('lookupName by transliteration key', () => {
  it('never reads one word as an organisation by its key alone ("Kanon" is not Canon)', () => {
    expect(lookupName('Canon', 'ORG', 'en')?.id).toBe('org:Q62621');
    expect(lookupName('Kanon', 'ORG', 'de')).toBeUndefined();
    expect(lookupName('Wladimir Putin', 'PER', 'de')?.id).toBe('per:Q7747');
  });
});
