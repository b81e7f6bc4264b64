import { describe, expect, it } from 'vitest';
import { findEntities } from '@/lib/entities/find-entities';
import type { Entity } from '@/lib/entities/merge-mentions';
import { hideTypeConflicts } from '@/lib/entities/type-conflicts';
import { description, kbEntry, lookupName } from '@/lib/kb/lookup';

const shownAs = (entities: Entity[], name: string) =>
  entities.filter((e) => e.shown && e.name === name).map((e) => e.type);

describe('a place is never shown as a person', () => {
  it('shows a name the article gives two types as neither (the KB does not know it)', () => {
    // The tagger reads the first "Paekhwawon" as a place (after "en"), the second as a person
    // (after "Según", as one is quoted).
    const text = 'Putin se alojó en Paekhwawon. Según Paekhwawon, la delegación rusa llegó tarde.';
    const entities = findEntities({ text, title: null, lang: 'es' });
    expect(entities.filter((e) => e.name === 'Paekhwawon').length).toBeGreaterThan(0);
    expect(shownAs(entities, 'Paekhwawon')).toEqual([]);
    // Still there for search; the others untouched.
    expect(shownAs(entities, 'Putin')).toEqual(['PER']);
  });

  it('keeps an entity the KB knows, and one name of one type', () => {
    const e = (id: string, type: Entity['type'], name: string): Entity => ({
      id,
      type,
      name,
      salience: 1,
      mentions: [],
      confidence: 0.9,
      shown: true,
    });
    const out = hideTypeConflicts([
      e('loc:Q61', 'LOC', 'Washington'),
      e('per:washington', 'PER', 'Washington'),
      e('per:Q7747', 'PER', 'Putin'),
      // A city and its club: both readings stand.
      e('loc:lens', 'LOC', 'Lens'),
      e('org:lens', 'ORG', 'Lens'),
    ]);
    expect(out.map((x) => [x.id, x.shown])).toEqual([
      ['loc:Q61', true],
      ['per:washington', false],
      ['per:Q7747', true],
      ['loc:lens', true],
      ['org:lens', true],
    ]);
    expect(out[1]!.confidence).toBeLessThanOrEqual(0.3);
  });

  it('knows Kumsusan as a place: a "Kumsusan" read as a person is not shown', () => {
    expect(lookupName('Kumsusan')?.type).toBe('LOC');
    expect(description(kbEntry('loc:kumsusan')!, 'en')).toMatch(/Pyongyang/);
    for (const [lang, text] of [
      ['en', 'Putin was driven to Kumsusan, where Kim Jong Un hosted him. Kumsusan was decorated.'],
      [
        'es',
        'Los dirigentes llegaron hasta la residencia oficial de Kumsusan. Kumsusan recibió flores.',
      ],
      ['fr', 'Kim a rejoint Poutine jusqu’à la maison d’hôtes d’État de Kumsusan.'],
    ] as const) {
      const entities = findEntities({ text, title: null, lang });
      expect(shownAs(entities, 'Kumsusan'), text).not.toContain('PER');
    }
    const fr = findEntities({
      text: 'Kim a rejoint Poutine jusqu’à la maison d’hôtes d’État de Kumsusan.',
      title: null,
      lang: 'fr',
    });
    expect(fr.find((e) => e.name === 'Kumsusan')).toMatchObject({
      id: 'loc:kumsusan',
      shown: true,
    });
  });
});
