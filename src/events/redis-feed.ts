import type { Logger } from '../logger.js';
import type { EventRecord } from './store.js';

/** Reads a room's log after a position; resolves `null` when Redis has no log for the room. */
export type ReadLog = (
  room: string,
  epoch: string,
  afterSeq: number,
) => Promise<EventRecord[] | null>;

/** Catch-up reads in a row before held messages are delivered even with a gap between. */
const MAX_CATCH_UP_ROUNDS = 5;

/**
 * The live events of one room in one gateway instance, each delivered once and in sequence
 * order. Redis pub/sub delivers a room's messages in sequence order while the connection holds.
 * After a reconnect, or when a message skips a sequence, the feed reads what it missed from the
 * log first and holds new messages meanwhile, up to `holdLimit`; beyond that it drops them and
 * reads the log again.
 */
export class RoomFeed {
  readonly listeners = new Set<(record: EventRecord) => void>();
  /** The newest record delivered, or the log's end when the subscription started. */
  private position: { epoch: string; seq: number } | null = null;
  private started = false;
  private catchingUp = false;
  private held: EventRecord[] = [];
  private overflowed = false;

  constructor(
    private readonly room: string,
    private readonly readLog: ReadLog,
    private readonly log: Logger,
    private readonly holdLimit: number,
  ) {}

  /** Sets where the log ended when the subscription became active, unless a message came first. */
  startAt(position: { epoch: string; seq: number } | null): void {
    this.started = true;
    if (this.position === null) {
      this.position = position;
    }
  }

  /** Takes one pub/sub message. */
  receive(record: EventRecord): void {
    if (this.catchingUp) {
      this.hold(record);
      return;
    }
    const order = this.orderOf(record);
    if (order === 'duplicate') {
      return;
    }
    if (order === 'gap') {
      this.hold(record);
      void this.catchUp();
      return;
    }
    this.deliver(record);
  }

  /** Delivers what the log holds after the last delivered record, then the held messages. */
  async catchUp(): Promise<void> {
    // Before the subscription started and without a delivered record, there is no position yet.
    if (this.catchingUp || (!this.started && this.position === null)) {
      return;
    }
    this.catchingUp = true;
    try {
      for (let round = 1; ; round += 1) {
        const records = await this.readLog(
          this.room,
          this.position?.epoch ?? '',
          this.position?.seq ?? 0,
        );
        for (const record of records ?? []) {
          // Events trimmed from the log cannot be read; the hub sends RESYNC for the gap.
          if (this.orderOf(record) !== 'duplicate') {
            this.deliver(record);
          }
        }
        if (this.deliverHeld(round >= MAX_CATCH_UP_ROUNDS)) {
          return;
        }
      }
    } catch (error) {
      // The held messages are in the log too; the next reconnect or gap reads them from there.
      this.held = [];
      this.overflowed = false;
      this.log.warn(
        { err: error, room: this.room },
        'Reading missed room events from Redis failed',
      );
    } finally {
      this.catchingUp = false;
    }
  }

  /**
   * Delivers held messages that follow the position. Returns `false` when one skips a sequence
   * or some were dropped, so the log must be read again, unless `force` is set.
   */
  private deliverHeld(force: boolean): boolean {
    const held = this.held;
    const complete = !this.overflowed;
    this.held = [];
    this.overflowed = false;
    for (const record of held) {
      const order = this.orderOf(record);
      if (order === 'gap' && !force) {
        return false;
      }
      if (order !== 'duplicate') {
        this.deliver(record);
      }
    }
    return complete || force;
  }

  private hold(record: EventRecord): void {
    if (this.held.length >= this.holdLimit) {
      this.held = [];
      this.overflowed = true;
      return;
    }
    if (!this.overflowed) {
      this.held.push(record);
    }
  }

  private orderOf(record: EventRecord): 'next' | 'duplicate' | 'gap' {
    if (this.position === null) {
      return 'next';
    }
    if (record.epoch !== this.position.epoch) {
      // A new log starts at 1; a later first record means its start was missed.
      return record.seq === 1 ? 'next' : 'gap';
    }
    if (record.seq <= this.position.seq) {
      return 'duplicate';
    }
    return record.seq === this.position.seq + 1 ? 'next' : 'gap';
  }

  private deliver(record: EventRecord): void {
    this.position = { epoch: record.epoch, seq: record.seq };
    for (const listener of this.listeners) {
      try {
        listener(record);
      } catch (error) {
        this.log.error({ err: error, room: this.room, seq: record.seq }, 'Event listener failed');
      }
    }
  }
}
