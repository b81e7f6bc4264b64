import { execFile } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MAX_EXCERPT_CHARS, MAX_INPUT_BYTES } from '@/lib/cli/analyze';
import { fixturePath } from '../../../helpers';

const run = promisify(execFile);
// What `npm run analyze` runs (tsx lib/cli/analyze.ts), as one Node process with tsx's loader:
// `npx tsx` started three (npx, tsx's launcher, then Node) for each of these runs.
const cli = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'lib/cli/analyze.ts', ...args], {
    encoding: 'utf8',
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('npm run analyze', () => {
  it('prints one object per input, in input order, and goes on after a failure', async () => {
    const seed = fixturePath('news24-putin-pyongyang.fr.html');
    const front = fixturePath('front-page.html');
    const { code, stdout } = await cli([seed, 'missing.html', front]);
    expect(code).toBe(0);
    const [a, b, c] = lines(stdout);
    expect(Object.keys(a)).toEqual(['input', 'article', 'entities', 'dates', 'error']);
    expect(a.input).toBe(seed);
    expect(Object.keys(a.article)).toEqual([
      'url',
      'canonicalUrl',
      'title',
      'byline',
      'siteName',
      'lang',
      'publishedAt',
      'excerpt',
      'text',
      'modifiedAt',
      'section',
      'imageUrl',
      'description',
      'captions',
    ]);
    expect(Array.isArray(a.entities) && Array.isArray(a.dates)).toBe(true);
    expect(a).toMatchObject({
      error: null,
      article: { lang: 'fr', siteName: 'News 24', publishedAt: '2024-06-19T06:45:00.000Z' },
    });
    expect(b).toEqual({
      input: 'missing.html',
      article: null,
      entities: [],
      dates: [],
      error: 'cannot read file: ENOENT',
    });
    expect(c).toMatchObject({
      input: front,
      article: null,
      error: 'not an article: a list of headlines',
    });
  }, 30_000);

  it('detects the language from the text when the page does not say it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const file = join(dir, 'nolang.html');
    const p =
      '<p>The minister told reporters on Tuesday that the negotiations had reached a decisive stage, and that both delegations expected to sign a first agreement before the end of the month.</p>';
    writeFileSync(
      file,
      `<html><head><meta property="og:type" content="article"></head><body><article>${p.repeat(4)}</article></body></html>`,
    );
    const [r] = lines((await cli([file])).stdout);
    expect(r.article.lang).toBe('en');
  }, 30_000);

  it('with --text keeps the file content exactly and leaves the metadata null', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const file = join(dir, 'a.txt');
    const content = '\uFEFFPoutine  est arrivé à Pyongyang.\r\n\nÉtats-Unis 🇺🇸\n';
    writeFileSync(file, content, 'utf8');
    const { code, stdout } = await cli(['--text', '--lang', 'fr', file]);
    expect(code).toBe(0);
    const [r] = lines(stdout);
    expect(r.article).toEqual({
      url: null,
      canonicalUrl: null,
      title: null,
      byline: null,
      siteName: null,
      lang: 'fr',
      publishedAt: null,
      excerpt: null,
      text: content,
      modifiedAt: null,
      section: null,
      imageUrl: null,
      description: null,
      captions: [],
    });
  }, 30_000);

  it('refuses an input over the size limit, with its size, and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const big = join(dir, 'big.html');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, MAX_INPUT_BYTES + 1); // sparse: no 10 MB written
    closeSync(fd);
    const seed = fixturePath('news24-putin-pyongyang.fr.html');
    const { code, stdout } = await cli(['--text', big, seed]);
    expect(code).toBe(0);
    const [a, b] = lines(stdout);
    expect(a).toEqual({
      input: big,
      article: null,
      entities: [],
      dates: [],
      error: `input too large: ${MAX_INPUT_BYTES + 1} bytes (limit ${MAX_INPUT_BYTES})`,
    });
    expect(b.error).toBe(null);
  }, 30_000);

  it('cuts a long excerpt (a page without a description) at a word, with an ellipsis', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const file = join(dir, 'long.html');
    const sentence =
      'The minister told reporters on Tuesday that the negotiations had reached a decisive stage. ';
    writeFileSync(
      file,
      `<html><head><meta property="og:type" content="article"></head><body><article><p>${sentence.repeat(200)}</p></article></body></html>`,
    );
    const [r] = lines((await cli([file])).stdout);
    expect(r.article.text.length).toBeGreaterThan(10_000);
    expect(r.article.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS);
    expect(r.article.excerpt).toMatch(/[a-z.] ?…$/);
    expect(r.article.text.startsWith(r.article.excerpt.slice(0, -1))).toBe(true);
  }, 30_000);

  it('fails with a usage message, and only then, for wrong usage', async () => {
    const wrong = [
      [],
      ['--bogus', 'x.html'],
      ['--lang', 'French!', 'x.html'],
      ['--url', 'not a url', 'x.html'],
    ];
    // Four processes at once: each mostly starts Node and tsx.
    const results = await Promise.all(wrong.map(cli));
    for (const [i, r] of results.entries()) {
      expect(r.code, wrong[i]!.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/usage: npm run --silent analyze/);
      expect(r.stdout).toBe('');
    }
  }, 60_000);
});
