import { fileURLToPath } from 'node:url';
import { buildGateway } from './built.js';
import { startChild, type ChildHandle } from './child.js';

/** Service key the benchmark gateways accept. */
export const BENCH_SERVICE_KEY = 'bench-service-key-0123456789';

/** Path of a server script under `bench/servers/`. */
export function serverScript(name: string): string {
  return fileURLToPath(new URL(`../servers/${name}.ts`, import.meta.url));
}

/** Environment for a gateway process in front of the LiveKit server at `livekitUrl`. */
export function gatewayEnv(livekit: {
  url: string;
  apiKey: string;
  apiSecret: string;
}): Record<string, string> {
  return {
    LIVEKIT_URL: livekit.url,
    LIVEKIT_API_KEY: livekit.apiKey,
    LIVEKIT_API_SECRET: livekit.apiSecret,
    GATEWAY_SERVICE_KEYS: BENCH_SERVICE_KEY,
    LIVEKIT_TIMEOUT_MS: '5000',
    LOG_LEVEL: 'warn',
    GRAPHIQL: 'false',
    // One caller sends every benchmark request. The limiter still runs, but it never rejects.
    RATE_LIMIT_PER_SECOND: '1000000000',
    RATE_LIMIT_BURST: '1000000000',
  };
}

/** Starts `bench/servers/<name>.ts` in its own process; `ready.url` is its base URL. */
export async function startServer(
  name: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ChildHandle & { url: string }> {
  if (name.startsWith('gateway')) {
    buildGateway();
  }
  const child = await startChild(serverScript(name), { env, nodeArgs });
  return Object.assign(child, { url: String(child.ready['url']) });
}

/** Posts one GraphQL operation and returns the parsed body, failing on a non-200 status. */
export async function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token: string = BENCH_SERVICE_KEY,
): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body: unknown = await response.json();
  if (response.status !== 200) {
    throw new Error(`${url}/graphql returned ${response.status}: ${JSON.stringify(body)}`);
  }
  return body;
}
