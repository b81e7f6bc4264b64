import type { BackstoryDb } from '../db/schema';
import type { SyncSetupResult, SyncStatus } from '../messaging/protocol';
import { collectChanges, dropSentTombstones } from '../sync/outbox';
import type { SettingsRecord } from '../sync/records';
import {
  checkRemote,
  readRemoteSalt,
  syncOnce,
  unlockRemote,
  type SyncPeers,
} from '../sync/replicate';
import { parseSyncServer } from '../sync/server';
import { classifySyncError, type SyncErrorCode } from '../sync/sync-error';

/** What the reader entered in the options (the passphrase is not kept: only its keys are). */
export interface SyncConfig {
  url: string;
  database: string;
  username: string;
  password: string;
  /** This device's id in the reads counted per device (random, made at set-up). */
  deviceId: string;
}

/** How far sync got, kept across worker restarts. */
export interface SyncState {
  /** Start of the last sync that finished: what changed from then on goes out next time. */
  since: number;
  lastSyncedAt: number | null;
  error: SyncErrorCode | null;
  detail?: string;
  /** The synced settings as last sent or applied, and when they last changed. */
  settings: { at: number; json: string } | null;
}

export const INITIAL_SYNC_STATE: SyncState = {
  since: 0,
  lastSyncedAt: null,
  error: null,
  settings: null,
};

/** What the sync runner needs from the browser, injected so that it runs in Node tests. */
export interface SyncDeps {
  db: BackstoryDb;
  now(): number;
  readConfig(): Promise<SyncConfig | null>;
  writeConfig(config: SyncConfig | null): Promise<void>;
  readState(): Promise<SyncState>;
  writeState(state: SyncState): Promise<void>;
  /** The device's replica and the server's database (only ever at the config's origin). */
  openPeers(config: SyncConfig): SyncPeers;
  historyRetentionDays(): Promise<number>;
  /** The settings that sync (excluded sites, retention…), and their defaults. */
  readSettings(): Promise<Record<string, unknown>>;
  defaultSettings(): Record<string, unknown>;
  applySettings(values: Record<string, unknown>): Promise<void>;
  /** Articles came in: derive their entities, index entries and stories (pendingDerive). */
  afterIncoming(): void;
  /** The status changed (a sync started or ended). */
  notify?(): void;
  /** Lets other work (the reader's requests first) in between a sync's batches. */
  pause?(): Promise<void>;
  /**
   * Lets the extension's own requests reach this sync server's origin (and no other sync
   * server), or none when null: called before set-up first asks the server, and when sync is
   * turned off (lib/privacy/own-requests.ts).
   */
  allowServer?(origin: string | null): Promise<void>;
  randomId(): string;
}

/** What the reader enters to set sync up. */
export interface SyncSetup {
  url: string;
  database: string;
  username: string;
  password: string;
  passphrase: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The origin of the server a config names (null if it no longer parses). */
export function originOf(config: Pick<SyncConfig, 'url' | 'database'>): string | null {
  const server = parseSyncServer(config.url, config.database);
  return typeof server === 'string' ? null : server.origin;
}
const stableJson = (values: Record<string, unknown>) =>
  JSON.stringify(Object.fromEntries(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : 1))));

/** The sync runner of the background: one sync at a time, its status, set-up and turning off. */
export interface SyncRunner {
  setUp(setup: SyncSetup): Promise<SyncSetupResult>;
  run(): Promise<SyncStatus>;
  status(): Promise<SyncStatus>;
  /**
   * New credentials for the same server and archive (after a 401: the password was changed on
   * the server): kept, then a sync. The replica, its checkpoints and what is not sent yet stay,
   * so sync goes on from where it stopped.
   */
  signIn(credentials: { username: string; password: string }): Promise<SyncStatus>;
  turnOff(): Promise<SyncStatus>;
}

export function createSyncRunner(deps: SyncDeps): SyncRunner {
  let running: Promise<SyncStatus> | null = null;

  async function status(): Promise<SyncStatus> {
    const [config, state] = await Promise.all([deps.readConfig(), deps.readState()]);
    if (!config) {
      return { configured: false, running: false, lastSyncedAt: null, pending: 0, error: null };
    }
    const changes = await collectChanges(deps.db, state.since, await cutoff());
    return {
      configured: true,
      server: `${config.url.replace(/\/+$/, '')}/${config.database}`,
      running: running !== null,
      lastSyncedAt: state.lastSyncedAt,
      pending: changes.keys.length + changes.deleted.length,
      error: state.error,
      ...(state.detail ? { detail: state.detail } : {}),
    };
  }

  async function cutoff(): Promise<number> {
    const days = await deps.historyRetentionDays();
    return days ? deps.now() - days * DAY_MS : 0;
  }

  /** This device's settings as a record, stamped with the time they last changed. */
  async function localSettings(
    state: SyncState,
  ): Promise<{ record: SettingsRecord; changed: boolean }> {
    const values = await deps.readSettings();
    const json = stableJson(values);
    if (state.settings?.json === json) {
      return { record: { kind: 'settings', at: state.settings.at, values }, changed: false };
    }
    // Never stamped: defaults lose to any choice made on another device.
    const at = !state.settings && json === stableJson(deps.defaultSettings()) ? 0 : deps.now();
    return { record: { kind: 'settings', at, values }, changed: true };
  }

  async function syncNow(config: SyncConfig): Promise<void> {
    const state = await deps.readState();
    const startedAt = deps.now();
    const keysRow = await deps.db.syncKeys.get('keys');
    try {
      if (!keysRow) throw new Error('sync is not set up on this device: set it up again');
      const peers = deps.openPeers(config);
      await checkRemote(peers.remote, keysRow, keysRow);
      const changes = await collectChanges(deps.db, state.since, await cutoff());
      const settings = await localSettings(state);
      const sendSettings = settings.changed || state.since === 0;
      const result = await syncOnce(
        deps.db,
        peers,
        keysRow,
        config.deviceId,
        {
          ...changes,
          ...(sendSettings ? { settings: settings.record } : {}),
          localSettings: settings.record,
        },
        deps.pause,
      );
      let stamp = { at: settings.record.at, json: stableJson(settings.record.values) };
      if (result.merged.settings) {
        await deps.applySettings(result.merged.settings.values);
        stamp = { at: result.merged.settings.at, json: stableJson(await deps.readSettings()) };
      }
      if (result.pulled) deps.afterIncoming();
      await dropSentTombstones(deps.db, startedAt);
      await deps.writeState({
        since: startedAt,
        lastSyncedAt: deps.now(),
        error: null,
        settings: stamp,
      });
    } catch (e) {
      const { code, detail } = classifySyncError(e);
      // Nothing local is lost: `since` stays, so the same changes go out next time.
      await deps.writeState({ ...state, error: code, detail });
    }
  }

  function run(): Promise<SyncStatus> {
    running ??= (async () => {
      try {
        const config = await deps.readConfig();
        if (!config) return await status();
        deps.notify?.();
        await syncNow(config);
      } finally {
        running = null;
        deps.notify?.();
      }
      return status();
    })();
    return running;
  }

  async function setUp(setup: SyncSetup): Promise<SyncSetupResult> {
    const server = parseSyncServer(setup.url, setup.database);
    if (typeof server === 'string') return { ok: false, error: server, detail: '' };
    const old = await deps.readConfig();
    const config: SyncConfig = {
      url: setup.url.trim(),
      database: setup.database,
      username: setup.username,
      password: setup.password,
      deviceId: old?.deviceId ?? deps.randomId(),
    };
    const oldOrigin = old ? originOf(old) : null;
    await deps.allowServer?.(server.origin);
    const peers = deps.openPeers(config);
    let keys;
    let salt;
    try {
      keys = await unlockRemote(peers.remote, setup.passphrase);
      salt = await readRemoteSalt(peers.remote);
    } catch (e) {
      // Nothing is stored: the reader tries again with the right passphrase or password.
      await deps.allowServer?.(oldOrigin);
      const { code, detail } = classifySyncError(e);
      return { ok: false, error: code, detail };
    }
    await running;
    if (old) await deps.openPeers(old).local.destroy();
    await deps.db.syncKeys.put({ id: 'keys', remote: server.databaseUrl, ...salt, ...keys });
    await deps.writeConfig(config);
    await deps.writeState({ ...INITIAL_SYNC_STATE });
    return { ok: true, status: await run() };
  }

  async function signIn(credentials: { username: string; password: string }) {
    await running;
    const config = await deps.readConfig();
    if (!config) return status();
    const { username, password } = credentials;
    await deps.writeConfig({ ...config, username, password });
    // The refusal is past: the next sync says how this one went.
    const state: SyncState = { ...(await deps.readState()), error: null };
    delete state.detail;
    await deps.writeState(state);
    return run();
  }

  async function turnOff(): Promise<SyncStatus> {
    await running;
    const config = await deps.readConfig();
    await deps.writeConfig(null);
    await deps.db.syncKeys.clear();
    if (config) await deps.openPeers(config).local.destroy();
    await deps.writeState({ ...INITIAL_SYNC_STATE });
    await deps.allowServer?.(null);
    deps.notify?.();
    return status();
  }

  return { setUp, run, status, signIn, turnOff };
}
