import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Gateway } from './gateway.js';
import { replyToClientError } from './ops/client-errors.js';

export interface RunningServer {
  server: Server;
  /** Base URL, e.g. `http://127.0.0.1:4000`. */
  url: string;
  port: number;
  /** Stops accepting connections, closes the gateway and waits for open requests to end. */
  close(): Promise<void>;
}

/** Serves `gateway` over HTTP and WebSocket on `host:port`; port 0 picks a free port. */
export async function listen(gateway: Gateway, port: number, host: string): Promise<RunningServer> {
  const server = createServer(gateway.handleRequest);
  server.on('clientError', replyToClientError(gateway.log));
  gateway.attachWebSocket(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    server,
    port: address.port,
    url: `http://${shownHost}:${address.port}`,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.close();
      server.closeIdleConnections();
      await closed;
    },
  };
}
