import {
  AudioSource,
  LocalAudioTrack,
  Room,
  RoomEvent,
  TrackPublishOptions,
  TrackSource,
  type LocalTrackPublication,
} from '@livekit/rtc-node';
import { AccessToken, type VideoGrant } from 'livekit-server-sdk';
import type { LiveKitServer } from './livekit-server.js';

export interface TestParticipant {
  room: Room;
  identity: string;
  /** The published microphone track, when `publishAudio` was set. */
  publication: LocalTrackPublication | undefined;
  disconnect(): Promise<void>;
}

/** Mints a join token directly with the server SDK, for tests that do not go through the gateway. */
export async function joinToken(
  livekit: Pick<LiveKitServer, 'apiKey' | 'apiSecret'>,
  room: string,
  identity: string,
  grant: VideoGrant = {},
): Promise<string> {
  const token = new AccessToken(livekit.apiKey, livekit.apiSecret, { identity, ttl: '10m' });
  token.addGrant({ roomJoin: true, room, ...grant });
  return token.toJwt();
}

/** Joins a room as a real WebRTC participant through `@livekit/rtc-node`. */
export async function joinRoom(
  wsUrl: string,
  token: string,
  identity: string,
  options: { publishAudio?: boolean } = {},
): Promise<TestParticipant> {
  const room = new Room();
  await room.connect(wsUrl, token, { autoSubscribe: false, dynacast: false });
  let publication: LocalTrackPublication | undefined;
  if (options.publishAudio) {
    // With the default queue the native source sends silence, so RTP flows without capturing.
    const source = new AudioSource(48000, 1);
    const track = LocalAudioTrack.createAudioTrack('microphone', source);
    const publishOptions = new TrackPublishOptions();
    publishOptions.source = TrackSource.SOURCE_MICROPHONE;
    publication = await room.localParticipant!.publishTrack(track, publishOptions);
  }
  return {
    room,
    identity,
    publication,
    disconnect: async () => {
      if (room.isConnected) {
        await room.disconnect();
      }
    },
  };
}

/** Resolves with the arguments of the next `event` on `room`, or rejects after `timeoutMs`. */
export function nextRoomEvent<T extends unknown[]>(
  room: Room,
  event: RoomEvent,
  timeoutMs = 10_000,
  accept: (...args: T) => boolean = () => true,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      room.off(event, listener);
      reject(new Error(`No ${event} event within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (...args: unknown[]) => {
      if (accept(...(args as T))) {
        clearTimeout(timer);
        room.off(event, listener);
        resolve(args as T);
      }
    };
    room.on(event, listener);
  });
}

/** Polls `check` until it returns a value other than `undefined`, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) {
        return value;
      }
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `Timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`,
  );
}
