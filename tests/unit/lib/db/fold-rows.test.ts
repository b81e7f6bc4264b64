import { describe, expect, it } from 'vitest';
import { foldRows, keptFirst } from '@/lib/db/fold-rows';
import { MAX_ALIASES } from '@/lib/db/same-article';
import { storedArticle } from '../../../helpers';

const A = 'https://news.example/a';
const B = 'https://news.example/a?page=1';

describe('foldRows', () => {
  it("keeps the kept row's key and text, adds what the folded row had", () => {
    const kept = storedArticle({
      id: 1,
      key: A,
      text: 'Same words.',
      firstReadAt: 10,
      lastReadAt: 20,
      readCount: 2,
      syncReads: { phone: 1 },
      decision: { apart: true, at: 5 },
      aliases: [`${A}?x`],
      byline: null,
    });
    const folded = storedArticle({
      id: 2,
      key: B,
      text: 'Same, words!',
      firstReadAt: 30,
      lastReadAt: 40,
      readCount: 4,
      syncReads: { phone: 2, tablet: 1 },
      decision: { apart: false, at: 35 },
      aliases: [A, `${A}?y`],
      byline: 'A. Reporter',
      importedAt: 50,
    });
    const row = foldRows(kept, folded);
    expect(row).toMatchObject({
      id: 1,
      key: A,
      url: A,
      text: 'Same words.',
      byline: 'A. Reporter',
      firstReadAt: 10,
      lastReadAt: 40,
      readCount: 6,
      syncReads: { phone: 3, tablet: 1 },
      decision: { apart: false, at: 35 },
      importedAt: 50,
      aliases: [`${A}?x`, `${A}?y`, B],
    });
    expect(row.savedAt).toBeUndefined();
    expect(row.savedChangedAt).toBeUndefined();
    // The other way round: the earlier decision stays the later one's.
    expect(foldRows(folded, kept).decision).toEqual({ apart: false, at: 35 });
  });

  it('is saved when either was (the earliest save, the latest change)', () => {
    const kept = storedArticle({ key: A, savedAt: 30, savedChangedAt: 30 });
    const folded = storedArticle({ key: B, savedAt: 10, savedChangedAt: 40 });
    expect(foldRows(kept, folded)).toMatchObject({ savedAt: 10, savedChangedAt: 40 });
    expect(foldRows(storedArticle({ key: A }), folded)).toMatchObject({ savedAt: 10 });
  });

  it('takes the text and entities of the folded row when the kept one has none', () => {
    const entities = [{ id: 'per:x', type: 'PER' as const, name: 'X', salience: 1, mentions: [] }];
    const row = foldRows(
      storedArticle({ key: A, text: '' }),
      storedArticle({ key: B, text: 'The text.', entities, textPrint: 'p' }),
    );
    expect(row).toMatchObject({
      text: 'The text.',
      textPrint: 'p',
      entities,
      entityIds: ['per:x'],
    });
  });

  it('keeps at most MAX_ALIASES aliases, the latest', () => {
    const many = Array.from({ length: MAX_ALIASES }, (_, i) => `${A}?v=${i}`);
    const row = foldRows(storedArticle({ key: A, aliases: many }), storedArticle({ key: B }));
    expect(row.aliases).toHaveLength(MAX_ALIASES);
    expect(row.aliases!.at(-1)).toBe(B);
  });
});

describe('keptFirst', () => {
  it('puts the smaller key first, whichever was read first (as sync keeps it)', () => {
    const rows = [
      storedArticle({ id: 1, key: 'https://n.example/b', firstReadAt: 5 }),
      storedArticle({ id: 2, key: 'https://n.example/c', firstReadAt: 1 }),
      storedArticle({ id: 3, key: 'https://n.example/a', firstReadAt: 5 }),
    ];
    expect(rows.sort(keptFirst).map((r) => r.id)).toEqual([3, 1, 2]);
  });
});
