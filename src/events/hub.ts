import type { Logger } from '../logger.js';
import type { GatewayMetrics } from '../ops/metrics.js';
import { encodeCursor, type Cursor } from './cursor.js';
import { CLOSE_CODES } from './transport.js';
import { parseWebhookBody, roomEventValue, type RoomEventValue } from './room-event.js';
import { SharedExecutions } from './shared-execution.js';
import type { EventRecord, EventStore } from './store.js';

export interface EventHubOptions {
  store: EventStore;
  log: Logger;
  /** Live events queued per subscriber before it is closed as a slow consumer. */
  bufferSize: number;
  /** Counts subscribers, deliveries and slow consumers dropped, when given. */
  metrics?: GatewayMetrics;
}

export interface OpenOptions {
  /**
   * The transport the subscriber reads over, the `transport` label of `gateway_subscribers`.
   * Subscribers inside the gateway (room state) leave it out and are not counted.
   */
  transport?: 'ws' | 'sse';
  /** Resume after this cursor: replay what the log holds, then continue live. */
  after: Cursor | null;
  /** Whether the subscriber receives an event; `RESYNC` is always delivered. */
  accept: (event: HubEvent) => boolean;
  /**
   * Called once when the hub ends the subscription: with 4429 when the subscriber fell more than
   * `bufferSize` events behind, with 1001 when the hub closes.
   */
  onEnd: (code: number, reason: string) => void;
}

/** A subscription as `open` returns it: an iterator of events, or a sink once one is attached. */
export interface HubSubscription extends AsyncIterableIterator<HubEvent> {
  /**
   * Hands every later event to `sink` in the same turn it is delivered, the queued ones first,
   * instead of queueing them for `next()`. `next()` then only resolves, with `done`, when the
   * subscription ends.
   */
  attach(sink: (event: HubEvent) => void): void;
  /** Ends the subscription as a slow consumer (4429), for a sink whose socket fell behind. */
  dropSlowConsumer(): void;
}

/** A hidden participant's event carries this mark, so only admins of the room receive it. */
export interface HubEvent extends RoomEventValue {
  hiddenParticipant: boolean;
}

interface RoomChannel {
  subscribers: Set<Subscriber>;
  /** Sids of participants that joined with the `hidden` grant, learned from their events. */
  hiddenSids: Set<string>;
  ready: Promise<() => Promise<void>>;
  /** Published records not yet handed to the subscribers. */
  backlog: EventRecord[];
}

/**
 * Fans events out to the subscribers of this process. It keeps one store subscription per room
 * with subscribers and decodes each event once for all of them. Records reach subscribers on a
 * later turn of the event loop, so a publishing webhook gets its 200 before the fan-out runs.
 * Over graphql-ws, `shared` executes and serializes each event once per group of subscribers
 * with equal operations and scopes; SSE subscribers are executed one by one.
 */
export class EventHub {
  private readonly channels = new Map<string, RoomChannel>();
  readonly shared = new SharedExecutions();
  /** Events handed to counted subscribers and not yet added to the delivery counter. */
  private readonly tally = { delivered: 0 };

  constructor(private readonly options: EventHubOptions) {}

  /** Opens a subscription to `room`: live events first buffered, then replay, then live. */
  async open(room: string, options: OpenOptions): Promise<HubSubscription> {
    const channel = this.channel(room);
    const metrics = options.transport === undefined ? undefined : this.options.metrics;
    const subscriber = new Subscriber(this.options.bufferSize, options, {
      tally: metrics ? this.tally : null,
      detach: () => {
        this.detach(room, subscriber);
        metrics?.subscribers.dec({ transport: options.transport });
      },
      dropped: () => metrics?.slowConsumersDropped.inc(),
    });
    metrics?.subscribers.inc({ transport: options.transport });
    channel.subscribers.add(subscriber);
    try {
      await channel.ready;
      await this.replay(room, channel, subscriber, options.after);
    } catch (error) {
      await subscriber.return();
      throw error;
    } finally {
      this.countDeliveries();
    }
    subscriber.goLive();
    this.countDeliveries();
    return subscriber;
  }

  /** Adds the deliveries tallied since the last call to the counter, once per batch. */
  private countDeliveries(): void {
    if (this.tally.delivered > 0) {
      this.options.metrics?.eventsDelivered.inc(this.tally.delivered);
      this.tally.delivered = 0;
    }
  }

  /** Ends every subscription with close code 1001, for shutdown. */
  close(): void {
    for (const channel of [...this.channels.values()]) {
      for (const subscriber of [...channel.subscribers]) {
        subscriber.end(CLOSE_CODES.GOING_AWAY, 'server shutting down');
      }
    }
  }

  /** Number of subscribers in this process, of one room or of all rooms. */
  subscriberCount(room?: string): number {
    if (room !== undefined) {
      return this.channels.get(room)?.subscribers.size ?? 0;
    }
    let count = 0;
    for (const channel of this.channels.values()) {
      count += channel.subscribers.size;
    }
    return count;
  }

  private async replay(
    room: string,
    channel: RoomChannel,
    subscriber: Subscriber,
    after: Cursor | null,
  ): Promise<void> {
    if (after === null) {
      // Live only: every event published since the store subscription became active.
      return;
    }
    const bounds = await this.options.store.logBounds(room);
    if (bounds === null) {
      subscriber.enqueueResync(room, after.epoch, after.seq);
      return;
    }
    const held = after.epoch === bounds.epoch && after.seq + 1 >= bounds.firstSeq;
    const inRange = after.seq <= bounds.lastSeq;
    const replayAfter = held && inRange ? after.seq : bounds.firstSeq - 1;
    if (!(held && inRange)) {
      subscriber.enqueueResync(room, bounds.epoch, replayAfter);
    }
    subscriber.startAt(bounds.epoch, replayAfter);
    const records = await this.options.store.readAfter(room, replayAfter);
    for (const record of records) {
      const event = this.decode(channel, record);
      if (event) {
        subscriber.enqueue(event, true);
      }
    }
  }

  private channel(room: string): RoomChannel {
    let channel = this.channels.get(room);
    if (!channel) {
      const created: RoomChannel = {
        subscribers: new Set(),
        hiddenSids: new Set(),
        backlog: [],
        ready: this.options.store.subscribe(room, (record) => {
          if (created.backlog.push(record) === 1) {
            setImmediate(() => this.drain(created));
          }
        }),
      };
      // A failed store subscription is reported to the subscribers awaiting `ready`.
      created.ready.catch(() => this.channels.delete(room));
      channel = created;
      this.channels.set(room, channel);
    }
    return channel;
  }

  private drain(channel: RoomChannel): void {
    const records = channel.backlog;
    channel.backlog = [];
    for (const record of records) {
      this.deliver(channel, record);
    }
    this.countDeliveries();
  }

  private deliver(channel: RoomChannel, record: EventRecord): void {
    const event = this.decode(channel, record);
    if (!event) {
      return;
    }
    for (const subscriber of channel.subscribers) {
      subscriber.push(event);
    }
  }

  private decode(channel: RoomChannel, record: EventRecord): HubEvent | null {
    let value: RoomEventValue;
    try {
      value = roomEventValue(parseWebhookBody(record.payload), record);
    } catch (error) {
      // Only verified, parsed bodies are logged, so this means a store returned a corrupt one.
      this.options.log.error(
        { err: error, room: record.room, seq: record.seq },
        'Stored event could not be decoded',
      );
      return null;
    }
    const participant = value.webhook?.participant;
    let hiddenParticipant = false;
    if (participant) {
      if (participant.permission?.hidden) {
        channel.hiddenSids.add(participant.sid);
      }
      hiddenParticipant = channel.hiddenSids.has(participant.sid);
      if (value.type === 'PARTICIPANT_LEFT' || value.type === 'PARTICIPANT_CONNECTION_ABORTED') {
        channel.hiddenSids.delete(participant.sid);
      }
    }
    return Object.assign(value, { hiddenParticipant });
  }

  private detach(room: string, subscriber: Subscriber): void {
    const channel = this.channels.get(room);
    if (!channel || !channel.subscribers.delete(subscriber) || channel.subscribers.size > 0) {
      return;
    }
    this.channels.delete(room);
    void channel.ready
      .then((unsubscribe) => unsubscribe())
      .catch((error: unknown) => {
        this.options.log.warn({ err: error, room }, 'Ending the store subscription failed');
      });
  }
}

interface SubscriberHooks {
  /** The delivery tally this subscriber adds to, or `null` when it is not counted. */
  tally: { delivered: number } | null;
  /** Removes the subscriber from its room; called once, when it ends or is returned. */
  detach: () => void;
  /** Called when the subscriber is ended as a slow consumer. */
  dropped: () => void;
}

/**
 * One subscriber's bounded queue. Events are deduplicated by sequence, so an event both replayed
 * and published live is delivered once, in log order.
 */
class Subscriber implements HubSubscription {
  private queue: HubEvent[] = [];
  private sink: ((event: HubEvent) => void) | null = null;
  /** Live events that arrived while the log was being replayed. */
  private pending: HubEvent[] | null = [];
  private epoch: string | null = null;
  private lastSeq = 0;
  private waiting: ((result: IteratorResult<HubEvent>) => void) | null = null;
  private state: 'open' | 'ended' | 'closed' = 'open';

  constructor(
    private readonly bufferSize: number,
    private readonly options: OpenOptions,
    private readonly hooks: SubscriberHooks,
  ) {}

  startAt(epoch: string, seq: number): void {
    this.epoch = epoch;
    this.lastSeq = seq;
  }

  enqueueResync(room: string, epoch: string, seq: number): void {
    const cursor = encodeCursor({ room, epoch, seq });
    this.deliver({
      id: `resync:${cursor}`,
      cursor,
      epoch,
      seq,
      type: 'RESYNC',
      rawType: 'resync',
      createdAt: new Date(),
      roomName: room,
      webhook: null,
      hiddenParticipant: false,
    });
  }

  /** Receives a live event. */
  push(event: HubEvent): void {
    if (this.state !== 'open') {
      return;
    }
    if (this.pending) {
      this.pending.push(event);
      if (this.pending.length > this.bufferSize) {
        this.end(CLOSE_CODES.SLOW_CONSUMER, 'slow consumer');
      }
      return;
    }
    this.enqueue(event, false);
  }

  /** Ends replay: queues the live events that arrived meanwhile and are newer than the replay. */
  goLive(): void {
    const pending = this.pending ?? [];
    this.pending = null;
    for (const event of pending) {
      this.enqueue(event, false);
    }
  }

  enqueue(event: HubEvent, replayed: boolean): void {
    if (this.state !== 'open') {
      return;
    }
    if (this.epoch !== null && (event.epoch !== this.epoch || event.seq > this.lastSeq + 1)) {
      // The room's log started over (its old events expired, or Redis lost them), or events
      // between were trimmed before they could be delivered: the subscriber must reload.
      this.enqueueResync(event.roomName, event.epoch, event.seq - 1);
      this.lastSeq = event.seq - 1;
    }
    this.epoch = event.epoch;
    if (event.seq <= this.lastSeq) {
      return;
    }
    this.lastSeq = event.seq;
    if (!this.options.accept(event)) {
      return;
    }
    this.deliver(event);
    if (!replayed && this.queue.length > this.bufferSize) {
      this.end(CLOSE_CODES.SLOW_CONSUMER, 'slow consumer');
    }
  }

  private deliver(event: HubEvent): void {
    if (this.hooks.tally) {
      this.hooks.tally.delivered++;
    }
    if (this.sink) {
      this.sink(event);
      return;
    }
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ done: false, value: event });
      return;
    }
    this.queue.push(event);
  }

  attach(sink: (event: HubEvent) => void): void {
    const queued = this.queue;
    this.queue = [];
    this.sink = sink;
    for (const event of queued) {
      sink(event);
    }
  }

  dropSlowConsumer(): void {
    this.end(CLOSE_CODES.SLOW_CONSUMER, 'slow consumer');
  }

  /** Drops what is queued and ends the subscription, telling the transport why. */
  end(code: number, reason: string): void {
    if (this.state !== 'open') {
      return;
    }
    this.state = 'ended';
    this.queue.length = 0;
    this.pending = null;
    this.hooks.detach();
    if (code === CLOSE_CODES.SLOW_CONSUMER) {
      this.hooks.dropped();
    }
    this.options.onEnd(code, reason);
    this.finish();
  }

  private finish(): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ done: true, value: undefined });
    }
  }

  next(): Promise<IteratorResult<HubEvent>> {
    const event = this.queue.shift();
    if (event) {
      return Promise.resolve({ done: false, value: event });
    }
    if (this.state !== 'open') {
      return Promise.resolve({ done: true, value: undefined });
    }
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  async return(): Promise<IteratorResult<HubEvent>> {
    if (this.state === 'open') {
      this.state = 'closed';
      this.queue.length = 0;
      this.pending = null;
      this.hooks.detach();
    }
    this.finish();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<HubEvent> {
    return this;
  }
}
