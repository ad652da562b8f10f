import { RoomServiceClient } from 'livekit-server-sdk';
import { startLiveKitServer, type LiveKitServer } from '../../test/support/livekit-server.js';
import { joinRoom, joinToken, type TestParticipant } from '../../test/support/participant.js';

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
