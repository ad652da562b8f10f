import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryBanStore, createRedisBanStore, type BanStore } from '../src/auth/bans.js';
import { startRedis, type RedisProcess } from './support/redis-process.js';

let redis: RedisProcess;
const stores: BanStore[] = [];

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  for (const store of stores) {
    await store.close();
  }
  await redis?.stop();
});

const implementations: [string, () => BanStore][] = [
  ['memory', () => createMemoryBanStore()],
  [
    'redis',
    () => {
      const store = createRedisBanStore(redis.url, { keyPrefix: `test:${stores.length}:` });
      stores.push(store);
      return store;
    },
  ],
];

describe.each(implementations)('%s ban store', (_name, create) => {
  it('bans, reports and lifts a ban', async () => {
    const store = create();
    expect(await store.isBanned('stage', 'mallory')).toBe(false);

    const ban = await store.ban('stage', 'mallory');
    expect(ban.room).toBe('stage');
    expect(ban.identity).toBe('mallory');
    expect(await store.isBanned('stage', 'mallory')).toBe(true);
    expect(await store.isBanned('lobby', 'mallory')).toBe(false);
    expect(await store.isBanned('stage', 'alice')).toBe(false);
    expect(await store.bannedRooms('mallory')).toEqual(['stage']);

    expect(await store.unban('stage', 'mallory')).toBe(true);
    expect(await store.isBanned('stage', 'mallory')).toBe(false);
    expect(await store.bannedRooms('mallory')).toEqual([]);
    expect(await store.unban('stage', 'mallory')).toBe(false);
  });

  it('keeps the first ban time when banned again', async () => {
    const store = create();
    const first = await store.ban('stage', 'eve');
    const second = await store.ban('stage', 'eve');
    expect(second.createdAt.getTime()).toBe(first.createdAt.getTime());
    expect(await store.list('stage')).toHaveLength(1);
  });

  it('lists the bans of one room and rooms of one identity', async () => {
    const store = create();
    await store.ban('hall', 'trent');
    await store.ban('hall', 'oscar');
    await store.ban('annex', 'trent');
    const bans = await store.list('hall');
    expect(bans.map((ban) => ban.identity).sort()).toEqual(['oscar', 'trent']);
    expect((await store.bannedRooms('trent')).sort()).toEqual(['annex', 'hall']);
    expect(await store.list('empty-room')).toEqual([]);
  });
});

describe('redis ban store', () => {
  it('shares bans between two instances', async () => {
    const first = createRedisBanStore(redis.url, { keyPrefix: 'shared:' });
    const second = createRedisBanStore(redis.url, { keyPrefix: 'shared:' });
    stores.push(first, second);
    await first.ban('stage', 'peggy');
    expect(await second.isBanned('stage', 'peggy')).toBe(true);
    expect(await second.unban('stage', 'peggy')).toBe(true);
    expect(await first.isBanned('stage', 'peggy')).toBe(false);
  });

  it('writes under its key prefix only', async () => {
    const store = createRedisBanStore(redis.url, { keyPrefix: 'prefixed:' });
    stores.push(store);
    await store.ban('stage', 'victor');
    const client = new Redis(redis.url);
    const keys = (await client.keys('*victor*')).sort();
    await client.quit();
    expect(keys).toEqual(['prefixed:bans:identity:victor']);
  });
});
