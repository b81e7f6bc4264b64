import {
  EXPORT_HEAD,
  EXPORT_TAIL,
  MARKDOWN_SEPARATOR,
  articleMarkdown,
  parseExport,
  type ExportedArticle,
} from '../archive/export-format';
import { chunkBySize, jsonBytes } from '../archive/message-size';

/** What export and import need from the background. */
export interface TransferConnector {
  exportPage(
    after: string | null,
    limit: number,
  ): Promise<{ articles: ExportedArticle[]; total: number }>;
  importChunk(articles: ExportedArticle[]): Promise<{ added: number; merged: number }>;
}

/** Articles per message at most; the background also bounds a page in bytes. */
const EXPORT_PAGE = 200;
const IMPORT_CHUNK = 100;

/**
 * The export file, JSON (lossless, sorted by key) or Markdown (saved articles, latest saved
 * first), read from the background page by page. Each page becomes Blob parts at once and its
 * articles are dropped: however big the archive, the page holds one page of it as strings.
 */
export async function exportArchive(
  conn: TransferConnector,
  kind: 'json' | 'markdown',
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ file: Blob; count: number }> {
  let json = new Blob([EXPORT_HEAD]);
  const saved: { savedAt: number; part: Blob }[] = [];
  let count = 0;
  let after: string | null = null;
  for (;;) {
    const { articles, total } = await conn.exportPage(after, EXPORT_PAGE);
    if (!articles.length) break;
    if (kind === 'json') {
      const lines = articles.map((a, i) => (count + i ? ',\n' : '') + JSON.stringify(a));
      json = new Blob([json, ...lines]);
    } else {
      for (const a of articles) {
        if (a.savedAt === null) continue;
        saved.push({ savedAt: a.savedAt, part: new Blob([articleMarkdown(a)]) });
      }
    }
    count += articles.length;
    after = articles.at(-1)!.key;
    onProgress(count, Math.max(count, total));
  }
  if (kind === 'json') {
    return { file: new Blob([json, EXPORT_TAIL], { type: 'application/json' }), count };
  }
  // A stable sort: articles saved at the same time stay in key order.
  saved.sort((a, b) => b.savedAt - a.savedAt);
  const parts = saved.flatMap((s, i) => (i ? [MARKDOWN_SEPARATOR, s.part] : [s.part]));
  return { file: new Blob(parts, { type: 'text/markdown' }), count };
}

export type ImportOutcome =
  | { ok: true; added: number; merged: number }
  | {
      ok: false;
      reason: string;
      /** Set when the import stopped part-way: how many articles had been imported. */
      stopped?: { done: number; total: number };
    };

/**
 * Imports an export file: read and checked whole first (a broken or newer file changes
 * nothing), then sent in chunks bounded in bytes (a message never nears Chrome's 64 MiB
 * limit), with progress, merged without duplicates. A chunk that fails (the worker stopped)
 * ends the import with what was done: importing the file again merges and finishes it.
 */
export async function importExportFile(
  conn: TransferConnector,
  text: string,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ImportOutcome> {
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  let added = 0;
  let merged = 0;
  let done = 0;
  const total = parsed.articles.length;
  onProgress(0, total);
  for (const chunk of chunkBySize(parsed.articles, jsonBytes, undefined, IMPORT_CHUNK)) {
    try {
      const result = await conn.importChunk(chunk);
      added += result.added;
      merged += result.merged;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, reason, stopped: { done, total } };
    }
    done += chunk.length;
    onProgress(done, total);
  }
  return { ok: true, added, merged };
}
