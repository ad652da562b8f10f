import DataLoader from 'dataloader';
import type { ParticipantInfo, Room } from 'livekit-server-sdk';
import type { LiveKitClient } from './client.js';
import { GatewayError } from '../errors.js';

/** Per-request loaders: one instance per HTTP request or WebSocket operation. */
export interface LiveKitLoaders {
  /** Rooms by name, batched into one ListRooms call per tick; `null` when the room is absent. */
  room: DataLoader<string, Room | null>;
  /** Every participant of a room, fetched once per request. */
  participants: DataLoader<string, ParticipantInfo[]>;
  /** One participant by `[room, identity]`; `null` when absent. */
  participant: DataLoader<readonly [string, string], ParticipantInfo | null, string>;
}

export function createLiveKitLoaders(client: LiveKitClient): LiveKitLoaders {
  const room = new DataLoader<string, Room | null>(async (names) => {
    const rooms = await client.listRooms([...names]);
    const byName = new Map(rooms.map((found) => [found.name, found]));
    return names.map((name) => byName.get(name) ?? null);
  });

  const participants = new DataLoader<string, ParticipantInfo[]>(
    (names) => Promise.all(names.map((name) => client.listParticipants(name).catch(asError))),
    { batch: false },
  );

  const participant = new DataLoader<readonly [string, string], ParticipantInfo | null, string>(
    (keys) =>
      Promise.all(
        keys.map(async ([roomName, identity]) => {
          try {
            return await client.getParticipant(roomName, identity);
          } catch (error) {
            if (error instanceof GatewayError && error.code === 'NOT_FOUND') {
              return null;
            }
            return asError(error);
          }
        }),
      ),
    { batch: false, cacheKeyFn: ([roomName, identity]) => `${roomName}\u0000${identity}` },
  );

  return { room, participants, participant };
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
