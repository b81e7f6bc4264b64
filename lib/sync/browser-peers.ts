import PouchDB from 'pouchdb-browser';
import type { SyncConfig } from '../background/sync';
import type { SyncPeers } from './replicate';
import { parseSyncServer, serverFetch } from './server';

/** The name of the device's replica (PouchDB over IndexedDB): encrypted documents only. */
export const REPLICA_NAME = 'backstory-sync';

/**
 * The two ends of sync in the browser: the device's replica in IndexedDB, and the reader's
 * database reached only at the origin they entered, with their credentials. `pause` runs
 * before each request to the server: replication lets the reader's requests go first.
 */
export function openBrowserPeers(config: SyncConfig, pause?: () => Promise<void>): SyncPeers {
  const server = parseSyncServer(config.url, config.database);
  if (typeof server === 'string') throw new Error(`sync server refused: ${server}`);
  return {
    local: new PouchDB(REPLICA_NAME),
    remote: new PouchDB(server.databaseUrl, {
      fetch: serverFetch(server.origin, config, async (input, init) => {
        await pause?.();
        return globalThis.fetch(input, init);
      }),
    }),
  };
}
