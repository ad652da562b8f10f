import { RoomServiceClient } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryEventStore } from '../src/events/memory-store.js';
import { createRedisEventStore } from '../src/events/redis-store.js';
import { createLogger } from '../src/logger.js';
import type { EventStore } from '../src/events/store.js';
import { graphql } from './generated/index.js';
import type { InstanceStateSubscription } from './generated/graphql.js';
import { SERVICE_KEY, startTestGateway, testEnv, type TestGateway } from './support/gateway.js';
import {
  API_KEY,
  API_SECRET,
  startLiveKitServer,
  type LiveKitServer,
} from './support/livekit-server.js';
import { eventually, joinRoom, joinToken, type TestParticipant } from './support/participant.js';
import { freeTcpPort } from './support/ports.js';
import { startRedis, type RedisProcess } from './support/redis-process.js';
import { subscribe } from './support/room-state.js';
import { startWebhookProxy, type WebhookProxy } from './support/webhook-proxy.js';

const InstanceState = graphql(`
  subscription InstanceState($room: String!) {
    roomState(room: $room) {
      participants {
        sid
        tracks {
          sid
        }
      }
    }
  }
`);

const InstanceEvents = graphql(`
  subscription InstanceEvents($room: String!) {
    roomEvents(room: $room) {
      id
      reconciled
    }
  }
`);

/** Participant and track sids of a state, sorted, e.g. `PA_1:TR_1`. */
function describeState(values: InstanceStateSubscription[]): string[] {
  const participants = values.at(-1)?.roomState.participants ?? [];
  return participants
    .map((participant) => [participant.sid, ...participant.tracks.map((t) => t.sid)].join(':'))
    .sort();
}

/** Two instances share one in-memory store in-process, or each connects to one Redis. */
const SETUPS = [
  { name: 'one in-memory event store', overRedis: false },
  { name: 'one Redis', overRedis: true },
];

describe.each(SETUPS)('roomState on two instances sharing $name', ({ overRedis }) => {
  let redis: RedisProcess | undefined;
  let livekit: LiveKitServer;
  let store: EventStore;
  let first: TestGateway;
  let second: TestGateway;
  let proxy: WebhookProxy;
  let rooms: RoomServiceClient;
  const participants: TestParticipant[] = [];
  const room = `instances-${overRedis ? 'redis' : 'memory'}-${Date.now()}`;

  async function join(identity: string): Promise<TestParticipant> {
    const token = await joinToken(livekit, room, identity);
    const participant = await joinRoom(livekit.wsUrl, token, identity, { publishAudio: true });
    participants.push(participant);
    return participant;
  }

  /** ListParticipants in the form of `describeState`. */
  async function listed(): Promise<string[]> {
    const found = await rooms.listParticipants(room);
    return found
      .map((participant) => [participant.sid, ...participant.tracks.map((t) => t.sid)].join(':'))
      .sort();
  }

  beforeAll(async () => {
    proxy = await startWebhookProxy();
    const livekitPort = await freeTcpPort();
    const address = {
      wsUrl: `ws://127.0.0.1:${livekitPort}`,
      apiKey: API_KEY,
      apiSecret: API_SECRET,
    };
    const retention = { retentionCount: 1000, retentionSeconds: 3600 };
    if (overRedis) {
      redis = await startRedis();
      // The test reads the shared log through a store of its own on the same Redis.
      store = createRedisEventStore({ url: redis.url, ...retention, log: createLogger('silent') });
    } else {
      store = createMemoryEventStore(retention);
    }
    // Both reconcile every second, so both find the same missed changes.
    const env = testEnv(address, {
      ROOM_STATE_RECONCILE_MS: '1000',
      LOG_LEVEL: 'info',
      ...(redis ? { REDIS_URL: redis.url } : {}),
    });
    const deps = redis ? {} : { eventStore: store };
    first = await startTestGateway(env, deps);
    second = await startTestGateway(env, deps);
    proxy.target = first.url;
    livekit = await startLiveKitServer({ port: livekitPort, webhookUrls: [proxy.url] });
    rooms = new RoomServiceClient(livekit.httpUrl, API_KEY, API_SECRET);
  });

  afterAll(async () => {
    for (const participant of participants) {
      await participant.disconnect();
    }
    await first?.close();
    await second?.close();
    await store?.close();
    await redis?.stop();
    await livekit?.stop();
    await proxy?.close();
  });

  it('converges on both and emits each reconciled event once', async () => {
    const onFirst = subscribe(first.url, SERVICE_KEY, InstanceState, { room });
    const onSecond = subscribe(second.url, SERVICE_KEY, InstanceState, { room });
    const events = subscribe(second.url, SERVICE_KEY, InstanceEvents, { room });
    await eventually(
      async () => (onFirst.values.length > 0 && onSecond.values.length > 0 ? true : undefined),
      10_000,
      'a first state on both instances',
    );

    const erin = await join('erin');
    const erinSid = erin.room.localParticipant!.sid!;
    // Webhooks reach the first instance only; the second folds them from the shared log.
    await eventually(
      async () =>
        describeState(onSecond.values)[0]?.startsWith(`${erinSid}:TR_`) ? true : undefined,
      20_000,
      'erin and her track on the second instance',
    );

    proxy.mode = 'reject';
    const frank = await join('frank');
    const frankSid = frank.room.localParticipant!.sid!;
    await erin.disconnect();
    await eventually(
      async () => {
        const lost = proxy.rejected.map((webhook) => `${webhook.event}:${webhook.participantSid}`);
        return lost.includes(`participant_joined:${frankSid}`) &&
          lost.includes(`track_published:${frankSid}`) &&
          lost.includes(`participant_left:${erinSid}`)
          ? true
          : undefined;
      },
      30_000,
      'the lost webhooks',
    );

    const expected = await listed();
    expect(expected).toEqual([`${frankSid}:${frank.publication!.sid}`]);
    for (const [name, state] of [
      ['first', onFirst],
      ['second', onSecond],
    ] as const) {
      await eventually(
        async () => (describeState(state.values).join() === expected.join() ? true : undefined),
        20_000,
        `the ${name} instance to match ListParticipants`,
      );
    }

    const logged = await store.readAfter(room, 0);
    const reconciledIds = logged
      .map((record) => record.eventId)
      .filter((id) => id.startsWith('RC_'));
    expect(new Set(reconciledIds).size).toBe(reconciledIds.length);
    expect(reconciledIds).toContain(`RC_participant_joined_${frankSid}`);
    expect(reconciledIds).toContain(`RC_track_published_${frank.publication!.sid}`);
    expect(reconciledIds).toContain(`RC_participant_left_${erinSid}`);
    expect(reconciledIds).toContain(`RC_track_unpublished_${erin.publication!.sid}`);
    // Every event an instance reported as emitted is in the log once, whoever found it first.
    // An instance logs its report after its last append, so the report may trail the log.
    // Neither instance may give up part-way because the other was storing the same event.
    const failures = [...first.logs, ...second.logs].filter(
      (line) => line['msg'] === 'Room state reconciliation failed; the next trigger retries it',
    );
    expect(failures).toEqual([]);
    const emittedTotal = () =>
      [...first.logs, ...second.logs]
        .filter(
          (line) => line['msg'] === 'Reconciliation found missed changes' && line['room'] === room,
        )
        .reduce((total, line) => total + Number(line['emitted']), 0);
    const emitted = await eventually(
      async () => (emittedTotal() >= reconciledIds.length ? emittedTotal() : undefined),
      10_000,
      'every reconciliation report',
    );
    expect(emitted).toBe(reconciledIds.length);

    await eventually(
      async () => {
        const received = events.values.filter((value) => value.roomEvents.reconciled);
        return received.length >= reconciledIds.length ? true : undefined;
      },
      10_000,
      'the reconciled events on the second instance',
    );
    const receivedIds = events.values.map((value) => value.roomEvents.id);
    expect(new Set(receivedIds).size).toBe(receivedIds.length);

    await onFirst.close();
    await onSecond.close();
    await events.close();
  });
});
