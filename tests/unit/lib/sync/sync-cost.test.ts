import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import { describe, expect, it } from 'vitest';
import { PBKDF2_ITERATIONS, WrongPassphraseError } from '@/lib/sync/crypto';
import type { ReplicaDb } from '@/lib/sync/replica';
import { META_ID, unlockRemote } from '@/lib/sync/replicate';

PouchDB.plugin(memory);

const replica = () =>
  new PouchDB(`cost-${crypto.randomUUID()}`, { adapter: 'memory' }) as unknown as ReplicaDb;

// The sync tests that make many server archives run with fewer iterations (a module mock of
// PBKDF2_ITERATIONS): here, unmocked, the extension's own cost and where a device takes it from.
describe('the cost of deriving the sync keys', () => {
  it('is 600,000 PBKDF2 iterations, written to a new server archive with its salt', async () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    const remote = replica();
    await unlockRemote(remote, 'correct horse battery staple');
    const meta = await remote.get<{ iterations: number; salt: string }>(META_ID);
    expect(meta.iterations).toBe(600_000);
    expect(meta.salt).toMatch(/\S{16,}/);
  }, 30_000);

  it("is read from the server archive by a device that joins it: the archive's count is used", async () => {
    const remote = replica();
    await unlockRemote(remote, 'correct horse battery staple');
    const meta = await remote.get<{ iterations: number }>(META_ID);
    // The same salt and check body, another count: the keys derived then no longer open it.
    await remote.put({ ...meta, iterations: 1_000 });
    await expect(unlockRemote(remote, 'correct horse battery staple')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  }, 30_000);
});
