// Webhook ingest: verified webhooks per second on `POST /webhooks/livekit` against bare
// node:http answering 200 in the same run, and acknowledgement latency at a fixed rate. Every
// request carries a correctly signed body with an event id never sent before, pre-signed in the
// load process, so the gateway verifies, dedupes, logs and publishes each one.
import { fileURLToPath } from 'node:url';
import { startChild } from './lib/child.js';
import { parseOptions, positiveInteger } from './lib/options.js';
import { Report } from './lib/report.js';
import { interleave } from './lib/rounds.js';
import { gatewayEnv, startServer } from './lib/servers.js';
import { median } from './lib/stats.js';
import { BENCH_WEBHOOK_KEY } from './lib/webhook-sign.js';
import type { LoadResult } from './workers/webhook-load.js';

const USAGE = `Usage: npx tsx bench/webhook-ingest.ts [options]
  --rounds       interleaved throughput rounds over both servers (default 3)
  --duration     seconds of load per server per round (default 4)
  --connections  concurrent connections for throughput (default 50)
  --rate         webhooks per second for the latency run (default 1000)
  --rate-seconds seconds of the latency run (default 10)
  --pool         webhooks signed before each run (default 150000)
  --json         print one JSON document instead of tables`;

const options = parseOptions(
  USAGE,
  {
    duration: { type: 'string' },
    connections: { type: 'string' },
    rate: { type: 'string' },
    'rate-seconds': { type: 'string' },
    pool: { type: 'string' },
  },
  3,
);
const settings = {
  durationSeconds: positiveInteger(options.values, 'duration', 4),
  connections: positiveInteger(options.values, 'connections', 50),
  rate: positiveInteger(options.values, 'rate', 1000),
  rateSeconds: positiveInteger(options.values, 'rate-seconds', 10),
  pool: positiveInteger(options.values, 'pool', 150_000),
};
const report = new Report('webhook ingest', { rounds: options.rounds, ...settings }, options.json);

const servers = {
  'node:http': await startServer('node-http'),
  // The in-memory event store: no LiveKit call and no Redis on this path.
  gateway: await startServer(
    'gateway',
    gatewayEnv({ url: 'http://127.0.0.1:9', ...BENCH_WEBHOOK_KEY }),
  ),
};
type ServerName = keyof typeof servers;
const names = Object.keys(servers) as ServerName[];
const loader = await startChild(
  fileURLToPath(new URL('./workers/webhook-load.ts', import.meta.url)),
);
type RoundResult = LoadResult & { cpuMicrosPerRequest: number };

async function measure(name: ServerName, run: () => Promise<LoadResult>): Promise<RoundResult> {
  await loader.request('fill', { count: settings.pool, room: 'bench' });
  const before = await servers[name].stats();
  const result = await run();
  const after = await servers[name].stats();
  return { ...result, cpuMicrosPerRequest: (after.cpuMicros - before.cpuMicros) / result.total };
}

const throughput = (name: ServerName, seconds: number) =>
  measure(name, () =>
    loader.request<LoadResult>('throughput', {
      url: `${servers[name].url}/webhooks/livekit`,
      connections: settings.connections,
      durationSeconds: seconds,
    }),
  );
const fixedRate = (name: ServerName) =>
  measure(name, () =>
    loader.request<LoadResult>('fixedRate', {
      url: `${servers[name].url}/webhooks/livekit`,
      perSecond: settings.rate,
      durationSeconds: settings.rateSeconds,
    }),
  );

try {
  report.progress('warming up each server for 2 s');
  for (const name of names) {
    await throughput(name, 2);
  }
  const results = await interleave(
    options.rounds,
    names,
    (name) => throughput(name as ServerName, settings.durationSeconds),
    (name, round, result) =>
      report.progress(
        `round ${round + 1} ${name}: ${result.requestsPerSecond.toFixed(0)} req/s, ` +
          `p99 ${result.latency.p99} ms, ${result.cpuMicrosPerRequest.toFixed(1)} µs CPU/request, ` +
          `${result.failures} failures, ${result.signedDuringRun} signed during the run`,
      ),
  );
  const rounds = (name: ServerName) => results.get(name)!;
  report.table(
    `Throughput with ${settings.connections} connections, median over rounds`,
    ['server', 'req/s', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'failures', 'req/s each round'],
    names.map((name) => [
      name,
      median(rounds(name).map((r) => r.requestsPerSecond)),
      median(rounds(name).map((r) => r.latency.p50)),
      median(rounds(name).map((r) => r.latency.p99)),
      median(rounds(name).map((r) => r.cpuMicrosPerRequest)),
      rounds(name).reduce((sum, r) => sum + r.failures, 0),
      rounds(name)
        .map((r) => r.requestsPerSecond.toFixed(0))
        .join(', '),
    ]),
  );
  const ratio = median(
    rounds('gateway').map(
      (r, index) => r.requestsPerSecond / rounds('node:http')[index]!.requestsPerSecond,
    ),
  );
  report.ratio('gateway / node:http req/s', ratio, '≥ 0.35', ratio >= 0.35);

  report.progress(`fixed rate: ${settings.rate}/s for ${settings.rateSeconds} s each`);
  const fixed: [ServerName, RoundResult][] = [];
  for (const name of names) {
    const result = await fixedRate(name);
    report.progress(
      `${name} at ${settings.rate}/s: p50 ${result.latency.p50.toFixed(2)} ms, ` +
        `p99 ${result.latency.p99.toFixed(2)} ms, ${result.failures} failures`,
    );
    fixed.push([name, result]);
  }
  report.table(
    `Acknowledgement latency at ${settings.rate} webhooks/s for ${settings.rateSeconds} s`,
    ['server', 'sent', 'p50 ms', 'p99 ms', 'mean ms', 'server CPU µs/req', 'failures'],
    fixed.map(([name, r]) => [
      name,
      r.total,
      r.latency.p50,
      r.latency.p99,
      r.latency.mean,
      r.cpuMicrosPerRequest,
      r.failures,
    ]),
  );
  const gatewayP99 = fixed.find(([name]) => name === 'gateway')![1].latency.p99;
  report.ratio(`gateway ack p99 ms at ${settings.rate}/s`, gatewayP99, '≤ 10', gatewayP99 <= 10);
  report.note(
    'Every request is a participant_joined webhook of about 500 bytes with an unused event id, ' +
      'signed in the load process before the run; the gateway uses its in-memory event store.',
  );
} finally {
  await loader.stop();
  await Promise.all(Object.values(servers).map((server) => server.stop()));
}
report.print();
