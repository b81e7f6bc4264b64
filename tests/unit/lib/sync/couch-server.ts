import { afterAll, beforeAll } from 'vitest';
import { startCouchServer, type CouchServer } from '../../../couch-server-process';

/**
 * A real CouchDB-compatible server (PouchDB Server, in memory) on 127.0.0.1 and a free port
 * (or `port`), for the tests of the file; stopped after them. Call `url()` in a test.
 */
export function useCouchServer(port?: number): () => string {
  let server: CouchServer | undefined;
  beforeAll(async () => {
    server = await startCouchServer(port);
  }, 60_000);
  afterAll(() => server?.stop());
  return () => server!.url;
}
