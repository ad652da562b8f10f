import { RoomServiceClient } from 'livekit-server-sdk';
import { startLiveKitServer, type LiveKitServer } from '../../test/support/livekit-server.js';
import type { TestParticipant } from '../../test/support/participant.js';

export interface LiveKitRoomFixture {
  livekit: LiveKitServer;
  room: string;
  participant: TestParticipant;
  stop(): Promise<void>;
}

/**
 * Starts a real livekit-server on loopback, creates `room` and joins one real WebRTC participant
 * to it, so reads return a room with a participant as in production.
 */
export async function startRoomWithParticipant(room: string): Promise<LiveKitRoomFixture> {
  // @livekit/rtc-node logs at debug level to stdout unless NODE_ENV is production, and those
  // lines would break `--json` output. It reads NODE_ENV when it loads, so it is imported here.
  process.env['NODE_ENV'] ??= 'production';
  const { joinRoom, joinToken } = await import('../../test/support/participant.js');
  const livekit = await startLiveKitServer();
  try {
    const rooms = new RoomServiceClient(livekit.httpUrl, livekit.apiKey, livekit.apiSecret);
    await rooms.createRoom({ name: room, emptyTimeout: 300 });
    const identity = 'bench-participant';
    const participant = await joinRoom(
      livekit.wsUrl,
      await joinToken(livekit, room, identity),
      identity,
    );
    return {
      livekit,
      room,
      participant,
      stop: async () => {
        await participant.disconnect();
        await livekit.stop();
      },
    };
  } catch (error) {
    await livekit.stop();
    throw error;
  }
}
