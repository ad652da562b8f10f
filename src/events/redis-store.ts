import { randomUUID } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger.js';
import type { ReadinessCheck } from '../ops/readiness.js';
import { encodeCursor } from './cursor.js';
import { RoomFeed } from './redis-feed.js';
import { APPEND_SCRIPT, CLAIM_SCRIPT, READ_SCRIPT, RELEASE_SCRIPT } from './redis-scripts.js';
import type { EventEntry, EventRecord, EventStore, LogBounds } from './store.js';

export interface RedisEventStoreOptions {
  /** `redis://` or `rediss://` URL. */
  url: string;
  /** Events kept per room; older ones are trimmed on append. */
  retentionCount: number;
  /** Maximum age of a kept event, in seconds. */
  retentionSeconds: number;
  /**
   * How long a room's epoch and last sequence outlive its last event, in seconds, so a cursor
   * of a quiet room still resumes without RESYNC. Default 86,400, and never below the retention.
   */
  roomTtlSeconds?: number;
  /** Prefix of every key and channel; `lkgw:` by default, as for bans. */
  keyPrefix?: string;
  /** Deadline of each Redis command and of the first connection, in milliseconds. Default 2000. */
  commandTimeoutMs?: number;
  /** Live messages held per room while it catches up from the log. Default 1000. */
  holdLimit?: number;
  log: Logger;
}

/** The Redis event store, with a readiness check on its own connections. */
export interface RedisEventStore extends EventStore {
  readiness: ReadinessCheck;
}

/**
 * An unfinished claim expires after this many seconds, so LiveKit's next retry (it retries
 * after 1, 2, 4 and 8 s) can store the event when the instance holding the claim failed.
 */
const CLAIM_SECONDS = 10;

/** Thrown by `claimEventId` while another request stores the same event, so the webhook gets 503. */
export class EventIdPendingError extends Error {
  constructor(eventId: string) {
    super(`Event ${eventId} is being stored by another request; retry later`);
    this.name = 'EventIdPendingError';
  }
}

interface ScriptCommands {
  lkgwClaim(key: string, claimSeconds: number, ttlSeconds: number): Promise<number>;
  lkgwRelease(key: string): Promise<number>;
  lkgwAppend(...args: (string | number)[]): Promise<[string, number]>;
  lkgwRead(...args: (string | number)[]): Promise<ReadReply>;
}

type StreamEntry = [id: string, fields: string[]];
type ReadReply = [epoch: string, firstSeq: number, lastSeq: number, newestFirst: StreamEntry[]];

/**
 * Keeps dedupe marks, per-room logs and live delivery in Redis, so several gateway instances
 * serve one stream. Each room has a hash (epoch, last sequence), a stream (the log, trimmed by
 * count and age) and a pub/sub channel. Live delivery uses pub/sub rather than XREAD: the append
 * script publishes in sequence order on one server, so each instance receives one ordered copy,
 * and `RoomFeed` fills any gap from the stream by sequence.
 *
 * Both connections fail commands at once while disconnected, because the offline queue is off.
 * So a webhook gets 503 and nothing waits in memory. ioredis reconnects and resubscribes.
 * NOTE: the scripts touch keys of several rooms' hash slots, so Redis Cluster is not supported.
 */
export function createRedisEventStore(options: RedisEventStoreOptions): RedisEventStore {
  const { log } = options;
  const prefix = `${options.keyPrefix ?? 'lkgw:'}events:`;
  const retentionMs = options.retentionSeconds * 1000;
  const roomTtlSeconds = Math.max(options.roomTtlSeconds ?? 86_400, options.retentionSeconds);
  const timeoutMs = options.commandTimeoutMs ?? 2000;
  const holdLimit = options.holdLimit ?? 1000;
  const keys = {
    id: (eventId: string) => `${prefix}id:${eventId}`,
    room: (room: string) => `${prefix}room:${room}`,
    log: (room: string) => `${prefix}log:${room}`,
    channel: (room: string) => `${prefix}live:${room}`,
  };

  const connectionOptions: RedisOptions = {
    enableOfflineQueue: false,
    // Commands in flight when the connection drops fail at once and are never sent twice.
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    commandTimeout: timeoutMs,
    connectTimeout: timeoutMs,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
  };
  const commands = new Redis(options.url, connectionOptions);
  const subscriber = new Redis(options.url, connectionOptions);
  const scripts = commands as unknown as ScriptCommands;
  commands.defineCommand('lkgwClaim', { numberOfKeys: 1, lua: CLAIM_SCRIPT });
  commands.defineCommand('lkgwRelease', { numberOfKeys: 1, lua: RELEASE_SCRIPT });
  commands.defineCommand('lkgwAppend', { numberOfKeys: 3, lua: APPEND_SCRIPT });
  commands.defineCommand('lkgwRead', { numberOfKeys: 2, lua: READ_SCRIPT });
  const commandsConnected = watchConnection(commands, 'commands', timeoutMs, log);
  const subscriberConnected = watchConnection(subscriber, 'pub/sub', timeoutMs, log);

  const feeds = new Map<string, RoomFeed>();
  const feedsReady = new Map<string, Promise<void>>();
  /** Channels whose UNSUBSCRIBE failed while disconnected; ioredis resubscribes them. */
  const orphanedChannels = new Set<string>();
  let closed = false;

  async function readLog(room: string, epoch: string, afterSeq: number) {
    await commandsConnected();
    const reply = await scripts.lkgwRead(
      keys.room(room),
      keys.log(room),
      epoch,
      afterSeq,
      retentionMs,
    );
    if (reply === null) {
      return null;
    }
    const [logEpoch, firstSeq, lastSeq, newestFirst] = reply;
    const records = newestFirst.reverse().map((entry) => recordOf(room, logEpoch, entry));
    return { epoch: logEpoch, firstSeq, lastSeq, records };
  }

  const readRecords = async (room: string, epoch: string, afterSeq: number) =>
    (await readLog(room, epoch, afterSeq))?.records ?? null;

  subscriber.on('message', (channel: string, message: string) => {
    if (!channel.startsWith(keys.channel(''))) {
      return;
    }
    const room = channel.slice(keys.channel('').length);
    const record = messageRecord(room, message);
    if (record === null) {
      log.error({ room, channel }, 'Invalid event message on the Redis channel; ignored');
      return;
    }
    feeds.get(room)?.receive(record);
  });

  let subscriberWasReady = false;
  subscriber.on('ready', () => {
    if (!subscriberWasReady) {
      subscriberWasReady = true;
      return;
    }
    // Messages published while disconnected are in the logs: each feed reads what it missed.
    for (const feed of feeds.values()) {
      void feed.catchUp();
    }
    if (orphanedChannels.size > 0) {
      const channels = [...orphanedChannels];
      orphanedChannels.clear();
      subscriber.unsubscribe(...channels).catch(() => undefined);
    }
  });

  async function startFeed(room: string, feed: RoomFeed): Promise<void> {
    await subscriberConnected();
    await subscriber.subscribe(keys.channel(room));
    const log = await readLog(room, '', -1);
    feed.startAt(log === null ? null : { epoch: log.epoch, seq: log.lastSeq });
  }

  async function stopFeed(room: string): Promise<void> {
    const channel = keys.channel(room);
    try {
      await subscriber.unsubscribe(channel);
    } catch (error) {
      orphanedChannels.add(channel);
      throw error;
    }
  }

  return {
    async claimEventId(eventId, ttlSeconds) {
      await commandsConnected();
      const claimSeconds = Math.min(CLAIM_SECONDS, ttlSeconds);
      const result = await scripts.lkgwClaim(keys.id(eventId), claimSeconds, ttlSeconds);
      if (result === -1) {
        throw new EventIdPendingError(eventId);
      }
      return result === 1;
    },

    async releaseEventId(eventId) {
      await scripts.lkgwRelease(keys.id(eventId));
    },

    async append(entry: EventEntry) {
      await commandsConnected();
      const [epoch, seq] = await scripts.lkgwAppend(
        keys.room(entry.room),
        keys.log(entry.room),
        keys.id(entry.eventId),
        randomUUID(),
        entry.eventId,
        entry.receivedAt,
        entry.payload,
        options.retentionCount,
        retentionMs,
        roomTtlSeconds,
        keys.channel(entry.room),
      );
      const position = { room: entry.room, epoch, seq };
      return { ...entry, ...position, cursor: encodeCursor(position) };
    },

    async readAfter(room, afterSeq) {
      return (await readLog(room, '', afterSeq))?.records ?? [];
    },

    async logBounds(room): Promise<LogBounds | null> {
      const log = await readLog(room, '', -1);
      return log && { epoch: log.epoch, firstSeq: log.firstSeq, lastSeq: log.lastSeq };
    },

    async publish() {
      // `append` publishes in the same script, which keeps messages in sequence order.
    },

    async subscribe(room, listener) {
      let feed = feeds.get(room);
      if (!feed) {
        const created = new RoomFeed(room, readRecords, log, holdLimit);
        feeds.set(room, created);
        const ready = startFeed(room, created);
        feedsReady.set(room, ready);
        ready.catch(() => {
          if (feeds.get(room) === created) {
            feeds.delete(room);
            feedsReady.delete(room);
          }
        });
        feed = created;
      }
      feed.listeners.add(listener);
      try {
        await feedsReady.get(room);
      } catch (error) {
        feed.listeners.delete(listener);
        throw error;
      }
      const subscribed = feed;
      return async () => {
        subscribed.listeners.delete(listener);
        if (subscribed.listeners.size > 0 || feeds.get(room) !== subscribed || closed) {
          return;
        }
        feeds.delete(room);
        feedsReady.delete(room);
        await stopFeed(room);
      };
    },

    async close() {
      closed = true;
      feeds.clear();
      feedsReady.clear();
      await Promise.allSettled([commands.quit(), subscriber.quit()]);
      commands.disconnect();
      subscriber.disconnect();
    },

    readiness: {
      name: 'redis',
      ready: async () => {
        await Promise.all([commandsConnected(), subscriberConnected()]);
        await commands.ping();
        if (subscriber.status !== 'ready') {
          throw new Error(`Redis pub/sub connection is ${subscriber.status}`);
        }
      },
    },
  };
}

/** Builds a record from a stream entry with fields `seq`, `id`, `at` and `body`. */
function recordOf(room: string, epoch: string, [, fields]: StreamEntry): EventRecord {
  const values = new Map<string, string>();
  for (let i = 0; i + 1 < fields.length; i += 2) {
    values.set(fields[i]!, fields[i + 1]!);
  }
  const seq = Number(values.get('seq'));
  return {
    room,
    eventId: values.get('id') ?? '',
    payload: values.get('body') ?? '',
    receivedAt: Number(values.get('at')),
    epoch,
    seq,
    cursor: encodeCursor({ room, epoch, seq }),
  };
}

/** Parses `epoch \n seq \n receivedAt \n eventId \n payload`, as the append script publishes. */
function messageRecord(room: string, message: string): EventRecord | null {
  const fields: string[] = [];
  let start = 0;
  for (let i = 0; i < 4; i += 1) {
    const end = message.indexOf('\n', start);
    if (end < 0) {
      return null;
    }
    fields.push(message.slice(start, end));
    start = end + 1;
  }
  const [epoch, seqText, receivedAtText, eventId] = fields as [string, string, string, string];
  const seq = Number(seqText);
  if (!Number.isSafeInteger(seq) || seq < 1) {
    return null;
  }
  return {
    room,
    eventId,
    payload: message.slice(start),
    receivedAt: Number(receivedAtText),
    epoch,
    seq,
    cursor: encodeCursor({ room, epoch, seq }),
  };
}

/**
 * Logs a connection's errors (each new message once) and reconnects, and returns a function
 * that waits for the first connection, at most `timeoutMs`. Once connected, it returns at once
 * and commands fail by themselves while the connection is down.
 */
function watchConnection(
  redis: Redis,
  name: string,
  timeoutMs: number,
  log: Logger,
): () => Promise<void> {
  let connected = false;
  let lastError = '';
  const firstReady = new Promise<void>((resolve) => redis.once('ready', resolve));
  redis.on('error', (error: Error) => {
    if (error.message !== lastError) {
      lastError = error.message;
      log.warn({ err: error, connection: name }, 'Redis event store connection failed');
    }
  });
  redis.on('ready', () => {
    if (connected && lastError !== '') {
      log.info({ connection: name }, 'Redis event store reconnected');
    }
    connected = true;
    lastError = '';
  });
  return async () => {
    if (connected) {
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Redis did not connect within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      await Promise.race([firstReady, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}
