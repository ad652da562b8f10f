// The fan-out floor: N graphql-transport-ws subscribers on a server that writes one
// pre-serialized frame to every socket, with no GraphQL execution. The gateway's `roomEvents`
// fan-out is measured against this figure with the same client side (lib/fanout.ts).
import { measureFanout, type FanoutResult, type FanoutTarget } from './lib/fanout.js';
import { nonNegativeInteger, parseOptions, positiveInteger } from './lib/options.js';
import { Report } from './lib/report.js';
import { interleave } from './lib/rounds.js';
import { startServer } from './lib/servers.js';
import { median } from './lib/stats.js';

const USAGE = `Usage: npx tsx bench/fanout-floor.ts [options]
  --rounds            rounds, each with fresh subscribers (default 3)
  --subscribers       subscribers per round (default 2000)
  --publishes         events per round, one after another (default 20)
  --warmup            events sent first and left out of the figures (default 2)
  --client-processes  processes sharing the subscribers (default 2)
  --json              print one JSON document instead of tables`;

const options = parseOptions(
  USAGE,
  {
    subscribers: { type: 'string' },
    publishes: { type: 'string' },
    warmup: { type: 'string' },
    'client-processes': { type: 'string' },
  },
  3,
);
const settings = {
  subscribers: positiveInteger(options.values, 'subscribers', 2000),
  publishes: positiveInteger(options.values, 'publishes', 20),
  warmupPublishes: nonNegativeInteger(options.values, 'warmup', 2),
  clientProcesses: positiveInteger(options.values, 'client-processes', 2),
};
const report = new Report('fan-out floor', { rounds: options.rounds, ...settings }, options.json);

const server = await startServer('fanout-floor');
const floor: FanoutTarget = {
  name: 'pre-serialized frame to every socket',
  url: server.url,
  payload: { query: 'subscription { roomEvents(room: "bench") { type } }' },
  trigger: async () => {
    await server.request<number>('publish');
  },
  stats: () => server.stats(),
  gc: () => server.gc(),
  waitForSubscribers: async (count) => {
    const deadline = Date.now() + 30_000;
    while ((await server.request<number>('subscribers')) < count) {
      if (Date.now() > deadline) {
        throw new Error(`fewer than ${count} subscriptions registered after 30 s`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  },
};

let results: Map<string, FanoutResult[]>;
try {
  results = await interleave(
    options.rounds,
    [floor.name],
    () => measureFanout(floor, settings),
    (name, round, result) =>
      report.progress(
        `round ${round + 1} ${name}: p50 ${result.latency.p50.toFixed(1)} ms, ` +
          `p99 ${result.latency.p99.toFixed(1)} ms, ` +
          `${result.cpuMicrosPerDelivery.toFixed(1)} µs CPU per delivery`,
      ),
  );
} finally {
  await server.stop();
}
const rounds = results.get(floor.name)!;
report.table(
  `${settings.subscribers} subscribers, median over rounds`,
  ['server', 'p50 ms', 'p99 ms', 'server CPU µs per delivery', 'RSS KB per subscriber'],
  [
    [
      floor.name,
      median(rounds.map((r) => r.latency.p50)),
      median(rounds.map((r) => r.latency.p99)),
      median(rounds.map((r) => r.cpuMicrosPerDelivery)),
      median(rounds.map((r) => r.rssBytesPerSubscriber / 1024)),
    ],
  ],
);
report.note(
  'Latency runs from the trigger (an IPC request to the server) to each receipt, on the ' +
    'wall clock of this machine, and includes the time subscriber processes take to read ' +
    'their sockets.',
);
report.print();
