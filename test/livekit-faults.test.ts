import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { startLiveKitServer, type LiveKitServer } from './support/livekit-server.js';
import { graphqlRequest, startTestGateway, testEnv, type TestGateway } from './support/gateway.js';

const FaultRooms = graphql(`
  query FaultRooms {
    rooms {
      name
    }
  }
`);

describe('LiveKit faults', () => {
  let livekit: LiveKitServer;
  let gateway: TestGateway;

  beforeAll(async () => {
    livekit = await startLiveKitServer();
    gateway = await startTestGateway(testEnv(livekit, { LIVEKIT_TIMEOUT_MS: '1000' }));
  });

  afterAll(async () => {
    livekit?.resume();
    await gateway?.close();
    await livekit?.stop();
  });

  it('maps a hanging server to LIVEKIT_TIMEOUT', async () => {
    const before = await graphqlRequest(gateway.url, FaultRooms);
    expect(before.errors).toBeUndefined();

    await livekit.pause();
    try {
      const response = await graphqlRequest(gateway.url, FaultRooms);
      const error = response.errors?.[0];
      expect(error?.extensions?.['code'], JSON.stringify(response)).toBe('LIVEKIT_TIMEOUT');
      expect(error?.extensions?.['method']).toBe('ListRooms');
      expect(error?.message).toMatch(/1000 ms/);
      expect(response.data).toBeNull();
    } finally {
      livekit.resume();
    }

    const ready = await fetch(`${gateway.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('maps a stopped server to LIVEKIT_UNAVAILABLE before the deadline', async () => {
    await livekit.stop();
    const response = await graphqlRequest(gateway.url, FaultRooms);
    // A refused connection fails at once; LIVEKIT_TIMEOUT would mean it waited for the deadline.
    expect(response.errors?.[0]?.extensions?.['code']).toBe('LIVEKIT_UNAVAILABLE');
    expect(response.data).toBeNull();

    const ready = await fetch(`${gateway.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({
      ready: false,
      checks: { livekit: 'LIVEKIT_UNAVAILABLE' },
    });
  });
});
