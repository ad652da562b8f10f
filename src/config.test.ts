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
    expect(problems.find((problem) => problem.startsWith('PORT'))).toBeDefined();
    expect(problems.find((problem) => problem.startsWith('GATEWAY_SERVICE_KEYS'))).toMatch(/16/);
    expect(problems.find((problem) => problem.startsWith('LIVEKIT_EXTRA_KEYS'))).toMatch(
      /key: secret/,
    );
    expect(problems).toHaveLength(4);
  });

  it('parses extra key pairs for rotation', () => {
    const config = loadConfig({ ...valid, LIVEKIT_EXTRA_KEYS: 'old: old-secret, older: s2' });
    expect(config.livekit.extraKeys).toEqual({ old: 'old-secret', older: 's2' });
  });
});
