import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { MAX_LINE_BYTES, boundedLines, isSaneDate, parseDocuments } from '@/lib/cli/stories';

const NOW = Date.UTC(2026, 11, 2);
const run = promisify(execFile);

describe('stories: input checks', () => {
  it('takes real publication dates only, between 1900 and a year from now', () => {
    for (const ok of [
      '2024-06-19',
      '2024-06-19T08:30:00Z',
      '2024-06-19 08:30',
      '1900-01-01',
      '2027-06-01T00:00:00+02:00',
      '2024-02-29',
    ]) {
      expect(isSaneDate(ok, NOW), ok).toBe(true);
    }
    for (const bad of [
      '0',
      '99999-01-01',
      '2024-02-30',
      '2023-02-29',
      '1899-12-31',
      '2028-01-01',
      'June 2024',
      '2024-13-01',
      '',
    ]) {
      expect(isSaneDate(bad, NOW), bad).toBe(false);
    }
  });

  it('reports and skips bad dates and repeated doc_ids, keeping the first', () => {
    const onError = vi.fn();
    const docs = parseDocuments(
      [
        '{"doc_id":"a","text":"One.","published_at":"0"}',
        '{"doc_id":"b","text":"Two.","published_at":"99999-01-01"}',
        '{"doc_id":"c","text":"Three.","published_at":"2024-06-19"}',
        '{"doc_id":"c","text":"Three again."}',
        '{"doc_id":"d","text":"Four."}',
      ].join('\n'),
      onError,
      NOW,
    );
    expect(docs.map((d) => [d.doc_id, d.text])).toEqual([
      ['c', 'Three.'],
      ['d', 'Four.'],
    ]);
    expect(onError.mock.calls).toEqual([
      [1, expect.stringMatching(/^published_at: published_at is not a date/)],
      [2, expect.stringMatching(/^published_at: /)],
      [4, 'duplicate doc_id "c" (first on line 3); skipped'],
    ]);
  });

  it('quotes nothing raw: binary and huge values come out escaped and short', () => {
    const onError = vi.fn();
    parseDocuments(
      [
        '\u0000\u001b[2J\u0007binary',
        JSON.stringify({ doc_id: {}, text: 'x'.repeat(100_000) }),
      ].join('\n'),
      onError,
      NOW,
    );
    for (const [, message] of onError.mock.calls as [number, string][]) {
      expect(/[\p{Cc}]/u.test(message)).toBe(false);
      expect(message.length).toBeLessThanOrEqual(301);
    }
    expect(onError.mock.calls[0]![1]).toContain('\\u001b');
  });

  it('splits a stream into lines without keeping a line over the limit', async () => {
    async function* chunks() {
      yield Buffer.from('{"a":1}\r\n{"b":');
      yield Buffer.from('2}\n');
      for (let i = 0; i < 5; i++) yield Buffer.alloc(1000, 'x'); // one 5,000-byte line
      yield Buffer.from('\nl\u00e9'.slice(0, 2));
      yield Buffer.from('\u00e9', 'utf8').subarray(0, 1); // a character cut between chunks
      yield Buffer.from('\u00e9', 'utf8').subarray(1);
    }
    const out = [];
    for await (const item of boundedLines(chunks(), 1000)) out.push(item);
    expect(out).toEqual([
      { n: 1, line: '{"a":1}' },
      { n: 2, line: '{"b":2}' },
      { n: 3, tooLong: 5000 },
      { n: 4, line: 'lé' },
    ]);
  });

  it('the command reports an over-long line and answers the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stories-'));
    const file = join(dir, 'in.jsonl');
    const long = JSON.stringify({ doc_id: 'big', text: 'word '.repeat(MAX_LINE_BYTES / 4) });
    writeFileSync(
      file,
      [
        '{"doc_id":"a","text":"A powerful earthquake struck Valparaiso in Chile."}',
        long,
        '{"doc_id":"a","text":"again"}',
        '{"doc_id":"b","text":"Voters in Norway elected a new parliament.","published_at":"0"}',
      ].join('\n'),
    );
    // What `npm run stories` runs, as one Node process with tsx's loader (not npx and tsx's
    // launcher around it).
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'lib/cli/stories.ts', file],
      { encoding: 'utf8' },
    );
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).doc_id),
    ).toEqual(['a']);
    expect(stderr.trim().split('\n')).toEqual([
      `line 2: line too long: ${Buffer.byteLength(long)} bytes (limit ${MAX_LINE_BYTES}); skipped`,
      'line 3: duplicate doc_id "a" (first on line 1); skipped',
      expect.stringMatching(/^line 4: published_at: published_at is not a date/),
    ]);
  }, 30_000);
});
