import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print, type FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from './generated/index.js';
import { startLiveKitServer, type LiveKitServer } from './support/livekit-server.js';
import {
  graphqlRequest,
  SERVICE_KEY,
  startTestGateway,
  testEnv,
  type GraphQLResponse,
  type TestGateway,
} from './support/gateway.js';

const RoomNames = graphql(`
  query RoomNames {
    rooms {
      name
    }
  }
`);

const RoomTracks = graphql(`
  query RoomTracks {
    rooms {
      participants {
        tracks {
          sid
        }
      }
    }
  }
`);

function codes(response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) {
  return (response.errors ?? []).map((error) => error.extensions?.['code']);
}

function extensionsOf(response: GraphQLResponse<unknown>): Record<string, unknown> {
  return (response.errors?.[0]?.extensions ?? {}) as Record<string, unknown>;
}

/** Opens a graphql-ws client authenticated with the service key. */
function wsClient(gateway: TestGateway): Client {
  return createClient({
    url: `${gateway.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${SERVICE_KEY}` },
    retryAttempts: 0,
    lazy: false,
  });
}

/** Runs one operation over graphql-ws and returns its only result or its errors. */
function wsRequest(
  client: Client,
  payload: { query: string; extensions?: Record<string, unknown> },
): Promise<FormattedExecutionResult<Record<string, unknown>, unknown>> {
  return new Promise((resolve, reject) => {
    let result: FormattedExecutionResult<Record<string, unknown>, unknown> = {};
    client.subscribe(payload, {
      next: (value) => {
        result = value;
      },
      error: (error) => {
        if (Array.isArray(error)) {
          resolve({ errors: error });
        } else {
          reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
        }
      },
      complete: () => resolve(result),
    });
  });
}

describe('gateway protection', () => {
  let livekit: LiveKitServer;
  const gateways: TestGateway[] = [];

  async function gatewayWith(env: Record<string, string>): Promise<TestGateway> {
    const gateway = await startTestGateway(testEnv(livekit, env));
    gateways.push(gateway);
    return gateway;
  }

  beforeAll(async () => {
    livekit = await startLiveKitServer();
  });

  afterAll(async () => {
    for (const gateway of gateways) {
      await gateway.close();
    }
    await livekit?.stop();
  });

  describe('document limits', () => {
    let strict: TestGateway;

    beforeAll(async () => {
      strict = await gatewayWith({
        MAX_QUERY_DEPTH: '3',
        MAX_QUERY_COST: '20',
        MAX_QUERY_ALIASES: '2',
        MAX_QUERY_TOKENS: '120',
        MAX_BODY_BYTES: '4096',
      });
    });

    it('runs a document within every limit', async () => {
      const response = await graphqlRequest(strict.url, RoomNames);
      expect(response.errors).toBeUndefined();
      expect(response.status).toBe(200);
    });

    it('rejects a deep document with QUERY_TOO_COMPLEX', async () => {
      const response = await graphqlRequest(strict.url, RoomTracks);
      expect(codes(response)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(extensionsOf(response)['limit']).toBe('depth');
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
    });

    it('rejects a costly document with QUERY_TOO_COMPLEX', async () => {
      const fields = 'sid name metadata numParticipants numPublishers maxParticipants';
      const response = await graphqlRequest(
        strict.url,
        `{ rooms { ${fields} participants { ${'sid identity name metadata state'} } } }`,
      );
      expect(codes(response)).toContain('QUERY_TOO_COMPLEX');
      expect(
        response.errors?.map((error) => (error.extensions as Record<string, unknown>)['limit']),
      ).toContain('cost');
      expect(response.status).toBe(400);
    });

    it('rejects a document with many aliases', async () => {
      const response = await graphqlRequest(
        strict.url,
        '{ a: rooms { name } b: rooms { name } c: rooms { name } }',
      );
      expect(codes(response)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(extensionsOf(response)['limit']).toBe('aliases');
      expect(response.status).toBe(400);
    });

    it('rejects a document with many tokens', async () => {
      const response = await graphqlRequest(strict.url, `{ rooms { ${'name '.repeat(150)}} }`);
      expect(codes(response)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(extensionsOf(response)['limit']).toBe('tokens');
      expect(response.status).toBe(400);
    });

    it('serves a body just under the size limit', async () => {
      const query = `{ rooms { name } } # ${'x'.repeat(3900)}`;
      const response = await fetch(`${strict.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${SERVICE_KEY}` },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(200);
      const result = (await response.json()) as GraphQLResponse<{ rooms: unknown[] }>;
      expect(result.errors).toBeUndefined();
      expect(Array.isArray(result.data?.rooms)).toBe(true);
    });

    it('rejects an oversized body with HTTP 413', async () => {
      const body = JSON.stringify({ query: `{ rooms { name } } # ${'x'.repeat(5000)}` });
      const response = await fetch(`${strict.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${SERVICE_KEY}` },
        body,
      });
      expect(response.status).toBe(413);
      const result = (await response.json()) as GraphQLResponse<unknown>;
      expect(codes(result)).toEqual(['PAYLOAD_TOO_LARGE']);
    });

    it('rejects an oversized chunked body with HTTP 413', async () => {
      const chunk = new TextEncoder().encode(
        `{"query":"{ rooms { name } }", "x": "${'x'.repeat(3000)}`,
      );
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(chunk);
          controller.enqueue(chunk);
          controller.close();
        },
      });
      const response = await fetch(`${strict.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${SERVICE_KEY}` },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
    });

    it('applies the limits to graphql-ws operations', async () => {
      const client = wsClient(strict);
      try {
        const deep = await wsRequest(client, { query: print(RoomTracks) });
        expect(codes(deep)).toEqual(['QUERY_TOO_COMPLEX']);
        const tokens = await wsRequest(client, { query: `{ rooms { ${'name '.repeat(150)}} }` });
        expect(codes(tokens)).toEqual(['QUERY_TOO_COMPLEX']);
        const fine = await wsRequest(client, { query: print(RoomNames) });
        expect(fine.errors).toBeUndefined();
      } finally {
        await client.dispose();
      }
    });
  });

  describe('rate limit', () => {
    it('rejects a caller over its burst with RATE_LIMITED and HTTP 429', async () => {
      // A refill of one token per 1000 s keeps the bucket empty for the rest of the test.
      const limited = await gatewayWith({ RATE_LIMIT_PER_SECOND: '0.001', RATE_LIMIT_BURST: '3' });
      for (let attempt = 1; attempt <= 3; attempt++) {
        const response = await graphqlRequest(limited.url, RoomNames);
        expect(response.errors, `attempt ${attempt}`).toBeUndefined();
      }
      const response = await fetch(`${limited.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${SERVICE_KEY}` },
        body: JSON.stringify({ query: print(RoomNames) }),
      });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      const result = (await response.json()) as GraphQLResponse<unknown>;
      expect(codes(result)).toEqual(['RATE_LIMITED']);

      const client = wsClient(limited);
      try {
        const overWebSocket = await wsRequest(client, { query: print(RoomNames) });
        expect(codes(overWebSocket)).toEqual(['RATE_LIMITED']);
      } finally {
        await client.dispose();
      }
    });
  });

  describe('browser protection', () => {
    let plain: TestGateway;
    let withCors: TestGateway;

    beforeAll(async () => {
      plain = await gatewayWith({});
      withCors = await gatewayWith({ CORS_ORIGINS: 'https://app.example.com' });
    });

    it('sends no CORS headers by default', async () => {
      const response = await fetch(`${plain.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://app.example.com',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      // A preflight is not a GraphQL request, so it is not rejected for lacking the CSRF header.
      const body = await response.text();
      expect(body).not.toContain('CSRF_HEADER_REQUIRED');
      expect(response.status).toBe(405);
    });

    it('rejects other methods with 405, not the CSRF error', async () => {
      for (const method of ['DELETE', 'PATCH', 'PUT']) {
        const response = await fetch(`${plain.url}/graphql`, { method });
        const body = await response.text();
        expect(response.status, method).toBe(405);
        expect(body, method).not.toContain('CSRF_HEADER_REQUIRED');
      }
    });

    it('allows a configured origin in a preflight', async () => {
      const response = await fetch(`${withCors.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://app.example.com',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
      expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
      expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('allows no other origin', async () => {
      const response = await fetch(`${withCors.url}/graphql`, {
        method: 'POST',
        headers: {
          origin: 'https://evil.example.com',
          'content-type': 'application/json',
          authorization: `Bearer ${SERVICE_KEY}`,
        },
        body: JSON.stringify({ query: print(RoomNames) }),
      });
      expect(response.headers.get('access-control-allow-origin')).not.toBe(
        'https://evil.example.com',
      );
    });

    it('rejects a simple GET without the CSRF header', async () => {
      const query = encodeURIComponent(print(RoomNames));
      const response = await fetch(`${plain.url}/graphql?query=${query}`, {
        headers: { authorization: `Bearer ${SERVICE_KEY}`, accept: 'application/json' },
      });
      expect(response.status).toBe(403);
      const result = (await response.json()) as GraphQLResponse<unknown>;
      expect(codes(result)).toEqual(['CSRF_HEADER_REQUIRED']);
    });

    it('rejects a text/plain POST without the CSRF header', async () => {
      const response = await fetch(`${plain.url}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${SERVICE_KEY}`, 'content-type': 'text/plain' },
        body: JSON.stringify({ query: print(RoomNames) }),
      });
      expect(response.status).toBe(403);
    });

    it('runs a GET that carries the CSRF header', async () => {
      const query = encodeURIComponent(print(RoomNames));
      const response = await fetch(`${plain.url}/graphql?query=${query}`, {
        headers: {
          authorization: `Bearer ${SERVICE_KEY}`,
          accept: 'application/json',
          'x-graphql-yoga-csrf': '1',
        },
      });
      expect(response.status).toBe(200);
      const result = (await response.json()) as GraphQLResponse<{ rooms: unknown[] }>;
      expect(result.errors).toBeUndefined();
      expect(Array.isArray(result.data?.rooms)).toBe(true);
    });
  });

  describe('introspection', () => {
    const introspection = '{ __schema { queryType { name } } }';

    it('answers introspection when enabled', async () => {
      const open = await gatewayWith({ GRAPHQL_INTROSPECTION: 'true' });
      const response = await graphqlRequest<{ __schema: { queryType: { name: string } } }, never>(
        open.url,
        introspection,
      );
      expect(response.data?.__schema.queryType.name).toBe('Query');
    });

    it('rejects introspection with INTROSPECTION_DISABLED when off', async () => {
      const closed = await gatewayWith({ GRAPHQL_INTROSPECTION: 'false' });
      const response = await graphqlRequest(closed.url, introspection);
      expect(codes(response)).toEqual(['INTROSPECTION_DISABLED']);
      expect(response.data).toBeUndefined();

      const typeQuery = await graphqlRequest(closed.url, '{ __type(name: "Room") { name } }');
      expect(codes(typeQuery)).toEqual(['INTROSPECTION_DISABLED']);

      const client = wsClient(closed);
      try {
        const overWebSocket = await wsRequest(client, { query: introspection });
        expect(codes(overWebSocket)).toEqual(['INTROSPECTION_DISABLED']);
      } finally {
        await client.dispose();
      }
    });
  });

  describe('persisted operations only', () => {
    const document = print(RoomNames);
    const hash = createHash('sha256').update(document).digest('hex');
    let persisted: TestGateway;
    let manifestDir: string | undefined;

    function persistedBody(sha256Hash: string) {
      return JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
    }

    async function post(body: string): Promise<GraphQLResponse<{ rooms: unknown[] }>> {
      const response = await fetch(`${persisted.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${SERVICE_KEY}` },
        body,
      });
      return { ...((await response.json()) as object), status: response.status };
    }

    beforeAll(async () => {
      manifestDir = await mkdtemp(join(tmpdir(), 'gateway-persisted-'));
      const file = join(manifestDir, 'persisted-documents.json');
      await writeFile(file, JSON.stringify({ [hash]: document }));
      persisted = await gatewayWith({ PERSISTED_OPERATIONS_FILE: file });
    });

    afterAll(async () => {
      if (manifestDir !== undefined) {
        await rm(manifestDir, { recursive: true, force: true });
      }
    });

    it('runs a known document by its hash', async () => {
      const response = await post(persistedBody(hash));
      expect(response.errors).toBeUndefined();
      expect(Array.isArray(response.data?.rooms)).toBe(true);
    });

    it('rejects an unknown hash with PERSISTED_QUERY_NOT_FOUND', async () => {
      const response = await post(persistedBody('0'.repeat(64)));
      expect(codes(response)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(response.status).toBe(400);
    });

    it('rejects a free-form document with PERSISTED_QUERY_REQUIRED', async () => {
      const response = await post(JSON.stringify({ query: document }));
      expect(codes(response)).toEqual(['PERSISTED_QUERY_REQUIRED']);
      expect(response.status).toBe(400);
    });

    it('applies the manifest to graphql-ws operations', async () => {
      const client = wsClient(persisted);
      try {
        const known = await wsRequest(client, {
          query: '',
          extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
        });
        expect(known.errors).toBeUndefined();
        const unknown = await wsRequest(client, {
          query: '',
          extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
        });
        expect(codes(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
        const freeForm = await wsRequest(client, { query: document });
        expect(codes(freeForm)).toEqual(['PERSISTED_QUERY_REQUIRED']);
      } finally {
        await client.dispose();
      }
    });
  });
});
