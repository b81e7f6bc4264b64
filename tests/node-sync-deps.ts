import PouchDB from 'pouchdb-core';
import {
  INITIAL_SYNC_STATE,
  type SyncConfig,
  type SyncDeps,
  type SyncState,
} from '../lib/background/sync';
import type { BackstoryDb } from '../lib/db';
import { parseSyncServer, serverFetch } from '../lib/sync/server';

/** Where a device in Node keeps its sync config and state (the worker keeps them in storage). */
export interface NodeSyncStore {
  config: SyncConfig | null;
  state: SyncState;
}

/**
 * What createSyncRunner needs for a device in Node (the sync tests' and benchmarks'): config
 * and state in `store`, a replica in memory (`replica-<database name>`), the server reached by
 * `fetch` (a test's faults) or the real one, settings of `retentionDays` only. `alive()` false
 * drops the device's config and state writes: a stopped worker writes nothing more. A caller
 * overrides any of it by spreading its own deps after.
 */
export function nodeSyncDeps(
  db: BackstoryDb,
  opts: {
    now: () => number;
    store?: NodeSyncStore;
    retentionDays?: number;
    fetch?: typeof globalThis.fetch;
    alive?: () => boolean;
  },
): SyncDeps {
  const store = opts.store ?? { config: null, state: { ...INITIAL_SYNC_STATE } };
  const alive = opts.alive ?? (() => true);
  const retention = opts.retentionDays ?? 365;
  const settings = () => ({ historyRetentionDays: retention });
  return {
    db,
    now: opts.now,
    readConfig: async () => store.config,
    writeConfig: async (c) => void (alive() && (store.config = c)),
    readState: async () => store.state,
    writeState: async (s) => void (alive() && (store.state = s)),
    openPeers: (c) => {
      const s = parseSyncServer(c.url, c.database);
      if (typeof s === 'string') throw new Error(s);
      return {
        local: new PouchDB(`replica-${db.name}`, { adapter: 'memory' }),
        remote: new PouchDB(s.databaseUrl, { fetch: serverFetch(s.origin, c, opts.fetch) }),
      };
    },
    historyRetentionDays: async () => retention,
    readSettings: async () => settings(),
    defaultSettings: settings,
    applySettings: async () => {},
    afterIncoming: () => {},
    randomId: () => crypto.randomUUID(),
  };
}
