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

interface Claim {
  eventId: string;
  /** Unix milliseconds. */
  expiresAt: number;
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
  /** The current claim of each claimed event id. */
  const eventIds = new Map<string, Claim>();
  /**
   * Claims in the order made, which is expiry order because every claim has the same TTL. Evicting
   * from the front costs O(1) per id, where iterating `eventIds` would step over deleted slots.
   */
  let claims: Claim[] = [];
  let claimsHead = 0;
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
    while (claimsHead < claims.length) {
      const oldest = claims[claimsHead]!;
      if (oldest.expiresAt > current && eventIds.size <= maxEventIds) {
        break;
      }
      claimsHead += 1;
      // A released id, or one claimed again later, has no claim or a newer one in the map.
      if (eventIds.get(oldest.eventId) === oldest) {
        eventIds.delete(oldest.eventId);
      }
    }
    if (claimsHead > 1024 && claimsHead * 2 > claims.length) {
      claims = claims.slice(claimsHead);
      claimsHead = 0;
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
      const expiresAt = eventIds.get(eventId)?.expiresAt;
      if (expiresAt !== undefined && expiresAt > now()) {
        return false;
      }
      const claim = { eventId, expiresAt: now() + ttlSeconds * 1000 };
      eventIds.set(eventId, claim);
      claims.push(claim);
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
      // One object literal instead of spreads gives every record the same hidden class.
      const record: EventRecord = {
        room: entry.room,
        eventId: entry.eventId,
        payload: entry.payload,
        receivedAt: entry.receivedAt,
        epoch: position.epoch,
        seq: position.seq,
        cursor: encodeCursor(position),
      };
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
