import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '@/lib/article';
import {
  parseExport,
  serializeExport,
  toExported,
  toMarkdown,
  type ExportedArticle,
} from '@/lib/archive/export-format';
import { MESSAGE_BUDGET_BYTES, jsonBytes } from '@/lib/archive/message-size';
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
import { exportArchive, importExportFile } from '@/lib/ui/archive-transfer';

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
  exportPage: (after: string | null, limit: number) => exportPage(db, after, limit),
  importChunk: (articles: Parameters<typeof importArticles>[1]) => importArticles(db, articles),
});

/** The JSON export file of a database, as the options page writes it. */
const exportJson = async (db: BackstoryDb) =>
  (await exportArchive(connectorFor(db), 'json')).file.text();

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
    const first = await exportJson(a);
    const b = fresh();
    const outcome = await importExportFile(connectorFor(b), first);
    expect(outcome).toEqual({ ok: true, added: 2, merged: 0 });
    const second = await exportJson(b);
    expect(second).toBe(first);
    expect(first).toContain('"readCount":2');
    expect(first).toContain('<p>Poutine à <em>Pyongyang</em>.</p>');
    // The Markdown file: saved articles only.
    const markdown = await (await exportArchive(connectorFor(a), 'markdown')).file.text();
    const parsed = parseExport(first);
    expect(markdown).toBe(toMarkdown(parsed.ok ? parsed.articles : []));
    expect(markdown).toMatch(
      /^# Un\n\nS · 2024-06-19 · https:\/\/a\.example\/1\n\nPoutine à Pyongyang\.\n$/,
    );
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
    const file = await exportJson(a);
    expect(file).toContain('"entities":[{"id":"per:Q7747"');
    const b = fresh();
    await importExportFile(connectorFor(b), file);
    expect((await listArticlesMentioning(b, 'per:Q7747')).map((r) => r.key)).toEqual([
      'https://a.example/1',
    ]);
    expect(await exportJson(b)).toBe(file);
    // A file written before entities were exported still imports (they are found again later).
    const old = file.replace(/,"entities":\[[^\]]*\]\}\]/, '');
    expect(old).not.toContain('"entities"');
    const c = fresh();
    expect(await importExportFile(connectorFor(c), old)).toMatchObject({ ok: true, added: 2 });
  });

  it('merges without duplicates when articles are already there', async () => {
    const a = fresh();
    await seedDb(a);
    const file = await exportJson(a);
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
    const before = await exportJson(b);
    await importExportFile(connectorFor(b), file);
    expect(await exportJson(b)).toBe(before);
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

/** Compares huge texts without printing them (a failure says where they part). */
function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (a[i] === b[i]) i++;
  console.log(
    `texts differ at ${i}: ${JSON.stringify(a.slice(i - 40, i + 40))} vs ${JSON.stringify(b.slice(i - 40, i + 40))}`,
  );
  return false;
}

describe('an archive bigger than a message', () => {
  // 12 articles of 1.5 M characters: 18 MB, more than two 8 MiB messages' worth.
  const big = (i: number): ExportedArticle => {
    const key = `https://big.example/${String(i).padStart(2, '0')}`;
    const text = `${i} `.padEnd(1_500_000, 'lorem ipsum ');
    const row = { ...base, key, url: key, text, firstReadAt: i, lastReadAt: i, readCount: 1 };
    return toExported({ ...row, ...(i % 2 ? { savedAt: i } : {}), entities: [] }, null);
  };
  const file = serializeExport(Array.from({ length: 12 }, (_, i) => big(i)));

  it('goes both ways in messages bounded in bytes, and comes back whole', async () => {
    const b = fresh();
    const sent: number[] = [];
    const conn = connectorFor(b);
    const outcome = await importExportFile(
      {
        ...conn,
        importChunk: (articles) => {
          sent.push(jsonBytes({ articles }));
          return conn.importChunk(articles);
        },
      },
      file,
    );
    expect(outcome).toEqual({ ok: true, added: 12, merged: 0 });
    expect(sent.length).toBeGreaterThan(2);
    for (const bytes of sent) expect(bytes).toBeLessThanOrEqual(MESSAGE_BUDGET_BYTES);

    const pages: number[] = [];
    const exported = await exportArchive(
      {
        ...conn,
        exportPage: async (after, limit) => {
          const page = await conn.exportPage(after, limit);
          pages.push(jsonBytes(page));
          return page;
        },
      },
      'json',
    );
    expect(exported.count).toBe(12);
    expect(pages.length).toBeGreaterThan(2);
    for (const bytes of pages) expect(bytes).toBeLessThanOrEqual(MESSAGE_BUDGET_BYTES);
    expect(sameText(await exported.file.text(), file)).toBe(true);
  }, 30_000);

  it('sends an article bigger than the budget alone', async () => {
    const db = fresh();
    await importArticles(db, [big(1), big(2), big(3)]);
    const first = await exportPage(db, null, 100, 1_000_000);
    expect(first.articles.map((a) => a.key)).toEqual(['https://big.example/01']);
    const next = await exportPage(db, first.articles[0]!.key, 100, 4_000_000);
    expect(next.articles.map((a) => a.key)).toEqual([
      'https://big.example/02',
      'https://big.example/03',
    ]);
    expect((await exportPage(db, 'https://big.example/03', 100)).articles).toEqual([]);
  });

  it('says how far an import stopped got, and importing again finishes it', async () => {
    const b = fresh();
    const conn = connectorFor(b);
    let calls = 0;
    const dying = {
      ...conn,
      importChunk: async (articles: ExportedArticle[]) => {
        if (++calls === 2) throw new Error('Could not establish connection');
        return conn.importChunk(articles);
      },
    };
    const outcome = await importExportFile(dying, file);
    expect(outcome.ok).toBe(false);
    const stopped = !outcome.ok ? outcome.stopped : undefined;
    expect(stopped?.total).toBe(12);
    expect(stopped?.done).toBeGreaterThan(0);
    expect(await b.articles.count()).toBe(stopped!.done);
    const again = await importExportFile(conn, file);
    expect(again).toEqual({ ok: true, added: 12 - stopped!.done, merged: stopped!.done });
    expect(sameText(await exportJson(b), file)).toBe(true);
  }, 30_000);
});

describe('reading the file', () => {
  it('refuses a file with one damaged article, naming it, and changes nothing', async () => {
    const a = fresh();
    await seedDb(a);
    await upsertArticle(a, { ...base, url: 'https://c.example/3' }, 30);
    const lines = (await exportJson(a)).split('\n');
    // The second article line loses its key.
    lines[2] = lines[2]!.replace(/"key":"[^"]*",/, '');
    const b = fresh();
    const outcome = await importExportFile(connectorFor(b), lines.join('\n'));
    expect(outcome).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^article 2 is damaged/),
    });
    expect(await b.articles.count()).toBe(0);
  });

  it('imports a file laid out otherwise (pretty-printed) all the same', async () => {
    const a = fresh();
    await seedDb(a);
    const pretty = JSON.stringify(JSON.parse(await exportJson(a)), null, 2);
    const b = fresh();
    expect(await importExportFile(connectorFor(b), pretty)).toEqual({
      ok: true,
      added: 2,
      merged: 0,
    });
    expect(await exportJson(b)).toBe(await exportJson(a));
  });

  it('imports an empty archive', async () => {
    const b = fresh();
    expect(await importExportFile(connectorFor(b), serializeExport([]))).toEqual({
      ok: true,
      added: 0,
      merged: 0,
    });
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
