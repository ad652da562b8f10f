import { TokenVerifier } from 'livekit-server-sdk';
import { describe, expect, it } from 'vitest';
import { CachedTokenRoomServiceClient } from './room-service.js';

const API_KEY = 'unit-key';
const API_SECRET = 'unit-secret-long-enough-for-hs256-0123456789';

function client(now: () => number) {
  return new CachedTokenRoomServiceClient(
    'http://127.0.0.1:9',
    API_KEY,
    API_SECRET,
    { requestTimeout: 1 },
    now,
  );
}

describe('CachedTokenRoomServiceClient', () => {
  it('reuses the token of a grant for 5 minutes', async () => {
    let now = 0;
    const rooms = client(() => now);
    const first = await rooms.authHeader({ roomList: true });
    now = 299_000;
    expect(await rooms.authHeader({ roomList: true })).toBe(first);
    now = 300_000;
    expect(await rooms.authHeader({ roomList: true })).not.toBe(first);
  });

  it('signs a token per distinct grant', async () => {
    const rooms = client(() => 0);
    const verifier = new TokenVerifier(API_KEY, API_SECRET);
    const a = await rooms.authHeader({ roomAdmin: true, room: 'a' });
    const b = await rooms.authHeader({ roomAdmin: true, room: 'b' });
    const claimsOf = (header: Record<string, string>) =>
      verifier.verify(String(header['Authorization']).replace('Bearer ', ''));
    expect((await claimsOf(a)).video?.room).toBe('a');
    expect((await claimsOf(b)).video?.room).toBe('b');
  });
});
