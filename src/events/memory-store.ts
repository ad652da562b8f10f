import { randomUUID } from 'node:crypto';
import { encodeCursor } from './cursor.js';
import type { EventEntry, EventRecord, EventStore, LogBounds } from './store.js';

export interface MemoryEventStoreOptions {
  /** Events kept per room; older ones are dropped on append. */
  retentionCount: number;
  /** Maximum age of a kept event, in seconds. */
  retentionSeconds: number;
  /** Event ids remembered for dedupe at most; the oldest are forgotten first. Default 100,000. */
  maxEventIds?: number;
  /** Interval between sweeps of expired events and ids, in milliseconds. Default 30,000. */
  sweepIntervalMs?: number;
  /** Clock in unix milliseconds, for tests. Default `Date.now`. */
  now?: () => number;
}

interface RoomLog {
  epoch: string;
  lastSeq: number;
  events: EventRecord[];
  listeners: Set<(record: EventRecord) => void>;
}

/**
 * The single-process event store: bounded by event count and age per room and by the number of
 * remembered ids. A room's log is dropped once its events have expired and nobody listens, so
 * the number of rooms held is bounded by the rooms active within the retention period.
 */
export function createMemoryEventStore(options: MemoryEventStoreOptions): EventStore {
  const now = options.now ?? Date.now;
  const maxEventIds = options.maxEventIds ?? 100_000;
  const retentionMs = options.retentionSeconds * 1000;
  const eventIds = new Map<string, number>();
  const rooms = new Map<string, RoomLog>();

  function roomLog(room: string): RoomLog {
    let log = rooms.get(room);
    if (!log) {
      log = { epoch: randomUUID(), lastSeq: 0, events: [], listeners: new Set() };
      rooms.set(room, log);
    }
    return log;
  }

  function trim(log: RoomLog): void {
    const oldestKept = now() - retentionMs;
    let drop = Math.max(0, log.events.length - options.retentionCount);
    while (drop < log.events.length && log.events[drop]!.receivedAt < oldestKept) {
      drop += 1;
    }
    if (drop > 0) {
      log.events.splice(0, drop);
    }
  }

  /**
   * Trims on append only once the log is `slack` records over its count or its oldest record
   * expired, so appends do not move the whole array each time. Reads trim exactly first.
   */
  const slack = Math.max(16, Math.ceil(options.retentionCount / 8));

  function trimAfterAppend(log: RoomLog): void {
    const oldest = log.events[0];
    if (
      log.events.length > options.retentionCount + slack ||
      (oldest !== undefined && oldest.receivedAt < now() - retentionMs)
    ) {
      trim(log);
    }
  }

  function forgetExpiredIds(): void {
    const current = now();
    // Ids are inserted in time order with one TTL, so the expired ones sit at the front.
    for (const [eventId, expiresAt] of eventIds) {
      if (expiresAt > current && eventIds.size <= maxEventIds) {
        break;
      }
      eventIds.delete(eventId);
    }
  }

  function sweep(): void {
    forgetExpiredIds();
    for (const [room, log] of rooms) {
      trim(log);
      if (log.events.length === 0 && log.listeners.size === 0) {
        rooms.delete(room);
      }
    }
  }

  const timer = setInterval(sweep, options.sweepIntervalMs ?? 30_000);
  timer.unref();

  return {
    async claimEventId(eventId, ttlSeconds) {
      const expiresAt = eventIds.get(eventId);
      if (expiresAt !== undefined && expiresAt > now()) {
        return false;
      }
      eventIds.delete(eventId);
      eventIds.set(eventId, now() + ttlSeconds * 1000);
      if (eventIds.size > maxEventIds) {
        forgetExpiredIds();
      }
      return true;
    },

    async releaseEventId(eventId) {
      eventIds.delete(eventId);
    },

    async append(entry: EventEntry) {
      const log = roomLog(entry.room);
      log.lastSeq += 1;
      const position = { room: entry.room, epoch: log.epoch, seq: log.lastSeq };
      const record: EventRecord = { ...entry, ...position, cursor: encodeCursor(position) };
      log.events.push(record);
      trimAfterAppend(log);
      return record;
    },

    async readAfter(room, afterSeq) {
      const log = rooms.get(room);
      if (!log) {
        return [];
      }
      trim(log);
      return log.events.filter((record) => record.seq > afterSeq);
    },

    async logBounds(room): Promise<LogBounds | null> {
      const log = rooms.get(room);
      if (!log) {
        return null;
      }
      trim(log);
      const firstSeq = log.events[0]?.seq ?? log.lastSeq + 1;
      return { epoch: log.epoch, firstSeq, lastSeq: log.lastSeq };
    },

    async publish(record) {
      const listeners = rooms.get(record.room)?.listeners;
      for (const listener of listeners ?? []) {
        listener(record);
      }
    },

    async subscribe(room, listener) {
      const log = roomLog(room);
      log.listeners.add(listener);
      return async () => {
        log.listeners.delete(listener);
      };
    },

    async close() {
      clearInterval(timer);
      for (const log of rooms.values()) {
        log.listeners.clear();
      }
    },
  };
}
