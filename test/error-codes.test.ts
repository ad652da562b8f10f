import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/errors.js';
import { graphqlRequest, startTestGateway, testEnv, type TestGateway } from './support/gateway.js';

describe('error codes', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    // These requests fail before any LiveKit call, so an unreachable URL is enough.
    gateway = await startTestGateway(
      testEnv({ wsUrl: 'ws://127.0.0.1:9', apiKey: 'devkey', apiSecret: 'unused-0123456789' }),
    );
  });

  afterAll(async () => {
    await gateway?.close();
  });

  it('gives a variable of the wrong type BAD_USER_INPUT', async () => {
    const result = await graphqlRequest(
      gateway.url,
      'query ($name: String!) { room(name: $name) { name } }',
      { name: 5 },
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/\$name/);
  });

  it('gives a missing required variable BAD_USER_INPUT', async () => {
    const result = await graphqlRequest(
      gateway.url,
      'query ($name: String!) { room(name: $name) { name } }',
      {},
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('uses only codes from the closed set', async () => {
    const documents = [
      '{ room(name: ) }',
      '{ noSuchField }',
      'query A { viewer { kind } } query B { viewer { kind } }',
    ];
    const badJson = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer unused' },
      body: '{"query": ',
    });
    const body = (await badJson.json()) as { errors: { extensions: { code: string } }[] };
    expect(badJson.status).toBe(400);
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');

    for (const document of documents) {
      const result = await graphqlRequest(gateway.url, document);
      const code = result.errors?.[0]?.extensions?.['code'];
      expect(Object.keys(ERROR_CODES), document).toContain(code);
    }
  });
});
