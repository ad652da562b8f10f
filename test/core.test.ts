import { RoomEvent, type LocalTrackPublication } from '@livekit/rtc-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { startLiveKitServer, type LiveKitServer } from './support/livekit-server.js';
import { graphqlRequest, startTestGateway, testEnv, type TestGateway } from './support/gateway.js';
import {
  eventually,
  joinRoom,
  joinToken,
  nextRoomEvent,
  type TestParticipant,
} from './support/participant.js';

const CreateRoom = graphql(`
  mutation CreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      sid
      name
      metadata
      emptyTimeout
      maxParticipants
      creationTime
    }
  }
`);

const ListRooms = graphql(`
  query ListRooms($names: [String!]) {
    rooms(names: $names) {
      name
      numParticipants
    }
  }
`);

const RoomWithParticipants = graphql(`
  query RoomWithParticipants($name: String!) {
    room(name: $name) {
      name
      numPublishers
      participants {
        sid
        identity
        state
        kind
        joinedAt
        isPublisher
        attributes {
          key
          value
        }
        permission {
          canPublish
          canSubscribe
          canPublishData
          canUpdateMetadata
        }
        tracks {
          sid
          type
          source
          muted
          mimeType
        }
      }
    }
  }
`);

const MuteTrack = graphql(`
  mutation MuteTrack($room: String!, $identity: String!, $trackSid: ID!, $muted: Boolean!) {
    mutePublishedTrack(room: $room, identity: $identity, trackSid: $trackSid, muted: $muted) {
      sid
      muted
    }
  }
`);

const UpdateParticipant = graphql(`
  mutation UpdateParticipant($input: UpdateParticipantInput!) {
    updateParticipant(input: $input) {
      identity
      metadata
      attributes {
        key
        value
      }
      permission {
        canPublish
        canSubscribe
        canPublishData
        canUpdateMetadata
      }
    }
  }
`);

const SendData = graphql(`
  mutation SendData($input: SendDataInput!) {
    sendData(input: $input) {
      room
      bytes
    }
  }
`);

const RemoveParticipant = graphql(`
  mutation RemoveParticipant($room: String!, $identity: String!) {
    removeParticipant(room: $room, identity: $identity) {
      room
      identity
    }
  }
`);

const DeleteRoom = graphql(`
  mutation DeleteRoom($name: String!) {
    deleteRoom(name: $name) {
      name
    }
  }
`);

const GetParticipant = graphql(`
  query GetParticipant($room: String!, $identity: String!) {
    participant(room: $room, identity: $identity) {
      identity
    }
  }
`);

describe('gateway against a real livekit-server', () => {
  let livekit: LiveKitServer;
  let gateway: TestGateway;
  let alice: TestParticipant;
  const roomName = `core-${Date.now()}`;

  beforeAll(async () => {
    livekit = await startLiveKitServer();
    gateway = await startTestGateway(testEnv(livekit));
  });

  afterAll(async () => {
    await alice?.disconnect();
    await gateway?.close();
    await livekit?.stop();
  });

  it('creates a room and lists it', async () => {
    const created = await graphqlRequest(gateway.url, CreateRoom, {
      input: { name: roomName, emptyTimeout: 120, maxParticipants: 10, metadata: 'hello' },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createRoom.name).toBe(roomName);
    expect(created.data?.createRoom.sid).toMatch(/^RM_/);
    expect(created.data?.createRoom.metadata).toBe('hello');
    expect(created.data?.createRoom.emptyTimeout).toBe(120);
    expect(created.data?.createRoom.maxParticipants).toBe(10);
    expect(Date.parse(created.data?.createRoom.creationTime ?? '')).toBeGreaterThan(0);

    const listed = await graphqlRequest(gateway.url, ListRooms, {});
    expect(listed.data?.rooms.map((room) => room.name)).toContain(roomName);

    const repeated = await graphqlRequest(gateway.url, ListRooms, {
      names: [roomName, roomName, 'absent-room', roomName],
    });
    expect(repeated.data?.rooms.map((room) => room.name)).toEqual([roomName]);
  });

  it('shows a joined participant and its audio track', async () => {
    const token = await joinToken(livekit, roomName, 'alice');
    alice = await joinRoom(livekit.wsUrl, token, 'alice', { publishAudio: true });

    const room = await eventually(
      async () => {
        const result = await graphqlRequest(gateway.url, RoomWithParticipants, { name: roomName });
        const found = result.data?.room;
        return found?.participants[0]?.tracks.length ? found : undefined;
      },
      15_000,
      'alice and her track',
    );

    const participant = room.participants[0]!;
    expect(participant.identity).toBe('alice');
    expect(participant.sid).toMatch(/^PA_/);
    expect(participant.state).toBe('ACTIVE');
    expect(participant.kind).toBe('STANDARD');
    expect(participant.isPublisher).toBe(true);
    expect(Date.parse(participant.joinedAt ?? '')).toBeGreaterThan(0);
    const track = participant.tracks[0]!;
    expect(track.sid).toBe(alice.publication?.sid);
    expect(track.type).toBe('AUDIO');
    expect(track.source).toBe('MICROPHONE');
    expect(track.muted).toBe(false);
    // The server negotiates RED (redundant Opus) when both sides support it.
    expect(track.mimeType).toMatch(/^audio\/(opus|red)$/);
  });

  it('mutes a track and the participant observes it', async () => {
    const trackSid = alice.publication!.sid!;
    const observed = nextRoomEvent<[LocalTrackPublication]>(alice.room, RoomEvent.TrackMuted);
    const result = await graphqlRequest(gateway.url, MuteTrack, {
      room: roomName,
      identity: 'alice',
      trackSid,
      muted: true,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.mutePublishedTrack).toEqual({ sid: trackSid, muted: true });
    const [publication] = await observed;
    expect(publication.sid).toBe(trackSid);
    expect(alice.publication?.muted).toBe(true);
  });

  it('updates metadata and attributes and patches one permission flag', async () => {
    const first = await graphqlRequest(gateway.url, UpdateParticipant, {
      input: {
        room: roomName,
        identity: 'alice',
        metadata: '{"role":"speaker"}',
        setAttributes: [
          { key: 'hand', value: 'raised' },
          { key: 'seat', value: '4' },
        ],
      },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.updateParticipant.metadata).toBe('{"role":"speaker"}');
    expect(first.data?.updateParticipant.attributes).toEqual([
      { key: 'hand', value: 'raised' },
      { key: 'seat', value: '4' },
    ]);

    const second = await graphqlRequest(gateway.url, UpdateParticipant, {
      input: {
        room: roomName,
        identity: 'alice',
        removeAttributes: ['hand'],
        permission: { canUpdateMetadata: true },
      },
    });
    expect(second.errors).toBeUndefined();
    const updated = second.data?.updateParticipant;
    expect(updated?.attributes).toEqual([{ key: 'seat', value: '4' }]);
    expect(updated?.metadata).toBe('{"role":"speaker"}');
    // LiveKit replaces the whole permission; the flags not named must survive the patch.
    expect(updated?.permission).toEqual({
      canPublish: true,
      canSubscribe: true,
      canPublishData: true,
      canUpdateMetadata: true,
    });
  });

  it('sends data that the participant receives', async () => {
    const received = nextRoomEvent<[Uint8Array, unknown, unknown, string | undefined]>(
      alice.room,
      RoomEvent.DataReceived,
    );
    const result = await graphqlRequest(gateway.url, SendData, {
      input: { room: roomName, data: 'hello alice', topic: 'chat' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.sendData).toEqual({ room: roomName, bytes: 11 });
    const [payload, , , topic] = await received;
    expect(new TextDecoder().decode(payload)).toBe('hello alice');
    expect(topic).toBe('chat');
  });

  it('returns NOT_FOUND for an unknown participant or room', async () => {
    const missingParticipant = await graphqlRequest(gateway.url, MuteTrack, {
      room: roomName,
      identity: 'nobody',
      trackSid: 'TR_x',
      muted: true,
    });
    expect(missingParticipant.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');

    const missingTrack = await graphqlRequest(gateway.url, MuteTrack, {
      room: roomName,
      identity: 'alice',
      trackSid: 'TR_doesnotexist',
      muted: true,
    });
    expect(missingTrack.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');

    const missingRoom = await graphqlRequest(gateway.url, DeleteRoom, { name: 'no-such-room' });
    expect(missingRoom.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(missingRoom.errors?.[0]?.extensions?.['twirpCode']).toBe('not_found');

    const absent = await graphqlRequest(gateway.url, GetParticipant, {
      room: roomName,
      identity: 'nobody',
    });
    expect(absent.errors).toBeUndefined();
    expect(absent.data?.participant).toBeNull();
  });

  it('removes the participant and it is disconnected', async () => {
    const disconnected = nextRoomEvent<[number]>(alice.room, RoomEvent.Disconnected);
    const result = await graphqlRequest(gateway.url, RemoveParticipant, {
      room: roomName,
      identity: 'alice',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.removeParticipant).toEqual({ room: roomName, identity: 'alice' });
    const [reason] = await disconnected;
    // DisconnectReason.PARTICIPANT_REMOVED in LiveKit's protocol.
    expect(reason).toBe(4);
  });

  it('deletes the room', async () => {
    const result = await graphqlRequest(gateway.url, DeleteRoom, { name: roomName });
    expect(result.errors).toBeUndefined();
    expect(result.data?.deleteRoom.name).toBe(roomName);
    const listed = await graphqlRequest(gateway.url, ListRooms, { names: [roomName] });
    expect(listed.data?.rooms).toEqual([]);
  });

  it('rejects a missing or wrong key with UNAUTHENTICATED', async () => {
    const missing = await graphqlRequest(gateway.url, ListRooms, {}, null);
    expect(missing.status).toBe(401);
    expect(missing.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');

    const wrong = await graphqlRequest(gateway.url, ListRooms, {}, 'not-a-service-key-at-all');
    expect(wrong.status).toBe(401);
    expect(wrong.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
