import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveKitClient } from '../src/livekit/client.js';
import { coalesceReads } from '../src/livekit/coalesce.js';
import { startLiveKitServer, type LiveKitServer } from './support/livekit-server.js';

describe('coalesceReads against a real livekit-server', () => {
  let livekit: LiveKitServer;
  const calls: string[] = [];

  beforeAll(async () => {
    livekit = await startLiveKitServer();
  });

  afterAll(async () => {
    await livekit?.stop();
  });

  function client() {
    return coalesceReads(
      createLiveKitClient({
        apiUrl: livekit.httpUrl,
        apiKey: livekit.apiKey,
        apiSecret: livekit.apiSecret,
        timeoutMs: 2000,
        onCall: (method) => calls.push(method),
      }),
    );
  }

  it('makes one upstream call for concurrent identical reads', async () => {
    const coalesced = client();
    await coalesced.createRoom({ name: 'coalesce' });
    calls.length = 0;

    const results = await Promise.all(
      Array.from({ length: 25 }, () => coalesced.listRooms(['coalesce'])),
    );
    expect(calls).toEqual(['ListRooms']);
    for (const rooms of results) {
      expect(rooms.map((room) => room.name)).toEqual(['coalesce']);
    }
  });

  it('calls again once the shared call has settled', async () => {
    const coalesced = client();
    calls.length = 0;
    await coalesced.listParticipants('coalesce');
    await coalesced.listParticipants('coalesce');
    expect(calls).toEqual(['ListParticipants', 'ListParticipants']);
  });

  it('keeps different reads apart', async () => {
    const coalesced = client();
    calls.length = 0;
    await Promise.all([coalesced.listRooms(['coalesce']), coalesced.listRooms(['other'])]);
    expect(calls).toEqual(['ListRooms', 'ListRooms']);
  });
});
