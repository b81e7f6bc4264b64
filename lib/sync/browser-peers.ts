import PouchDB from 'pouchdb-browser';
import type { SyncConfig } from '../background/sync';
import type { SyncPeers } from './replicate';
import { parseSyncServer, serverFetch } from './server';

/** The name of the device's replica (PouchDB over IndexedDB): encrypted documents only. */
export const REPLICA_NAME = 'backstory-sync';

/**
 * The two ends of sync in the browser: the device's replica in IndexedDB, and the reader's
 * database reached only at the origin they entered, with their credentials.
 */
export function openBrowserPeers(config: SyncConfig): SyncPeers {
  const server = parseSyncServer(config.url, config.database);
  if (typeof server === 'string') throw new Error(`sync server refused: ${server}`);
  return {
    local: new PouchDB(REPLICA_NAME),
    remote: new PouchDB(server.databaseUrl, {
      fetch: serverFetch(server.origin, config),
    }),
  };
}
