import { Writable } from 'node:stream';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { loadConfig, type GatewayConfig } from '../../src/config.js';
import { createGateway, type Gateway, type GatewayDeps } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { listen, type RunningServer } from '../../src/server.js';
import type { LiveKitServer } from './livekit-server.js';

export const SERVICE_KEY = 'test-service-key-0123456789';

export interface TestGateway {
  gateway: Gateway;
  server: RunningServer;
  url: string;
  /** Every log line the gateway wrote, as parsed JSON. */
  logs: Record<string, unknown>[];
  /** Raw log output, to check that no secret was written. */
  rawLogs(): string;
  close(): Promise<void>;
}

/** Environment for a gateway in front of `livekit`; `env` entries override the defaults. */
export function testEnv(
  livekit: Pick<LiveKitServer, 'wsUrl' | 'apiKey' | 'apiSecret'>,
  env: Record<string, string> = {},
): Record<string, string> {
  return {
    LIVEKIT_URL: livekit.wsUrl,
    LIVEKIT_API_KEY: livekit.apiKey,
    LIVEKIT_API_SECRET: livekit.apiSecret,
    GATEWAY_SERVICE_KEYS: SERVICE_KEY,
    LIVEKIT_TIMEOUT_MS: '2000',
    LOG_LEVEL: 'debug',
    ...env,
  };
}

/** Starts a gateway on a free loopback port, logging into memory. */
export async function startTestGateway(
  env: Record<string, string>,
  deps: GatewayDeps = {},
  port = 0,
): Promise<TestGateway> {
  const config: GatewayConfig = loadConfig({ ...env, HOST: '127.0.0.1' });
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  const log = createLogger(config.logLevel, sink);
  const gateway = createGateway(config, { log, ...deps });
  const server = await listen(gateway, port, '127.0.0.1');
  const rawLogs = () => chunks.join('');
  return {
    gateway,
    server,
    url: server.url,
    get logs() {
      return rawLogs()
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    rawLogs,
    close: () => server.close(),
  };
}

export interface GraphQLResponse<T> extends ExecutionResult<T> {
  status: number;
}

/** Sends one GraphQL operation over HTTP POST with `token` as the bearer credential. */
export async function graphqlRequest<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables> | string,
  variables?: TVariables,
  token: string | null = SERVICE_KEY,
): Promise<GraphQLResponse<TResult>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json',
  };
  if (token !== null) {
    headers['authorization'] = `Bearer ${token}`;
  }
  const query = typeof document === 'string' ? document : print(document);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as ExecutionResult<TResult>;
  return { ...body, status: response.status };
}
