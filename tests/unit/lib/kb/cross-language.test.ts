import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '@/lib/cli/analyze';
import type { Entity } from '@/lib/entities/merge-mentions';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures');
const FILES = {
  fr: 'news24-putin-pyongyang.fr.html',
  en: 'world-desk-putin-pyongyang.en.html',
  es: 'diario-global-putin-pyongyang.es.html',
} as const;
type Lang = keyof typeof FILES;

/**
 * Hand-written gold: the real-world referents named in at least two of the three articles on
 * Putin's visit to Pyongyang (19 June 2024), with the name each article's entity should carry.
 * Kumsusan is the state guesthouse, which the tagger reads as "État de Kumsusan" in French and
 * as a person in Spanish; the French text misspells Manturov as "Mantrurov". Both stay in:
 * the figure is the pipeline's, not a selection of what works.
 */
const GOLD: { referent: string; person: boolean; names: Partial<Record<Lang, string>> }[] = [
  {
    referent: 'Vladimir Putin',
    person: true,
    names: { fr: 'Vladimir Poutine', en: 'Vladimir Putin', es: 'Vladímir Putin' },
  },
  {
    referent: 'Kim Jong Un',
    person: true,
    names: { fr: 'Kim Jong Un', en: 'Kim Jong Un', es: 'Kim Jong-un' },
  },
  {
    referent: 'Andrei Belousov',
    person: true,
    names: { fr: 'Andrei Belousov', en: 'Andrei Belousov', es: 'Andréi Belousov' },
  },
  {
    referent: 'Sergey Lavrov',
    person: true,
    names: { fr: 'Sergueï Lavrov', en: 'Sergei Lavrov', es: 'Serguéi Lavrov' },
  },
  {
    referent: 'Denis Manturov',
    person: true,
    names: { fr: 'Denis Mantrurov', en: 'Denis Manturov', es: 'Denis Mánturov' },
  },
  {
    referent: 'Yuri Ushakov',
    person: true,
    names: { fr: 'Yuri Ouchakov', en: 'Yuri Ushakov', es: 'Yuri Ushakov' },
  },
  {
    referent: 'Antony Blinken',
    person: true,
    names: { fr: 'Antony Blinken', en: 'Antony Blinken', es: 'Antony Blinken' },
  },
  {
    referent: 'Jens Stoltenberg',
    person: true,
    names: { fr: 'Jens Stoltenberg', en: 'Jens Stoltenberg', es: 'Jens Stoltenberg' },
  },
  {
    referent: 'North Korea',
    person: false,
    names: { fr: 'Corée du Nord', en: 'North Korea', es: 'Corea del Norte' },
  },
  {
    referent: 'South Korea',
    person: false,
    names: { fr: 'Corée du Sud', en: 'South Korea', es: 'Corea del Sur' },
  },
  { referent: 'Russia', person: false, names: { fr: 'Russie', en: 'Russia', es: 'Rusia' } },
  { referent: 'Ukraine', person: false, names: { fr: 'Ukraine', en: 'Ukraine', es: 'Ucrania' } },
  {
    referent: 'Pyongyang',
    person: false,
    names: { fr: 'Pyongyang', en: 'Pyongyang', es: 'Pionyang' },
  },
  { referent: 'Moscow', person: false, names: { fr: 'Moscou', en: 'Moscow', es: 'Moscú' } },
  {
    referent: 'Washington',
    person: false,
    names: { fr: 'Washington', en: 'Washington', es: 'Washington' },
  },
  { referent: 'United States', person: false, names: { fr: 'États-Unis', es: 'Estados Unidos' } },
  { referent: 'China', person: false, names: { fr: 'Chine', es: 'China' } },
  {
    referent: 'UN Security Council',
    person: false,
    names: {
      fr: 'Conseil de sécurité des Nations Unies',
      en: 'United Nations Security Council',
      es: 'Consejo de Seguridad',
    },
  },
  { referent: 'United Nations', person: false, names: { fr: 'ONU', es: 'ONU' } },
  { referent: 'NATO', person: false, names: { fr: 'OTAN', en: 'NATO', es: 'OTAN' } },
  { referent: 'KCNA', person: false, names: { fr: 'KCNA', es: 'KCNA' } },
  {
    referent: 'Kumsusan State Guesthouse',
    person: false,
    names: { fr: 'État de Kumsusan', es: 'Kumsusan' },
  },
];

const entities = {} as Record<Lang, Entity[]>;

beforeAll(async () => {
  for (const lang of Object.keys(FILES) as Lang[]) {
    const r = await analyzeFile(resolve(FIXTURES, FILES[lang]), {
      text: false,
      lang: null,
      url: null,
      files: [],
    });
    expect(r.error).toBeNull();
    expect(r.article?.lang).toBe(lang);
    entities[lang] = r.entities as Entity[];
  }
});

/** The id of the entity named `name` in the article, or undefined when the tagger missed it. */
function idOf(lang: Lang, name: string): string | undefined {
  return entities[lang].find((e) => e.name === name || e.mentions.some((m) => m.text === name))?.id;
}

describe('one id per entity across the fr/en/es articles on one event', () => {
  it('gives at least 90% of the shared entities the same id in every article', () => {
    const results = GOLD.map((g) => {
      const ids = (Object.keys(g.names) as Lang[]).map((lang) => idOf(lang, g.names[lang]!));
      return { referent: g.referent, ids, linked: ids.every((id) => id && id === ids[0]) };
    });
    const linked = results.filter((r) => r.linked).length;
    const share = linked / results.length;
    console.log(
      `cross-language linking: ${linked}/${results.length} = ${(share * 100).toFixed(1)}%` +
        `; not linked: ${results
          .filter((r) => !r.linked)
          .map((r) => `${r.referent} [${r.ids.join(' | ')}]`)
          .join(', ')}`,
    );
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('never gives two different people one id', () => {
    const referentOf = new Map<string, string>();
    for (const g of GOLD.filter((x) => x.person)) {
      for (const name of Object.values(g.names)) referentOf.set(name, g.referent);
    }
    const people = new Map<string, Set<string>>();
    for (const lang of Object.keys(FILES) as Lang[]) {
      for (const e of entities[lang].filter((x) => x.type === 'PER')) {
        const who = referentOf.get(e.name) ?? `${lang}:${e.name}`;
        people.set(e.id, (people.get(e.id) ?? new Set()).add(who));
      }
    }
    const shared = [...people].filter(([, who]) => who.size > 1);
    expect(shared).toEqual([]);
  });
});
