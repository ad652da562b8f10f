import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { AccessToken } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../src/events/cursor.js';
import { API_KEY, API_SECRET } from './support/livekit-server.js';
import { SERVICE_KEY, startTestGateway, testEnv, type TestGateway } from './support/gateway.js';
import { eventually, joinToken } from './support/participant.js';
import {
  postWebhook,
  signWebhook,
  subscribeSse,
  subscribeWs,
  testAuthenticator,
  webhookBody,
} from './support/events.js';

const EXTRA_KEY = 'rotated-key';
const EXTRA_SECRET = 'rotated-secret-0123456789abcdefghijklmn';
const signing = { key: API_KEY, secret: API_SECRET };
const credentials = { apiKey: API_KEY, apiSecret: API_SECRET };
const run = promisify(execFile);

/** Nothing here calls LiveKit: webhooks are signed by the test with the configured keys. */
const livekitStandIn = { wsUrl: 'ws://127.0.0.1:9', apiKey: API_KEY, apiSecret: API_SECRET };

describe('webhook receiver and event stream without a LiveKit server', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway(
      testEnv(livekitStandIn, {
        LIVEKIT_EXTRA_KEYS: `${EXTRA_KEY}: ${EXTRA_SECRET}`,
        WEBHOOK_MAX_BODY_BYTES: String(2 * 1024 * 1024),
        WEBHOOK_CLOCK_SKEW_SECONDS: '5',
        EVENT_RETENTION_COUNT: '50',
        SUBSCRIBER_BUFFER_SIZE: '4',
        SSE_KEEP_ALIVE_MS: '200',
      }),
      { authenticator: testAuthenticator(SERVICE_KEY, API_KEY, API_SECRET) },
    );
  });

  afterAll(async () => {
    await gateway?.close();
  });

  async function send(room: string, event = 'room_started', extra: Record<string, unknown> = {}) {
    const { id, body } = webhookBody(room, event, extra);
    const result = await postWebhook(gateway.url, body, {
      authorization: await signWebhook(body, signing),
    });
    expect(result.status).toBe(200);
    return id;
  }

  async function waitForSubscribers(room: string, count = 1): Promise<void> {
    await eventually(
      async () => (gateway.gateway.events.subscriberCount(room) === count ? true : undefined),
      10_000,
      `${count} subscribers of room "${room}"`,
    );
  }

  it('rejects bad webhooks with a reason and delivers none of them', async () => {
    const room = 'rejections';
    const subscriber = subscribeWs(gateway.url, SERVICE_KEY, { room });
    await waitForSubscribers(room);

    const { body } = webhookBody(room);
    const valid = await signWebhook(body, signing);
    const tamperedBody = body.replace('room_started', 'room_finished');
    const oversized = JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) });
    const cases: [string, string | Buffer, Record<string, string>, number, string][] = [
      ['unsigned', body, {}, 401, 'missing_authorization'],
      ['not a JWT', body, { authorization: 'not-a-token' }, 401, 'malformed_token'],
      [
        'forged with another secret',
        body,
        { authorization: await signWebhook(body, { key: API_KEY, secret: 'x'.repeat(40) }) },
        401,
        'bad_signature',
      ],
      [
        'signed with an unknown key',
        body,
        { authorization: await signWebhook(body, { key: 'other', secret: API_SECRET }) },
        401,
        'unknown_key',
      ],
      ['tampered body', tamperedBody, { authorization: valid }, 401, 'body_hash_mismatch'],
      [
        'expired beyond the skew',
        body,
        { authorization: await signWebhook(body, { ...signing, expiresIn: -60 }) },
        401,
        'expired',
      ],
      [
        'without exp',
        body,
        { authorization: await signWebhook(body, { ...signing, expiresIn: null }) },
        401,
        'missing_exp',
      ],
      [
        'without sha256',
        body,
        { authorization: await signWebhook(body, { ...signing, sha256: null }) },
        401,
        'missing_sha256',
      ],
      [
        'signed but not JSON',
        'not json',
        { authorization: await signWebhook('not json', signing) },
        401,
        'invalid_body',
      ],
      [
        'signed but without a room',
        '{"event":"room_started","id":"EV_noroom"}',
        { authorization: await signWebhook('{"event":"room_started","id":"EV_noroom"}', signing) },
        401,
        'invalid_body',
      ],
      [
        'oversized',
        oversized,
        { authorization: await signWebhook(oversized, signing) },
        413,
        'body_too_large',
      ],
    ];
    for (const [name, payload, headers, status, reason] of cases) {
      const result = await postWebhook(gateway.url, payload, headers);
      expect(result.status, name).toBe(status);
      expect(result.body, name).toEqual({ error: reason });
    }
    const rejections = gateway.logs.filter((line) => line['msg'] === 'Webhook rejected');
    expect(rejections.map((line) => line['reason'])).toEqual(cases.map((entry) => entry[4]));

    // Within the allowed skew an expired token still verifies.
    const skewed = webhookBody(room);
    const withinSkew = await postWebhook(gateway.url, skewed.body, {
      authorization: await signWebhook(skewed.body, { ...signing, expiresIn: -2 }),
    });
    expect(withinSkew.status).toBe(200);

    // Events are published before the 200, so the first one received is the first accepted one.
    await eventually(async () => (subscriber.events.length >= 1 ? true : undefined));
    expect(subscriber.events.map((event) => event.id)).toEqual([skewed.id]);
    await subscriber.close();
  });

  it('acknowledges a repeated event id without publishing it again', async () => {
    const room = 'repeats';
    const subscriber = subscribeWs(gateway.url, SERVICE_KEY, { room });
    await waitForSubscribers(room);
    const { id, body } = webhookBody(room);
    const authorization = await signWebhook(body, signing);
    const first = await postWebhook(gateway.url, body, { authorization });
    const repeated = await postWebhook(gateway.url, body, { authorization });
    const marker = await send(room, 'room_finished');
    expect(first).toEqual({ status: 200, body: { status: 'accepted' } });
    expect(repeated).toEqual({ status: 200, body: { status: 'duplicate' } });
    await eventually(async () => (subscriber.events.length >= 2 ? true : undefined));
    expect(subscriber.events.map((event) => event.id)).toEqual([id, marker]);
    await subscriber.close();
  });

  it('verifies bodies with odd whitespace, key order, escapes and extra keys', async () => {
    const subscriber = subscribeWs(gateway.url, SERVICE_KEY, { room: 'ré x' });
    await waitForSubscribers('ré x');
    const body =
      '{\r\n\t"createdAt" : "1700000000" ,"futureField":{"a":[1,2]},\n' +
      '  "room":{ "name":"r\\u00e9\\u0020x","sid":"RM_\\u0041" },   "id":"EV_escapes",' +
      '"event":"room_started"\n}\n';
    const result = await postWebhook(gateway.url, body, {
      authorization: `Bearer ${await signWebhook(body, { key: EXTRA_KEY, secret: EXTRA_SECRET })}`,
      'content-type': 'text/plain',
    });
    expect(result.status).toBe(200);
    await eventually(async () => (subscriber.events.length >= 1 ? true : undefined));
    const [event] = subscriber.events;
    expect(event?.id).toBe('EV_escapes');
    expect(event?.type).toBe('ROOM_STARTED');
    expect(event?.room).toEqual({ sid: 'RM_A', name: 'ré x', metadata: '' });
    expect(event?.createdAt).toBe('2023-11-14T22:13:20.000Z');
    await subscriber.close();
  });

  it('passes unknown events through and routes egress events by room name', async () => {
    const room = 'routing';
    const subscriber = subscribeWs(gateway.url, SERVICE_KEY, { room });
    await waitForSubscribers(room);
    const unknown = await send(room, 'room_renamed_in_the_future');
    const { id: egressId, body } = webhookBody(room, 'egress_started', {
      egressInfo: {
        egressId: 'EG_1',
        roomName: room,
        status: 'EGRESS_ACTIVE',
        startedAt: '1700000000123456789',
      },
    });
    const withoutRoom = JSON.parse(body) as Record<string, unknown>;
    delete withoutRoom['room'];
    const egressBody = JSON.stringify(withoutRoom);
    const posted = await postWebhook(gateway.url, egressBody, {
      authorization: await signWebhook(egressBody, signing),
    });
    expect(posted.status).toBe(200);
    await eventually(async () => (subscriber.events.length >= 2 ? true : undefined));
    expect(subscriber.events[0]).toMatchObject({ id: unknown, type: 'UNKNOWN' });
    expect(subscriber.events[0]?.rawType).toBe('room_renamed_in_the_future');
    expect(subscriber.events[1]).toMatchObject({
      id: egressId,
      type: 'EGRESS_STARTED',
      room: null,
      roomName: room,
      egress: { egressId: 'EG_1', roomName: room, status: 'ACTIVE' },
    });
    await subscriber.close();
  });

  it('filters by type and resumes after a cursor without gaps', async () => {
    const room = 'resume';
    const ids = [
      await send(room, 'room_started'),
      await send(room, 'participant_joined', { participant: { sid: 'PA_1', identity: 'a' } }),
      await send(room, 'participant_left', { participant: { sid: 'PA_1', identity: 'a' } }),
    ];
    const live = subscribeWs(gateway.url, SERVICE_KEY, { room });
    await waitForSubscribers(room);
    const finished = await send(room, 'room_finished');
    await eventually(async () => (live.events.length >= 1 ? true : undefined));
    // Without a cursor a subscriber receives live events only.
    expect(live.events.map((event) => event.id)).toEqual([finished]);

    const [firstRecord] = await gateway.gateway.eventStore.readAfter(room, 0);
    const history = subscribeWs(gateway.url, SERVICE_KEY, {
      room,
      after: firstRecord!.cursor,
      types: ['PARTICIPANT_LEFT', 'ROOM_FINISHED'],
    });
    await eventually(async () => (history.events.length >= 2 ? true : undefined));
    expect(history.events.map((event) => event.id)).toEqual([ids[2], finished]);
    const cursors = [...history.events, ...live.events].map((event) => event.cursor);
    expect(cursors[1]).toBe(cursors[2]);
    await live.close();
    await history.close();
  });

  it('sends RESYNC first when the cursor is older than the log', async () => {
    const room = 'resync';
    const ids: string[] = [];
    for (let i = 0; i < 53; i += 1) {
      ids.push(await send(room, 'participant_joined', { participant: { sid: `PA_${i}` } }));
    }
    const held = await gateway.gateway.eventStore.readAfter(room, 0);
    // The log keeps the newest 50 events, so sequences 1 to 3 are gone.
    expect(held[0]?.seq).toBe(4);
    const lost = cursorOf(room, held[0]!.cursor, 1);
    const resumed = subscribeWs(gateway.url, SERVICE_KEY, { room, after: lost });
    await eventually(async () => (resumed.events.length >= 51 ? true : undefined));
    expect(resumed.events[0]?.type).toBe('RESYNC');
    expect(resumed.events[0]?.cursor).toBe(cursorOf(room, held[0]!.cursor, 3));
    expect(resumed.events.slice(1).map((event) => event.id)).toEqual(ids.slice(3));

    const fromAnotherLog = encodeCursor({ room, epoch: 'restarted', seq: 60 });
    const restarted = subscribeWs(gateway.url, SERVICE_KEY, { room, after: fromAnotherLog });
    await eventually(async () => (restarted.events.length >= 51 ? true : undefined));
    expect(restarted.events[0]?.type).toBe('RESYNC');
    expect(restarted.events[1]?.id).toBe(ids[3]);
    await resumed.close();
    await restarted.close();
  });

  it('rejects malformed cursors and cursors of another room', async () => {
    const malformed = subscribeWs(gateway.url, SERVICE_KEY, { room: 'a', after: 'garbage' });
    await malformed.ended;
    expect(JSON.stringify(malformed.errors)).toContain('BAD_USER_INPUT');
    const otherRoom = encodeCursor({ room: 'b', epoch: 'e', seq: 1 });
    const mismatched = subscribeWs(gateway.url, SERVICE_KEY, { room: 'a', after: otherRoom });
    await mismatched.ended;
    expect(JSON.stringify(mismatched.errors)).toContain('BAD_USER_INPUT');
  });

  it('refuses subscribers without a read grant of the room', async () => {
    const otherRoom = await joinToken(credentials, 'elsewhere', 'mallory');
    const overWs = subscribeWs(gateway.url, otherRoom, { room: 'guarded' });
    await overWs.ended;
    expect(JSON.stringify(overWs.errors)).toContain('FORBIDDEN');

    const overSse = await subscribeSse(gateway.url, otherRoom, { room: 'guarded' });
    await overSse.ended;
    const [result] = overSse.frames.filter((frame) => frame.event === 'next');
    expect(JSON.parse(result!.data!).errors[0].extensions.code).toBe('FORBIDDEN');
    expect(gateway.gateway.events.subscriberCount('guarded')).toBe(0);
  });

  it('sends hidden participants’ events to room admins only', async () => {
    const room = 'hidden';
    const reader = subscribeWs(gateway.url, await joinToken(credentials, room, 'reader'), {
      room,
    });
    const admin = subscribeWs(
      gateway.url,
      await joinToken(credentials, room, 'moderator', { roomAdmin: true }),
      { room },
    );
    await waitForSubscribers(room, 2);
    const recorder = { sid: 'PA_rec', identity: 'recorder', permission: { hidden: true } };
    const joined = await send(room, 'participant_joined', { participant: recorder });
    const published = await send(room, 'track_published', {
      participant: { sid: 'PA_rec', identity: 'recorder' },
      track: { sid: 'TR_rec' },
    });
    const visible = await send(room, 'participant_joined', {
      participant: { sid: 'PA_bob', identity: 'bob' },
    });
    await eventually(async () => (reader.events.length >= 1 ? true : undefined));
    await eventually(async () => (admin.events.length >= 3 ? true : undefined));
    expect(reader.events.map((event) => event.id)).toEqual([visible]);
    expect(admin.events.map((event) => event.id)).toEqual([joined, published, visible]);
    await reader.close();
    await admin.close();
  });

  it('closes a slow graphql-ws consumer with 4429 and it resumes', async () => {
    const room = 'slow';
    const subscriber = subscribeWs(gateway.url, SERVICE_KEY, { room });
    await waitForSubscribers(room);
    const socket = subscriber.socket()!;
    socket.pause();
    // Large events fill the socket buffers, so the server queue outgrows SUBSCRIBER_BUFFER_SIZE.
    const padding = 'x'.repeat(512 * 1024);
    const ids: string[] = [];
    while (gateway.gateway.events.subscriberCount(room) > 0 && ids.length < 300) {
      ids.push(await send(room, 'room_started', { room: { name: room, metadata: padding } }));
    }
    expect(gateway.gateway.events.subscriberCount(room)).toBe(0);
    socket.resume();
    const closed = (await subscriber.ended) as { code: number; reason: string };
    expect(closed.code).toBe(4429);
    expect(closed.reason).toBe('slow consumer');
    const received = subscriber.events.map((event) => event.id);
    expect(received).toEqual(ids.slice(0, received.length));

    const resumed = subscribeWs(gateway.url, SERVICE_KEY, {
      room,
      after: subscriber.events.at(-1)?.cursor ?? (await firstCursorOf(room)),
    });
    const rest = ids.slice(received.length);
    await eventually(async () => (resumed.events.length >= rest.length ? true : undefined));
    expect(resumed.events.map((event) => event.id)).toEqual(rest);
    await resumed.close();
  });

  it('streams over SSE with cursor ids, keep-alives and Last-Event-ID resume', async () => {
    const room = 'sse';
    const stream = await subscribeSse(gateway.url, SERVICE_KEY, { room });
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.response.headers.get('content-encoding')).toBeNull();
    await waitForSubscribers(room);
    const ids = [await send(room, 'room_started'), await send(room, 'participant_joined')];
    await eventually(async () => (stream.events().length >= 2 ? true : undefined));
    const events = stream.events();
    expect(events.map((event) => event.id)).toEqual(ids);
    expect(events.map((event) => event.sseId)).toEqual(events.map((event) => event.cursor));
    // SSE_KEEP_ALIVE_MS is 200 here: a comment frame follows the initial one.
    await eventually(async () =>
      stream.frames.filter((frame) => frame.comment === '').length >= 2 ? true : undefined,
    );
    stream.close();

    const later = await send(room, 'room_finished');
    const resumed = await subscribeSse(
      gateway.url,
      SERVICE_KEY,
      { room, after: 'ignored-when-last-event-id-is-sent' },
      { 'last-event-id': events[0]!.cursor },
    );
    await eventually(async () => (resumed.events().length >= 2 ? true : undefined));
    expect(resumed.events().map((event) => event.id)).toEqual([ids[1], later]);
    resumed.close();
  });

  it('ends an SSE stream when the credential expires', async () => {
    const room = 'expiring';
    const shortLived = new AccessToken(API_KEY, API_SECRET, { identity: 'short-lived', ttl: 2 });
    shortLived.addGrant({ roomJoin: true, room });
    const token = await shortLived.toJwt();
    const stream = await subscribeSse(gateway.url, token, { room });
    await stream.ended;
    expect(stream.frames.at(-1)).toEqual({ comment: 'credential expired' });
    expect(stream.frames.some((frame) => frame.event === 'complete')).toBe(false);
    expect(gateway.gateway.events.subscriberCount(room)).toBe(0);
  });

  it('accepts the example events from the offline sender script', async () => {
    const room = 'demo';
    const subscriber = subscribeWs(gateway.url, SERVICE_KEY, { room });
    await waitForSubscribers(room);
    const files = ['room_started', 'participant_joined', 'track_published', 'egress_ended'];
    for (const name of files) {
      const { stdout } = await run(
        'npx',
        ['tsx', 'scripts/send-webhook.ts', `examples/webhooks/${name}.json`, gateway.url],
        { env: { ...process.env, LIVEKIT_API_KEY: API_KEY, LIVEKIT_API_SECRET: API_SECRET } },
      );
      expect(stdout.trim()).toBe('200 {"status":"accepted"}');
    }
    await eventually(async () => (subscriber.events.length >= files.length ? true : undefined));
    expect(subscriber.events.map((event) => event.rawType)).toEqual(files);
    expect(subscriber.events[2]?.track).toEqual({
      sid: 'TR_demo_mic',
      type: 'AUDIO',
      source: 'MICROPHONE',
    });
    expect(subscriber.events[3]?.egress?.status).toBe('COMPLETE');
    await subscriber.close();
  });

  async function firstCursorOf(room: string): Promise<string> {
    const [first] = await gateway.gateway.eventStore.readAfter(room, 0);
    return cursorOf(room, first!.cursor, 0);
  }
});

/** The cursor of sequence `seq` in the same log as `cursor`. */
function cursorOf(room: string, cursor: string, seq: number): string {
  const epoch = Buffer.from(cursor, 'base64url').toString('utf8').split('\n')[1]!;
  return encodeCursor({ room, epoch, seq });
}
