/**
 * `npm run --silent analyze -- [--text] [--lang CODE] [--url URL] FILE...`
 * Runs the extension's pipeline on saved files and prints one JSON object per input, in input
 * order (contract: issue #2). Exit code 2 for wrong usage only; a failed input gets `error`.
 * Inputs over MAX_INPUT_BYTES are refused (`"error": "input too large: N bytes (limit M)"`), and
 * the excerpt is cut at MAX_EXCERPT_CHARS.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { AnalyzeResult } from '../article';
import { printable } from './printable';

/**
 * The pipeline (extraction, the entity model, dates), imported when there is a file to analyse:
 * about a second of start-up that a wrong command line, answered with the usage, does not need.
 */
const pipeline = async () => {
  const [{ parseHtmlDocument }, { analyzeDocument, analyzeText, failure }, { decodeHtmlBytes }] =
    await Promise.all([
      import('../extract/parse-html'),
      import('../pipeline/analyze'),
      import('./decode-html'),
    ]);
  return { parseHtmlDocument, analyzeDocument, analyzeText, failure, decodeHtmlBytes };
};

/**
 * The largest input analysed. Memory grows about 50-fold with a page's size (a 10 MB
 * single-paragraph page peaks near 560 MB, 50 MB at 2.6 GB); real article pages are far below.
 */
export const MAX_INPUT_BYTES = 10_000_000;
/** The excerpt is a summary: a page without a description would otherwise repeat its text. */
export const MAX_EXCERPT_CHARS = 500;

const USAGE = 'usage: npm run --silent analyze -- [--text] [--lang CODE] [--url URL] FILE...';

export interface CliOptions {
  text: boolean;
  lang: string | null;
  url: string | null;
  files: string[];
}

/** Parses the command line; throws an Error with a usage message when it is wrong. */
export function parseCli(argv: string[]): CliOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      text: { type: 'boolean', default: false },
      lang: { type: 'string' },
      url: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new Error('no input files');
  if (values.lang !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(values.lang)) {
    throw new Error(
      `--lang wants a language code such as fr or en, not "${printable(values.lang)}"`,
    );
  }
  if (values.url !== undefined && !URL.canParse(values.url)) {
    throw new Error(`--url wants an absolute URL, not "${printable(values.url)}"`);
  }
  return {
    text: values.text ?? false,
    lang: values.lang ?? null,
    url: values.url ?? null,
    files: positionals,
  };
}

/** Analyses one input file; never throws. */
export async function analyzeFile(file: string, opts: CliOptions): Promise<AnalyzeResult> {
  const { parseHtmlDocument, analyzeDocument, analyzeText, failure, decodeHtmlBytes } =
    await pipeline();
  let bytes: Uint8Array;
  try {
    bytes = await readBounded(file, MAX_INPUT_BYTES);
  } catch (e) {
    if (e instanceof TooLarge) return failure(file, e.message);
    return failure(file, `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    const result = opts.text
      ? analyzeText(file, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), opts)
      : analyzeDocument(file, parseHtmlDocument(decodeHtmlBytes(bytes), opts.url), opts);
    return capExcerpt(result);
  } catch (e) {
    return failure(file, `failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

class TooLarge extends Error {}

/**
 * The file's bytes, refused past `limit` before any is read when its size says so, and while
 * reading when it does not (a pipe, a device, a file still growing).
 */
async function readBounded(file: string, limit: number): Promise<Uint8Array> {
  const tooLarge = (n: number | string) =>
    new TooLarge(`input too large: ${n} bytes (limit ${limit})`);
  const { size } = await stat(file);
  if (size > limit) throw tooLarge(size);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of createReadStream(file, { end: limit })) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
  }
  if (total > limit) throw tooLarge(`more than ${limit}`);
  return Buffer.concat(chunks);
}

function capExcerpt(result: AnalyzeResult): AnalyzeResult {
  const excerpt = result.article?.excerpt;
  if (!result.article || !excerpt || excerpt.length <= MAX_EXCERPT_CHARS) return result;
  // Cut at a word boundary when there is one near the limit, never inside a surrogate pair.
  let cut = excerpt.slice(0, MAX_EXCERPT_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  if (space > MAX_EXCERPT_CHARS * 0.8) cut = cut.slice(0, space);
  else if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return { ...result, article: { ...result.article, excerpt: `${cut.trimEnd()}…` } };
}

async function main(argv: string[]): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseCli(argv);
  } catch (e) {
    process.stderr.write(`analyze: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  for (const file of opts.files) {
    const line = JSON.stringify(await analyzeFile(file, opts)) + '\n';
    if (!process.stdout.write(line)) await new Promise((r) => process.stdout.once('drain', r));
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0); // `| head` closed the pipe: not an error.
    throw e;
  });
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
