import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const BASE = {
  LIVEKIT_URL: 'ws://127.0.0.1:7880',
  LIVEKIT_API_KEY: 'devkey',
  LIVEKIT_API_SECRET: 'secret-0123456789abcdefghijklmnopqrstuv',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig({ ...BASE, ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  return [];
}

describe('auth configuration', () => {
  it('uses defaults without auth variables', () => {
    const config = loadConfig(BASE);
    expect(config.auth.appJwt).toBeNull();
    expect(config.auth.defaultGrants).toEqual({});
    expect(config.auth.clockToleranceSeconds).toBe(10);
    expect(config.auth.allowAnonymous).toBe(false);
    expect(config.tokenPolicy.maxTtlSeconds).toBe(21600);
    expect(config.tokenPolicy.defaultTtlSeconds).toBe(3600);
    expect(config.tokenPolicy.publishSources).toEqual([
      'camera',
      'microphone',
      'screen_share',
      'screen_share_audio',
    ]);
  });

  it('reads a JWKS identity provider', () => {
    const config = loadConfig({
      ...BASE,
      AUTH_JWKS_URL: 'https://idp.example.test/jwks.json',
      AUTH_ISSUER: 'https://idp.example.test/',
      AUTH_AUDIENCE: 'gateway',
      AUTH_GRANTS_CLAIM: 'https://example.test/livekit',
      AUTH_DEFAULT_GRANTS: '{"roomList":true,"canPublishSources":["microphone"]}',
    });
    expect(config.auth.appJwt?.algorithms).toEqual(['RS256', 'ES256']);
    expect(config.auth.appJwt?.grantsClaim).toBe('https://example.test/livekit');
    // TrackSource.MICROPHONE.
    expect(config.auth.defaultGrants).toEqual({ roomList: true, canPublishSources: [2] });
  });

  it('lowers the default TTL to a smaller maximum', () => {
    const config = loadConfig({ ...BASE, TOKEN_MAX_TTL_SECONDS: '600' });
    expect(config.tokenPolicy.defaultTtlSeconds).toBe(600);
  });

  it.each([
    [
      {
        AUTH_JWKS_URL: 'https://a.test/jwks',
        AUTH_JWT_SECRET: 'x'.repeat(32),
        AUTH_ISSUER: 'i',
        AUTH_AUDIENCE: 'a',
      },
      'AUTH_JWT_SECRET must not be set together with AUTH_JWKS_URL',
    ],
    [{ AUTH_JWT_SECRET: 'x'.repeat(32), AUTH_AUDIENCE: 'a' }, 'AUTH_ISSUER is required'],
    [{ AUTH_JWT_SECRET: 'x'.repeat(32), AUTH_ISSUER: 'i' }, 'AUTH_AUDIENCE is required'],
    [{ AUTH_JWT_SECRET: 'short' }, 'AUTH_JWT_SECRET must be at least 32 characters'],
    [
      {
        AUTH_JWT_SECRET: 'x'.repeat(32),
        AUTH_ISSUER: 'i',
        AUTH_AUDIENCE: 'a',
        AUTH_JWT_ALGORITHMS: 'none',
      },
      'AUTH_JWT_ALGORITHMS contains none',
    ],
    [
      {
        AUTH_JWKS_URL: 'https://a.test/jwks',
        AUTH_ISSUER: 'i',
        AUTH_AUDIENCE: 'a',
        AUTH_JWT_ALGORITHMS: 'HS256',
      },
      'AUTH_JWT_ALGORITHMS contains HS256',
    ],
    [{ AUTH_DEFAULT_GRANTS: '{roomList' }, 'AUTH_DEFAULT_GRANTS is not valid JSON'],
    [{ AUTH_DEFAULT_GRANTS: '{"roomList":"yes"}' }, 'AUTH_DEFAULT_GRANTS is not a video grant'],
    [
      { TOKEN_USER_GRANTS: '{"canPublishSources":["tv"]}' },
      'TOKEN_USER_GRANTS is not a video grant',
    ],
    [{ TOKEN_PUBLISH_SOURCES: 'camera,tv' }, 'TOKEN_PUBLISH_SOURCES must list only'],
    [{ ALLOW_ANONYMOUS: 'yes' }, 'ALLOW_ANONYMOUS'],
    [
      { TOKEN_MAX_TTL_SECONDS: '600', TOKEN_DEFAULT_TTL_SECONDS: '700' },
      'TOKEN_DEFAULT_TTL_SECONDS must not exceed TOKEN_MAX_TTL_SECONDS (600)',
    ],
  ])('rejects invalid settings: %s', (env, expected) => {
    const problems = problemsOf(env as Record<string, string>);
    // Exactly one message, naming the variable at fault.
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });
});
