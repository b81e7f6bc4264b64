import {
  parseExport,
  serializeExport,
  toMarkdown,
  type ExportedArticle,
} from '../archive/export-format';

/** What export and import need from the background. */
export interface TransferConnector {
  exportPage(
    offset: number,
    limit: number,
  ): Promise<{ articles: ExportedArticle[]; total: number }>;
  importChunk(articles: ExportedArticle[]): Promise<{ added: number; merged: number }>;
}

const EXPORT_PAGE = 200;
const IMPORT_CHUNK = 100;

/** Every stored article, read page by page (messages stay small, the worker stays responsive). */
export async function collectExport(
  conn: TransferConnector,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ExportedArticle[]> {
  const all: ExportedArticle[] = [];
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const { articles, total } = await conn.exportPage(offset, EXPORT_PAGE);
    all.push(...articles);
    onProgress(all.length, total);
    if (articles.length < EXPORT_PAGE) return all;
  }
}

/** The JSON export file (lossless) and the Markdown of saved articles. */
export function exportFiles(articles: ExportedArticle[]): { json: string; markdown: string } {
  return { json: serializeExport(articles), markdown: toMarkdown(articles) };
}

export type ImportOutcome =
  { ok: true; added: number; merged: number } | { ok: false; reason: string };

/**
 * Imports an export file: read and checked whole first (a broken or newer file changes
 * nothing), then sent in chunks with progress, merged without duplicates.
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
  const total = parsed.articles.length;
  onProgress(0, total);
  for (let i = 0; i < total; i += IMPORT_CHUNK) {
    const result = await conn.importChunk(parsed.articles.slice(i, i + IMPORT_CHUNK));
    added += result.added;
    merged += result.merged;
    onProgress(Math.min(i + IMPORT_CHUNK, total), total);
  }
  return { ok: true, added, merged };
}
