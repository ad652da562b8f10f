// The Redis hop: two gateways share one Redis; subscribers sit on gateway B. Events posted to
// B reach them through Redis pub/sub on B's own connection; events posted to A cross from A's
// append script to B's subscription. A gateway on the in-memory store, with no Redis, is the
// reference for what the hop adds at all.
import { startRedis } from '../test/support/redis-process.js';
import { measureFanout, type FanoutResult } from './lib/fanout.js';
import { gatewayTarget, startFanoutGateway } from './lib/fanout-gateway.js';
import { nonNegativeInteger, parseOptions, positiveInteger } from './lib/options.js';
import { Report } from './lib/report.js';
import { interleave } from './lib/rounds.js';
import { median } from './lib/stats.js';

const USAGE = `Usage: npx tsx bench/fanout-redis.ts [options]
  --rounds            interleaved rounds (default 3)
  --subscribers       subscribers on gateway B (default 1000)
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
  subscribers: positiveInteger(options.values, 'subscribers', 1000),
  publishes: positiveInteger(options.values, 'publishes', 20),
  warmupPublishes: nonNegativeInteger(options.values, 'warmup', 2),
  clientProcesses: positiveInteger(options.values, 'client-processes', 2),
};
const report = new Report(
  'fan-out across instances over Redis',
  { rounds: options.rounds, ...settings },
  options.json,
);

const redis = await startRedis();
const memoryGateway = await startFanoutGateway();
const gatewayA = await startFanoutGateway({ REDIS_URL: redis.url });
const gatewayB = await startFanoutGateway({ REDIS_URL: redis.url });
const targets = [
  gatewayTarget('no Redis: one gateway, in-memory store', memoryGateway),
  gatewayTarget('Redis: posted to B, subscribers on B', gatewayB),
  gatewayTarget('Redis: posted to A, subscribers on B', gatewayB, gatewayA),
];

let results: Map<string, FanoutResult[]>;
try {
  results = await interleave(
    options.rounds,
    targets.map((target) => target.name),
    (name) =>
      measureFanout(
        targets.find((target) => target.name === name)!,
        settings,
      ),
    (name, round, result) =>
      report.progress(
        `round ${round + 1} ${name}: p50 ${result.latency.p50.toFixed(1)} ms, ` +
          `p99 ${result.latency.p99.toFixed(1)} ms`,
      ),
  );
} finally {
  await Promise.all([memoryGateway.stop(), gatewayA.stop(), gatewayB.stop()]);
  await redis.stop();
}
const rounds = (name: string) => results.get(name)!;
report.table(
  `${settings.subscribers} subscribers, median over rounds`,
  ['path', 'p50 ms', 'p99 ms', 'mean ms', 'p99 each round'],
  targets.map(({ name }) => [
    name,
    median(rounds(name).map((r) => r.latency.p50)),
    median(rounds(name).map((r) => r.latency.p99)),
    median(rounds(name).map((r) => r.latency.mean)),
    rounds(name)
      .map((r) => r.latency.p99.toFixed(1))
      .join(', '),
  ]),
);
const [memory, same, cross] = targets.map(({ name }) => rounds(name));
const extra = (a: FanoutResult[], b: FanoutResult[], field: 'p50' | 'p99') =>
  median(a.map((r, index) => r.latency[field] - b[index]!.latency[field]));
const crossP99 = extra(cross!, same!, 'p99');
report.ratio('other instance − same instance, p99 ms', crossP99, '≤ 20', crossP99 <= 20);
report.ratio(
  'other instance − same instance, p50 ms',
  extra(cross!, same!, 'p50'),
  'context',
  true,
);
const hopP99 = extra(cross!, memory!, 'p99');
report.ratio('other instance over Redis − no Redis, p99 ms', hopP99, '≤ 20', hopP99 <= 20);
report.ratio(
  'other instance over Redis − no Redis, p50 ms',
  extra(cross!, memory!, 'p50'),
  'context',
  true,
);
report.note(
  'Differences are per round, between runs seconds apart, then the median over rounds. Every ' +
    'path includes posting the webhook over HTTP; with Redis the webhook is also claimed and ' +
    'appended in Redis before the 200.',
);
report.print();
