import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

/**
 * A real CouchDB-compatible server (PouchDB Server, in memory) on 127.0.0.1 and a free port
 * (or `port`), for the tests of the file; stopped after them. Call `url()` in a test.
 */
export function useCouchServer(port?: number): () => string {
  let child: ChildProcess | undefined;
  let base = '';
  let dir = '';
  beforeAll(async () => {
    port ??= await freePort();
    // Its config and log files go to a temporary directory, not the repository.
    dir = mkdtempSync(join(tmpdir(), 'backstory-couch-'));
    const bin = resolve('node_modules/pouchdb-server/bin/pouchdb-server');
    child = spawn(
      process.execPath,
      [bin, '--in-memory', '--host', '127.0.0.1', '--port', `${port}`],
      {
        cwd: dir,
        stdio: 'ignore',
      },
    );
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        if (i > 300) throw new Error('pouchdb-server did not start');
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 60_000);
  afterAll(() => {
    child?.kill();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => base;
}
