import {
  EXPORT_HEAD,
  EXPORT_TAIL,
  MARKDOWN_SEPARATOR,
  articleMarkdown,
  parseExport,
  type ExportedArticle,
  type ParsedExport,
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
 * Imports an export file: checked whole first (a broken or newer file changes nothing), then
 * sent in chunks bounded in bytes (a message never nears Chrome's 64 MiB limit), with progress,
 * merged without duplicates. A file laid out as Backstory writes it (one article a line) is
 * read as a stream, twice (check, then send), so that however big it is, the page holds one
 * chunk of it; another layout is read whole. A chunk that fails (the worker stopped) ends the
 * import with what was done: importing the file again merges and finishes it.
 */
export async function importExportFile(
  conn: TransferConnector,
  file: Blob | string,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ImportOutcome> {
  const blob = typeof file === 'string' ? new Blob([file]) : file;
  let total: number;
  let articles: () => AsyncIterable<ExportedArticle>;
  const checked = await checkLines(blob);
  if (checked === 'other-layout') {
    const parsed = parseExport(await blob.text());
    if (!parsed.ok) return parsed;
    total = parsed.articles.length;
    articles = async function* () {
      yield* parsed.articles;
    };
  } else if (!checked.ok) {
    return checked;
  } else {
    total = checked.total;
    articles = () => articlesOf(blob);
  }
  let added = 0;
  let merged = 0;
  let done = 0;
  onProgress(0, total);
  const send = async (chunk: ExportedArticle[]) => {
    const result = await conn.importChunk(chunk);
    added += result.added;
    merged += result.merged;
    done += chunk.length;
    onProgress(done, total);
  };
  try {
    for await (const chunk of chunkBySize(articles(), jsonBytes, undefined, IMPORT_CHUNK)) {
      await send(chunk);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, reason, stopped: { done, total } };
  }
  return { ok: true, added, merged };
}

/** A Blob's text, line by line, read as a stream. */
async function* readLines(blob: Blob): AsyncGenerator<string> {
  const reader = blob.stream().pipeThrough(new TextDecoderStream()).getReader();
  // The pieces of a line that spans reads: each read is scanned once, however long the line.
  let pieces: string[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    let start = 0;
    for (let end = value.indexOf('\n'); end !== -1; end = value.indexOf('\n', start)) {
      pieces.push(value.slice(start, end));
      yield pieces.join('');
      pieces = [];
      start = end + 1;
    }
    if (start < value.length) pieces.push(value.slice(start));
  }
  if (pieces.length) yield pieces.join('');
}

const HEAD_LINE = EXPORT_HEAD.trimEnd();
const TAIL_LINE = EXPORT_TAIL.trim();

/** One article line of a file in Backstory's layout, checked as parseExport checks a file. */
function parseLine(line: string, n: number): ParsedExport {
  const item = line.endsWith(',') ? line.slice(0, -1) : line;
  const parsed = parseExport(`${EXPORT_HEAD}${item}${EXPORT_TAIL}`);
  if (parsed.ok) return parsed;
  return { ok: false, reason: parsed.reason.replace(/^article 1 /, `article ${n} `) };
}

/**
 * Checks a file in Backstory's layout line by line without keeping it: how many articles, or
 * why it is refused; 'other-layout' when it is laid out otherwise (or not JSON: read whole,
 * parseExport says why).
 */
async function checkLines(
  blob: Blob,
): Promise<{ ok: true; total: number } | { ok: false; reason: string } | 'other-layout'> {
  let n = 0;
  let total = 0;
  let ended = false;
  for await (const line of readLines(blob)) {
    if (n === 0 && line !== HEAD_LINE) return 'other-layout';
    if (ended) return 'other-layout';
    if (line === TAIL_LINE) ended = true;
    else if (n > 0 && !(n === 1 && line === '')) {
      const parsed = parseLine(line, n);
      if (!parsed.ok && parsed.reason.includes('not valid JSON')) return 'other-layout';
      if (!parsed.ok) return parsed;
      if (parsed.articles.length !== 1) return 'other-layout';
      total += 1;
    }
    n += 1;
  }
  return ended ? { ok: true, total } : 'other-layout';
}

async function* articlesOf(blob: Blob): AsyncGenerator<ExportedArticle> {
  let n = 0;
  for await (const line of readLines(blob)) {
    n += 1;
    if (n === 1 || line === TAIL_LINE || line === '') continue;
    const parsed = parseLine(line, n - 1);
    // Checked before: a file changed since is refused from here on.
    if (!parsed.ok) throw new Error(parsed.reason);
    yield parsed.articles[0]!;
  }
}
