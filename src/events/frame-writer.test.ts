import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { nextFrameWriter } from './shared-execution.js';

interface Pair {
  server: Server;
  serverSocket: WebSocket;
  tcp: Socket;
  client: WebSocket;
  received: string[];
}

let pair: Pair | undefined;

/** Connects a real `ws` client that records text messages to a real `ws` server socket. */
async function connect(): Promise<Pair> {
  const server = createServer();
  const wsServer = new WebSocketServer({ server, perMessageDeflate: false });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const accepted = once(wsServer, 'connection') as Promise<[WebSocket, { socket: Socket }]>;
  const client = new WebSocket(`ws://127.0.0.1:${port}`);
  const received: string[] = [];
  client.on('message', (data, isBinary) => {
    expect(isBinary).toBe(false);
    received.push(String(data));
  });
  await once(client, 'open');
  const [serverSocket, request] = await accepted;
  return { server, serverSocket, tcp: request.socket, client, received };
}

async function receivedCount(target: Pair, count: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while (target.received.length < count) {
    if (Date.now() > deadline) {
      throw new Error(`received ${target.received.length} of ${count} messages within 5 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

afterEach(async () => {
  pair?.client.terminate();
  pair?.server.closeAllConnections();
  await new Promise((resolve) => pair?.server.close(resolve));
  pair = undefined;
});

describe('nextFrameWriter', () => {
  it('writes all three frame length encodings', async () => {
    pair = await connect();
    const write = nextFrameWriter(pair.serverSocket, pair.tcp, 'op-1', 16);
    // Frame lengths below 126 bytes, below 65,536 and above: 7-bit, 16-bit and 64-bit lengths.
    const payloads = [
      '{"data":1}',
      JSON.stringify({ data: 'x'.repeat(300) }),
      JSON.stringify({ data: 'é'.repeat(40_000) }),
    ];
    for (const payload of payloads) {
      expect(write(Buffer.from(payload))).toBe(true);
    }
    await receivedCount(pair, 3);
    expect(pair.received.map((text) => JSON.parse(text) as unknown)).toEqual(
      payloads.map((payload) => ({ id: 'op-1', type: 'next', payload: JSON.parse(payload) })),
    );
  });

  it('keeps order with frames sent through ws', async () => {
    pair = await connect();
    const write = nextFrameWriter(pair.serverSocket, pair.tcp, 'op-2', 16);
    pair.serverSocket.send('{"type":"ping"}');
    write(Buffer.from('{"data":"a"}'));
    pair.serverSocket.send('{"type":"pong"}');
    write(Buffer.from('{"data":"b"}'));
    await receivedCount(pair, 4);
    expect(pair.received).toEqual([
      '{"type":"ping"}',
      '{"id":"op-2","type":"next","payload":{"data":"a"}}',
      '{"type":"pong"}',
      '{"id":"op-2","type":"next","payload":{"data":"b"}}',
    ]);
  });

  it('writes nothing to a closing socket', async () => {
    pair = await connect();
    const write = nextFrameWriter(pair.serverSocket, pair.tcp, 'op-3', 16);
    const closed = once(pair.client, 'close') as Promise<[number, Buffer]>;
    pair.serverSocket.close(1000, 'done');
    expect(write(Buffer.from('{"data":"late"}'))).toBe(true);
    const [code] = await closed;
    expect(code).toBe(1000);
    expect(pair.received).toEqual([]);
  });

  it('reports a socket that stopped reading', async () => {
    pair = await connect();
    // The client stops reading, so the server's send buffer fills once the kernel's is full.
    pair.client.pause();
    const write = nextFrameWriter(pair.serverSocket, pair.tcp, 'op-4', 4);
    const payload = Buffer.from(JSON.stringify({ data: 'y'.repeat(60_000) }));
    let writes = 0;
    while (write(payload)) {
      writes++;
      expect(writes).toBeLessThan(10_000);
    }
    expect(pair.tcp.writableLength).toBeGreaterThan(4 * payload.length);
  });
});
