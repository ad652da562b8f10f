// Cost of verifying a caller's LiveKit token with jose `jwtVerify` (HS256), three ways: with the
// key imported once as a CryptoKey, with a raw secret that jose imports on every call, and as a
// cache hit that hashes the token and looks the result up in a Map. Runs in one process.
import { createHash } from 'node:crypto';
import { jwtVerify, type JWTPayload } from 'jose';
import { AccessToken } from 'livekit-server-sdk';
import { parseOptions, positiveInteger } from './lib/options.js';
import { Report } from './lib/report.js';
import { interleave } from './lib/rounds.js';
import { median } from './lib/stats.js';

const USAGE = `Usage: npx tsx bench/token-verify.ts [--rounds 5] [--millis 500] [--json]
  --rounds     interleaved rounds (default 5)
  --millis     time spent on each variant per round, in milliseconds (default 500)
  --in-flight  verifications in flight for the concurrent variant (default 32)
  --json       print one JSON document instead of tables`;

const options = parseOptions(
  USAGE,
  { millis: { type: 'string' }, 'in-flight': { type: 'string' } },
  5,
);
const millis = positiveInteger(options.values, 'millis', 500);
const inFlight = positiveInteger(options.values, 'in-flight', 32);
const report = new Report(
  'token verification',
  { rounds: options.rounds, millis, inFlight },
  options.json,
);

const API_KEY = 'bench-key';
const API_SECRET = 'bench-secret-0123456789abcdefghijklmnop';
const grant = { roomJoin: true, room: 'bench-room', canPublish: true, canSubscribe: true };
const accessToken = new AccessToken(API_KEY, API_SECRET, { identity: 'alice', ttl: '10m' });
accessToken.addGrant(grant);
const token = await accessToken.toJwt();

const secret = new TextEncoder().encode(API_SECRET);
const cryptoKey = await crypto.subtle.importKey(
  'raw',
  secret,
  { name: 'HMAC', hash: 'SHA-256' },
  false,
  ['verify'],
);
const verifyOptions = { algorithms: ['HS256'], issuer: API_KEY };

/** Verified payloads keyed by the SHA-256 of the token, as a verified-token cache would keep them. */
const cache = new Map<string, JWTPayload>();
const tokenDigest = (value: string) => createHash('sha256').update(value).digest('base64url');
cache.set(tokenDigest(token), (await jwtVerify(token, cryptoKey, verifyOptions)).payload);

function cachedPayload(value: string): JWTPayload {
  const payload = cache.get(tokenDigest(value));
  if (!payload || (payload.exp ?? 0) * 1000 <= Date.now()) {
    throw new Error('expected a cache hit for an unexpired token');
  }
  return payload;
}

const variants: Record<string, () => Promise<unknown> | unknown> = {
  'jwtVerify, CryptoKey imported once': () => jwtVerify(token, cryptoKey, verifyOptions),
  'jwtVerify, Uint8Array secret per call': () => jwtVerify(token, secret, verifyOptions),
  'cache hit: sha256(token) + Map.get + exp check': () => cachedPayload(token),
};
const concurrentName = `jwtVerify, CryptoKey, ${inFlight} in flight`;
const names = [...Object.keys(variants), concurrentName];

/** Runs the variant for `millis` and returns its amortized cost in microseconds. */
async function microsEach(name: string): Promise<number> {
  const deadline = performance.now() + millis;
  const started = performance.now();
  let count = 0;
  if (name === concurrentName) {
    const lane = async () => {
      while (performance.now() < deadline) {
        await jwtVerify(token, cryptoKey, verifyOptions);
        count++;
      }
    };
    await Promise.all(Array.from({ length: inFlight }, lane));
  } else {
    const operation = variants[name]!;
    while (performance.now() < deadline) {
      await operation();
      count++;
    }
  }
  return ((performance.now() - started) * 1000) / count;
}

const results = await interleave(options.rounds, names, microsEach, (name, round, value) =>
  report.progress(`round ${round + 1} ${name}: ${value.toFixed(2)} µs`),
);
const each = (name: string) => median(results.get(name)!);
report.table(
  'Wall time per verification (µs), median over rounds',
  ['variant', 'µs each', 'per second'],
  names.map((name) => [name, each(name), Math.round(1e6 / each(name))]),
);

// A caller sends the same token on many requests; with a cache, one verification is shared
// by all of them until the token expires.
const verify = each(names[0]!);
const hit = each(names[2]!);
report.table(
  'Amortized cost per request with the cache (µs)',
  ['requests per token', 'µs per request'],
  [1, 10, 100, 1000].map((reuse) => [reuse, (verify + (reuse - 1) * hit) / reuse]),
);
report.ratio('cache hit µs (target ≤ 25 µs amortized)', hit, '≤ 25', hit <= 25);
report.note(
  'jose runs HMAC through Web Crypto, which Node executes on the libuv thread pool, so the ' +
    'concurrent figure includes work done off the main thread.',
);
report.print();
