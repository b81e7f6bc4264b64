/**
 * `npm run --silent stories -- FILE.jsonl`
 * Groups news documents into stories with the extension's own code (entities, addToStories) over
 * an in-memory IndexedDB. Reads JSON Lines {doc_id, text, title?, url?, published_at?, lang?};
 * prints JSON Lines {doc_id, story_id} in input order, each document's story after all are
 * grouped. A bad line gets an error on stderr with its number and is skipped (exit code still 0:
 * the good lines are answered); exit code 2 for wrong usage or an unreadable file. Bad lines
 * include: a line over MAX_LINE_BYTES, a `published_at` that is not a real date between 1900 and
 * a year from now, a `doc_id` seen before (the first is kept). Messages quote the input escaped
 * and cut short.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { createReadStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { openDb } from '../db';
import { groupDocuments, type StoryDocument } from '../stories/group-documents';
import { printable } from './printable';

const USAGE = 'usage: npm run --silent stories -- FILE.jsonl';

/** The longest line read; longer ones are reported and skipped without being held in memory. */
export const MAX_LINE_BYTES = 2_000_000;
const EARLIEST = Date.UTC(1900, 0, 1);
const YEAR_MS = 366 * 24 * 3600 * 1000;
// A calendar date, optionally with a time and a zone: what ISO 8601 and RFC 3339 feeds carry.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Whether `s` is a real calendar date (no 30 February), written as ISO 8601, between 1900 and
 * a year after `now`: "0" or "99999-01-01" are typing errors, not publication dates.
 */
export function isSaneDate(s: string, now: number): boolean {
  const m = ISO_DATE.exec(s.trim());
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) {
    return false;
  }
  const t = Date.parse(s.trim().replace(' ', 'T'));
  return Number.isFinite(t) && t >= EARLIEST && t <= now + YEAR_MS;
}

const lineSchema = (now: number) =>
  v.object({
    doc_id: v.union([v.pipe(v.string(), v.minLength(1)), v.pipe(v.number(), v.transform(String))]),
    text: v.string(),
    title: v.optional(v.nullable(v.string())),
    url: v.optional(v.nullable(v.string())),
    published_at: v.optional(
      v.nullable(
        v.pipe(
          v.string(),
          v.check(
            (s) => isSaneDate(s, now),
            'published_at is not a date between 1900 and a year from now (ISO 8601)',
          ),
        ),
      ),
    ),
    lang: v.optional(v.nullable(v.string())),
  });

/** Reads documents line by line: validates, drops duplicates, reports each bad line once. */
export function createDocumentReader(
  onError: (line: number, message: string) => void,
  now = Date.now(),
) {
  const schema = lineSchema(now);
  const firstLine = new Map<string, number>();
  const docs: StoryDocument[] = [];
  // Whatever the input says is quoted escaped and short: it may be binary or huge.
  const report = (n: number, message: string) => onError(n, printable(message, 300));
  return {
    docs,
    /** One line's text (1-based number `n`). */
    read(line: string, n: number): void {
      if (!line.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        report(n, `not JSON: ${(e as Error).message}`);
        return;
      }
      const parsed = v.safeParse(schema, value);
      if (!parsed.success) {
        const issue = parsed.issues[0];
        const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
        report(n, `${path ? `${path}: ` : ''}${issue.message}`);
        return;
      }
      const doc = parsed.output;
      const first = firstLine.get(doc.doc_id);
      if (first !== undefined) {
        report(
          n,
          `duplicate doc_id ${JSON.stringify(doc.doc_id)} (first on line ${first}); skipped`,
        );
        return;
      }
      firstLine.set(doc.doc_id, n);
      docs.push(doc);
    },
    /** A line over the limit, never read into memory. */
    tooLong(n: number, bytes: number): void {
      report(n, `line too long: ${bytes} bytes (limit ${MAX_LINE_BYTES}); skipped`);
    },
  };
}

/** Parses JSON Lines; bad lines are reported through `onError` with their 1-based number. */
export function parseDocuments(
  input: string,
  onError: (line: number, message: string) => void,
  now = Date.now(),
): StoryDocument[] {
  const reader = createDocumentReader(onError, now);
  input.split(/\r?\n/).forEach((line, i) => {
    const bytes = Buffer.byteLength(line);
    if (bytes > MAX_LINE_BYTES) reader.tooLong(i + 1, bytes);
    else reader.read(line, i + 1);
  });
  return reader.docs;
}

/**
 * Splits a byte stream into lines (numbered from 1, without their "\n" or "\r\n"); a line over
 * `maxBytes` is only counted, never kept, whatever its length.
 */
export async function* boundedLines(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<{ n: number; line: string } | { n: number; tooLong: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let n = 1;
  const end = () => {
    if (size > maxBytes) return { n, tooLong: size };
    return { n, line: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') };
  };
  for await (const chunk of chunks) {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(10, start);
      const piece = buf.subarray(start, nl === -1 ? buf.length : nl);
      size += piece.length;
      if (size > maxBytes) parts = [];
      else if (piece.length) parts.push(piece);
      if (nl === -1) break;
      yield end();
      parts = [];
      size = 0;
      n++;
      start = nl + 1;
    }
  }
  if (size > 0) yield end();
}

/** Runs the tool; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv.length !== 1 || argv[0]!.startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const reader = createDocumentReader((line, message) => {
    process.stderr.write(`line ${line}: ${message}\n`);
  });
  try {
    for await (const item of boundedLines(createReadStream(argv[0]!), MAX_LINE_BYTES)) {
      if ('tooLong' in item) reader.tooLong(item.n, item.tooLong);
      else reader.read(item.line, item.n);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    process.stderr.write(`cannot read ${printable(argv[0]!)}: ${printable(code)}\n`);
    return 2;
  }
  const docs = reader.docs;
  const db = openDb(`stories-cli-${process.pid}-${Date.now()}`);
  try {
    const stories = await groupDocuments(db, docs);
    process.stdout.write(
      docs.map((d, i) => JSON.stringify({ doc_id: d.doc_id, story_id: stories[i] })).join('\n') +
        (docs.length ? '\n' : ''),
    );
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
