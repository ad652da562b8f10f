import { describe, expect, it } from 'vitest';
import { createMemoryEventStore } from '../src/events/memory-store.js';

describe('in-memory event store retention', () => {
  it('reads only the newest retentionCount events', async () => {
    const store = createMemoryEventStore({ retentionCount: 10, retentionSeconds: 3600 });
    for (let index = 1; index <= 45; index++) {
      await store.append({
        room: 'kept',
        eventId: `EV_${index}`,
        payload: '{}',
        receivedAt: Date.now(),
      });
    }
    const bounds = await store.logBounds('kept');
    expect(bounds).toMatchObject({ firstSeq: 36, lastSeq: 45 });
    const records = await store.readAfter('kept', 0);
    expect(records.map((record) => record.seq)).toEqual([36, 37, 38, 39, 40, 41, 42, 43, 44, 45]);
    await store.close();
  });

  it('drops events older than retentionSeconds', async () => {
    let clock = 1_000_000;
    const store = createMemoryEventStore({
      retentionCount: 100,
      retentionSeconds: 60,
      now: () => clock,
    });
    for (let index = 1; index <= 5; index++) {
      await store.append({
        room: 'aged',
        eventId: `EV_${index}`,
        payload: '{}',
        receivedAt: clock,
      });
      clock += 20_000;
    }
    // The first two were received more than 60 s before now.
    const records = await store.readAfter('aged', 0);
    expect(records.map((record) => record.seq)).toEqual([3, 4, 5]);
    await store.close();
  });
});
