import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveKitClient, type LiveKitClient } from '../src/livekit/client.js';
import { graphql } from './generated/index.js';
import { startLiveKitServer, type LiveKitServer } from './support/livekit-server.js';
import { graphqlRequest, startTestGateway, testEnv, type TestGateway } from './support/gateway.js';

const RoomParticipants = graphql(`
  query RoomParticipants($name: String!) {
    room(name: $name) {
      name
      participants {
        identity
      }
    }
  }
`);

const RoomParticipantsByFragment = graphql(`
  query RoomParticipantsByFragment($name: String!) {
    room(name: $name) {
      ...RoomPeople
    }
  }
  fragment RoomPeople on Room {
    participants {
      identity
    }
  }
`);

const RoomName = graphql(`
  query RoomName($name: String!) {
    room(name: $name) {
      name
    }
  }
`);

/** Wraps the read calls of `client` so that `events` records when each one starts and ends. */
function recordReads(client: LiveKitClient, events: string[]): LiveKitClient {
  const record =
    <A extends unknown[], R>(method: string, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      events.push(`start ${method}`);
      try {
        return await call(...args);
      } finally {
        events.push(`end ${method}`);
      }
    };
  return {
    ...client,
    listRooms: record('ListRooms', client.listRooms),
    listParticipants: record('ListParticipants', client.listParticipants),
  };
}

describe('room(name) participant prefetch', () => {
  let livekit: LiveKitServer;
  let gateway: TestGateway;
  const events: string[] = [];

  beforeAll(async () => {
    livekit = await startLiveKitServer();
    const client = createLiveKitClient({
      apiUrl: livekit.httpUrl,
      apiKey: livekit.apiKey,
      apiSecret: livekit.apiSecret,
      timeoutMs: 2000,
    });
    await client.createRoom({ name: 'prefetch' });
    gateway = await startTestGateway(testEnv(livekit), { livekit: recordReads(client, events) });
  });

  afterAll(async () => {
    await gateway?.close();
    await livekit?.stop();
  });

  it('starts ListParticipants before ListRooms ends', async () => {
    events.length = 0;
    const result = await graphqlRequest(gateway.url, RoomParticipants, { name: 'prefetch' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.room).toEqual({ name: 'prefetch', participants: [] });
    expect(events.filter((event) => event === 'start ListParticipants')).toHaveLength(1);
    expect(events.indexOf('start ListParticipants')).toBeLessThan(events.indexOf('end ListRooms'));
  });

  it('prefetches participants selected in a fragment', async () => {
    events.length = 0;
    const result = await graphqlRequest(gateway.url, RoomParticipantsByFragment, {
      name: 'prefetch',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.room?.participants).toEqual([]);
    expect(events.indexOf('start ListParticipants')).toBeLessThan(events.indexOf('end ListRooms'));
  });

  it('makes no participant call when participants are not selected', async () => {
    events.length = 0;
    const result = await graphqlRequest(gateway.url, RoomName, { name: 'prefetch' });
    expect(result.data?.room).toEqual({ name: 'prefetch' });
    expect(events).toEqual(['start ListRooms', 'end ListRooms']);
  });

  it('returns null without errors for an absent room', async () => {
    const result = await graphqlRequest(gateway.url, RoomParticipants, { name: 'absent' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.room).toBeNull();
  });
});
