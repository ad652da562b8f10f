import type { ParticipantInfo } from '@livekit/protocol';
import { GatewayError } from '../errors.js';
import type { EventHub, HubEvent } from '../events/hub.js';
import { eventType, parseWebhookBody, type RoomEventType } from '../events/room-event.js';
import { EventIdPendingError } from '../events/redis-store.js';
import type { EventRecord, EventStore } from '../events/store.js';
import type { LiveKitClient } from '../livekit/client.js';
import type { Logger } from '../logger.js';
import { isReconciledEventId, reconciledEventEntry } from './reconciled-event.js';
import { RoomSnapshot, type SnapshotDiff } from './snapshot.js';
import { StateWatcher } from './watcher.js';
import { encodeCursor } from '../events/cursor.js';

export interface RoomTrackerOptions {
  room: string;
  hub: EventHub;
  store: EventStore;
  /** Reads go through it; pass the coalescing client so identical reads share one call. */
  livekit: LiveKitClient;
  log: Logger;
  /** Interval between periodic reconciliations, in milliseconds. */
  reconcileIntervalMs: number;
  /** How long the id of an emitted reconciled event stays claimed, in seconds. */
  claimSeconds: number;
  /** Called when the last watcher leaves. */
  onIdle: () => void;
}

/** One `roomState` item: the snapshot of a room as it was when the item was built. */
export interface RoomStateValue {
  room: string;
  /** The room's sid once an event or a ListRooms call has named it; `null` before. */
  roomSid: string | null;
  /** Every participant, hidden ones included; resolvers filter them per caller. */
  participants: ParticipantInfo[];
  /** Cursor of the last logged event folded into the snapshot; `null` before the first. */
  cursor: string | null;
  /** When the snapshot last changed. */
  updatedAt: Date;
}

/**
 * Keeps the snapshot of one room for its watchers in this process. It folds the room's event
 * log in sequence order and reads skipped sequences from the store. It reconciles with
 * ListParticipants at start (the baseline, which emits nothing), after a `RESYNC`, a new log or a
 * gap the store cannot fill, after an event that does not apply cleanly, and every
 * `reconcileIntervalMs`. At most one reconciliation runs at a time, and a trigger during one makes
 * it run once more. The changes a reconciliation finds are appended to the log as reconciled
 * events, each by the one instance that claims its id.
 */
export class RoomTracker {
  /** Settles when the first reconciliation has finished; rejects when it failed. */
  readonly ready: Promise<void>;
  private readonly snapshot: RoomSnapshot;
  private readonly watchers = new Set<StateWatcher<RoomStateValue>>();
  private value: RoomStateValue | null = null;
  private updatedAt = new Date();
  private epoch: string | null = null;
  private lastSeq = 0;
  private cursor: string | null = null;
  private events: AsyncIterableIterator<HubEvent> | null = null;
  /** Event folds and reconciliation results apply one at a time, in this order. */
  private serial: Promise<unknown> = Promise.resolve();
  private reconciling: Promise<void> | null = null;
  private reconcileAgain: string | null = null;
  private readonly timer: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly options: RoomTrackerOptions) {
    this.snapshot = new RoomSnapshot(options.room);
    this.ready = this.start();
    this.ready.catch(() => undefined);
    this.timer = setInterval(() => this.requestReconcile('periodic'), options.reconcileIntervalMs);
    this.timer.unref();
  }

  /** Adds a watcher: it receives the current value first, then the newest after each change. */
  watch(): AsyncIterableIterator<RoomStateValue> {
    const watcher = new StateWatcher(
      () => this.current(),
      () => {
        this.watchers.delete(watcher);
        if (this.watchers.size === 0) {
          this.options.onIdle();
        }
      },
    );
    this.watchers.add(watcher);
    return watcher;
  }

  /** Ends every watcher, the event subscription and the periodic reconciliation. */
  close(): void {
    this.closed = true;
    clearInterval(this.timer);
    void this.events?.return?.();
    for (const watcher of [...this.watchers]) {
      watcher.end();
    }
  }

  private async start(): Promise<void> {
    // Subscribe first and read the log's end second: every later event then arrives live, and
    // the reconciliation that follows covers everything before it.
    await this.openEvents();
    const bounds = await this.options.store.logBounds(this.options.room);
    if (bounds) {
      this.epoch = bounds.epoch;
      this.lastSeq = bounds.lastSeq;
      // The reconciliation below covers every event up to here, so resuming after it misses none.
      if (bounds.lastSeq > 0) {
        this.cursor = encodeCursor({
          room: this.options.room,
          epoch: bounds.epoch,
          seq: bounds.lastSeq,
        });
      }
    }
    this.reconciling = this.reconcileLoop('start', true).finally(() => {
      this.reconciling = null;
    });
    await this.reconciling;
    await this.roomSid();
  }

  private async openEvents(): Promise<void> {
    const events = await this.options.hub.open(this.options.room, {
      after: null,
      accept: () => true,
      onEnd: (code, reason) => {
        if (this.closed) {
          return;
        }
        // Fell behind the hub's buffer: subscribe again and reconcile what was skipped.
        this.options.log.warn({ room: this.options.room, code, reason }, 'Room state resubscribes');
        void this.openEvents()
          .then(() => this.requestReconcile('resubscribed'))
          .catch((error: unknown) => {
            this.options.log.error({ err: error, room: this.options.room }, 'Resubscribe failed');
          });
      },
    });
    if (this.closed) {
      await events.return?.();
      return;
    }
    this.events = events;
    void this.consume(events);
  }

  private async consume(events: AsyncIterableIterator<HubEvent>): Promise<void> {
    for (;;) {
      const result = await events.next();
      if (result.done) {
        return;
      }
      await this.inOrder(() => this.receive(result.value)).catch((error: unknown) => {
        this.options.log.error({ err: error, room: this.options.room }, 'Room event not folded');
        this.requestReconcile('fold failed');
      });
    }
  }

  private async receive(event: HubEvent): Promise<void> {
    if (event.type === 'RESYNC') {
      this.epoch = event.epoch;
      this.lastSeq = event.seq;
      this.requestReconcile('resync');
      return;
    }
    if (event.epoch !== this.epoch) {
      if (this.epoch !== null) {
        this.requestReconcile('new log');
      }
      this.epoch = event.epoch;
      this.lastSeq = event.seq - 1;
    }
    if (event.seq <= this.lastSeq) {
      return;
    }
    if (event.seq > this.lastSeq + 1) {
      await this.fill(event.seq);
    }
    this.fold(event.seq, event.cursor, event.type, event.webhook);
  }

  /** Folds the logged events before `untilSeq` that did not arrive live. */
  private async fill(untilSeq: number): Promise<void> {
    const records = await this.options.store.readAfter(this.options.room, this.lastSeq);
    const missing = records.filter((record) => record.seq < untilSeq);
    if (missing[0]?.seq !== this.lastSeq + 1) {
      this.requestReconcile('gap');
    }
    for (const record of missing) {
      this.foldRecord(record);
    }
  }

  private foldRecord(record: EventRecord): void {
    const webhook = parseWebhookBody(record.payload);
    this.fold(record.seq, record.cursor, eventType(webhook.event), webhook);
  }

  private fold(
    seq: number,
    cursor: string,
    type: RoomEventType,
    webhook: HubEvent['webhook'],
  ): void {
    this.lastSeq = seq;
    this.cursor = cursor;
    if (!webhook) {
      return;
    }
    const result = this.snapshot.fold(type, webhook);
    // A reconciled event may repeat what the snapshot already holds; only LiveKit's own events
    // reveal that events were missed.
    if (result === 'unclean' && !isReconciledEventId(webhook.id)) {
      this.requestReconcile(`${webhook.event} did not apply`);
    }
    if (result === 'changed') {
      this.changed();
    }
  }

  private requestReconcile(reason: string): void {
    if (this.closed) {
      return;
    }
    if (this.reconciling) {
      this.reconcileAgain = reason;
      return;
    }
    this.reconciling = this.reconcileLoop(reason, false).finally(() => {
      this.reconciling = null;
    });
  }

  private async reconcileLoop(reason: string, rethrow: boolean): Promise<void> {
    let next: string | null = reason;
    while (next !== null && !this.closed) {
      this.reconcileAgain = null;
      try {
        await this.reconcile(next);
      } catch (error) {
        if (rethrow) {
          throw error;
        }
        this.options.log.warn(
          { err: error, room: this.options.room, reason: next },
          'Room state reconciliation failed; the next trigger retries it',
        );
      }
      next = this.reconcileAgain;
    }
  }

  private async reconcile(reason: string): Promise<void> {
    const { room, livekit, log } = this.options;
    const startedAt = this.snapshot.generation;
    const listed = await livekit.listParticipants(room).catch(emptyWhenAbsent);
    const diffs = await this.inOrder(async () => {
      await this.catchUp();
      const before = this.snapshot.generation;
      const found = this.snapshot.reconcile(listed, startedAt);
      if (this.snapshot.generation !== before) {
        this.changed();
      }
      return found;
    });
    log.debug({ room, reason, differences: diffs.length }, 'Room state reconciled');
    // The first listing is the baseline of a snapshot that has folded none of the log before
    // it, so its differences are not changes the log missed.
    if (diffs.length > 0 && reason !== 'start') {
      await this.emit(diffs);
    }
  }

  /** Folds the logged events after the last folded one, so a lagging fold is not reported. */
  private async catchUp(): Promise<void> {
    const bounds = await this.options.store.logBounds(this.options.room);
    if (!bounds || bounds.epoch !== this.epoch || bounds.lastSeq <= this.lastSeq) {
      return;
    }
    const records = await this.options.store.readAfter(this.options.room, this.lastSeq);
    for (const record of records) {
      if (record.seq === this.lastSeq + 1) {
        this.foldRecord(record);
      }
    }
  }

  /** Appends each change as a reconciled event, unless another instance claimed it first. */
  private async emit(diffs: SnapshotDiff[]): Promise<void> {
    const { room, store, log, claimSeconds } = this.options;
    const roomSid = await this.roomSid();
    let emitted = 0;
    for (const diff of diffs) {
      const entry = reconciledEventEntry({ name: room, sid: roomSid }, diff, Date.now());
      if (!(await this.claim(entry.eventId, claimSeconds))) {
        continue;
      }
      try {
        await store.publish(await store.append(entry));
        emitted += 1;
      } catch (error) {
        await store.releaseEventId(entry.eventId).catch(() => undefined);
        log.error({ err: error, room, eventId: entry.eventId }, 'Reconciled event not stored');
      }
    }
    log.info({ room, found: diffs.length, emitted }, 'Reconciliation found missed changes');
  }

  /**
   * Claims a reconciled event id. Returns `false` when it is stored already or when another
   * instance is storing it right now, which the Redis store reports with `EventIdPendingError`.
   */
  private async claim(eventId: string, claimSeconds: number): Promise<boolean> {
    try {
      return await this.options.store.claimEventId(eventId, claimSeconds);
    } catch (error) {
      if (error instanceof EventIdPendingError) {
        return false;
      }
      throw error;
    }
  }

  private async roomSid(): Promise<string> {
    if (this.snapshot.roomSid === '') {
      const [found] = await this.options.livekit.listRooms([this.options.room]).catch(() => []);
      this.snapshot.roomSid = found?.sid ?? '';
    }
    return this.snapshot.roomSid;
  }

  private inOrder<T>(work: () => Promise<T>): Promise<T> {
    const run = this.serial.then(work);
    this.serial = run.catch(() => undefined);
    return run;
  }

  private changed(): void {
    this.value = null;
    this.updatedAt = new Date();
    for (const watcher of this.watchers) {
      watcher.notify();
    }
  }

  /** Returns the current value, built once per change and shared by every watcher. */
  private current(): RoomStateValue {
    this.value ??= {
      room: this.options.room,
      roomSid: this.snapshot.roomSid || null,
      participants: this.snapshot.list(),
      cursor: this.cursor,
      updatedAt: this.updatedAt,
    };
    return this.value;
  }
}

/** ListParticipants of a room that does not exist (yet, or any more) is an empty room. */
function emptyWhenAbsent(error: unknown): ParticipantInfo[] {
  if (error instanceof GatewayError && error.code === 'NOT_FOUND') {
    return [];
  }
  throw error;
}
