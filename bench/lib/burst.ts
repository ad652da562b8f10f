import { connect, type Socket } from 'node:net';

/**
 * Keep-alive HTTP/1.1 connections that each send one request in a single synchronous loop, so
 * a burst reaches the server together. fetch sent such bursts spread out enough to split them.
 */
export class BurstClient {
  private constructor(
    private readonly sockets: Socket[],
    private readonly host: string,
  ) {}

  /** Opens `size` connections to the HTTP server at `url`. */
  static async open(url: string, size: number): Promise<BurstClient> {
    const { hostname, port } = new URL(url);
    const sockets = await Promise.all(
      Array.from(
        { length: size },
        () =>
          new Promise<Socket>((resolve, reject) => {
            const socket = connect(Number(port), hostname, () => resolve(socket));
            socket.once('error', reject);
          }),
      ),
    );
    return new BurstClient(sockets, `${hostname}:${port}`);
  }

  /** Posts `body` to `path` on every connection at once and resolves with each status code. */
  async post(path: string, body: string, headers: Record<string, string>): Promise<number[]> {
    const head =
      `POST ${path} HTTP/1.1\r\nhost: ${this.host}\r\ncontent-type: application/json\r\n` +
      Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('') +
      `content-length: ${Buffer.byteLength(body)}\r\n\r\n`;
    const responses = this.sockets.map((socket) => readResponse(socket));
    for (const socket of this.sockets) {
      socket.write(head + body);
    }
    return Promise.all(responses);
  }

  close(): void {
    for (const socket of this.sockets) {
      socket.destroy();
    }
  }
}

/** Reads one response with a `content-length` body and resolves with its status code. */
function readResponse(socket: Socket): Promise<number> {
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) {
        return;
      }
      const head = received.subarray(0, end).toString('latin1');
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
      if (received.length >= end + 4 + length) {
        socket.off('data', onData);
        socket.off('error', reject);
        resolve(Number(head.split(' ', 2)[1]));
      }
    };
    socket.on('data', onData);
    socket.once('error', reject);
  });
}
