import { beforeEach, describe, expect, it, vi } from 'vitest';
import { textArticle } from '@/lib/article';
import { upsertArticle } from '@/lib/db';
import type * as nearCopy from '@/lib/db/near-copy';
import { nearCopyPrint, nearCopySignature } from '@/lib/db/near-copy';
import { useTestDb } from '../../use-test-db';

// Every near-copy signature of a text (near-copy.ts nearCopySignature: its print and bands), counted.
const signed = vi.hoisted(() => ({ n: 0 }));
vi.mock('@/lib/db/near-copy', async (importOriginal) => {
  const real = await importOriginal<typeof nearCopy>();
  return {
    ...real,
    nearCopySignature: (text: string | null | undefined) => {
      signed.n++;
      return real.nearCopySignature(text);
    },
  };
});

const words = (tag: string) => Array.from({ length: 80 }, (_, i) => `${tag}${i}`).join(' ');
const read = (text: string) => textArticle(text, { url: 'https://a.example/1', title: 'Talks' });
const db = useTestDb();

describe("an article's near-copy signature is computed when its text changes, not on every write", () => {
  beforeEach(() => {
    signed.n = 0;
  });

  it('a read again of the same text: not signed again, the light row keeps its signature', async () => {
    await upsertArticle(db(), read(words('word')), 1);
    expect(signed.n).toBe(1);
    signed.n = 0;
    await upsertArticle(db(), read(words('word')), 2);
    expect(signed.n).toBe(0);
    const light = await db().lightArticles.toArray();
    const { bands } = nearCopySignature(words('word'))!;
    expect(light.map((l) => [l.readCount, l.nearPrint, l.nearBands])).toEqual([
      [2, nearCopyPrint(words('word')), bands],
    ]);
  });

  it('a text changed at the same address: signed again, the light row follows', async () => {
    await upsertArticle(db(), read(words('word')), 1);
    signed.n = 0;
    await upsertArticle(db(), read(words('other')), 2);
    expect(signed.n).toBe(1);
    const light = await db().lightArticles.toArray();
    expect(light.map((l) => [l.nearPrint, l.nearBands])).toEqual([
      [nearCopyPrint(words('other')), nearCopySignature(words('other'))!.bands],
    ]);
    expect(nearCopyPrint(words('other'))).not.toBe(nearCopyPrint(words('word')));
  });
});
