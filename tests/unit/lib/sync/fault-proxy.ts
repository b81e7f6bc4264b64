import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * What the network does to a request once the fault is armed:
 * - `drop`: the connection dies before the request reaches the server;
 * - `drop-after`: the server does the request, but the connection dies before its answer;
 * - `hang`: no answer (the worker is stopped while waiting) until `disarm`, which drops it;
 * - `{ status, body }`: this answer instead of the server's (a full server: 507);
 * - a function: run first (changing the password on the real server), then the request is
 *   passed on as it is, and the server answers.
 * - `{ refuse, error, reason }` (a `_bulk_docs`): the documents at the positions `refuse`
 *   picks are refused one by one inside the server's 201, as CouchDB answers for a document its
 *   validation function or size limit refuses; the others are stored.
 */
export type FaultAction =
  | 'drop'
  | 'drop-after'
  | 'hang'
  | { status: number; body: unknown }
  | { refuse: (position: number) => boolean; error: string; reason: string }
  | (() => Promise<void>);

export interface Fault {
  /** The requests it hits: those whose path contains this (`_bulk_docs`, `_bulk_get`). */
  match: string;
  /** How many of them go through untouched first. */
  pass: number;
  action: FaultAction;
}

/** One request as the proxy saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  /** `_changes`'s `since` parameter. */
  since?: string;
  /** The document ids a `_revs_diff` asked about. */
  diffIds?: string[];
  /** How many documents of a `_bulk_docs` the server stored (answered 201). */
  stored?: number;
  /** The ids of the documents refused one by one (a `refuse` fault). */
  refused?: string[];
}

/**
 * An HTTP hop on 127.0.0.1 between sync and a real CouchDB-compatible server, which does to
 * the requests what a network and a server do to them (once armed): drops the connection,
 * answers nothing, or answers a full server's 507; it passes everything else on. Counts what it
 * saw: the documents the server stored, the ids each `_revs_diff` asked about, `_changes`'s
 * `since`.
 */
export interface FaultProxy {
  url: string;
  seen: SeenRequest[];
  arm(fault: Fault): void;
  /** The network and server are well again. */
  disarm(): void;
  close(): Promise<void>;
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const to = new URL(target);
  let fault: (Fault & { hits: number }) | null = null;
  const seen: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const hung = new Set<Socket>();

  const forward = (
    req: IncomingMessage,
    body: Buffer,
    res: ServerResponse | null,
    entry: SeenRequest,
    refused: { id: string; error: string; reason: string }[] = [],
  ) =>
    new Promise<number>((done) => {
      const upstream = request(
        {
          host: to.hostname,
          port: to.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: to.host },
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (c: Buffer) => chunks.push(c));
          answer.on('end', () => {
            let text = Buffer.concat(chunks);
            if (refused.length && answer.statusCode === 201) {
              const rows = [...(JSON.parse(text.toString()) as object[]), ...refused];
              text = Buffer.from(JSON.stringify(rows));
              delete answer.headers['content-length'];
            }
            // Replication writes with new_edits: false, answered by the refused ones only.
            if (entry.path.endsWith('/_bulk_docs') && answer.statusCode === 201) {
              const sent = (JSON.parse(body.toString()) as { docs: unknown[] }).docs.length;
              const refused = (JSON.parse(text.toString()) as { error?: string }[]).filter(
                (r) => r.error,
              ).length;
              entry.stored = sent - refused + (entry.refused?.length ?? 0);
            }
            if (res) {
              res.writeHead(answer.statusCode ?? 502, answer.headers);
              res.end(text);
            }
            done(answer.statusCode ?? 502);
          });
        },
      );
      upstream.on('error', () => {
        res?.destroy();
        done(0);
      });
      upstream.end(body);
    });

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://proxy');
      const entry: SeenRequest = { method: req.method ?? 'GET', path: url.pathname };
      if (url.pathname.endsWith('/_changes')) entry.since = url.searchParams.get('since') ?? '0';
      if (url.pathname.endsWith('/_revs_diff') && body.length) {
        entry.diffIds = Object.keys(JSON.parse(body.toString()) as object);
      }
      seen.push(entry);
      const hit = fault && url.pathname.includes(fault.match) && fault.hits++ >= fault.pass;
      const action = hit ? fault!.action : null;
      if (action === 'drop') return void req.socket.destroy();
      if (action === 'hang') return void hung.add(req.socket);
      if (action === 'drop-after') {
        return void forward(req, body, null, entry).then(() => req.socket.destroy());
      }
      if (action && typeof action === 'object' && 'refuse' in action) {
        const sent = JSON.parse(body.toString()) as { docs: { _id: string }[] };
        const out = sent.docs.filter((_, i) => action.refuse(i));
        const kept = Buffer.from(
          JSON.stringify({ ...sent, docs: sent.docs.filter((_, i) => !action.refuse(i)) }),
        );
        req.headers['content-length'] = String(kept.length);
        entry.refused = out.map((d) => d._id);
        const rows = out.map((d) => ({ id: d._id, error: action.error, reason: action.reason }));
        return void forward(req, kept, res, entry, rows);
      }
      if (action && typeof action === 'object') {
        res.writeHead(action.status, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify(action.body));
      }
      void (typeof action === 'function' ? action() : Promise.resolve()).then(() =>
        forward(req, body, res, entry),
      );
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    arm: (f) => void (fault = { ...f, hits: 0 }),
    disarm: () => {
      fault = null;
      // A request left unanswered dies with the worker that made it.
      for (const s of hung) s.destroy();
      hung.clear();
    },
    close: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}
