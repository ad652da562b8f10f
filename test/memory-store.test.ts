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

describe('in-memory event id claims', () => {
  it('evicts the oldest ids beyond maxEventIds', async () => {
    const store = createMemoryEventStore({
      retentionCount: 10,
      retentionSeconds: 3600,
      maxEventIds: 3,
    });
    for (const id of ['EV_1', 'EV_2', 'EV_3', 'EV_4', 'EV_5']) {
      expect(await store.claimEventId(id, 600)).toBe(true);
    }
    // EV_1 and EV_2 were evicted to stay within 3 ids, and the newer ones are still claimed.
    expect(await store.claimEventId('EV_5', 600)).toBe(false);
    expect(await store.claimEventId('EV_4', 600)).toBe(false);
    expect(await store.claimEventId('EV_3', 600)).toBe(false);
    expect(await store.claimEventId('EV_1', 600)).toBe(true);
    await store.close();
  });

  it('keeps a new claim after expiry', async () => {
    let clock = 1_000_000;
    const store = createMemoryEventStore({
      retentionCount: 10,
      retentionSeconds: 3600,
      maxEventIds: 2,
      now: () => clock,
    });
    expect(await store.claimEventId('EV_again', 60)).toBe(true);
    clock += 61_000;
    // The first claim expired, so this one succeeds and survives the first one's eviction.
    expect(await store.claimEventId('EV_again', 60)).toBe(true);
    expect(await store.claimEventId('EV_other', 60)).toBe(true);
    expect(await store.claimEventId('EV_again', 60)).toBe(false);
    await store.close();
  });

  it('keeps a new claim after release', async () => {
    const store = createMemoryEventStore({
      retentionCount: 10,
      retentionSeconds: 3600,
      maxEventIds: 2,
      now: () => 1_000_000,
    });
    expect(await store.claimEventId('EV_stored', 60)).toBe(true);
    expect(await store.claimEventId('EV_failed', 60)).toBe(true);
    await store.releaseEventId('EV_stored');
    // Claimed again in the same millisecond: both claims of EV_stored expire at the same time.
    expect(await store.claimEventId('EV_stored', 60)).toBe(true);
    // A third id evicts the oldest claims: the released one of EV_stored, then EV_failed.
    expect(await store.claimEventId('EV_third', 60)).toBe(true);
    expect(await store.claimEventId('EV_stored', 60)).toBe(false);
    expect(await store.claimEventId('EV_third', 60)).toBe(false);
    expect(await store.claimEventId('EV_failed', 60)).toBe(true);
    await store.close();
  });

  it('dedupes the newest ids at capacity', async () => {
    const store = createMemoryEventStore({
      retentionCount: 10,
      retentionSeconds: 3600,
      maxEventIds: 1000,
    });
    // Every claim beyond 1,000 ids evicts one, and the 1,000 newest ids are still deduped.
    for (let index = 0; index < 20_000; index++) {
      expect(await store.claimEventId(`EV_${index}`, 600)).toBe(true);
    }
    expect(await store.claimEventId('EV_19999', 600)).toBe(false);
    expect(await store.claimEventId('EV_19000', 600)).toBe(false);
    expect(await store.claimEventId('EV_18999', 600)).toBe(true);
    await store.close();
  });
});
