import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const valid = {
  LIVEKIT_URL: 'wss://livekit.example.com',
  LIVEKIT_API_KEY: 'key',
  LIVEKIT_API_SECRET: 'secret',
  GATEWAY_SERVICE_KEYS: 'service-key-0123456789, second-service-key-0123',
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.problems;
    }
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('derives API and client URLs from each LIVEKIT_URL form', () => {
    const cases = [
      ['ws://127.0.0.1:7880', 'http://127.0.0.1:7880', 'ws://127.0.0.1:7880'],
      ['wss://lk.example.com', 'https://lk.example.com', 'wss://lk.example.com'],
      ['http://127.0.0.1:7880/', 'http://127.0.0.1:7880', 'ws://127.0.0.1:7880'],
      ['https://lk.example.com', 'https://lk.example.com', 'wss://lk.example.com'],
    ] as const;
    for (const [input, apiUrl, clientUrl] of cases) {
      const config = loadConfig({ ...valid, LIVEKIT_URL: input });
      expect(config.livekit.apiUrl, input).toBe(apiUrl);
      expect(config.livekit.clientUrl, input).toBe(clientUrl);
    }
  });

  it('applies defaults', () => {
    const config = loadConfig(valid);
    expect(config.port).toBe(4000);
    expect(config.livekit.timeoutMs).toBe(5000);
    expect(config.serviceKeys).toEqual(['service-key-0123456789', 'second-service-key-0123']);
    expect(config.redisUrl).toBeUndefined();
  });

  it('reports one message per missing variable', () => {
    const problems = problemsOf({});
    expect(problems).toContain('LIVEKIT_URL is required');
    expect(problems).toContain('LIVEKIT_API_KEY is required');
    expect(problems).toContain('LIVEKIT_API_SECRET is required');
    expect(problems).toHaveLength(3);
  });

  it('reports invalid values by name', () => {
    const problems = problemsOf({
      ...valid,
      LIVEKIT_URL: 'ftp://lk.example.com',
      PORT: 'eighty',
      GATEWAY_SERVICE_KEYS: 'short',
      LIVEKIT_EXTRA_KEYS: 'no-separator',
    });
    expect(problems.find((problem) => problem.startsWith('LIVEKIT_URL'))).toMatch(/ws:\/\//);
    expect(problems).toContain('PORT must be an integer from 0 to 65535, got "eighty"');
    expect(problems.find((problem) => problem.startsWith('GATEWAY_SERVICE_KEYS'))).toMatch(/16/);
    expect(problems.find((problem) => problem.startsWith('LIVEKIT_EXTRA_KEYS'))).toMatch(
      /key: secret/,
    );
    expect(problems).toHaveLength(4);
  });

  it('PORT error names value and range', () => {
    expect(problemsOf({ ...valid, PORT: 'abc' })).toEqual([
      'PORT must be an integer from 0 to 65535, got "abc"',
    ]);
  });

  it('bad numbers and booleans are invalid, not missing', () => {
    const cases = [
      ['PORT', '', 'PORT must be an integer from 0 to 65535, got ""'],
      ['PORT', '1.5', 'PORT must be an integer from 0 to 65535, got "1.5"'],
      ['PORT', '65536', 'PORT must be an integer from 0 to 65535, got "65536"'],
      ['LIVEKIT_TIMEOUT_MS', 'soon', 'LIVEKIT_TIMEOUT_MS must be a positive integer, got "soon"'],
      ['LIVEKIT_TIMEOUT_MS', '0', 'LIVEKIT_TIMEOUT_MS must be a positive integer, got "0"'],
      [
        'AUTH_CLOCK_SKEW_SECONDS',
        'ten',
        'AUTH_CLOCK_SKEW_SECONDS must be an integer from 0 to 600, got "ten"',
      ],
      [
        'TOKEN_DEFAULT_TTL_SECONDS',
        '1h',
        'TOKEN_DEFAULT_TTL_SECONDS must be a positive integer, got "1h"',
      ],
      [
        'WEBHOOK_CLOCK_SKEW_SECONDS',
        '-1',
        'WEBHOOK_CLOCK_SKEW_SECONDS must be a non-negative integer, got "-1"',
      ],
      ['MAX_QUERY_ALIASES', 'many', 'MAX_QUERY_ALIASES must be a non-negative integer, got "many"'],
      [
        'RATE_LIMIT_PER_SECOND',
        'fast',
        'RATE_LIMIT_PER_SECOND must be a non-negative number, got "fast"',
      ],
      ['GRAPHIQL', 'yes', 'GRAPHIQL must be true, false, 1 or 0, got "yes"'],
      ['ALLOW_ANONYMOUS', '', 'ALLOW_ANONYMOUS must be true, false, 1 or 0, got ""'],
      [
        'GRAPHQL_INTROSPECTION',
        'on',
        'GRAPHQL_INTROSPECTION must be true, false, 1 or 0, got "on"',
      ],
      ['CONSOLE', 'off', 'CONSOLE must be true, false, 1 or 0, got "off"'],
      ['CONSOLE_DEV_TOOLS', 'no', 'CONSOLE_DEV_TOOLS must be true, false, 1 or 0, got "no"'],
    ] as const;
    for (const [name, value, message] of cases) {
      expect(problemsOf({ ...valid, [name]: value }), `${name}=${value}`).toEqual([message]);
    }
  });

  it('parses set numbers and booleans', () => {
    const config = loadConfig({
      ...valid,
      PORT: '0',
      RATE_LIMIT_PER_SECOND: '2.5',
      GRAPHIQL: '0',
      ALLOW_ANONYMOUS: 'true',
      GRAPHQL_INTROSPECTION: '1',
      CONSOLE: 'false',
      NODE_ENV: 'production',
    });
    expect(config.port).toBe(0);
    expect(config.ops.rateLimitPerSecond).toBe(2.5);
    expect(config.graphiql).toBe(false);
    expect(config.auth.allowAnonymous).toBe(true);
    expect(config.ops.introspection).toBe(true);
    expect(config.console.enabled).toBe(false);
    expect(config.console.devTools).toBe(false);
  });

  it('parses extra key pairs for rotation', () => {
    const config = loadConfig({ ...valid, LIVEKIT_EXTRA_KEYS: 'old: old-secret, older: s2' });
    expect(config.livekit.extraKeys).toEqual({ old: 'old-secret', older: 's2' });
  });

  it('keeps an extra key named __proto__', () => {
    const config = loadConfig({ ...valid, LIVEKIT_EXTRA_KEYS: '__proto__: proto-secret' });
    expect(Object.entries(config.livekit.extraKeys)).toEqual([['__proto__', 'proto-secret']]);
  });
});
