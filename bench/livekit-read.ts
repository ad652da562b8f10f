// LiveKit read path: `room(name) { participants }` through the gateway against the same two
// calls made directly with livekit-server-sdk, on one real livekit-server with one real
// participant joined. The gateway runs in its own process and the clients in another. A second
// part runs a gateway in this process to count the LiveKit calls that N concurrent identical
// requests cause.
import { fileURLToPath } from 'node:url';
import { createLiveKitClient } from '../src/livekit/client.js';
import { coalesceReads } from '../src/livekit/coalesce.js';
import { loadConfig } from '../src/config.js';
import { createGateway } from '../src/gateway.js';
import { createLogger } from '../src/logger.js';
import { listen } from '../src/server.js';
import { startChild } from './lib/child.js';
import { startRoomWithParticipant } from './lib/livekit.js';
import { integerList, parseOptions, positiveInteger } from './lib/options.js';
import { Report } from './lib/report.js';
import { interleave } from './lib/rounds.js';
import { BurstClient } from './lib/burst.js';
import { BENCH_SERVICE_KEY, gatewayEnv, startServer } from './lib/servers.js';
import { median, summarize } from './lib/stats.js';
import type { ReadRequest } from './workers/livekit-read-client.js';

const USAGE = `Usage: npx tsx bench/livekit-read.ts [options]
  --rounds       interleaved rounds (default 5)
  --requests     reads per target, mode and round (default 300)
  --concurrency  reads in flight in the concurrent mode (default 16)
  --fan-in       comma-separated N for the upstream call count (default 1,10,100)
  --json         print one JSON document instead of tables`;

const ROOM = 'bench-read';
const QUERY = 'query ($name: String!) { room(name: $name) { name participants { identity } } }';

const options = parseOptions(
  USAGE,
  { requests: { type: 'string' }, concurrency: { type: 'string' }, 'fan-in': { type: 'string' } },
  5,
);
const requests = positiveInteger(options.values, 'requests', 300);
const concurrency = positiveInteger(options.values, 'concurrency', 16);
const fanIn = integerList(options.values, 'fan-in', [1, 10, 100]);
const report = new Report(
  'LiveKit read path',
  { rounds: options.rounds, requests, concurrency, fanIn, query: QUERY },
  options.json,
);

report.progress('starting livekit-server and joining a participant');
const fixture = await startRoomWithParticipant(ROOM);
const livekitEnv = {
  url: fixture.livekit.httpUrl,
  apiKey: fixture.livekit.apiKey,
  apiSecret: fixture.livekit.apiSecret,
};
const gateway = await startServer('gateway', gatewayEnv(livekitEnv));
const client = await startChild(
  fileURLToPath(new URL('./workers/livekit-read-client.ts', import.meta.url)),
  {
    env: {
      BENCH_ROOM: ROOM,
      BENCH_GATEWAY_URL: gateway.url,
      BENCH_LIVEKIT_URL: livekitEnv.url,
      BENCH_LIVEKIT_API_KEY: livekitEnv.apiKey,
      BENCH_LIVEKIT_API_SECRET: livekitEnv.apiSecret,
    },
  },
);

try {
  const modes = [
    { name: 'sequential', concurrency: 1 },
    { name: `${concurrency} in flight`, concurrency },
  ];
  const targets = ['sdk', 'sdk-parallel', 'gateway', 'gateway-no-livekit'] as const;
  const targetNames = {
    sdk: 'livekit-server-sdk, ListRooms then ListParticipants',
    'sdk-parallel': 'livekit-server-sdk, both calls at once',
    gateway: 'gateway',
    'gateway-no-livekit': 'gateway, rooms(names: []) with no LiveKit call',
  };
  const candidates = modes.flatMap((mode) => targets.map((target) => `${target}|${mode.name}`));
  const measure = (candidate: string, count: number) => {
    const [target, modeName] = candidate.split('|') as [ReadRequest['target'], string];
    const mode = modes.find((entry) => entry.name === modeName)!;
    const request: ReadRequest = { target, count, concurrency: mode.concurrency };
    return client.request<number[]>('measure', request);
  };

  report.progress('warming up');
  for (const candidate of candidates) {
    await measure(candidate, 50);
  }
  const results = await interleave(
    options.rounds,
    candidates,
    async (candidate) => summarize(await measure(candidate, requests)),
    (candidate, round, result) =>
      report.progress(
        `round ${round + 1} ${candidate}: p50 ${result.p50.toFixed(2)} ms, ` +
          `p99 ${result.p99.toFixed(2)} ms`,
      ),
  );

  const rows = candidates.map((candidate) => {
    const rounds = results.get(candidate)!;
    const [target, mode] = candidate.split('|');
    return [
      mode!,
      targetNames[target as keyof typeof targetNames],
      median(rounds.map((r) => r.p50)),
      median(rounds.map((r) => r.p99)),
      median(rounds.map((r) => r.mean)),
    ];
  });
  report.table(
    'Latency of one read (ms), median over rounds',
    ['mode', 'target', 'p50', 'p99', 'mean'],
    rows,
  );
  for (const mode of modes) {
    const sdk = results.get(`sdk|${mode.name}`)!;
    const sdkParallel = results.get(`sdk-parallel|${mode.name}`)!;
    const viaGateway = results.get(`gateway|${mode.name}`)!;
    for (const field of ['p50', 'p99'] as const) {
      const ratio = median(viaGateway.map((result, index) => result[field] / sdk[index]![field]));
      report.ratio(`gateway / sdk ${field}, ${mode.name}`, ratio, '≤ 1.2', ratio <= 1.2);
    }
    const parallelRatio = median(
      viaGateway.map((result, index) => result.p50 / sdkParallel[index]!.p50),
    );
    report.ratio(`gateway / sdk both at once p50, ${mode.name}`, parallelRatio, 'context', true);
    const added = median(viaGateway.map((result, index) => result.p50 - sdk[index]!.p50));
    report.table(
      `Latency the gateway adds, ${mode.name} (ms)`,
      ['p50 gateway − p50 sdk'],
      [[added]],
    );
  }
  report.note(
    `In the ${concurrency}-in-flight mode every request reads the same room, so the gateway ` +
      'shares in-flight LiveKit calls between them while the direct client does not.',
  );

  report.progress('counting upstream calls for concurrent identical requests');
  report.table(
    'LiveKit calls for N concurrent identical room(name) { participants } requests',
    ['N', 'ListRooms', 'ListParticipants', 'calls per request', 'each round'],
    await countUpstreamCalls(fanIn, options.rounds),
  );
} finally {
  await client.stop();
  await gateway.stop();
  await fixture.stop();
}
report.print();
// @livekit/rtc-node keeps native handles open after the participant disconnects.
process.exit(0);

/**
 * Runs a gateway in this process whose LiveKit client counts its calls, sends N identical
 * requests at once for each N, and returns one table row per N with the median counts.
 */
async function countUpstreamCalls(sizes: number[], rounds: number) {
  const calls: string[] = [];
  const config = loadConfig({ ...gatewayEnv(livekitEnv), HOST: '127.0.0.1' });
  const livekit = coalesceReads(
    createLiveKitClient({
      apiUrl: config.livekit.apiUrl,
      apiKey: config.livekit.apiKey,
      apiSecret: config.livekit.apiSecret,
      timeoutMs: config.livekit.timeoutMs,
      onCall: (method) => calls.push(method),
    }),
  );
  const inProcess = createGateway(config, { livekit, log: createLogger('warn') });
  const running = await listen(inProcess, 0, '127.0.0.1');
  try {
    const rows = [];
    const body = JSON.stringify({ query: QUERY, variables: { name: ROOM } });
    const headers = {
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${BENCH_SERVICE_KEY}`,
    };
    for (const size of sizes) {
      const burst = await BurstClient.open(running.url, size);
      const send = async () => {
        const statuses = await burst.post('/graphql', body, headers);
        if (statuses.some((status) => status !== 200)) {
          throw new Error(`a burst request failed: ${statuses.join(', ')}`);
        }
      };
      await send();
      const perRound: { rooms: number; participants: number }[] = [];
      for (let round = 0; round < rounds; round++) {
        calls.length = 0;
        await send();
        perRound.push({
          rooms: calls.filter((method) => method === 'ListRooms').length,
          participants: calls.filter((method) => method === 'ListParticipants').length,
        });
      }
      const rooms = median(perRound.map((r) => r.rooms));
      const participants = median(perRound.map((r) => r.participants));
      rows.push([
        size,
        rooms,
        participants,
        (rooms + participants) / size,
        perRound.map((r) => `${r.rooms}+${r.participants}`).join(', '),
      ]);
      burst.close();
    }
    return rows;
  } finally {
    await running.close();
  }
}
