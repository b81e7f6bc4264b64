// PouchDB's packages ship no types; lib/sync/replica.ts types the part we use.
declare module 'pouchdb-browser' {
  import type { ReplicaDb } from './replica';
  const PouchDB: {
    new (name: string, options?: { adapter?: string; fetch?: typeof fetch }): ReplicaDb;
    plugin(plugin: unknown): typeof PouchDB;
  };
  export default PouchDB;
}
declare module 'pouchdb-core' {
  import type { ReplicaDb } from './replica';
  const PouchDB: {
    new (name: string, options?: { adapter?: string; fetch?: typeof fetch }): ReplicaDb;
    plugin(plugin: unknown): typeof PouchDB;
  };
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory';
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-replication';
