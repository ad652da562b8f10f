// Breakdown of the gateway's per-request CPU on the query path. The same request is handled in
// this process with `yoga.fetch` by servers that add the gateway's layers one at a time. There
// is no HTTP, so no load generator competes for the cores. Reports CPU time per request.
import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { createSchema, createYoga } from 'graphql-yoga';
import { buildGateway, importBuilt } from './lib/built.js';
import { parseOptions, positiveInteger } from './lib/options.js';
import { Report } from './lib/report.js';
import { interleave } from './lib/rounds.js';
import { BENCH_SERVICE_KEY, gatewayEnv } from './lib/servers.js';
import { median } from './lib/stats.js';

const USAGE = `Usage: npx tsx bench/query-overhead.ts [--rounds 9] [--requests 2000] [--json]
  --rounds    interleaved rounds over the variants (default 9; the first is reported apart)
  --requests  sequential requests per variant and round (default 2000)
  --json      print one JSON document instead of tables`;

const QUERY = '{ rooms(names: []) { name } }';
const TYPE_DEFS = 'type Room { name: String! } type Query { rooms(names: [String!]): [Room!]! }';

const options = parseOptions(USAGE, { requests: { type: 'string' } }, 9);
const requests = positiveInteger(options.values, 'requests', 2000);

buildGateway();
const { serviceCaller } =
  await importBuilt<typeof import('../src/auth/caller.js')>('auth/caller.js');
const { loadConfig } = await importBuilt<typeof import('../src/config.js')>('config.js');
const { createGateway } = await importBuilt<typeof import('../src/gateway.js')>('gateway.js');
const { createLiveKitLoaders } =
  await importBuilt<typeof import('../src/livekit/loaders.js')>('livekit/loaders.js');
const { createLogger } = await importBuilt<typeof import('../src/logger.js')>('logger.js');
const { buildSchema } =
  await importBuilt<typeof import('../src/schema/index.js')>('schema/index.js');
const report = new Report(
  'query path CPU per request, in process',
  { rounds: options.rounds, requests, query: QUERY },
  options.json,
);

/** Builds a one-field Pothos schema with scope-auth, shaped like the gateway's `rooms` field. */
function pothosSchema() {
  const builder = new SchemaBuilder<{
    Context: { authenticated: boolean };
    AuthScopes: { authenticated: boolean };
  }>({
    plugins: [ScopeAuthPlugin],
    scopeAuth: { authScopes: (context) => ({ authenticated: context.authenticated }) },
  });
  const room = builder
    .objectRef<{ name: string }>('Room')
    .implement({ fields: (t) => ({ name: t.exposeString('name') }) });
  builder.queryType({
    fields: (t) => ({
      rooms: t.field({
        type: [room],
        args: { names: t.arg.stringList() },
        authScopes: { authenticated: true },
        resolve: async () => [],
      }),
    }),
  });
  return builder.toSchema();
}

const common = { logging: 'warn', landingPage: false, graphiql: false } as const;
const config = loadConfig({
  ...gatewayEnv({ url: 'http://127.0.0.1:9', apiKey: 'bench', apiSecret: 'unused-secret' }),
  HOST: '127.0.0.1',
});
const gateway = createGateway(config, { log: createLogger('warn') });
// The gateway turns yoga's body limit off (it limits bodies before yoga), so from the second row
// on every variant does too, and each row adds one layer to the row above it.
const variants: Record<string, { fetch(request: Request): Promise<Response> | Response }> = {
  'yoga, SDL schema, static resolver': createYoga({
    ...common,
    schema: createSchema({ typeDefs: TYPE_DEFS, resolvers: { Query: { rooms: () => [] } } }),
  }),
  'yoga, SDL schema, static resolver, body limit off': createYoga({
    ...common,
    maxRequestBodySize: false,
    schema: createSchema({ typeDefs: TYPE_DEFS, resolvers: { Query: { rooms: () => [] } } }),
  }),
  'yoga, SDL schema, async resolver': createYoga({
    ...common,
    maxRequestBodySize: false,
    ...common,
    schema: createSchema({ typeDefs: TYPE_DEFS, resolvers: { Query: { rooms: async () => [] } } }),
  }),
  'Pothos + scope-auth, one field, fixed context': createYoga({
    ...common,
    maxRequestBodySize: false,
    schema: pothosSchema(),
    context: () => ({ authenticated: true }),
  }),
  'gateway schema, fixed caller and loaders': createYoga({
    ...common,
    maxRequestBodySize: false,
    schema: buildSchema(),
    context: () => ({ caller: serviceCaller(), loaders: createLiveKitLoaders(gateway.livekit) }),
  }),
  'gateway (authentication, full context)': gateway.yoga,
};
const names = Object.keys(variants);
const body = JSON.stringify({ query: QUERY });

async function cpuPerRequest(name: string): Promise<number> {
  const server = variants[name]!;
  const before = process.cpuUsage();
  for (let index = 0; index < requests; index++) {
    const response = await server.fetch(
      new Request('http://127.0.0.1/graphql', {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${BENCH_SERVICE_KEY}`,
        },
      }),
    );
    const text = await response.text();
    if (index === 0 && text !== '{"data":{"rooms":[]}}') {
      throw new Error(`${name} returned ${text}`);
    }
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / requests;
}

const results = await interleave(options.rounds, names, cpuPerRequest, (name, round, value) =>
  report.progress(`round ${round + 1} ${name}: ${value.toFixed(0)} µs`),
);
// The first round includes JIT warm-up, so the median is taken over the others when there are.
const steady = (name: string) => {
  const rounds = results.get(name)!;
  return rounds.length > 1 ? rounds.slice(1) : rounds;
};
const baseline = median(steady(names[0]!));
report.table(
  'CPU time per request (µs), median over rounds after the first',
  ['variant', 'µs', 'added to the previous row', '× first row'],
  names.map((name, index) => {
    const value = median(steady(name));
    const previous = index === 0 ? value : median(steady(names[index - 1]!));
    return [name, value, value - previous, value / baseline];
  }),
);
const last = names[names.length - 1]!;
const ratio = median(steady(last).map((value, index) => steady(names[0]!)[index]! / value));
report.ratio('yoga / gateway CPU per request', ratio, '≥ 0.85', ratio >= 0.85);
await gateway.close();
report.print();
