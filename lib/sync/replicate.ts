import type { BackstoryDb } from '../db/schema';
import {
  deriveSyncKeys,
  newSalt,
  opaqueId,
  PBKDF2_ITERATIONS,
  seal,
  sealCheck,
  unseal,
  verifyCheck,
  type Sealed,
  type SyncKeys,
  WrongPassphraseError,
} from './crypto';
import { mergeIncoming, mergeRecords, mergeSettings, type MergeResult } from './merge';
import type { ReplicaDb, ReplicationResult } from './replica';
import { SyncHttpError } from './sync-error';
import { readOutgoing, type SettingsRecord, type SyncRecord } from './records';
import { nextTask } from '../timing/reader-first';

/** The one plain document on the server: the salt, the iterations and the check body. */
export const META_ID = 'backstory-meta';
/** Where the local replica remembers how far its changes were merged into Dexie. */
const MERGED_ID = '_local/backstory-merged';

interface MetaDoc {
  _id: string;
  _rev?: string;
  v: 1;
  salt: string;
  iterations: number;
  check: Sealed;
}

/** A synced document: an opaque id and an encrypted body, nothing else. */
export interface SyncDoc extends Sealed {
  _id: string;
  _rev?: string;
}

/** The two ends of replication: the device's replica and the reader's server. */
export interface SyncPeers {
  local: ReplicaDb;
  remote: ReplicaDb;
}

const isStatus = (e: unknown, status: number) =>
  typeof e === 'object' && e !== null && (e as { status?: number }).status === status;

/**
 * Opens the server's archive with the passphrase: derives the keys from the server's salt and
 * checks them on its known-plaintext body (WrongPassphraseError when they do not open it). An
 * empty server gets a new random salt and check body first.
 */
export async function unlockRemote(remote: ReplicaDb, passphrase: string): Promise<SyncKeys> {
  for (;;) {
    let meta: MetaDoc | null = null;
    try {
      meta = await remote.get<MetaDoc>(META_ID);
    } catch (e) {
      if (!isStatus(e, 404)) throw e;
    }
    if (meta) {
      const keys = await deriveSyncKeys(passphrase, meta.salt, meta.iterations);
      await verifyCheck(keys, meta.check);
      return keys;
    }
    const salt = newSalt();
    const keys = await deriveSyncKeys(passphrase, salt, PBKDF2_ITERATIONS);
    const doc: MetaDoc = {
      _id: META_ID,
      v: 1,
      salt,
      iterations: PBKDF2_ITERATIONS,
      check: await sealCheck(keys),
    };
    try {
      await remote.put(doc);
      return keys;
    } catch (e) {
      // Another device set the server up meanwhile: use its salt.
      if (!isStatus(e, 409)) throw e;
    }
  }
}

/**
 * Checks, before a sync, that keys derived at set-up still open the server's archive: a server
 * emptied since gets the meta document again (same salt); a server whose archive was made anew
 * with another salt or passphrase is WrongPassphraseError, before anything is touched.
 */
export async function checkRemote(
  remote: ReplicaDb,
  keys: SyncKeys,
  stored: { salt: string; iterations: number },
): Promise<void> {
  let meta: MetaDoc | null = null;
  try {
    meta = await remote.get<MetaDoc>(META_ID);
  } catch (e) {
    if (!isStatus(e, 404)) throw e;
  }
  if (!meta) {
    await remote.put({
      _id: META_ID,
      v: 1,
      salt: stored.salt,
      iterations: stored.iterations,
      check: await sealCheck(keys),
    } satisfies MetaDoc);
    return;
  }
  if (meta.salt !== stored.salt || meta.iterations !== stored.iterations) {
    throw new WrongPassphraseError();
  }
  await verifyCheck(keys, meta.check);
}

/** The salt and iterations of the server's archive, after unlockRemote. */
export async function readRemoteSalt(
  remote: ReplicaDb,
): Promise<{ salt: string; iterations: number }> {
  const meta = await remote.get<MetaDoc>(META_ID);
  return { salt: meta.salt, iterations: meta.iterations };
}

/** Documents written, read and merged a batch at a time, so that reading never waits long. */
export const SYNC_BATCH = 200;
/**
 * Documents merged into the archive per transaction: the panel's list views wait behind it
 * (bench:sync-panel), so fewer than are written to the replica at a time.
 */
export const MERGE_BATCH = 50;

const idName = (r: SyncRecord) => (r.kind === 'settings' ? 'settings' : `article:${r.key}`);

/** What goes out: each record encrypted, under an id that reveals no URL. */
export async function toSyncDocs(keys: SyncKeys, records: SyncRecord[]): Promise<SyncDoc[]> {
  return Promise.all(
    records.map(async (r) => ({ _id: await opaqueId(keys, idName(r)), ...(await seal(keys, r)) })),
  );
}

/**
 * Writes records to the replica over their current revisions (ours or pulled), skipping those
 * it already holds as they are: a sync run again after a stop makes no new revisions of what
 * it had written, so replication goes on from its checkpoint and sends nothing twice. An
 * article's record for which `merge` holds is merged (mergeRecords) with the version the replica
 * holds, which this device may not have merged yet. Returns how many it wrote.
 */
export async function writeRecords(
  local: ReplicaDb,
  keys: SyncKeys,
  records: SyncRecord[],
  merge: (r: SyncRecord) => boolean = () => false,
): Promise<number> {
  if (!records.length) return 0;
  const ids = await Promise.all(records.map((r) => opaqueId(keys, idName(r))));
  const current = await local.allDocs({ keys: ids, include_docs: true });
  const out: SyncRecord[] = [];
  const revs: (string | undefined)[] = [];
  for (const [i, row] of current.rows.entries()) {
    let record = records[i]!;
    if (!('value' in row) || row.value.deleted || !row.doc) {
      out.push(record);
      revs.push(undefined);
      continue;
    }
    const old = await unseal<SyncRecord>(keys, row.doc as unknown as Sealed).catch(() => null);
    if (merge(record) && old && old.kind !== 'settings' && record.kind !== 'settings') {
      if (old.key === record.key) record = mergeRecords(old, record);
    }
    if (JSON.stringify(old) === JSON.stringify(record)) continue;
    out.push(record);
    revs.push(row.value.rev);
  }
  if (!out.length) return 0;
  const docs = await toSyncDocs(keys, out);
  const res = await local.bulkDocs(
    docs.map((d, i) => (revs[i] !== undefined ? { ...d, _rev: revs[i] } : d)),
  );
  const failed = res.find((r) => 'error' in r && r.error);
  if (failed) throw new Error(`the sync replica refused a document: ${JSON.stringify(failed)}`);
  return out.length;
}

/** What one sync did. */
export interface SyncResult {
  pushed: number;
  pulled: number;
  merged: Omit<MergeResult, 'merged' | 'out'>;
}

/**
 * Merges into Dexie what the replica holds and Dexie has not merged yet (every revision of a
 * conflicted document too), a batch at a time, then writes the merged version over the
 * conflicts. A batch's bodies are all decrypted before anything is written, so a body the keys
 * cannot open changes nothing; the mark of how far it got moves after each batch, so a worker
 * stopped in between goes on from there.
 */
async function mergeReplica(
  db: BackstoryDb,
  local: ReplicaDb,
  keys: SyncKeys,
  deviceId: string,
  localSettings: SettingsRecord | null,
  pause: () => Promise<void>,
): Promise<{ pulled: number; merged: Omit<MergeResult, 'merged' | 'out'>; resolved: number }> {
  const total = { pulled: 0, resolved: 0 };
  const merged: Omit<MergeResult, 'merged' | 'out'> = {
    added: 0,
    updated: 0,
    deleted: 0,
    settings: null,
  };
  for (;;) {
    const batch = await mergeBatch(db, local, keys, deviceId, localSettings);
    if (!batch) break;
    await pause();
    total.pulled += batch.pulled;
    total.resolved += batch.resolved;
    merged.added += batch.merged.added;
    merged.updated += batch.merged.updated;
    merged.deleted += batch.merged.deleted;
    merged.settings = batch.merged.settings ?? merged.settings;
  }
  return { ...total, merged };
}

async function mergeBatch(
  db: BackstoryDb,
  local: ReplicaDb,
  keys: SyncKeys,
  deviceId: string,
  localSettings: SettingsRecord | null,
): Promise<{ pulled: number; merged: MergeResult; resolved: number } | null> {
  let mark: { _id: string; _rev?: string; seq: string | number } = { _id: MERGED_ID, seq: 0 };
  try {
    mark = await local.get<{ seq: string | number }>(MERGED_ID);
  } catch (e) {
    if (!isStatus(e, 404)) throw e;
  }
  const changes = await local.changes({
    since: mark.seq,
    include_docs: true,
    conflicts: true,
    limit: MERGE_BATCH,
  });
  if (!changes.results.length) return null;
  const records: SyncRecord[] = [];
  const conflicted = new Map<string, { id: string; revs: string[] }>();
  for (const c of changes.results) {
    const doc = c.doc;
    if (!doc || c.deleted || doc._id === META_ID) continue;
    const bodies: Sealed[] = [doc as unknown as Sealed];
    for (const rev of doc._conflicts ?? []) bodies.push(await local.get<Sealed>(doc._id, { rev }));
    for (const body of bodies) {
      const record = await unseal<SyncRecord>(keys, body);
      records.push(record);
      if (doc._conflicts?.length) {
        conflicted.set(idName(record), { id: doc._id, revs: doc._conflicts });
      }
    }
  }
  const merged = await mergeIncoming(db, records, deviceId, localSettings);
  // What folding articles read under two keys changed goes out (and wins over a resolution).
  const folds = new Set(merged.out.map(idName));
  // The merged version over the winner, the losing revisions removed: every device ends the same.
  const resolved: SyncRecord[] = [];
  for (const name of conflicted.keys()) {
    if (folds.has(name)) continue;
    if (name === 'settings') {
      const s = records.filter((r): r is SettingsRecord => r.kind === 'settings');
      if (s.length) resolved.push(s.reduce(mergeSettings));
    } else {
      const r = merged.merged.get(name.slice('article:'.length));
      if (r) resolved.push(r);
    }
  }
  await writeRecords(local, keys, resolved);
  // A document of this batch is merged already (all its revisions); another may hold a version
  // not merged yet (a later batch): merged with it, not written over it.
  const inBatch = new Set(records.map(idName));
  const notMerged = (r: SyncRecord) => !inBatch.has(idName(r));
  const written = await writeRecords(local, keys, merged.out, notMerged);
  const losers = [...conflicted.values()].flatMap(({ id, revs }) =>
    revs.map((rev) => ({ _id: id, _rev: rev, _deleted: true })),
  );
  if (losers.length) await local.bulkDocs(losers);
  await local.put({ ...mark, seq: changes.last_seq });
  return { pulled: changes.results.length, merged, resolved: resolved.length + written };
}

/**
 * A replication that finished with documents refused failed: said in plain words (pushTo makes
 * sure the next sync sends them again).
 */
function refusedNone(result: ReplicationResult): ReplicationResult {
  if (!result.doc_write_failures) return result;
  const first = result.errors?.[0];
  throw new SyncHttpError(
    first?.status ?? 500,
    `the server refused ${result.doc_write_failures} documents${first?.message ? `: ${first.message}` : ''}`,
  );
}

/**
 * Replicates the replica to the server. A document the server refused inside its 201 answer (a
 * validation function's "forbidden") does not stop PouchDB's replication: its checkpoint moves
 * past it, and the next sync would never send it. So each refused document is written again in
 * the replica (the same body, a new revision, after the checkpoint) before the sync fails: the
 * next sync sends it again.
 */
async function pushTo(local: ReplicaDb, remote: ReplicaDb): Promise<ReplicationResult> {
  const result = await local.replicate.to(remote, { batch_size: 100 });
  const refused = new Set((result.errors ?? []).flatMap((e) => (e.id ? [e.id] : [])));
  for (const id of refused) {
    try {
      await local.put(await local.get(id));
    } catch (e) {
      // A removed revision (a resolved conflict) has nothing to send again.
      if (!isStatus(e, 404)) throw e;
    }
  }
  return refusedNone(result);
}

/** What a sync sends: the changed articles, the deletions and the settings when changed. */
export interface SyncChanges {
  keys: string[];
  deleted?: { key: string; at: number; into?: string }[];
  /** The settings to send (changed since the last sync). */
  settings?: SettingsRecord;
  /** This device's settings as they are, so that their echo from the server is no news. */
  localSettings?: SettingsRecord | null;
}

/**
 * One sync: merges what was pulled before and not merged yet, sends the changed articles
 * (`changes.keys`, a batch at a time), deletions and settings, replicates both ways with
 * PouchDB (which resumes from its checkpoints), merges what came in, and pushes the
 * resolution of any conflict.
 */
export async function syncOnce(
  db: BackstoryDb,
  peers: SyncPeers,
  keys: SyncKeys,
  deviceId: string,
  changes: SyncChanges,
  pause: () => Promise<void> = nextTask,
): Promise<SyncResult> {
  const { local, remote } = peers;
  const localSettings = changes.localSettings ?? changes.settings ?? null;
  const before = await mergeReplica(db, local, keys, deviceId, localSettings, pause);
  for (let i = 0; i < changes.keys.length; i += SYNC_BATCH) {
    const batch = changes.keys.slice(i, i + SYNC_BATCH);
    await writeRecords(local, keys, await readOutgoing(db, deviceId, { keys: batch }));
    await pause();
  }
  const records = await readOutgoing(db, deviceId, { keys: [], deleted: changes.deleted });
  if (changes.settings) records.push(changes.settings);
  await writeRecords(local, keys, records);
  const push = await pushTo(local, remote);
  refusedNone(await local.replicate.from(remote, { batch_size: 100 }));
  const after = await mergeReplica(db, local, keys, deviceId, localSettings, pause);
  if (after.resolved) await pushTo(local, remote);
  const m = after.merged;
  return {
    pushed: push.docs_written,
    pulled: before.pulled + after.pulled,
    merged: {
      added: before.merged.added + m.added,
      updated: before.merged.updated + m.updated,
      deleted: before.merged.deleted + m.deleted,
      settings: m.settings ?? before.merged.settings,
    },
  };
}
