import { createSchema, createYoga } from 'graphql-yoga';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { serviceCaller } from '../auth/caller.js';
import { createLogger } from '../logger.js';
import { createGatewayMetrics } from './metrics.js';
import { MAX_OPERATION_NAMES, OTHER_OPERATION, useOperationObserver } from './operations.js';
import { TokenBuckets } from './rate-limit.js';

function observedYoga(rateLimit?: TokenBuckets) {
  const metrics = createGatewayMetrics();
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { ok: Boolean!, fails: Boolean }',
      resolvers: {
        Query: {
          ok: () => true,
          fails: () => {
            throw new Error('resolver failed');
          },
        },
      },
    }),
    logging: false,
    context: () => ({ caller: serviceCaller(), requestId: 'request-1' }),
    plugins: [
      useOperationObserver({
        metrics,
        log: createLogger('info', destination),
        ...(rateLimit ? { rateLimit } : {}),
      }),
    ],
  });
  const post = async (query: string) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  };
  const scrape = () => metrics.registry.metrics();
  return { post, scrape, lines };
}

describe('useOperationObserver', () => {
  it('counts, times and logs an operation', async () => {
    const { post, scrape, lines } = observedYoga();
    await post('query Check { ok }');
    const text = await scrape();
    expect(text).toContain(
      'graphql_envelop_request{operationName="Check",operationType="query"} 1',
    );
    for (const phase of ['parse', 'validate', 'context', 'execute']) {
      expect(text).toContain(
        `graphql_envelop_phase_${phase}_count{operationName="Check",operationType="query"} 1`,
      );
    }
    expect(text).toContain(
      'graphql_envelop_request_duration_count{operationName="Check",operationType="query"} 1',
    );
    const line = lines.find((logged) => logged['msg'] === 'GraphQL operation');
    expect(line).toMatchObject({
      requestId: 'request-1',
      caller: { kind: 'SERVICE_KEY', identity: null },
      operationName: 'Check',
      operationType: 'query',
    });
  });

  it('counts error results by phase and path', async () => {
    const { post, scrape } = observedYoga();
    await post('query Broken { fails }');
    await post('{ missing }');
    await post('{ ok');
    const text = await scrape();
    expect(text).toContain(
      'graphql_envelop_error_result{operationName="Broken",operationType="query",phase="execute",path="fails"} 1',
    );
    expect(text).toContain('graphql_envelop_error_result{phase="validate"} 1');
    expect(text).toContain('graphql_envelop_error_result{phase="parse"} 1');
  });

  it(`labels operation names past the first ${MAX_OPERATION_NAMES} as ${OTHER_OPERATION}`, async () => {
    const { post, scrape } = observedYoga();
    for (let index = 0; index <= MAX_OPERATION_NAMES; index++) {
      await post(`query Name${index} { ok }`);
    }
    const text = await scrape();
    expect(text).toContain(`operationName="Name${MAX_OPERATION_NAMES - 1}"`);
    expect(text).not.toContain(`operationName="Name${MAX_OPERATION_NAMES}"`);
    expect(text).toContain(
      `graphql_envelop_request{operationName="${OTHER_OPERATION}",operationType="query"} 1`,
    );
  });

  it('rejects operations over the rate limit', async () => {
    const { post } = observedYoga(new TokenBuckets(1, 1, () => 0));
    expect((await post('{ ok }')).errors).toBeUndefined();
    const rejected = await post('{ ok }');
    expect(rejected.errors?.map((error) => error.extensions?.code)).toEqual(['RATE_LIMITED']);
  });
});
