import type { LiveKitClient } from './client.js';

/**
 * Wraps the read calls of `client` so that identical calls made while one is in flight share
 * its result: N concurrent reads of one room make one LiveKit call. Nothing is cached after the
 * call settles, so every read that starts later gets fresh state.
 */
export function coalesceReads(client: LiveKitClient): LiveKitClient {
  const inFlight = new Map<string, Promise<unknown>>();

  function shared<T>(key: string, run: () => Promise<T>): Promise<T> {
    const pending = inFlight.get(key);
    if (pending) {
      return pending as Promise<T>;
    }
    const started = run().finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  }

  return {
    ...client,
    listRooms: (names) =>
      shared(`ListRooms\u0000${names ? [...names].sort().join('\u0000') : '*'}`, () =>
        client.listRooms(names),
      ),
    listParticipants: (room) =>
      shared(`ListParticipants\u0000${room}`, () => client.listParticipants(room)),
    getParticipant: (room, identity) =>
      shared(`GetParticipant\u0000${room}\u0000${identity}`, () =>
        client.getParticipant(room, identity),
      ),
  };
}
