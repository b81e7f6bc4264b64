import type { DBCore, DBCoreMutateRequest, Middleware, Transaction } from 'dexie';
import { FILL_PAGE } from './light-articles';
import { hashContent } from '../search/hash-content';
import { siteOf } from '../url/article-key';
import { copyPrintOf, fingerprintWords, textFingerprint, type TextPrint } from './text-fingerprint';
import type { BackstoryDb, StoredArticle } from './schema';
import { nearCopySignature } from './near-copy';

/**
 * One article reached under several addresses of one site (`?page=1`, a sharing parameter, a
 * path alias) without an own-site canonical URL is one article: same site, same title and the
 * same text, up to case, spacing and punctuation. Its row is found by `dupKey`, the hash of
 * the three, an index of the articles table (schema v13).
 *
 * The same text, not a similar one: a page that changes its text under a new address (a live
 * page's next entry, a page pushing URLs with new content) stays a new article, as before; two
 * reads of one address far apart in time, an edit in between, are one row under their key
 * anyway. A light edit between two addresses of one site read apart is the case left as two.
 */

/**
 * Lower case, letters and digits only, single spaces: case, spacing and punctuation aside (for
 * titles; texts are fingerprinted in one pass, text-fingerprint.ts).
 */
export function normalizedWords(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The hash of an article's site, normalised title and text fingerprint: equal for the same
 * article under another address of its site. Null without a site, a title or a text (an
 * untitled page is never taken for another).
 */
export function dupKeyOf(
  a: Pick<StoredArticle, 'url' | 'key' | 'title' | 'text'>,
  text: Pick<TextPrint, 'print'> = fingerprintWords(a.text ?? ''),
): string | null {
  const site = siteOf(a.url ?? a.key);
  const title = normalizedWords(a.title ?? '');
  if (!site || !title) return null;
  return text.print ? hashContent([site, title, text.print]) : null;
}

/**
 * The stored article that `article`, under `article.key` (no row's key), is: the row that has
 * that key as an alias when the title is still the same (an address may show another article
 * later: that one is not the row's, whose text would be lost), else the row of the same site,
 * title and text, unless both name their own, different canonical URLs (the site says they are
 * two articles). Two indexed queries; the hash's match is checked against the row itself.
 * `print` is its text's fingerprintWords when the caller has it.
 */
export async function findSameArticle(
  db: BackstoryDb,
  article: Pick<StoredArticle, 'url' | 'key' | 'title' | 'text' | 'canonicalUrl'>,
  print?: TextPrint,
): Promise<StoredArticle | undefined> {
  const aliased = await db.articles.where('aliases').equals(article.key).first();
  if (aliased && isSameTitle(aliased, article)) return aliased;
  const text = print ?? fingerprintWords(article.text ?? '');
  const dupKey = dupKeyOf(article, text);
  if (!dupKey) return undefined;
  const rows = await db.articles.where('dupKey').equals(dupKey).limit(4).toArray();
  return rows.length ? rows.find(sameArticleAs(article, text.print)) : undefined;
}

/**
 * Whether a stored row is the same article as `article` (the checks behind a dupKey's match,
 * which is only a hash): same site and title, normalised; the same text fingerprint; not both
 * with a canonical URL of their own (two rows' own canonical URLs are two keys: the site says
 * they are two articles). `article`'s text is fingerprinted once (unless its `print` is given);
 * a row's print is read from the row when it has one (StoredArticle.textPrint, long texts),
 * else computed.
 */
export function sameArticleAs(
  article: Pick<StoredArticle, 'url' | 'key' | 'title' | 'text' | 'canonicalUrl'>,
  print: string = textFingerprint(article.text ?? ''),
): (row: StoredArticle) => boolean {
  return (r) => isSameText(r, article, print);
}

/**
 * Whether `row` is `article` under another address by its site, title and text (`print`, the
 * article's text fingerprint), unless both name their own canonical URLs: sameArticleAs's
 * check, for callers that hold the candidate rows (lib/sync/merge.ts).
 */
export function isSameText(
  row: Pick<StoredArticle, 'url' | 'key' | 'title' | 'text' | 'canonicalUrl' | 'textPrint'>,
  article: Pick<StoredArticle, 'url' | 'key' | 'title' | 'canonicalUrl'>,
  print: string,
): boolean {
  return (
    !(article.canonicalUrl && row.canonicalUrl) &&
    isSameTitle(row, article) &&
    (row.textPrint ?? textFingerprint(row.text ?? '')) === print
  );
}

/** Whether two articles are of one site and have one title, normalised. */
export function isSameTitle(
  a: Pick<StoredArticle, 'url' | 'key' | 'title'>,
  b: Pick<StoredArticle, 'url' | 'key' | 'title'>,
): boolean {
  const title = normalizedWords(a.title ?? '');
  return (
    title !== '' &&
    siteOf(a.url ?? a.key) === siteOf(b.url ?? b.key) &&
    title === normalizedWords(b.title ?? '')
  );
}

/**
 * The most aliases a row keeps: an address with a changing parameter (a timestamp) would
 * otherwise add one at every read. The latest are kept.
 */
export const MAX_ALIASES = 20;

/** A row's aliases with `key` added as the latest (once), at most MAX_ALIASES of them. */
export function withAlias(aliases: readonly string[] | undefined, key: string): string[] {
  return [...(aliases ?? []).filter((a) => a !== key), key].slice(-MAX_ALIASES);
}

/**
 * Keeps `dupKey`, `textPrint` and `nearPrint` in step with every write to the articles table
 * (reads, imports, sync, upgrades): a row's site, title and text decide them, whoever writes
 * the row. Registered above lightArticlesMiddleware (schema.ts applySchema), which copies the
 * row's textPrint and nearPrint to the light row instead of reading the text again.
 */
export const dupKeyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'articleDupKey',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'articles') return table;
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
            const values = req.values.map((v: StoredArticle) => withDupKey(v));
            return table.mutate({ ...req, values } as DBCoreMutateRequest);
          },
        };
      },
    };
  },
};

/**
 * Prints of rows' texts known before the rows are written (notePrint, noteStoredPrint), by row:
 * the text printed, its print (fingerprintWords) and its copy print (copyPrintOf).
 */
const notedPrints = new WeakMap<object, { text: string; print: string; copy: string | null }>();

/**
 * Notes the print (fingerprintWords) of a text that a writer has computed before putting `row`
 * (an upsert looking for the same article, a sync batch hashing its dupKeys), so that
 * dupKeyMiddleware takes it instead of reading the row's text again: taken only when the row's
 * text is `text`.
 */
export function notePrint(row: StoredArticle, text: string, print: TextPrint): void {
  notedPrints.set(row, { text, print: print.print, copy: copyPrintOf(print) });
}

/**
 * Notes that `row`, about to be written over `stored` (a read again), has the stored row's text,
 * whose print is the stored row's textPrint (dupKeyMiddleware wrote it with that text; a text
 * has one from COPY_MIN_WORDS words): dupKeyMiddleware takes it instead of reading the text
 * again. Nothing noted for a changed text or a row without textPrint (a short text).
 */
export function noteStoredPrint(row: StoredArticle, stored: StoredArticle): void {
  const print = stored.textPrint;
  if (print && row.text !== undefined && row.text === stored.text) {
    notedPrints.set(row, { text: row.text, print, copy: print });
  }
}

/** The print and copy print of a row's text: those noted for it when of this text, else computed. */
function printOfRow(row: StoredArticle): { print: string; copy: string | null } {
  const text = row.text ?? '';
  const noted = notedPrints.get(row);
  if (noted !== undefined && noted.text === text) return noted;
  const print = fingerprintWords(text);
  return { print: print.print, copy: copyPrintOf(print) };
}

/**
 * The row with its dupKey (without one when it has no site or title), its textPrint (without
 * one for a text under COPY_MIN_WORDS words), both from one pass over its text, and its
 * nearPrint and nearBands (near-copy.ts), kept from the row when its text is the one they were computed from
 * (the row's textPrint is the text's): a read again, a save, a sync of an unchanged text does
 * not sign the text again. The text is fingerprinted here unless its writer noted the print (notePrint).
 */
export function withDupKey(row: StoredArticle): StoredArticle {
  const { print, copy: textPrint } = printOfRow(row);
  const dupKey = dupKeyOf(row, { print });
  const sameText = textPrint !== null && textPrint === row.textPrint;
  const near =
    sameText && row.nearPrint && row.nearBands
      ? { print: row.nearPrint, bands: row.nearBands }
      : nearCopySignature(row.text);
  const nearPrint = near?.print ?? null;
  if (
    dupKey === (row.dupKey ?? null) &&
    textPrint === (row.textPrint ?? null) &&
    nearPrint === (row.nearPrint ?? null) &&
    (near?.bands ?? null) === (row.nearBands ?? null)
  ) {
    return row;
  }
  const out = { ...row };
  if (dupKey === null) delete out.dupKey;
  else out.dupKey = dupKey;
  if (textPrint === null) delete out.textPrint;
  else out.textPrint = textPrint;
  if (near === null) {
    delete out.nearPrint;
    delete out.nearBands;
  } else {
    out.nearPrint = near.print;
    out.nearBands = near.bands;
  }
  return out;
}

/**
 * Gives the rows stored before schema v13 their dupKey (its upgrade), a page of rows at a time
 * by primary key, as fillLightArticles: their texts are never all in memory. Rows without a
 * site, title or text are left as they are.
 */
export async function fillDupKeys(tx: Transaction, page = FILL_PAGE): Promise<void> {
  const articles = tx.table<StoredArticle, number>('articles');
  let after = -Infinity;
  for (;;) {
    const rows = await articles.where(':id').above(after).limit(page).toArray();
    if (!rows.length) return;
    const changed = rows.map(withDupKey).filter((r, i) => r !== rows[i]);
    if (changed.length) await articles.bulkPut(changed);
    after = rows.at(-1)!.id!;
  }
}
