import { request as httpRequest } from 'node:http';
import { print, type GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ERROR_CODES } from '../src/errors.js';
import { graphql } from './generated/index.js';
import {
  graphqlRequest,
  SERVICE_KEY,
  startTestGateway,
  testEnv,
  type TestGateway,
} from './support/gateway.js';
import { startLiveKitServer, type LiveKitServer } from './support/livekit-server.js';
import { joinRoom, joinToken, type TestParticipant } from './support/participant.js';

const ErrorsUpdateParticipant = graphql(`
  mutation ErrorsUpdateParticipant($input: UpdateParticipantInput!) {
    updateParticipant(input: $input) {
      identity
    }
  }
`);

const ErrorsCreateRoom = graphql(`
  mutation ErrorsCreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      name
    }
  }
`);

const ErrorsRoomNames = graphql(`
  query ErrorsRoomNames($names: [String!]) {
    rooms(names: $names) {
      name
    }
  }
`);

const WRONG_TYPE_QUERY = 'query ($name: String!) { room(name: $name) { name } }';

interface ErrorBody {
  errors?: GraphQLFormattedError[];
}

interface RawResponse {
  status: number;
  contentType: string | null;
  text: string;
  body: ErrorBody;
}

/** POSTs `body` to `/graphql` as it is, with the service key unless `headers` replace it. */
async function post(
  gateway: TestGateway,
  body: string,
  headers: Record<string, string> = {},
  method = 'POST',
): Promise<RawResponse> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method,
    headers: {
      authorization: `Bearer ${SERVICE_KEY}`,
      'content-type': 'application/json',
      ...headers,
    },
    ...(method === 'GET' ? {} : { body }),
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text,
    body: (text === '' ? {} : JSON.parse(text)) as ErrorBody,
  };
}

function codesOf(body: ErrorBody): unknown[] {
  return (body.errors ?? []).map((error) => error.extensions?.['code']);
}

/** Checks that every error carries one known code and nothing meant for the server. */
function expectClientErrors(label: string, body: ErrorBody): void {
  expect(body.errors?.length, label).toBeGreaterThan(0);
  for (const error of body.errors ?? []) {
    expect(Object.keys(ERROR_CODES), label).toContain(error.extensions?.['code']);
    expect(error.extensions, label).not.toHaveProperty('originalError');
    expect(error.extensions, label).not.toHaveProperty('stack');
    expect(error.extensions, label).not.toHaveProperty('http');
  }
}

/** Sends one POST with an `authorization` header of `size` bytes through `node:http`. */
function requestWithLargeHeader(
  url: string,
  size: number,
): Promise<{ status: number; contentType: string | undefined; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${url}/graphql`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${'a'.repeat(size)}`,
          'content-type': 'application/json',
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: response.headers['content-type'],
            text,
          }),
        );
      },
    );
    request.on('error', reject);
    request.end('{"query":"{ viewer { credential } }"}');
  });
}

/** Runs one operation over graphql-ws and returns the errors it ended with, or its result's. */
function wsErrors(
  client: Client,
  payload: { query: string; operationName?: string; variables?: Record<string, unknown> },
): Promise<readonly GraphQLFormattedError[]> {
  return new Promise((resolve, reject) => {
    let errors: readonly GraphQLFormattedError[] = [];
    client.subscribe(payload, {
      next: (result) => {
        errors = result.errors ?? [];
      },
      error: (error) => {
        if (Array.isArray(error)) {
          resolve(error as GraphQLFormattedError[]);
        } else {
          reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
        }
      },
      complete: () => resolve(errors),
    });
  });
}

describe('error responses', () => {
  let livekit: LiveKitServer;
  let gateway: TestGateway;
  let client: Client;
  let alice: TestParticipant | undefined;
  const roomName = `errors-${Date.now()}`;

  beforeAll(async () => {
    livekit = await startLiveKitServer();
    gateway = await startTestGateway(testEnv(livekit));
    client = createClient({
      url: `${gateway.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${SERVICE_KEY}` },
      retryAttempts: 0,
    });
  });

  afterAll(async () => {
    await client?.dispose();
    await alice?.disconnect();
    await gateway?.close();
    await livekit?.stop();
  });

  describe('over HTTP', () => {
    it('rejects invalid JSON without echoing the body', async () => {
      const filler = 'x'.repeat(500 * 1024);
      for (const accept of [null, 'application/json', 'application/graphql-response+json']) {
        const label = `Accept: ${accept}`;
        const response = await post(
          gateway,
          `{"query": "${filler}`,
          accept === null ? {} : { accept },
        );
        expect(response.status, label).toBe(400);
        expect(response.text.length, label).toBeLessThan(500);
        expect(response.text, label).not.toContain('xxxxxxxx');
        expect(codesOf(response.body), label).toEqual(['BAD_REQUEST']);
        expect(response.body.errors?.[0]?.message, label).toBe(
          'The request body is not valid JSON',
        );
        expectClientErrors(label, response.body);
      }
    });

    it('caps messages that quote the request', async () => {
      const long = 'k'.repeat(200 * 1024);
      const cases: [string, string][] = [
        [
          'variable of the wrong type',
          JSON.stringify({
            query: 'query ($n: String!) { room(name: $n) { name } }',
            variables: { n: { secret: long } },
          }),
        ],
        ['unknown body key', JSON.stringify({ query: '{ viewer { credential } }', [long]: 1 })],
        [
          'invalid cursor',
          JSON.stringify({
            query: 'subscription ($a: String) { roomEvents(room: "r", after: $a) { id } }',
            variables: { a: long },
          }),
        ],
      ];
      for (const [label, body] of cases) {
        const response = await post(gateway, body, { accept: 'application/json' });
        expect(response.text.length, label).toBeLessThan(2_000);
        expect(response.body.errors?.length, label).toBeGreaterThan(0);
        expectClientErrors(label, response.body);
      }
    });

    it('rejects deeply nested brackets before parsing', async () => {
      const nested = `${'['.repeat(3000)}1${']'.repeat(3000)}`;
      const response = await post(
        gateway,
        JSON.stringify({ query: `{ rooms(names: ${nested}) { name } }` }),
        { accept: 'application/graphql-response+json' },
      );
      expect(response.status).toBe(400);
      expect(codesOf(response.body)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(response.body.errors?.[0]?.extensions?.['limit']).toBe('depth');
    });

    it('sends no internals in yoga request errors', async () => {
      const cases: [string, () => Promise<RawResponse>][] = [
        ['null body', () => post(gateway, 'null')],
        ['string body', () => post(gateway, '"query"')],
        ['batch', () => post(gateway, '[{"query":"{ viewer { credential } }"}]')],
        ['PUT', () => post(gateway, '{"query":"{ viewer { credential } }"}', {}, 'PUT')],
        ['query not a string', () => post(gateway, '{"query":5}')],
        [
          'variables not an object',
          () => post(gateway, '{"query":"{ viewer { credential } }","variables":"x"}'),
        ],
        ['unknown parameter', () => post(gateway, '{"query":"{ viewer { credential } }","foo":1}')],
        ['syntax error', () => post(gateway, '{"query":"{ viewer {"}')],
        ['unknown field', () => post(gateway, '{"query":"{ noSuchField }"}')],
        [
          'unknown operation',
          () => post(gateway, '{"query":"query A { viewer { credential } }","operationName":"B"}'),
        ],
        ['GET without query', () => post(gateway, '', { 'x-graphql-yoga-csrf': '1' }, 'GET')],
        [
          'multipart',
          () =>
            post(gateway, '--x--\r\n', {
              'content-type': 'multipart/form-data; boundary=x',
              'x-graphql-yoga-csrf': '1',
            }),
        ],
      ];
      for (const [label, send] of cases) {
        const response = await send();
        expect(response.contentType, label).toMatch(/^application\/(graphql-response\+)?json/);
        expectClientErrors(label, response.body);
      }
    });

    it('rejects {} with 400 under every Accept', async () => {
      for (const accept of [null, 'application/json', 'application/graphql-response+json']) {
        const label = `Accept: ${accept}`;
        const response = await post(gateway, '{}', accept === null ? {} : { accept });
        expect(response.status, label).toBe(400);
        expect(codesOf(response.body), label).toEqual(['BAD_REQUEST']);
      }
    });

    it('rejects an unsupported Content-Type with 415', async () => {
      for (const contentType of ['application/xml', 'multipart/form-data; boundary=x']) {
        const response = await post(gateway, '<query/>', {
          'content-type': contentType,
          'x-graphql-yoga-csrf': '1',
        });
        expect(response.status, contentType).toBe(415);
        expect(response.contentType, contentType).toMatch(/^application\/json/);
        expect(codesOf(response.body), contentType).toEqual(['BAD_REQUEST']);
        expect(response.body.errors?.[0]?.message, contentType).toMatch(/application\/json/);
      }
    });

    it('rejects an unacceptable Accept before running', async () => {
      const name = `${roomName}-not-created`;
      const response = await post(
        gateway,
        JSON.stringify({ query: print(ErrorsCreateRoom), variables: { input: { name } } }),
        { accept: 'application/xml' },
      );
      expect(response.status).toBe(406);
      expect(response.contentType).toMatch(/^application\/json/);
      expect(codesOf(response.body)).toEqual(['BAD_REQUEST']);
      expect(response.body.errors?.[0]?.message).toMatch(/application\/graphql-response\+json/);

      const rooms = await graphqlRequest(gateway.url, ErrorsRoomNames, { names: [name] });
      expect(rooms.errors).toBeUndefined();
      expect(rooms.data?.rooms).toEqual([]);
    });

    it('serves a query under Accept: application/json', async () => {
      const response = await post(gateway, '{"query":"{ viewer { credential } }"}', {
        accept: 'application/json',
      });
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
    });

    it('rejects oversized headers with a JSON 431', async () => {
      const response = await requestWithLargeHeader(gateway.url, 20 * 1024);
      expect(response.status).toBe(431);
      expect(response.contentType).toMatch(/^application\/json/);
      const body = JSON.parse(response.text) as ErrorBody;
      expect(codesOf(body)).toEqual(['BAD_REQUEST']);
      expect(body.errors?.[0]?.message).toMatch(/headers exceed/);
    });

    it('rejects missing credentials with 401 and reason', async () => {
      const response = await post(gateway, '{"query":"{ viewer { credential } }"}', {
        authorization: '',
      });
      expect(response.status).toBe(401);
      expect(response.body).toEqual({
        errors: [
          {
            message: 'Missing credentials: send "Authorization: Bearer <token>"',
            extensions: { code: 'UNAUTHENTICATED', reason: 'MISSING_CREDENTIALS' },
          },
        ],
      });
    });

    it('sends QUERY_TOO_COMPLEX as 200 or 400 by Accept', async () => {
      const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: viewer { credential }`);
      const body = JSON.stringify({ query: `{ ${aliases.join(' ')} }` });
      const statuses: Record<string, number> = {};
      for (const accept of ['application/json', 'application/graphql-response+json']) {
        const response = await post(gateway, body, { accept });
        expect(codesOf(response.body), accept).toEqual(['QUERY_TOO_COMPLEX']);
        statuses[accept] = response.status;
      }
      expect(statuses).toEqual({
        'application/json': 200,
        'application/graphql-response+json': 400,
      });
    });
  });

  describe('over graphql-ws', () => {
    it('gives a syntax error GRAPHQL_PARSE_FAILED', async () => {
      const errors = await wsErrors(client, { query: '{ room(name: ) }' });
      expect(errors.map((error) => error.extensions?.['code'])).toEqual(['GRAPHQL_PARSE_FAILED']);
      expectClientErrors('syntax error', { errors: [...errors] });
    });

    it('gives an unknown field GRAPHQL_VALIDATION_FAILED without http', async () => {
      const errors = await wsErrors(client, { query: '{ noSuchField }' });
      expect(errors.map((error) => error.extensions?.['code'])).toEqual([
        'GRAPHQL_VALIDATION_FAILED',
      ]);
      expectClientErrors('unknown field', { errors: [...errors] });
    });

    it('gives an unknown operationName OPERATION_RESOLUTION_FAILURE', async () => {
      const errors = await wsErrors(client, {
        query: 'query A { viewer { credential } }',
        operationName: 'B',
      });
      expect(errors.map((error) => error.extensions?.['code'])).toEqual([
        'OPERATION_RESOLUTION_FAILURE',
      ]);
      expect(errors[0]?.message).toContain('"B"');
    });

    it('gives a wrong-typed variable BAD_USER_INPUT without http', async () => {
      const errors = await wsErrors(client, { query: WRONG_TYPE_QUERY, variables: { name: 5 } });
      expect(errors.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
      expectClientErrors('wrong-typed variable', { errors: [...errors] });
    });
  });

  describe('logging of client mistakes', () => {
    const secret = 'credential-9f3b1c7e5d';

    it('logs HTTP variable errors at info without values', async () => {
      const before = gateway.logs.length;
      const requestId = 'errors-wrong-type-1';
      const response = await post(
        gateway,
        JSON.stringify({ query: WRONG_TYPE_QUERY, variables: { name: { token: secret } } }),
        { 'x-request-id': requestId },
      );
      expect(codesOf(response.body)).toEqual(['BAD_USER_INPUT']);

      const lines = gateway.logs.slice(before);
      const ofRequest = lines.filter((line) => line['requestId'] === requestId);
      const operation = ofRequest.find((line) => line['msg'] === 'GraphQL operation');
      expect(operation?.['errorCodes']).toEqual(['BAD_USER_INPUT']);
      for (const line of ofRequest) {
        expect(line['level'], JSON.stringify(line)).toBeLessThanOrEqual(30);
      }
      const loud = lines.filter((line) => Number(line['level']) >= 40);
      expect(loud).toEqual([]);
      expect(JSON.stringify(lines)).not.toContain(secret);
    });

    it('logs graphql-ws variable errors at info without values', async () => {
      const before = gateway.logs.length;
      const errors = await wsErrors(client, {
        query: WRONG_TYPE_QUERY,
        variables: { name: { token: secret } },
      });
      expect(errors.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);

      const lines = gateway.logs.slice(before);
      const operation = lines.find((line) => line['msg'] === 'GraphQL operation');
      expect(operation?.['level']).toBe(30);
      expect(typeof operation?.['requestId']).toBe('string');
      expect(operation?.['errorCodes']).toEqual(['BAD_USER_INPUT']);
      const loud = lines.filter((line) => Number(line['level']) >= 40);
      expect(loud).toEqual([]);
      expect(JSON.stringify(lines)).not.toContain(secret);
    });
  });

  describe('LiveKit argument errors', () => {
    it('names setAttributes for oversized attributes', async () => {
      alice = await joinRoom(livekit.wsUrl, await joinToken(livekit, roomName, 'alice'), 'alice');
      // 500 attributes of about 200 bytes exceed LiveKit's default limit of 64 KiB.
      const setAttributes = Array.from({ length: 500 }, (_, i) => ({
        key: `key-${i}`,
        value: 'v'.repeat(200),
      }));
      const response = await graphqlRequest(gateway.url, ErrorsUpdateParticipant, {
        input: { room: roomName, identity: 'alice', setAttributes },
      });
      const extensions = response.errors?.[0]?.extensions ?? {};
      expect(extensions['code']).toBe('BAD_USER_INPUT');
      expect(extensions['twirpCode']).toBe('invalid_argument');
      expect(extensions['argument']).toBe('setAttributes');
      expect(response.errors?.[0]?.message).toMatch(/^attribute size exceeds limits/);
    });
  });
});

describe('unexpected errors', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    // The failure happens while authenticating, before any LiveKit call.
    gateway = await startTestGateway(
      testEnv({ wsUrl: 'ws://127.0.0.1:9', apiKey: 'devkey', apiSecret: 'unused-0123456789' }),
      {
        authenticator: {
          authenticate: () => Promise.reject(new Error('authenticator store is down')),
        },
      },
    );
  });

  afterAll(async () => {
    await gateway?.close();
  });

  it('logs an unexpected error once, with its errorId', async () => {
    const before = gateway.logs.length;
    const response = await post(gateway, '{"query":"{ viewer { credential } }"}');
    expect(codesOf(response.body)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(response.text).not.toContain('authenticator store is down');
    const errorId = response.body.errors?.[0]?.extensions?.['errorId'];
    expect(typeof errorId).toBe('string');

    const errorLines = gateway.logs.slice(before).filter((line) => Number(line['level']) >= 50);
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]?.['errorId']).toBe(errorId);
  });
});
