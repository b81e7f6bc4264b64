import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '@/lib/article';
import { parseExport, serializeExport } from '@/lib/archive/export-format';
import { openDb, upsertArticle, type BackstoryDb } from '@/lib/db';
import { saveToArchive } from '@/lib/db/archive';
import {
  deleteAll,
  deleteArticle,
  deleteSite,
  exportPage,
  importArticles,
} from '@/lib/db/transfer';
import { listArticlesMentioning } from '@/lib/db/mentions';
import { collectExport, importExportFile } from '@/lib/ui/archive-transfer';

const base: Article = {
  url: null,
  canonicalUrl: null,
  title: 'T',
  byline: null,
  siteName: 'S',
  lang: 'fr',
  publishedAt: '2024-06-19T06:45:00.000Z',
  excerpt: null,
  text: 'Poutine à Pyongyang.',
  modifiedAt: null,
  section: 'Monde',
  imageUrl: null,
  description: null,
  captions: [{ text: 'Légende', credit: 'AFP' }],
};
const dbs: BackstoryDb[] = [];
const fresh = () => {
  const db = openDb(`t-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A connector straight onto a database, as the background would answer. */
const connectorFor = (db: BackstoryDb) => ({
  exportPage: (offset: number, limit: number) => exportPage(db, offset, limit),
  importChunk: (articles: Parameters<typeof importArticles>[1]) => importArticles(db, articles),
});

async function seedDb(db: BackstoryDb) {
  await upsertArticle(db, { ...base, url: 'https://b.example/2', title: 'Deux' }, 20);
  await upsertArticle(db, { ...base, url: 'https://a.example/1', title: 'Un' }, 10);
  await upsertArticle(db, { ...base, url: 'https://a.example/1', title: 'Un' }, 15);
  await saveToArchive(db, 'https://a.example/1', '<p>Poutine à <em>Pyongyang</em>.</p>', 16);
}

describe('export and import', () => {
  it('export, import into an empty archive, export: the same file', async () => {
    const a = fresh();
    await seedDb(a);
    const first = serializeExport(await collectExport(connectorFor(a)));
    const b = fresh();
    const outcome = await importExportFile(connectorFor(b), first);
    expect(outcome).toEqual({ ok: true, added: 2, merged: 0 });
    const second = serializeExport(await collectExport(connectorFor(b)));
    expect(second).toBe(first);
    expect(first).toContain('"readCount":2');
    expect(first).toContain('<p>Poutine à <em>Pyongyang</em>.</p>');
  });

  it('carries the entities, so that an imported archive knows who its articles are about', async () => {
    const a = fresh();
    await seedDb(a);
    const putin = {
      id: 'per:Q7747',
      type: 'PER' as const,
      name: 'Poutine',
      salience: 1,
      mentions: [{ start: 0, end: 7 }],
    };
    await a.articles
      .where('key')
      .equals('https://a.example/1')
      .modify({ entities: [putin], entityIds: [putin.id] });
    const file = serializeExport(await collectExport(connectorFor(a)));
    expect(file).toContain('"entities":[{"id":"per:Q7747"');
    const b = fresh();
    await importExportFile(connectorFor(b), file);
    expect((await listArticlesMentioning(b, 'per:Q7747')).map((r) => r.key)).toEqual([
      'https://a.example/1',
    ]);
    expect(serializeExport(await collectExport(connectorFor(b)))).toBe(file);
    // A file written before entities were exported still imports (they are found again later).
    const old = file.replace(/,"entities":\[[^\]]*\]\}\]/, '');
    expect(old).not.toContain('"entities"');
    const c = fresh();
    expect(await importExportFile(connectorFor(c), old)).toMatchObject({ ok: true, added: 2 });
  });

  it('merges without duplicates when articles are already there', async () => {
    const a = fresh();
    await seedDb(a);
    const file = serializeExport(await collectExport(connectorFor(a)));
    const b = fresh();
    await upsertArticle(b, { ...base, url: 'https://a.example/1', title: 'Un (old)' }, 5);
    const progress: number[] = [];
    const outcome = await importExportFile(connectorFor(b), file, (done) => progress.push(done));
    expect(outcome).toEqual({ ok: true, added: 1, merged: 1 });
    expect(progress.at(-1)).toBe(2);
    expect(await b.articles.count()).toBe(2);
    expect(await b.articles.where('key').equals('https://a.example/1').first()).toMatchObject({
      title: 'Un',
      firstReadAt: 5,
      lastReadAt: 15,
      readCount: 2,
      savedAt: 16,
    });
    // Importing the same file again changes nothing.
    const before = serializeExport(await collectExport(connectorFor(b)));
    await importExportFile(connectorFor(b), file);
    expect(serializeExport(await collectExport(connectorFor(b)))).toBe(before);
    expect(await b.articles.count()).toBe(2);
  });

  it.each([
    ['not JSON', '{"format": "backstory-archive", ', /not valid JSON/],
    ['another format', '{"format":"pocket","version":1,"articles":[]}', /not a Backstory export/],
    [
      'a newer version',
      '{"format":"backstory-archive","version":99,"articles":[]}',
      /newer Backstory \(format version 99\)/,
    ],
    [
      'a damaged article',
      '{"format":"backstory-archive","version":1,"articles":[{"key":"https://a.example/"}]}',
      /article 1 is damaged/,
    ],
  ])('refuses %s with a reason and changes nothing', async (_name, text, reason) => {
    const b = fresh();
    await upsertArticle(b, { ...base, url: 'https://kept.example/1' }, 1);
    const outcome = await importExportFile(connectorFor(b), text);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reason).toMatch(reason);
    expect(await b.articles.count()).toBe(1);
    expect(parseExport(text).ok).toBe(false);
  });
});

describe('deleting', () => {
  it('one article, a site with its subdomains, or everything', async () => {
    const db = fresh();
    await seedDb(db);
    await upsertArticle(db, { ...base, url: 'https://news.a.example/3' }, 30);
    await upsertArticle(db, { ...base, url: 'https://c.example/4' }, 40);
    expect(await deleteArticle(db, 'https://c.example/4')).toBe(1);
    expect((await deleteSite(db, 'a.example')).map((r) => r.key).sort()).toEqual([
      'https://a.example/1',
      'https://news.a.example/3',
    ]);
    expect(await db.contents.count()).toBe(0);
    expect((await db.articles.toArray()).map((a) => a.key)).toEqual(['https://b.example/2']);
    await deleteAll(db);
    expect(await db.articles.count()).toBe(0);
  });
});
