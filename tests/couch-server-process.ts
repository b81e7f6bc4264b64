import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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

/** A running PouchDB Server: its base URL, and how to stop it. */
export interface CouchServer {
  url: string;
  stop(): void;
}

/**
 * Starts a real CouchDB-compatible server (PouchDB Server, in memory) on 127.0.0.1 and a free
 * port (or `port`), and waits until it answers.
 */
export async function startCouchServer(port?: number): Promise<CouchServer> {
  port ??= await freePort();
  // Its config and log files go to a temporary directory, not the repository.
  const dir = mkdtempSync(join(tmpdir(), 'backstory-couch-'));
  const bin = resolve(import.meta.dirname, '../node_modules/pouchdb-server/bin/pouchdb-server');
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, '--in-memory', '--host', '127.0.0.1', '--port', `${port}`],
    { cwd: dir, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      if (i > 300) {
        stop();
        throw new Error('pouchdb-server did not start');
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop };
}
