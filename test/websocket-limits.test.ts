import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, testEnv, type TestGateway } from './support/gateway.js';

/** Opens a graphql-transport-ws socket and resolves with its close code and reason. */
function closeOf(url: string, send: (socket: WebSocket) => void): Promise<[number, string]> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    socket.once('open', () => send(socket));
    socket.once('close', (code, reason) => resolve([code, reason.toString()]));
    socket.once('error', (error) => {
      // `ws` reports the 1009 close as an error on some versions; the close event still follows.
      if (!/max payload|1009/i.test(error.message)) {
        reject(error);
      }
    });
  });
}

describe('WebSocket limits', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    // No LiveKit call happens here, so an unreachable URL is enough.
    gateway = await startTestGateway(
      testEnv(
        { wsUrl: 'ws://127.0.0.1:9', apiKey: 'devkey', apiSecret: 'unused-secret-0123456789' },
        { MAX_BODY_BYTES: '4096' },
      ),
    );
  });

  afterAll(async () => {
    await gateway?.close();
  });

  it('closes a socket whose frame exceeds the body limit', async () => {
    const url = `${gateway.url.replace('http', 'ws')}/graphql`;
    const [code] = await closeOf(url, (socket) => {
      socket.send(
        JSON.stringify({
          type: 'connection_init',
          payload: { authorization: `Bearer ${'x'.repeat(10_000)}` },
        }),
      );
    });
    expect(code).toBe(1009);
  });

  it('logs a rejected credential without the credential', async () => {
    const url = `${gateway.url.replace('http', 'ws')}/graphql`;
    const [code] = await closeOf(url, (socket) => {
      socket.send(
        JSON.stringify({
          type: 'connection_init',
          payload: { authorization: 'Bearer wrong-key-that-must-not-be-logged' },
        }),
      );
    });
    expect(code).toBe(4401);
    const line = gateway.logs.find((entry) => entry['msg'] === 'WebSocket credential rejected');
    expect(line).toBeDefined();
    expect(gateway.rawLogs()).not.toContain('wrong-key-that-must-not-be-logged');
  });
});
