/**
 * Prints the cost of authenticating one request with a LiveKit token, cold (signature checked)
 * and cached (hash and map lookup), in microseconds per call. Run: `npx tsx bench/auth-verify.ts`.
 */
import { performance } from 'node:perf_hooks';
import { AccessToken } from 'livekit-server-sdk';
import { createAuthenticator } from '../src/auth/authenticate.js';
import { createMemoryBanStore } from '../src/auth/bans.js';

const API_KEY = 'benchkey';
const API_SECRET = 'bench-secret-0123456789abcdefghijklmnop';
const ROUNDS = 5;
const CALLS = 20_000;

async function tokens(count: number): Promise<string[]> {
  const minted: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const token = new AccessToken(API_KEY, API_SECRET, { identity: `user-${i}`, ttl: '1h' });
    token.addGrant({ roomJoin: true, room: 'bench' });
    minted.push(await token.toJwt());
  }
  return minted;
}

async function measure(run: () => Promise<unknown>, calls: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < calls; i += 1) {
    await run();
  }
  return ((performance.now() - start) * 1000) / calls;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const options = {
  serviceKeys: [],
  livekitKeys: { [API_KEY]: API_SECRET },
  bans: createMemoryBanStore(),
};
const cold: number[] = [];
const cached: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  const fresh = await tokens(2_000);
  const uncachedAuth = createAuthenticator({ ...options, cacheSize: 0 });
  let index = 0;
  cold.push(
    await measure(
      () => uncachedAuth.authenticate(`Bearer ${fresh[index++ % fresh.length]}`),
      fresh.length,
    ),
  );

  const cachedAuth = createAuthenticator(options);
  const header = `Bearer ${fresh[0]}`;
  await cachedAuth.authenticate(header);
  cached.push(await measure(() => cachedAuth.authenticate(header), CALLS));
}
console.log(`verify, no cache: ${median(cold).toFixed(1)} µs per call (median of ${ROUNDS})`);
console.log(`verify, cached:   ${median(cached).toFixed(1)} µs per call (median of ${ROUNDS})`);
