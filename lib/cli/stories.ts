/**
 * `npm run --silent stories -- FILE.jsonl`
 * Groups news documents into stories with the extension's own code (entities, addToStories) over
 * an in-memory IndexedDB. Reads JSON Lines {doc_id, text, title?, url?, published_at?, lang?};
 * prints JSON Lines {doc_id, story_id} in input order, each document's story after all are
 * grouped. A bad line gets an error on stderr with its number and is skipped (exit code still 0:
 * the good lines are answered); exit code 2 for wrong usage or an unreadable file.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { openDb } from '../db';
import { groupDocuments, type StoryDocument } from '../stories/group-documents';

const USAGE = 'usage: npm run --silent stories -- FILE.jsonl';

const Line = v.object({
  doc_id: v.union([v.pipe(v.string(), v.minLength(1)), v.pipe(v.number(), v.transform(String))]),
  text: v.string(),
  title: v.optional(v.nullable(v.string())),
  url: v.optional(v.nullable(v.string())),
  published_at: v.optional(
    v.nullable(
      v.pipe(
        v.string(),
        v.check((s) => Number.isFinite(Date.parse(s)), 'published_at is not a date'),
      ),
    ),
  ),
  lang: v.optional(v.nullable(v.string())),
});

/** Parses JSON Lines; bad lines are reported through `onError` with their 1-based number. */
export function parseDocuments(
  input: string,
  onError: (line: number, message: string) => void,
): StoryDocument[] {
  const docs: StoryDocument[] = [];
  input.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      onError(i + 1, `not JSON: ${(e as Error).message}`);
      return;
    }
    const parsed = v.safeParse(Line, value);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      onError(i + 1, `${path ? `${path}: ` : ''}${issue.message}`);
      return;
    }
    docs.push(parsed.output);
  });
  return docs;
}

/** Runs the tool; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv.length !== 1 || argv[0]!.startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let input: string;
  try {
    input = await readFile(argv[0]!, 'utf8');
  } catch (e) {
    process.stderr.write(`cannot read ${argv[0]}: ${(e as NodeJS.ErrnoException).code ?? e}\n`);
    return 2;
  }
  const docs = parseDocuments(input, (line, message) => {
    process.stderr.write(`line ${line}: ${message}\n`);
  });
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
