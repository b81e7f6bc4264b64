/**
 * `tsx lib/kb/build/ror-records.ts GIT_DIR > ror.jsonl`: the newest version of every record of a
 * clone of ROR's record repository (github.com/ror-community/ror-records, MIT; the records are
 * CC0), one JSON record a line, for `npm run build:kb -- --ror ror.jsonl`. Each release folder
 * (v1.0 … v2.9) holds the records it added or changed as `<ror id>.json`; the newest release's
 * copy wins. It holds about half the registry (the records changed since the repository began),
 * the large bodies among them: they change with every laboratory added. A full ROR data dump (a
 * JSON array) can be given to build:kb instead.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

function release(folder: string): number[] {
  return folder
    .slice(1)
    .split('.')
    .map((n) => Number(n));
}

function newer(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) {
      return d > 0;
    }
  }
  return false;
}

/** The newest blob of each record: ROR id → [release, blob sha]. */
export function newestRecords(gitDir: string): Map<string, [number[], string]> {
  const tree = execFileSync('git', ['-C', gitDir, 'ls-tree', '-r', 'HEAD'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const best = new Map<string, [number[], string]>();
  for (const line of tree.split('\n')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(v[\d.]+)\/(0[a-z0-9]{8})\.json$/.exec(line);
    if (!m) {
      continue;
    }
    const [, sha, folder, id] = m as unknown as [string, string, string, string];
    const v = release(folder);
    const had = best.get(id);
    if (!had || newer(v, had[0])) {
      best.set(id, [v, sha]);
    }
  }
  return best;
}

/** The records' texts, read in one `git cat-file --batch`. */
export function recordTexts(gitDir: string, shas: string[]): string[] {
  const out = execFileSync('git', ['-C', gitDir, 'cat-file', '--batch'], {
    input: `${shas.join('\n')}\n`,
    maxBuffer: 1 << 30,
  });
  const texts: string[] = [];
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(10, at);
    const size = Number(out.toString('latin1', at, eol).split(' ')[2]);
    texts.push(out.toString('utf8', eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return texts;
}

// Run as a script only (kb-keys.ts's way): importing the module runs nothing.
if (
  process.argv[1] &&
  resolve(process.argv[1]) === resolve(import.meta.filename) &&
  process.argv[2]
) {
  const gitDir = process.argv[2];
  const shas = [...newestRecords(gitDir).values()].map(([, sha]) => sha);
  for (const text of recordTexts(gitDir, shas)) {
    try {
      process.stdout.write(`${JSON.stringify(JSON.parse(text))}\n`);
    } catch {
      // A record that is not JSON is left out.
    }
  }
}
