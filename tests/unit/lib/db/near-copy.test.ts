import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db';
import { nearCopiesOf } from '@/lib/db/near-copies';
import {
  NEAR_BANDS,
  NEAR_COPY_MIN,
  NEAR_HASHES,
  isNearCopy,
  nearCopyPairs,
  nearCopyPrint,
  nearCopySignature,
  nearCopySimilarity,
} from '@/lib/db/near-copy';
import { leftByRelease } from '../../shipped-stores';
import { useTestDb } from '../../use-test-db';

import { OTHER, paragraphs, putinArticle, WIRE } from './wire-texts';

describe('nearCopyPrint', () => {
  it('is NEAR_HASHES base-64 characters for a text of 50 words or more, null below', () => {
    const print = nearCopyPrint(WIRE)!;
    expect(print).toMatch(/^[A-Za-z0-9+/]+$/);
    expect(print).toHaveLength(NEAR_HASHES);
    // Stable: stored on a light row and compared years later.
    expect(nearCopyPrint(WIRE)).toBe(print);
    expect(nearCopySimilarity(print, print)).toBe(1);
    expect(nearCopyPrint(paragraphs[0])).toBeNull();
    expect(nearCopyPrint('')).toBeNull();
    expect(nearCopyPrint(null)).toBeNull();
  });

  it('gives the signatures stored by earlier versions (pinned: a faster computation must keep them)', () => {
    expect(nearCopyPrint(OTHER)).toBe(
      '2KVEYLKuBrzRUveWlD763OOmj/aRhRmIz/KXWvMnl27ld07P73kA7T90JxV0KYI7',
    );
    // Past the shingles hashed at most (MAX_SHINGLES): the first ones only.
    const long = Array.from({ length: 5000 }, (_, i) => `w${i % 977} x${(i * 7) % 31}`).join(' ');
    expect(nearCopyPrint(long)).toBe(
      'ef5yxHQ470SMjfEsWImRK792G54doOHweCedwbHVTeS8lsTi0JRJdUG8BTzblAzR',
    );
  });

  it('keeps a wire text republished with a credit, a dateline, a caption or a paragraph less', () => {
    const wire = nearCopyPrint(WIRE)!;
    const republished = [
      // A dateline and a credit line.
      `PYONGYANG (AFP) — ${WIRE}\n\nWith AFP`,
      `${WIRE}\n\n— AP`,
      `Pyongyang, June 19 (Reuters) - ${WIRE}`,
      // A caption and a photo credit read into the text, case and spacing changed.
      `${paragraphs[0]}\n\nKim Jong Un greets Vladimir Putin at Pyongyang airport. Photo: KCNA via Reuters\n\n${paragraphs.slice(1).join('\n\n').toUpperCase()}`,
      // The last paragraph cut; an editor's note added.
      `${paragraphs.slice(0, -1).join('\n\n')}\n\nEditor's note: this story was updated with the list of ministers.`,
    ];
    for (const text of republished) {
      const sim = nearCopySimilarity(wire, nearCopyPrint(text)!);
      expect(sim, text.slice(0, 40)).toBeGreaterThanOrEqual(0.7);
      expect(isNearCopy(wire, nearCopyPrint(text)!)).toBe(true);
    }
  });

  it('keeps a copy edited by the site that republished it, a word or two in each paragraph', () => {
    const edited = paragraphs
      .map((p) => p.replace(/\bsaid\b/, 'stated').replace(/\bthe\b/, 'its'))
      .join('\n\n');
    expect(edited).not.toBe(WIRE);
    expect(isNearCopy(nearCopyPrint(WIRE)!, nearCopyPrint(edited)!)).toBe(true);
  });

  it('tells apart two articles on one event written apart, and a text from its first half', () => {
    const wire = nearCopyPrint(WIRE)!;
    expect(nearCopySimilarity(wire, nearCopyPrint(OTHER)!)).toBeLessThan(0.2);
    expect(isNearCopy(wire, nearCopyPrint(OTHER)!)).toBe(false);
    // The same text with half of it rewritten is another version, not a copy.
    const half = [...paragraphs.slice(0, 3), ...OTHER.split('\n').slice(3)].join('\n\n');
    expect(nearCopySimilarity(wire, nearCopyPrint(half)!)).toBeLessThan(NEAR_COPY_MIN);
  });
});

describe('nearCopyPairs', () => {
  it('finds the pairs isNearCopy finds, two by two', () => {
    const texts = [
      WIRE,
      OTHER,
      `PYONGYANG (AFP) — ${WIRE}`,
      paragraphs.slice(0, 4).join('\n\n'),
      paragraphs.slice(0, 5).join('\n\n'),
      paragraphs.slice(2).join('\n\n'),
      `${OTHER} With AFP`,
    ];
    const prints = [...texts.map((t) => nearCopyPrint(t)!), 'not a signature'];
    const expected: [number, number][] = [];
    for (let i = 0; i < prints.length; i++) {
      for (let j = i + 1; j < prints.length; j++) {
        if (isNearCopy(prints[i]!, prints[j]!)) expected.push([i, j]);
      }
    }
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.length).toBeLessThan(20);
    expect(nearCopyPairs(prints)).toEqual(expected);
    expect(nearCopyPairs([])).toEqual([]);
  });
});

describe('schema v16', () => {
  it('indexes the light rows of a v15 database by their bands', async () => {
    const rows = [
      putinArticle(1, 'a.example', WIRE),
      putinArticle(2, 'b.example', `PYONGYANG (AFP) — ${WIRE}`),
      putinArticle(3, 'c.example', OTHER),
    ];
    // As v15 left them: signed, without bands.
    const v15 = rows.map((r) => ({ ...r, nearPrint: nearCopyPrint(r.text)! }));
    const name = await leftByRelease(15, v15);
    const upgraded = openDb(name);
    try {
      expect(upgraded.verno).toBe(20);
      const light = await upgraded.lightArticles.orderBy('id').toArray();
      expect(light.map((l) => l.nearBands)).toEqual(
        rows.map((r) => nearCopySignature(r.text)!.bands),
      );
      const found = await upgraded.lightArticles
        .where('nearBands')
        .anyOf(light[0]!.nearBands!)
        .primaryKeys();
      expect([...new Set(found)].sort()).toEqual([1, 2]);
      expect((await nearCopiesOf(upgraded, light[0]!)).map((l) => l.id)).toEqual([2]);
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});

describe('nearCopySignature', () => {
  it('gives the signature and NEAR_BANDS bands, band k in [k × 2^32, (k + 1) × 2^32)', () => {
    const { print, bands } = nearCopySignature(WIRE)!;
    expect(print).toBe(nearCopyPrint(WIRE));
    expect(bands).toHaveLength(NEAR_BANDS);
    bands.forEach((b, k) => {
      expect(Number.isInteger(b)).toBe(true);
      expect(Math.floor(b / 2 ** 32)).toBe(k);
    });
    expect(nearCopySignature(paragraphs[0])).toBeNull();
  });

  it('shares a band between a wire text and its republications, none with the same event written apart', () => {
    const bands = new Set(nearCopySignature(WIRE)!.bands);
    const shared = (text: string) => nearCopySignature(text)!.bands.filter((b) => bands.has(b));
    for (const text of [
      `PYONGYANG (AFP) — ${WIRE}\n\nWith AFP`,
      `${paragraphs.slice(0, -1).join('\n\n')}\n\nEditor's note: this story was updated.`,
    ]) {
      expect(shared(text).length, text.slice(0, 40)).toBeGreaterThan(0);
    }
    expect(shared(OTHER)).toEqual([]);
  });
});

describe('light rows', () => {
  const testDb = useTestDb();

  it('carry the near-copy signature of their text, kept in step with it', async () => {
    const db = testDb();
    await db.articles.bulkAdd([
      putinArticle(1, 'a.example', WIRE),
      putinArticle(2, 'b.example', 'Short.'),
    ]);
    const light = await db.lightArticles.orderBy('id').toArray();
    expect(light.map((l) => l.nearPrint)).toEqual([nearCopyPrint(WIRE), undefined]);
    await db.articles.update(1, { text: OTHER });
    expect((await db.lightArticles.get(1))?.nearPrint).toBe(nearCopyPrint(OTHER));
  });

  it('are found by their bands: nearCopiesOf gives the near copies among all rows, not itself', async () => {
    const db = testDb();
    await db.articles.bulkAdd([
      putinArticle(1, 'a.example', WIRE),
      putinArticle(2, 'b.example', `PYONGYANG (AFP) — ${WIRE}\n\nWith AFP`),
      putinArticle(3, 'c.example', OTHER),
      putinArticle(4, 'd.example', paragraphs[0]!),
      putinArticle(5, 'e.example', `${paragraphs.slice(1).join('\n\n')}`),
    ]);
    const light = await db.lightArticles.orderBy('id').toArray();
    expect(light.map((l) => l.nearBands?.length)).toEqual([
      NEAR_BANDS,
      NEAR_BANDS,
      NEAR_BANDS,
      undefined,
      NEAR_BANDS,
    ]);
    const keysOf = async (i: number) =>
      (await nearCopiesOf(db, light[i]!)).map((r) => r.key).sort();
    expect(await keysOf(0)).toEqual([light[1]!.key, light[4]!.key]);
    expect(await keysOf(1)).toEqual([light[0]!.key, light[4]!.key]);
    expect(await keysOf(2)).toEqual([]);
    expect(await keysOf(3)).toEqual([]);
  });
});

describe('schema v15', () => {
  it('gives the light rows of a v14 database their near-copy signature', async () => {
    const rows = [
      putinArticle(1, 'a.example', WIRE),
      putinArticle(2, 'b.example', `PYONGYANG (AFP) — ${WIRE}`),
      putinArticle(3, 'c.example', paragraphs[0]!),
    ];
    const name = await leftByRelease(14, rows);
    const upgraded = openDb(name);
    try {
      expect(upgraded.verno).toBe(20);
      const light = await upgraded.lightArticles.orderBy('id').toArray();
      expect(light.map((l) => l.key)).toEqual(rows.map((r) => r.key));
      expect(light.map((l) => l.nearPrint)).toEqual([
        nearCopyPrint(WIRE),
        nearCopyPrint(rows[1]!.text),
        undefined,
      ]);
      expect(isNearCopy(light[0]!.nearPrint!, light[1]!.nearPrint!)).toBe(true);
      // The article rows are as they were.
      expect(await upgraded.articles.get(1)).toEqual(rows[0]);
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});
