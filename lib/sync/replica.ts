/**
 * The part of PouchDB's API that lib/sync uses, typed here: @types/pouchdb-core redeclares the
 * global Buffer and breaks Node's types, and this keeps the boundary small and visible. A
 * PouchDB instance (pouchdb-core with the idb, memory or http adapter and replication) is one.
 */
export interface ReplicaDb {
  get<T>(id: string, options?: { rev?: string }): Promise<T & { _id: string; _rev: string }>;
  put(doc: object): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: object[]): Promise<({ ok: true; id: string; rev: string } | ReplicaError)[]>;
  allDocs(options: { keys: string[]; include_docs?: boolean }): Promise<{
    rows: (
      | { id: string; value: { rev: string; deleted?: boolean }; doc?: ReplicaDoc | null }
      | { key: string; error: string }
    )[];
  }>;
  changes(options: {
    since: string | number;
    include_docs: true;
    conflicts: true;
    limit?: number;
  }): Promise<{
    results: { id: string; deleted?: boolean; doc?: ReplicaDoc }[];
    last_seq: string | number;
  }>;
  destroy(): Promise<unknown>;
  replicate: {
    to(target: ReplicaDb, options?: { batch_size?: number }): Promise<ReplicationResult>;
    from(source: ReplicaDb, options?: { batch_size?: number }): Promise<ReplicationResult>;
  };
}

/** A document as read from the replica. */
export type ReplicaDoc = Record<string, unknown> & {
  _id: string;
  _rev: string;
  _conflicts?: string[];
};

/** A refused write. */
export interface ReplicaError {
  error: string | true;
  id?: string;
  status?: number;
  message?: string;
}

/** What a finished replication says: documents written, and those the target refused. */
export interface ReplicationResult {
  docs_written: number;
  doc_write_failures?: number;
  /** Those refused, by document when the server refused them one by one. */
  errors?: { id?: string; status?: number; message?: string; name?: string }[];
}
