import type { EventHub } from '../events/hub.js';
import type { EventStore } from '../events/store.js';
import type { LiveKitClient } from '../livekit/client.js';
import type { Logger } from '../logger.js';
import { RoomTracker, type RoomStateValue } from './room-tracker.js';

export interface RoomStateServiceOptions {
  hub: EventHub;
  store: EventStore;
  /** Pass the coalescing client, so every reconciliation of a room shares one call in flight. */
  livekit: LiveKitClient;
  log: Logger;
  /** Interval between periodic reconciliations of each watched room, in milliseconds. */
  reconcileIntervalMs: number;
  /** How long the id of an emitted reconciled event stays claimed, in seconds. */
  claimSeconds: number;
}

/**
 * Room snapshots of this process: one tracker per room that has `roomState` watchers, created by
 * the first watcher and closed when the last one leaves.
 */
export class RoomStateService {
  private readonly trackers = new Map<string, RoomTracker>();

  constructor(private readonly options: RoomStateServiceOptions) {}

  /**
   * Watches `room`. Resolves once its snapshot has been reconciled with LiveKit, with an iterator
   * of the snapshot and every later change. Rejects with the LiveKit error when that call failed.
   */
  async watch(room: string): Promise<AsyncIterableIterator<RoomStateValue>> {
    const tracker = this.tracker(room);
    const watcher = tracker.watch();
    try {
      await tracker.ready;
    } catch (error) {
      await watcher.return?.();
      throw error;
    }
    return watcher;
  }

  /** Number of rooms with a snapshot in this process. */
  get roomCount(): number {
    return this.trackers.size;
  }

  /** Ends every watcher and stops every tracker, for shutdown. */
  close(): void {
    for (const tracker of [...this.trackers.values()]) {
      tracker.close();
    }
    this.trackers.clear();
  }

  private tracker(room: string): RoomTracker {
    const existing = this.trackers.get(room);
    if (existing) {
      return existing;
    }
    const tracker: RoomTracker = new RoomTracker({
      ...this.options,
      room,
      onIdle: () => {
        if (this.trackers.get(room) === tracker) {
          this.trackers.delete(room);
        }
        tracker.close();
      },
    });
    this.trackers.set(room, tracker);
    return tracker;
  }
}
