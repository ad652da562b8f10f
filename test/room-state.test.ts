import { RoomServiceClient } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveKitClient } from '../src/livekit/client.js';
import { coalesceReads } from '../src/livekit/coalesce.js';
import { graphql } from './generated/index.js';
import type { RoomStateWatchSubscription } from './generated/graphql.js';
import { testAuthenticator } from './support/events.js';
import { SERVICE_KEY, startTestGateway, testEnv, type TestGateway } from './support/gateway.js';
import {
  API_KEY,
  API_SECRET,
  startLiveKitServer,
  type LiveKitServer,
} from './support/livekit-server.js';
import { eventually, joinRoom, joinToken, type TestParticipant } from './support/participant.js';
import { freeTcpPort } from './support/ports.js';
import { countListParticipants, subscribe, type ListCounts } from './support/room-state.js';
import { startWebhookProxy, type WebhookProxy } from './support/webhook-proxy.js';

const RoomStateWatch = graphql(`
  subscription RoomStateWatch($room: String!) {
    roomState(room: $room) {
      room
      roomSid
      cursor
      updatedAt
      participants {
        sid
        identity
        state
        permission {
          hidden
        }
        tracks {
          sid
          source
        }
      }
    }
  }
`);

const RoomEventsReconciled = graphql(`
  subscription RoomEventsReconciled($room: String!) {
    roomEvents(room: $room) {
      id
      type
      reconciled
      participant {
        sid
        identity
      }
      track {
        sid
      }
    }
  }
`);

type State = RoomStateWatchSubscription['roomState'];

function latest(values: RoomStateWatchSubscription[]): State | undefined {
  return values.at(-1)?.roomState;
}

/** Returns the participant sids of `state`, sorted, for comparing with ListParticipants. */
function sidsOf(state: State | undefined): string[] {
  return (state?.participants ?? []).map((participant) => participant.sid).sort();
}

describe('roomState against a real livekit-server', () => {
  let livekit: LiveKitServer;
  let gateway: TestGateway;
  let proxy: WebhookProxy;
  let counts: ListCounts;
  let rooms: RoomServiceClient;
  const participants: TestParticipant[] = [];
  const room = `state-${Date.now()}`;

  async function join(identity: string, options: { audio?: boolean; hidden?: boolean } = {}) {
    const token = await joinToken(livekit, room, identity, { hidden: options.hidden ?? false });
    const participant = await joinRoom(livekit.wsUrl, token, identity, {
      publishAudio: options.audio ?? false,
    });
    participants.push(participant);
    return participant;
  }

  async function listedSids(): Promise<string[]> {
    const listed = await rooms.listParticipants(room);
    return listed.map((participant) => participant.sid).sort();
  }

  beforeAll(async () => {
    proxy = await startWebhookProxy();
    const livekitPort = await freeTcpPort();
    const address = {
      wsUrl: `ws://127.0.0.1:${livekitPort}`,
      apiKey: API_KEY,
      apiSecret: API_SECRET,
    };
    const counted = countListParticipants(
      createLiveKitClient({
        apiUrl: `http://127.0.0.1:${livekitPort}`,
        apiKey: API_KEY,
        apiSecret: API_SECRET,
        timeoutMs: 5000,
      }),
    );
    counts = counted.counts;
    // No periodic reconciliation during the test: only the other triggers run.
    gateway = await startTestGateway(testEnv(address, { ROOM_STATE_RECONCILE_MS: '600000' }), {
      authenticator: testAuthenticator(SERVICE_KEY, API_KEY, API_SECRET),
      livekit: coalesceReads(counted.client),
    });
    proxy.target = gateway.url;
    livekit = await startLiveKitServer({ port: livekitPort, webhookUrls: [proxy.url] });
    rooms = new RoomServiceClient(livekit.httpUrl, API_KEY, API_SECRET);
  });

  afterAll(async () => {
    for (const participant of participants) {
      await participant.disconnect();
    }
    await gateway?.close();
    await livekit?.stop();
    await proxy?.close();
  });

  it('keeps the roster through joins, leaves and a rejoin', async () => {
    const overService = subscribe(gateway.url, SERVICE_KEY, RoomStateWatch, { room });
    const readerToken = await joinToken(livekit, room, 'reader');
    const overReader = subscribe(gateway.url, readerToken, RoomStateWatch, { room });
    const first = await eventually(async () => latest(overService.values), 10_000, 'first state');
    expect(first.room).toBe(room);
    expect(first.participants).toEqual([]);

    const alice = await join('alice', { audio: true });
    const withTrack = await eventually(
      async () => {
        const state = latest(overService.values);
        return state?.participants[0]?.tracks.length === 1 ? state : undefined;
      },
      20_000,
      'alice with a track',
    );
    expect(withTrack.participants.map((participant) => participant.identity)).toEqual(['alice']);
    expect(withTrack.participants[0]?.sid).toBe(alice.room.localParticipant!.sid);
    expect(withTrack.participants[0]?.tracks[0]).toEqual({
      sid: alice.publication!.sid,
      source: 'MICROPHONE',
    });
    expect(withTrack.roomSid).toMatch(/^RM_/);
    expect(withTrack.cursor).not.toBeNull();

    const bob = await join('bob');
    await join('recorder', { hidden: true });
    await eventually(
      async () => (latest(overService.values)?.participants.length === 3 ? true : undefined),
      20_000,
      'alice, bob and the hidden recorder',
    );
    const forReader = await eventually(
      async () => (latest(overReader.values)?.participants.length === 2 ? true : undefined),
      10_000,
      'alice and bob for the reader',
    );
    expect(forReader).toBe(true);
    for (const value of overReader.values) {
      expect(value.roomState.participants.map((p) => p.identity)).not.toContain('recorder');
    }

    // A second connection with the same identity replaces the first, under a new sid.
    const rejoined = await join('alice');
    const newSid = rejoined.room.localParticipant!.sid;
    expect(newSid).not.toBe(alice.room.localParticipant!.sid);
    await bob.disconnect();
    const afterRejoin = await eventually(
      async () => {
        const state = latest(overService.values);
        const identities = state?.participants.map((participant) => participant.identity);
        return identities?.join() === 'recorder,alice' ? state : undefined;
      },
      20_000,
      'the rejoined alice and the recorder',
    );
    expect(afterRejoin.participants[1]?.sid).toBe(newSid);
    expect(sidsOf(afterRejoin)).toEqual(await listedSids());

    await overService.close();
    await overReader.close();
  });

  it('reconciles changes whose webhooks were lost and emits them once', async () => {
    const events = subscribe(gateway.url, SERVICE_KEY, RoomEventsReconciled, { room });
    const states = subscribe(gateway.url, SERVICE_KEY, RoomStateWatch, { room });
    const before = await eventually(async () => latest(states.values), 10_000, 'current state');
    // A snapshot started on a room with a log already names the room and the log's end.
    expect(before.roomSid).toMatch(/^RM_/);
    expect(before.cursor).not.toBeNull();
    const alice = participants.findLast((participant) => participant.identity === 'alice')!;
    const aliceSid = alice.room.localParticipant!.sid!;
    expect(sidsOf(before)).toContain(aliceSid);

    proxy.mode = 'reject';
    const carol = await join('carol', { audio: true });
    const carolSid = carol.room.localParticipant!.sid!;
    await alice.disconnect();
    await eventually(
      async () => {
        const lost = proxy.rejected.map((webhook) => `${webhook.event}:${webhook.participantSid}`);
        const all = [
          `participant_joined:${carolSid}`,
          `track_published:${carolSid}`,
          `participant_left:${aliceSid}`,
        ];
        return all.every((entry) => lost.includes(entry)) ? true : undefined;
      },
      30_000,
      'the lost webhooks',
    );
    // Nothing has reconciled yet: the snapshot still shows alice and not carol.
    expect(sidsOf(latest(states.values))).toEqual(sidsOf(before));

    proxy.mode = 'forward';
    // A track of a participant the snapshot does not know does not apply and starts a reconcile.
    await carol.room.localParticipant!.unpublishTrack(carol.publication!.sid!);
    const reconciled = await eventually(
      async () => {
        const state = latest(states.values);
        const listed = await listedSids();
        return sidsOf(state).join() === listed.join() && listed.includes(carolSid)
          ? state
          : undefined;
      },
      30_000,
      'the snapshot to match ListParticipants',
    );
    expect(sidsOf(reconciled)).not.toContain(aliceSid);
    expect(reconciled?.participants.find((p) => p.sid === carolSid)?.tracks).toEqual([]);

    const marked = await eventually(
      async () => {
        const found = events.values.filter((value) => value.roomEvents.reconciled);
        return found.length >= 2 ? found.map((value) => value.roomEvents) : undefined;
      },
      10_000,
      'reconciled events',
    );
    expect(marked.map((event) => `${event.type}:${event.participant?.sid}`).sort()).toEqual(
      [`PARTICIPANT_JOINED:${carolSid}`, `PARTICIPANT_LEFT:${aliceSid}`].sort(),
    );
    const live = events.values.map((value) => value.roomEvents);
    expect(live.find((event) => event.type === 'TRACK_UNPUBLISHED')?.reconciled).toBe(false);
    const ids = live.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);

    await events.close();
    await states.close();
  });

  it('makes one reconcile call for many subscribers of a room', async () => {
    const fresh = `${room}-many`;
    const many = Array.from({ length: 12 }, () =>
      subscribe(gateway.url, SERVICE_KEY, RoomStateWatch, { room: fresh }),
    );
    await eventually(
      async () => (many.every((collected) => collected.values.length > 0) ? true : undefined),
      15_000,
      'a first state for every subscriber',
    );

    expect(counts.maxInFlight.get(fresh)).toBe(1);
    expect(counts.calls.get(fresh)).toBe(1);
    expect(gateway.gateway.roomState.roomCount).toBeGreaterThanOrEqual(1);
    for (const collected of many) {
      expect(collected.values[0]?.roomState.participants).toEqual([]);
      await collected.close();
    }
  });

  it('refuses a caller without read access to the room', async () => {
    const otherRoom = await joinToken(livekit, `${room}-other`, 'mallory');
    const refused = subscribe(gateway.url, otherRoom, RoomStateWatch, { room });
    await refused.ended;

    expect(refused.values).toEqual([]);
    expect(JSON.stringify(refused.errors)).toContain('FORBIDDEN');
  });
});
