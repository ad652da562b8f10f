/**
 * Storage behind the event stream: webhook id dedupe, a per-room log with cursors, and live
 * publish/subscribe. Every method is async and every value is a string or a number, so a Redis
 * implementation (SET NX for dedupe, a stream per room for the log, pub/sub for live delivery)
 * can sit behind the same interface and serve several gateway instances.
 */
export interface EventStore {
  /**
   * Records `eventId` as seen for `ttlSeconds`. Returns `true` when this call recorded it and
   * `false` when it was already recorded, atomically across every user of the store.
   */
  claimEventId(eventId: string, ttlSeconds: number): Promise<boolean>;

  /** Forgets `eventId`, so a delivery that failed after claiming it can be retried. */
  releaseEventId(eventId: string): Promise<void>;

  /** Appends an event to the log of `entry.room` and returns it with its sequence and cursor. */
  append(entry: EventEntry): Promise<EventRecord>;

  /** Events of `room` with a sequence greater than `afterSeq`, oldest first. */
  readAfter(room: string, afterSeq: number): Promise<EventRecord[]>;

  /** Where the log of `room` starts and ends; `null` when the store has no log for it. */
  logBounds(room: string): Promise<LogBounds | null>;

  /** Sends `record` to every live subscriber of its room, on every gateway instance. */
  publish(record: EventRecord): Promise<void>;

  /**
   * Calls `listener` for every record published to `room` from now on, in sequence order.
   * Resolves once the subscription is active, with a function that ends it.
   */
  subscribe(room: string, listener: (record: EventRecord) => void): Promise<() => Promise<void>>;

  /** Releases timers and connections. */
  close(): Promise<void>;
}

/** An event as the webhook receiver hands it to the store. */
export interface EventEntry {
  room: string;
  /** LiveKit's event id (`EV_…`). */
  eventId: string;
  /** The verified webhook body, exactly as received. */
  payload: string;
  /** When the gateway accepted the event, in unix milliseconds. */
  receivedAt: number;
}

/** A logged event: the entry plus its place in the room's log. */
export interface EventRecord extends EventEntry {
  /** Identifies one incarnation of the room's log; a new log starts again at sequence 1. */
  epoch: string;
  /** Position in the room's log: 1, 2, 3, … without gaps. */
  seq: number;
  /** Opaque resume token for subscribers, encoding room, epoch and sequence. */
  cursor: string;
}

/** The sequences a room's log holds. */
export interface LogBounds {
  epoch: string;
  /** Sequence of the oldest event still held; `lastSeq + 1` when every event has expired. */
  firstSeq: number;
  /** Sequence of the newest event ever appended to this log. */
  lastSeq: number;
}
