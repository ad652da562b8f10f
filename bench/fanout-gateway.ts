// Fan-out through the gateway: graphql-transport-ws subscribers of `roomEvents` on one room,
// all with the same operation and service key, against the pre-serialized floor server in the
// same run. A signed webhook posted to the gateway triggers each event.
import { measureFanout, type FanoutResult, type FanoutTarget } from './lib/fanout.js';
import { gatewayTarget, startFanoutGateway } from './lib/fanout-gateway.js';
import { integerList, nonNegativeInteger, parseOptions, positiveInteger } from './lib/options.js';
import { Report } from './lib/report.js';
import { interleave } from './lib/rounds.js';
import type { ChildHandle } from './lib/child.js';
import { startServer } from './lib/servers.js';
import { median } from './lib/stats.js';

const USAGE = `Usage: npx tsx bench/fanout-gateway.ts [options]
  --rounds            rounds per subscriber count, floor and gateway interleaved (default 3)
  --subscribers       comma-separated subscriber counts (default 2000,10000)
  --publishes         events per round, one after another (default 20)
  --warmup            events sent first and left out of the figures (default 2)
  --client-processes  processes sharing the subscribers (default 4)
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
const counts = integerList(options.values, 'subscribers', [2000, 10_000]);
const publishes = positiveInteger(options.values, 'publishes', 20);
const warmupPublishes = nonNegativeInteger(options.values, 'warmup', 2);
const clientProcesses = positiveInteger(options.values, 'client-processes', 4);
const report = new Report(
  'fan-out through the gateway',
  { rounds: options.rounds, subscribers: counts, publishes, warmupPublishes, clientProcesses },
  options.json,
);

interface RoundResult extends FanoutResult {
  /** Heap growth after the subscribers left and a full GC, against before they came, in KB. */
  heapKbAfter: number;
  rssKbAfter: number;
  /** Shared executions per published event; 1 when every subscriber shares one. */
  executionsPerEvent: number | null;
}

const floorServer = await startServer('fanout-floor');
const gateway = await startFanoutGateway();

const floor: FanoutTarget = {
  name: 'floor: pre-serialized frame',
  url: floorServer.url,
  payload: { query: 'subscription { roomEvents(room: "bench") { type } }' },
  trigger: async () => {
    await floorServer.request<number>('publish');
  },
  stats: () => floorServer.stats(),
  gc: () => floorServer.gc(),
  waitForSubscribers: (count) => waitFor(floorServer, 'subscribers', undefined, count),
};
const candidate = gatewayTarget('gateway roomEvents', gateway);
const targets = new Map<string, [FanoutTarget, ChildHandle]>([
  [floor.name, [floor, floorServer]],
  [candidate.name, [candidate, gateway]],
]);

async function waitFor(
  server: ChildHandle,
  request: string,
  payload: unknown,
  count: number,
): Promise<void> {
  const deadline = Date.now() + 120_000;
  while ((await server.request<number>(request, payload)) !== count) {
    if (Date.now() > deadline) {
      throw new Error(`${request} did not reach ${count} within 120 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Returns the median p99 of the first event to new sockets, or '–' without warm-up events. */
function firstEventP99(rounds: RoundResult[]): number | string {
  const values = rounds.flatMap((r) => (r.firstEventLatency ? [r.firstEventLatency.p99] : []));
  return values.length > 0 ? median(values) : '–';
}

async function round(name: string, subscribers: number): Promise<RoundResult> {
  const [target, server] = targets.get(name)!;
  const isGateway = server === gateway;
  await server.gc();
  const before = await server.stats();
  const executionsBefore = isGateway ? await gateway.request<number>('executions') : 0;
  const result = await measureFanout(target, {
    subscribers,
    publishes,
    warmupPublishes,
    clientProcesses,
  });
  const executions = isGateway
    ? (await gateway.request<number>('executions')) - executionsBefore
    : 0;
  if (isGateway) {
    await waitFor(gateway, 'subscribers', 'bench', 0);
  } else {
    await waitFor(floorServer, 'subscribers', undefined, 0);
  }
  await server.gc();
  const after = await server.stats();
  return {
    ...result,
    heapKbAfter: (after.heapUsedBytes - before.heapUsedBytes) / 1024,
    rssKbAfter: (after.rssBytes - before.rssBytes) / 1024,
    executionsPerEvent: isGateway ? executions / (publishes + warmupPublishes) : null,
  };
}

try {
  for (const subscribers of counts) {
    const results = await interleave(
      options.rounds,
      [...targets.keys()],
      (name) => round(name, subscribers),
      (name, index, result) =>
        report.progress(
          `${subscribers} round ${index + 1} ${name}: p50 ${result.latency.p50.toFixed(1)} ms, ` +
            `p99 ${result.latency.p99.toFixed(1)} ms, ` +
            `${result.cpuMicrosPerDelivery.toFixed(1)} µs CPU per delivery, ` +
            `${(result.rssBytesPerSubscriber / 1024).toFixed(1)} KB RSS per subscriber, ` +
            `heap after ${result.heapKbAfter.toFixed(0)} KB`,
        ),
    );
    const rows = [...targets.keys()].map((name) => {
      const rounds = results.get(name)!;
      return [
        name,
        median(rounds.map((r) => r.latency.p50)),
        median(rounds.map((r) => r.latency.p99)),
        firstEventP99(rounds),
        median(rounds.map((r) => r.cpuMicrosPerDelivery)),
        median(rounds.map((r) => r.rssBytesPerSubscriber / 1024)),
        median(rounds.map((r) => r.heapKbAfter)),
        median(rounds.map((r) => r.rssKbAfter)),
        rounds[0]!.executionsPerEvent === null
          ? '–'
          : median(rounds.map((r) => r.executionsPerEvent!)),
      ];
    });
    report.table(
      `${subscribers} subscribers, ${publishes} events per round, median over ${options.rounds} rounds`,
      [
        'server',
        'p50 ms',
        'p99 ms',
        'first event p99 ms',
        'server CPU µs per delivery',
        'RSS KB per subscriber',
        'heap KB after, vs before',
        'RSS KB after, vs before',
        'executions per event',
      ],
      rows,
    );
    const floorRounds = results.get(floor.name)!;
    const gatewayRounds = results.get(candidate.name)!;
    const cpuRatio = median(
      gatewayRounds.map((r, i) => r.cpuMicrosPerDelivery / floorRounds[i]!.cpuMicrosPerDelivery),
    );
    report.ratio(
      `${subscribers}: gateway / floor CPU per delivery`,
      cpuRatio,
      '≤ 2',
      cpuRatio <= 2,
    );
    const p99 = median(gatewayRounds.map((r) => r.latency.p99));
    if (subscribers >= 10_000) {
      report.ratio(`${subscribers}: gateway p99 ms`, p99, '≤ 250', p99 <= 250);
    }
    const rss = median(gatewayRounds.map((r) => r.rssBytesPerSubscriber / 1024));
    report.ratio(`${subscribers}: gateway RSS KB per idle subscriber`, rss, '≤ 32', rss <= 32);
  }
  report.note(
    `Latency runs from the trigger to each receipt on this machine’s wall clock, over the events after ` +
      `${warmupPublishes} warm-up events; "first event" is the first warm-up event. The floor is ` +
      'triggered over IPC; the gateway by posting a signed webhook, which it verifies, logs and ' +
      'acknowledges before the fan-out. Memory after is measured once every subscriber has ' +
      'disconnected, after a full GC, against the same process before the round.',
  );
} finally {
  await Promise.all([floorServer.stop(), gateway.stop()]);
}
report.print();
