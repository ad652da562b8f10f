// Load side of the webhook benchmark: pre-signs a pool of webhooks with unique event ids, then
// posts them either as fast as autocannon can or at a fixed rate, one unused webhook per request.
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import { serveParent } from '../lib/child.js';
import { summarize, type LatencySummary } from '../lib/stats.js';
import { participantJoinedBody, signWebhookBody, type SignedWebhook } from '../lib/webhook-sign.js';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** Payload of `fill`: webhooks to have signed and unused before the next run. */
export interface FillRequest {
  count: number;
  room: string;
}

export interface ThroughputRequest {
  url: string;
  connections: number;
  durationSeconds: number;
}

export interface FixedRateRequest {
  url: string;
  perSecond: number;
  durationSeconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  total: number;
  failures: number;
  /** Milliseconds from sending a request to reading its whole response. */
  latency: LatencySummary;
  /** Webhooks signed during the run because the pool ran out; they cost the load process CPU. */
  signedDuringRun: number;
}

let pool: SignedWebhook[] = [];
let next = 0;
let room = 'bench';
let sequence = 0;
let signedDuringRun = 0;

function fill({ count, room: name }: FillRequest): number {
  room = name;
  pool = pool.slice(next);
  next = 0;
  while (pool.length < count) {
    pool.push(signWebhookBody(participantJoinedBody(room, ++sequence)));
  }
  // Collect the garbage of signing now, not during the run that follows.
  (globalThis as { gc?: () => void }).gc?.();
  return pool.length;
}

function take(): SignedWebhook {
  const webhook = pool[next];
  if (webhook) {
    next++;
    return webhook;
  }
  signedDuringRun++;
  return signWebhookBody(participantJoinedBody(room, ++sequence));
}

async function throughput(options: ThroughputRequest): Promise<LoadResult> {
  signedDuringRun = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (req: Record<string, unknown>) => {
          const webhook = take();
          return {
            ...req,
            body: webhook.body,
            headers: {
              'content-type': 'application/webhook+json',
              authorization: webhook.authorization,
            },
          };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
    latency: {
      count: result.requests.total,
      p50: result.latency.p50,
      p99: result.latency.p99,
      mean: Number.NaN,
    },
    signedDuringRun,
  };
}

/** Sends `perSecond` webhooks a second on keep-alive connections, whatever the answers take. */
async function fixedRate(options: FixedRateRequest): Promise<LoadResult> {
  signedDuringRun = 0;
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const target = new URL(options.url);
  const latencies: number[] = [];
  let failures = 0;
  let sent = 0;
  const total = options.perSecond * options.durationSeconds;
  const started = performance.now();
  const inFlight = new Set<Promise<void>>();

  const send = () => {
    const webhook = take();
    const begin = performance.now();
    const done = new Promise<void>((resolve) => {
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/webhook+json',
            'content-length': Buffer.byteLength(webhook.body),
            authorization: webhook.authorization,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - begin);
            if (res.statusCode !== 200) {
              failures++;
            }
            resolve();
          });
        },
      );
      req.on('error', () => {
        failures++;
        resolve();
      });
      req.end(webhook.body);
    });
    inFlight.add(done);
    void done.then(() => inFlight.delete(done));
  };

  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(
        total,
        Math.floor(((performance.now() - started) * options.perSecond) / 1000),
      );
      while (sent < due) {
        sent++;
        send();
      }
      if (sent >= total) {
        clearInterval(timer);
        resolve();
      }
    }, 1);
  });
  await Promise.all(inFlight);
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  return {
    requestsPerSecond: latencies.length / elapsed,
    total: latencies.length,
    failures,
    latency: summarize(latencies),
    signedDuringRun,
  };
}

serveParent(
  {},
  {
    fill: (payload) => fill(payload as FillRequest),
    throughput: (payload) => throughput(payload as ThroughputRequest),
    fixedRate: (payload) => fixedRate(payload as FixedRateRequest),
  },
);
