import { connect, createServer, type Server, type Socket } from 'node:net';

/** A TCP relay on 127.0.0.1: `up` listens on `port` and forwards each connection to `target`. */
export interface TcpRelay {
  up(): Promise<void>;
  /** Closes the port and every connection through it (a server gone, as the browser sees it). */
  down(): Promise<void>;
}

/**
 * Puts a server on the one origin the test build's CSP admits besides the fixtures'
 * (FAKE_APIS_PORT); closing it is the server going away.
 */
export function tcpRelay(port: number, target: number): TcpRelay {
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  return {
    up: () =>
      new Promise<void>((ready) => {
        server = createServer((client) => {
          const upstream = connect(target, '127.0.0.1');
          for (const s of [client, upstream]) {
            sockets.add(s);
            s.on('error', () => {}).on('close', () => {
              client.destroy();
              upstream.destroy();
              sockets.delete(s);
            });
          }
          client.pipe(upstream).pipe(client);
        });
        server.listen(port, '127.0.0.1', ready);
      }),
    down: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy();
        if (server?.listening) server.close(() => done());
        else done();
      }),
  };
}
