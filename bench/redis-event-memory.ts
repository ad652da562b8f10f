/**
 * Measures Redis memory per retained event: appends events through the Redis event store into
 * the empty Redis at REDIS_URL and prints `used_memory` growth per event and per dedupe mark.
 * It refuses a Redis that holds keys, and deletes everything it wrote at the end.
 *
 *   REDIS_URL=redis://127.0.0.1:6379 npx tsx bench/redis-event-memory.ts
 */
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { createLogger } from '../src/logger.js';
import { createRedisEventStore } from '../src/events/redis-store.js';

const url = process.env['REDIS_URL'];
if (!url) {
  process.stderr.write('Set REDIS_URL to an empty Redis, e.g. redis://127.0.0.1:6379\n');
  process.exit(1);
}
const ROOMS = 100;
const EVENTS_PER_ROOM = 1000;
const template = JSON.parse(readFileSync('examples/webhooks/participant_joined.json', 'utf8'));

const client = new Redis(url);
const store = createRedisEventStore({
  url,
  retentionCount: EVENTS_PER_ROOM,
  retentionSeconds: 3600,
  keyPrefix: 'bench:',
  log: createLogger('silent'),
});
if ((await client.dbsize()) !== 0) {
  process.stderr.write(`The Redis at ${url} holds keys; use an empty one\n`);
  process.exit(1);
}
const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await client.info('memory'))![1]);

const start = await usedMemory();
let payloadBytes = 0;
for (let i = 0; i < EVENTS_PER_ROOM; i += 1) {
  await Promise.all(
    Array.from({ length: ROOMS }, async (_, room) => {
      const eventId = `EV_${room}_${i}_${'x'.repeat(12)}`;
      const payload = JSON.stringify({
        ...template,
        id: eventId,
        room: { ...template.room, name: `room-${room}` },
      });
      payloadBytes += payload.length;
      await store.append({ room: `room-${room}`, eventId, payload, receivedAt: Date.now() });
    }),
  );
}
const afterEvents = await usedMemory();
for (let i = 0; i < ROOMS * EVENTS_PER_ROOM; i += 1) {
  await store.claimEventId(`EV_bench_${i}_${'x'.repeat(12)}`, 3600);
}
const afterIds = await usedMemory();

const events = ROOMS * EVENTS_PER_ROOM;
console.log(
  `events: ${events} in ${ROOMS} rooms, mean payload ${Math.round(payloadBytes / events)} B`,
);
console.log(`memory per retained event: ${Math.round((afterEvents - start) / events)} B`);
console.log(`memory per dedupe mark: ${Math.round((afterIds - afterEvents) / events)} B`);
await client.flushdb();
await store.close();
client.disconnect();
