import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

/** An identity banned from a room: the gateway mints nothing for it there and denies its access. */
export interface Ban {
  room: string;
  identity: string;
  /** When the ban was made. */
  createdAt: Date;
}

/** Storage for bans: this process's memory, or Redis so every gateway instance shares them. */
export interface BanStore {
  /** Bans `identity` from `room`; banning again keeps the first `createdAt`. */
  ban(room: string, identity: string): Promise<Ban>;
  /** Lifts a ban; returns whether one existed. */
  unban(room: string, identity: string): Promise<boolean>;
  isBanned(room: string, identity: string): Promise<boolean>;
  /** Rooms `identity` is banned from. */
  bannedRooms(identity: string): Promise<string[]>;
  /** Bans in `room`, oldest first. */
  list(room: string): Promise<Ban[]>;
  close(): Promise<void>;
}

/** Keeps bans in this process; they are lost on restart. */
export function createMemoryBanStore(): BanStore {
  // room -> identity -> ban, and identity -> rooms for the per-request lookup.
  const byRoom = new Map<string, Map<string, Ban>>();
  const byIdentity = new Map<string, Set<string>>();

  return {
    async ban(room, identity) {
      const bans = byRoom.get(room) ?? new Map<string, Ban>();
      byRoom.set(room, bans);
      const existing = bans.get(identity);
      if (existing) {
        return existing;
      }
      const ban = { room, identity, createdAt: new Date() };
      bans.set(identity, ban);
      const rooms = byIdentity.get(identity) ?? new Set<string>();
      rooms.add(room);
      byIdentity.set(identity, rooms);
      return ban;
    },
    async unban(room, identity) {
      const removed = byRoom.get(room)?.delete(identity) ?? false;
      if (byRoom.get(room)?.size === 0) {
        byRoom.delete(room);
      }
      const rooms = byIdentity.get(identity);
      rooms?.delete(room);
      if (rooms?.size === 0) {
        byIdentity.delete(identity);
      }
      return removed;
    },
    async isBanned(room, identity) {
      return byRoom.get(room)?.has(identity) ?? false;
    },
    async bannedRooms(identity) {
      return [...(byIdentity.get(identity) ?? [])];
    },
    async list(room) {
      const bans = [...(byRoom.get(room)?.values() ?? [])];
      return bans.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    },
    async close() {},
  };
}

export interface RedisBanStoreOptions {
  /** Prefix of every key the store writes; `lkgw:` by default. */
  keyPrefix?: string;
  /** Receives connection errors; ioredis reconnects by itself. */
  log?: Logger;
}

/**
 * Keeps bans in Redis: a hash per room (identity to creation time in ms) and a set per identity
 * (its banned rooms), changed together in one MULTI so the two never disagree.
 */
export function createRedisBanStore(url: string, options: RedisBanStoreOptions = {}): BanStore {
  const redis = new Redis(url, { maxRetriesPerRequest: 2 });
  redis.on('error', (error: Error) => {
    options.log?.warn({ error: error.message }, 'Redis ban store connection error');
  });
  const prefix = options.keyPrefix ?? 'lkgw:';
  const roomKey = (room: string) => `${prefix}bans:room:${room}`;
  const identityKey = (identity: string) => `${prefix}bans:identity:${identity}`;

  return {
    async ban(room, identity) {
      const now = Date.now();
      const results = await redis
        .multi()
        .hsetnx(roomKey(room), identity, String(now))
        .sadd(identityKey(identity), room)
        .hget(roomKey(room), identity)
        .exec();
      const stored = Number(results?.[2]?.[1] ?? now);
      return { room, identity, createdAt: new Date(stored) };
    },
    async unban(room, identity) {
      const results = await redis
        .multi()
        .hdel(roomKey(room), identity)
        .srem(identityKey(identity), room)
        .exec();
      return Number(results?.[0]?.[1] ?? 0) > 0;
    },
    async isBanned(room, identity) {
      return (await redis.hexists(roomKey(room), identity)) === 1;
    },
    async bannedRooms(identity) {
      return redis.smembers(identityKey(identity));
    },
    async list(room) {
      const entries = Object.entries(await redis.hgetall(roomKey(room)));
      return entries
        .map(([identity, createdAt]) => ({
          room,
          identity,
          createdAt: new Date(Number(createdAt)),
        }))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    },
    async close() {
      await redis.quit();
    },
  };
}

/** Uses Redis when `redisUrl` is set, memory otherwise. */
export function createBanStore(redisUrl: string | undefined, log?: Logger): BanStore {
  return redisUrl ? createRedisBanStore(redisUrl, log ? { log } : {}) : createMemoryBanStore();
}
