import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { connect } from 'node:net';
import { createInterface } from 'node:readline';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from './generated/index.js';
import { startLiveKitServer, type LiveKitServer } from './support/livekit-server.js';
import { SERVICE_KEY, startTestGateway, testEnv } from './support/gateway.js';
import { eventually } from './support/participant.js';

const ShutdownRooms = graphql(`
  query ShutdownRooms {
    rooms {
      name
    }
  }
`);

interface GatewayProcess {
  child: ChildProcess;
  url: string;
  logs: Record<string, unknown>[];
  exited: Promise<number | null>;
}

/** Compiles `src/` into `build/` as `npm start` does. */
async function buildGateway(): Promise<void> {
  await promisify(execFile)(process.execPath, [
    'node_modules/typescript/bin/tsc',
    '-p',
    'tsconfig.build.json',
  ]);
}

/** Spawns `build/main.js` as `npm start` does and waits for its "Gateway listening" log line. */
async function spawnGateway(env: Record<string, string>): Promise<GatewayProcess> {
  const child = spawn(process.execPath, ['build/main.js'], {
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      if (entry['msg'] === 'Gateway listening') {
        resolve(String(entry['url']).replace(/\/graphql$/, ''));
      }
    });
    void exited.then((code) =>
      reject(new Error(`gateway exited with ${code} before listening:\n${stderr.join('')}`)),
    );
  });
  return { child, url, logs, exited };
}

function refusesConnections(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('graceful shutdown', () => {
  let livekit: LiveKitServer;

  beforeAll(async () => {
    await buildGateway();
    livekit = await startLiveKitServer();
  }, 120_000);

  afterAll(async () => {
    livekit?.resume();
    await livekit?.stop();
  });

  it('finishes an in-flight request, closes sockets with 1001 and exits 0', async () => {
    const gateway = await spawnGateway(
      testEnv(livekit, { LIVEKIT_TIMEOUT_MS: '30000', SHUTDOWN_TIMEOUT_MS: '25000' }),
    );
    try {
      const socket = new WebSocket(
        `${gateway.url.replace('http', 'ws')}/graphql`,
        'graphql-transport-ws',
      );
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
      );
      await new Promise<void>((resolve, reject) => {
        socket.once('open', () => {
          socket.send(
            JSON.stringify({
              type: 'connection_init',
              payload: { authorization: `Bearer ${SERVICE_KEY}` },
            }),
          );
        });
        socket.once('message', (data) => {
          const message = JSON.parse(data.toString()) as { type: string };
          if (message.type === 'connection_ack') {
            resolve();
          } else {
            reject(new Error(`unexpected message ${message.type}`));
          }
        });
      });

      // A frozen livekit-server keeps the request waiting inside the gateway.
      await livekit.pause();
      const inFlight = fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${SERVICE_KEY}` },
        body: JSON.stringify({ query: print(ShutdownRooms) }),
      });
      await eventually(async () => {
        const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
        return /^gateway_http_requests_in_flight 1$/m.test(metrics) ? true : undefined;
      });

      gateway.child.kill('SIGTERM');
      expect((await closed).code).toBe(1001);
      await eventually(async () => ((await refusesConnections(gateway.url)) ? true : undefined));
      expect(gateway.child.exitCode).toBeNull();

      livekit.resume();
      const response = await inFlight;
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data?: { rooms: unknown[] }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(Array.isArray(body.data?.rooms)).toBe(true);

      expect(await gateway.exited).toBe(0);
      expect(gateway.logs.map((line) => line['msg'])).toContain('Stopped');
    } finally {
      livekit.resume();
      if (gateway.child.exitCode === null) {
        gateway.child.kill('SIGKILL');
      }
    }
  });

  it('exits 1 when the drain exceeds SHUTDOWN_TIMEOUT_MS', async () => {
    const gateway = await spawnGateway(
      testEnv(livekit, { LIVEKIT_TIMEOUT_MS: '30000', SHUTDOWN_TIMEOUT_MS: '500' }),
    );
    try {
      await livekit.pause();
      const inFlight = fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${SERVICE_KEY}` },
        body: JSON.stringify({ query: print(ShutdownRooms) }),
      }).catch((error: unknown) => error);
      await eventually(async () => {
        const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
        return /^gateway_http_requests_in_flight 1$/m.test(metrics) ? true : undefined;
      });
      gateway.child.kill('SIGTERM');
      expect(await gateway.exited).toBe(1);
      expect(gateway.logs.map((line) => line['msg'])).toContain('Shutdown timed out; exiting');
      await inFlight;
    } finally {
      livekit.resume();
      if (gateway.child.exitCode === null) {
        gateway.child.kill('SIGKILL');
      }
    }
  });

  it('waits for work passed to trackInFlight', async () => {
    const gateway = await startTestGateway(testEnv(livekit));
    let finish: () => void = () => undefined;
    const work = new Promise<void>((resolve) => {
      finish = resolve;
    });
    void gateway.gateway.trackInFlight(work);

    // The gateway drains while its HTTP server still listens, so readyz can be asked.
    let closed = false;
    const closing = gateway.gateway.close().then(() => {
      closed = true;
    });
    const ready = await fetch(`${gateway.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ ready: false, checks: { shutdown: 'draining' } });
    expect(closed).toBe(false);

    finish();
    await closing;
    await gateway.close();
    expect(closed).toBe(true);
  });
});
