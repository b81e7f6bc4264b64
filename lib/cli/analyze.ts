/**
 * `npm run --silent analyze -- [--text] [--lang CODE] [--url URL] FILE...`
 * Runs the extension's pipeline on saved files and prints one JSON object per input, in input
 * order (contract: issue #2). Exit code 2 for wrong usage only; a failed input gets `error`.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { AnalyzeResult } from '../article';
import { parseHtmlDocument } from '../extract/parse-html';
import { analyzeDocument, analyzeText, failure } from '../pipeline/analyze';
import { decodeHtmlBytes } from './decode-html';

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
    throw new Error(`--lang wants a language code such as fr or en, not "${values.lang}"`);
  }
  if (values.url !== undefined && !URL.canParse(values.url)) {
    throw new Error(`--url wants an absolute URL, not "${values.url}"`);
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
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return failure(file, `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    if (opts.text) {
      return analyzeText(file, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), opts);
    }
    return analyzeDocument(file, parseHtmlDocument(decodeHtmlBytes(bytes), opts.url), opts);
  } catch (e) {
    return failure(file, `failed: ${e instanceof Error ? e.message : String(e)}`);
  }
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
