// Load side of the fan-out benchmarks: holds many graphql-transport-ws subscriptions open and
// records when each `next` message arrives, as wall-clock milliseconds comparable across
// processes on this machine.
import WebSocket from 'ws';
import { serveParent } from '../lib/child.js';

/** Payload of the `connect` request. */
export interface ConnectRequest {
  url: string;
  count: number;
  /** The `payload` of the subscribe message: query, variables, operationName. */
  payload: Record<string, unknown>;
  connectionParams?: Record<string, unknown>;
  /** Sockets opened at once while connecting. */
  batch: number;
}

const sockets: WebSocket[] = [];
/** Arrival times of the k-th `next` message of every socket, at index k - 1. */
const arrivals: number[][] = [];
const waiters: (() => void)[] = [];

const wallClock = () => performance.timeOrigin + performance.now();

function open(request: ConnectRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(request.url, 'graphql-transport-ws');
    let received = 0;
    socket.on('error', reject);
    socket.on('open', () => {
      socket.send(
        JSON.stringify({ type: 'connection_init', payload: request.connectionParams ?? {} }),
      );
    });
    socket.on('message', (data) => {
      const text = String(data);
      if (text.includes('"next"')) {
        const at = wallClock();
        (arrivals[received] ??= []).push(at);
        received++;
        for (const wake of waiters.splice(0)) {
          wake();
        }
        return;
      }
      const message = JSON.parse(text) as { type: string };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: request.payload }));
        sockets.push(socket);
        resolve();
      } else if (message.type === 'error') {
        reject(new Error(`subscribe failed: ${text}`));
      }
    });
  });
}

async function connect(request: ConnectRequest): Promise<number> {
  for (let opened = 0; opened < request.count; opened += request.batch) {
    const size = Math.min(request.batch, request.count - opened);
    await Promise.all(Array.from({ length: size }, () => open(request)));
  }
  return sockets.length;
}

/** Waits until every socket has received its `index`-th message, then returns the arrivals. */
async function collect(request: { index: number; timeoutMs: number }): Promise<number[]> {
  const deadline = Date.now() + request.timeoutMs;
  while ((arrivals[request.index - 1]?.length ?? 0) < sockets.length) {
    if (Date.now() > deadline) {
      const got = arrivals[request.index - 1]?.length ?? 0;
      throw new Error(`only ${got} of ${sockets.length} sockets received event ${request.index}`);
    }
    await new Promise<void>((resolve) => {
      waiters.push(resolve);
      setTimeout(resolve, 50);
    });
  }
  return arrivals[request.index - 1]!;
}

serveParent(
  {},
  {
    connect: (payload) => connect(payload as ConnectRequest),
    collect: (payload) => collect(payload as { index: number; timeoutMs: number }),
    close: () => {
      for (const socket of sockets) {
        socket.close();
      }
      return sockets.length;
    },
  },
);
