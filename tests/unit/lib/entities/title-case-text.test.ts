import { describe, expect, it } from 'vitest';
import { findEntities } from '@/lib/entities/find-entities';
import { titleCaseArtefact, titleCaseOnly, verbInsidePerson } from '@/lib/entities/title-case-text';

const shown = (text: string): string[] =>
  findEntities({ lang: 'en', title: text, text })
    .filter((e) => e.shown)
    .map((e) => e.name);

describe('titleCaseOnly', () => {
  it('knows an article that is a Title Case headline and nothing more', () => {
    const h = 'Why Herbalife (HLF) Is Up Today';
    expect(titleCaseOnly(h, h, 'en')).toBe(true);
    expect(titleCaseOnly(h, null, 'en')).toBe(true);
  });

  it('takes a headline over a body, a sentence-case headline or another language for no such text', () => {
    const h = 'Why Herbalife (HLF) Is Up Today';
    expect(
      titleCaseOnly(`${h}\nShares of Herbalife rose on Monday after the report.`, h, 'en'),
    ).toBe(false);
    const s = 'Fed official says weak data caused by weather, should not slow taper';
    expect(titleCaseOnly(s, s, 'en')).toBe(false);
    expect(titleCaseOnly(h, h, 'fr')).toBe(false);
  });
});

describe('titleCaseArtefact', () => {
  it('marks names a Title Case line made of a capitalised word', () => {
    expect(titleCaseArtefact({ id: 'per:x', name: 'Why Herbalife', type: 'PER' })).toBe(true);
    expect(titleCaseArtefact({ id: 'per:x', name: 'Infamous George Zimmerman', type: 'PER' })).toBe(
      true,
    );
    expect(titleCaseArtefact({ id: 'per:x', name: 'Stacy Keibler Married', type: 'PER' })).toBe(
      true,
    );
  });

  it('leaves names, and given names that are also words, alone', () => {
    expect(titleCaseArtefact({ id: 'per:x', name: 'Justin Bieber', type: 'PER' })).toBe(false);
    expect(titleCaseArtefact({ id: 'per:x', name: 'Mark Carney', type: 'PER' })).toBe(false);
    expect(titleCaseArtefact({ id: 'per:x', name: 'Bill Ackman', type: 'PER' })).toBe(false);
    expect(titleCaseArtefact({ id: 'loc:x', name: 'Florida', type: 'LOC' })).toBe(false);
  });
});

describe('findEntities on a Title Case headline alone', () => {
  it('shows the names, not the capitalised words beside them', () => {
    const names = shown('Selena Gomez Defies Parents To Reunite With Justin Bieber');
    expect(names).toContain('Justin Bieber');
    expect(names).not.toContain('Selena Gomez Defies');
    expect(shown('Why Herbalife (HLF) Is Up Today')).not.toContain('Why Herbalife');
    expect(
      shown('Scottish Independence: Mark Carney Warns Currency Union Must Be Viable'),
    ).toContain('Mark Carney');
  });
});

describe('verbInsidePerson (shown48)', () => {
  const per = (name: string) => verbInsidePerson({ name, type: 'PER' });

  it('knows two names a capitalised verb or adverb joined', () => {
    expect(per('Stacy Keibler Marries Jared Pobre')).toBe(true);
    expect(per('Stacy Keibler Secretly Marries Jared Pobre')).toBe(true);
  });

  it('not a middle name, a particle, a last word, nor another type', () => {
    for (const name of ['Sarah Jessica Parker', 'Vincent Van Gogh', 'Billy Bob Thornton']) {
      expect(per(name)).toBe(false);
    }
    expect(per('Daniel Funes de Rioja')).toBe(false);
    expect(per('Stacy Keibler Marries')).toBe(false);
    expect(verbInsidePerson({ name: 'Stacy Keibler Marries Jared Pobre', type: 'ORG' })).toBe(
      false,
    );
  });

  it('hides such a name in a headline too short to read as Title Case, in English only', () => {
    const h = 'Stacy Keibler Marries Jared Pobre';
    expect(titleCaseOnly(h, h, 'en')).toBe(false);
    const names = findEntities({ lang: 'en', title: h, text: h });
    expect(names.map((e) => e.name)).toContain(h);
    expect(shown(h)).not.toContain(h);
  });
});
