// Query path throughput: the gateway against plain graphql-yoga serving the same query shape,
// with bare node:http as the floor and yoga without its body limit for context. Each server runs in its own process and autocannon in
// another; the servers are loaded in turn over interleaved rounds and medians are reported.
import { runHttpLoad, type HttpLoadResult } from './lib/http-load.js';
import { parseOptions, positiveInteger } from './lib/options.js';
import { Report } from './lib/report.js';
import { interleave } from './lib/rounds.js';
import { BENCH_SERVICE_KEY, gatewayEnv, postGraphQL, startServer } from './lib/servers.js';
import { median } from './lib/stats.js';

const USAGE = `Usage: npx tsx bench/query.ts [--rounds 3] [--duration 4] [--connections 50] [--json]
  --rounds       interleaved rounds over the four servers (default 3)
  --duration     seconds of load per server per round (default 4)
  --connections  concurrent autocannon connections (default 50)
  --json         print one JSON document instead of tables`;

// `names: []` passes authentication, the context factory, scope checks and the loaders but
// makes no LiveKit call, so the figure isolates the gateway's own per-request work.
const QUERY = '{ rooms(names: []) { name } }';
const EXPECTED = JSON.stringify({ data: { rooms: [] } });

const options = parseOptions(
  USAGE,
  { duration: { type: 'string' }, connections: { type: 'string' } },
  3,
);
const durationSeconds = positiveInteger(options.values, 'duration', 4);
const connections = positiveInteger(options.values, 'connections', 50);
const report = new Report(
  'query path',
  { rounds: options.rounds, durationSeconds, connections, query: QUERY },
  options.json,
);

const servers = {
  'node:http': await startServer('node-http'),
  yoga: await startServer('yoga'),
  // The gateway turns yoga's body limit off and limits bodies before yoga instead, which saves
  // a stream per request. This row shows what the gateway costs over yoga set up the same way.
  'yoga, body limit off': await startServer('yoga', { YOGA_BODY_LIMIT: 'off' }),
  // No request reaches LiveKit, so the URL only has to parse.
  gateway: await startServer(
    'gateway',
    gatewayEnv({ url: 'http://127.0.0.1:9', apiKey: 'bench', apiSecret: 'unused-secret' }),
  ),
};
type ServerName = keyof typeof servers;
/** One autocannon run plus the server's CPU time per request during it. */
type RoundResult = HttpLoadResult & { cpuMicrosPerRequest: number };
const names = Object.keys(servers) as ServerName[];

try {
  for (const name of names) {
    const body = JSON.stringify(await postGraphQL(servers[name].url, QUERY));
    if (body !== EXPECTED) {
      throw new Error(`${name} returned ${body}, expected ${EXPECTED}`);
    }
  }

  const load = async (name: ServerName, seconds: number): Promise<RoundResult> => {
    const before = await servers[name].stats();
    const result = await runHttpLoad({
      url: `${servers[name].url}/graphql`,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${BENCH_SERVICE_KEY}`,
      },
      body: JSON.stringify({ query: QUERY }),
      connections,
      durationSeconds: seconds,
    });
    const after = await servers[name].stats();
    return { ...result, cpuMicrosPerRequest: (after.cpuMicros - before.cpuMicros) / result.total };
  };

  report.progress('warming up each server for 2 s');
  for (const name of names) {
    await load(name, 2);
  }

  const results = await interleave(
    options.rounds,
    names,
    (name) => load(name as ServerName, durationSeconds),
    (name, round, result) =>
      report.progress(
        `round ${round + 1} ${name}: ${result.requestsPerSecond.toFixed(0)} req/s, ` +
          `p99 ${result.p99} ms, ${result.cpuMicrosPerRequest.toFixed(0)} µs CPU/request, ` +
          `${result.failures} failures`,
      ),
  );
  const rounds = (name: ServerName) => results.get(name)!;
  const medianRate = (name: ServerName) => median(rounds(name).map((r) => r.requestsPerSecond));

  report.table(
    'Throughput, median over rounds',
    ['server', 'req/s', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'failures', 'req/s each round'],
    names.map((name) => [
      name,
      medianRate(name),
      median(rounds(name).map((r) => r.p50)),
      median(rounds(name).map((r) => r.p99)),
      median(rounds(name).map((r) => r.cpuMicrosPerRequest)),
      rounds(name).reduce((sum, r) => sum + r.failures, 0),
      rounds(name)
        .map((r) => r.requestsPerSecond.toFixed(0))
        .join(', '),
    ]),
  );

  // Each round's ratio compares runs made seconds apart, so the median of per-round ratios
  // is steadier than the ratio of medians when the machine's load drifts.
  const roundRatio = (
    candidate: ServerName,
    baseline: ServerName,
    field: (result: RoundResult) => number = (result) => result.requestsPerSecond,
  ) =>
    median(
      rounds(candidate).map((result, index) => field(result) / field(rounds(baseline)[index]!)),
    );
  const gatewayToYoga = roundRatio('gateway', 'yoga');
  report.ratio('gateway / yoga req/s', gatewayToYoga, '≥ 0.85', gatewayToYoga >= 0.85);
  // The inverse of the CPU cost ratio: what throughput would be if each process had the
  // cores to itself, which the load from other processes on a shared machine can distort.
  const cpuRatio = roundRatio('yoga', 'gateway', (result) => result.cpuMicrosPerRequest);
  report.ratio('yoga / gateway CPU per request', cpuRatio, '≥ 0.85', cpuRatio >= 0.85);
  const leanYoga = roundRatio('gateway', 'yoga, body limit off');
  report.ratio('gateway / yoga with body limit off, req/s', leanYoga, 'context', true);
  const leanCpu = roundRatio('yoga, body limit off', 'gateway', (r) => r.cpuMicrosPerRequest);
  report.ratio('yoga with body limit off / gateway CPU per request', leanCpu, 'context', true);
  report.ratio('yoga / node:http req/s', roundRatio('yoga', 'node:http'), 'context', true);
  report.ratio('gateway / node:http req/s', roundRatio('gateway', 'node:http'), 'context', true);
} finally {
  await Promise.all(Object.values(servers).map((server) => server.stop()));
}
report.print();
