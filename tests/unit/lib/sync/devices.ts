import Dexie from 'dexie';
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { afterEach } from 'vitest';
import { openDb, type BackstoryDb } from '@/lib/db';
import type { SyncKeys } from '@/lib/sync/crypto';
import type { ReplicaDb } from '@/lib/sync/replica';
import { syncOnce, unlockRemote } from '@/lib/sync/replicate';
import { useCouchServer } from './couch-server';

PouchDB.plugin(memory).plugin(http).plugin(replication);

export const PASS = 'correct horse battery staple';

export interface Device {
  id: string;
  db: BackstoryDb;
  local: ReplicaDb;
  remote: ReplicaDb;
  keys?: SyncKeys;
}

/**
 * Devices syncing through a CouchDB-compatible server started for the test file (each with its
 * own Dexie database and in-memory replica), deleted after each test.
 */
export function useDevices() {
  const server = useCouchServer();
  const opened: Device[] = [];
  afterEach(async () => {
    for (const d of opened.splice(0)) {
      d.db.close();
      await Dexie.delete(d.db.name);
    }
  });

  /** A device with its own Dexie database and replica, on server database `remoteName`. */
  function device(id: string, remoteName: string): Device {
    const name = `t-${crypto.randomUUID()}`;
    const d: Device = {
      id,
      db: openDb(name),
      local: new PouchDB(`sync-${name}`, { adapter: 'memory' }),
      remote: new PouchDB(`${server()}/${remoteName}`),
    };
    opened.push(d);
    return d;
  }

  /**
   * Syncs a device: every stored article goes out (change tracking is the wiring's job), unless
   * `send` names those that do.
   */
  async function sync(
    d: Device,
    deleted: { key: string; at: number; into?: string }[] = [],
    send?: string[],
  ) {
    d.keys ??= await unlockRemote(d.remote, PASS);
    const keys = send ?? ((await d.db.articles.orderBy('key').keys()) as string[]);
    return syncOnce(d.db, { local: d.local, remote: d.remote }, d.keys, d.id, { keys, deleted });
  }

  const newRemote = () => `archive-${crypto.randomUUID()}`;
  return { server, device, sync, newRemote };
}
