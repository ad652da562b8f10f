import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator, type AuthenticatorOptions } from '../src/auth/authenticate.js';
import { createMemoryBanStore } from '../src/auth/bans.js';
import { canReadRoom } from '../src/auth/access.js';
import type { AppJwtConfig } from '../src/config.js';
import { GatewayError } from '../src/errors.js';

/** A fixed instant; every token and check in this file is relative to it. */
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const NOW_S = NOW / 1000;
const LIVEKIT_KEY = 'APIkey1';
const LIVEKIT_SECRET = 'livekit-secret-0123456789abcdefghijkl';
const ROTATED_KEY = 'APIkey2';
const ROTATED_SECRET = 'rotated-secret-0123456789abcdefghijkl';
const APP_SECRET = 'app-shared-secret-0123456789abcdefghijk';
const ISSUER = 'https://idp.example.test/';
const AUDIENCE = 'livekit-gateway';

function sign(
  payload: JWTPayload,
  secret: string,
  options: { alg?: string } = {},
): Promise<string> {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: options.alg ?? 'HS256' })
    .sign(new TextEncoder().encode(secret));
}

function livekitToken(claims: JWTPayload = {}, secret = LIVEKIT_SECRET): Promise<string> {
  return sign(
    {
      iss: LIVEKIT_KEY,
      sub: 'alice',
      nbf: NOW_S - 10,
      exp: NOW_S + 600,
      video: { roomJoin: true, room: 'lobby' },
      ...claims,
    },
    secret,
  );
}

/** A JWT with `alg: none` and no signature, which must never be accepted. */
function unsignedToken(payload: JWTPayload): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
}

function authenticator(options: Partial<AuthenticatorOptions> = {}, at = NOW) {
  return createAuthenticator({
    serviceKeys: [],
    livekitKeys: { [LIVEKIT_KEY]: LIVEKIT_SECRET, [ROTATED_KEY]: ROTATED_SECRET },
    clockToleranceSeconds: 5,
    now: () => at,
    ...options,
  });
}

/** Resolves with `extensions.reason` of the UNAUTHENTICATED error `promise` rejects with. */
async function rejectReason(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => new Error('expected a rejection'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GatewayError);
  expect((error as GatewayError).code).toBe('UNAUTHENTICATED');
  return (error as GatewayError).extensions['reason'];
}

describe('LiveKit token verification', () => {
  it('accepts a token and reads identity, name, grant and expiry', async () => {
    const token = await livekitToken({ name: 'Alice', video: { roomJoin: true, room: 'lobby' } });
    const caller = await authenticator().authenticate(`Bearer ${token}`);
    expect(caller.kind).toBe('LIVEKIT_TOKEN');
    expect(caller.identity).toBe('alice');
    expect(caller.name).toBe('Alice');
    expect(caller.video).toEqual({ roomJoin: true, room: 'lobby' });
    expect(caller.expiresAt).toBe(NOW_S + 600);
  });

  it('accepts a token signed with a rotated key', async () => {
    const token = await livekitToken({ iss: ROTATED_KEY }, ROTATED_SECRET);
    const caller = await authenticator().authenticate(`Bearer ${token}`);
    expect(caller.identity).toBe('alice');
  });

  it('reads publish sources given as names', async () => {
    const token = await livekitToken({
      video: { roomJoin: true, room: 'lobby', canPublishSources: ['microphone', 'camera'] },
    });
    const caller = await authenticator().authenticate(`Bearer ${token}`);
    // TrackSource.MICROPHONE and TrackSource.CAMERA.
    expect(caller.video.canPublishSources).toEqual([2, 1]);
  });

  it('rejects an expired token', async () => {
    const token = await livekitToken({ exp: NOW_S - 6 });
    expect(await rejectReason(authenticator().authenticate(`Bearer ${token}`))).toBe('EXPIRED');
  });

  it('accepts a token expired within the clock tolerance', async () => {
    const token = await livekitToken({ exp: NOW_S - 4 });
    const caller = await authenticator().authenticate(`Bearer ${token}`);
    expect(caller.identity).toBe('alice');
  });

  it('rejects a token not valid yet', async () => {
    const token = await livekitToken({ nbf: NOW_S + 60 });
    expect(await rejectReason(authenticator().authenticate(`Bearer ${token}`))).toBe(
      'NOT_YET_VALID',
    );
  });

  it('rejects a bad signature', async () => {
    const token = await livekitToken({}, 'another-secret-0123456789abcdefghijkl');
    expect(await rejectReason(authenticator().authenticate(`Bearer ${token}`))).toBe(
      'BAD_SIGNATURE',
    );
  });

  it('rejects alg none', async () => {
    const token = unsignedToken({ iss: LIVEKIT_KEY, sub: 'alice', exp: NOW_S + 600 });
    expect(await rejectReason(authenticator().authenticate(`Bearer ${token}`))).toBe(
      'ALGORITHM_NOT_ALLOWED',
    );
  });

  it('rejects HS512 even with the right secret', async () => {
    const token = await sign({ iss: LIVEKIT_KEY, sub: 'alice', exp: NOW_S + 600 }, LIVEKIT_SECRET, {
      alg: 'HS512',
    });
    expect(await rejectReason(authenticator().authenticate(`Bearer ${token}`))).toBe(
      'ALGORITHM_NOT_ALLOWED',
    );
  });

  it('rejects an unknown key', async () => {
    const token = await livekitToken({ iss: 'APIunknown' });
    expect(await rejectReason(authenticator().authenticate(`Bearer ${token}`))).toBe('UNKNOWN_KEY');
  });

  it('rejects a token without exp', async () => {
    const token = await sign({ iss: LIVEKIT_KEY, sub: 'alice' }, LIVEKIT_SECRET);
    expect(await rejectReason(authenticator().authenticate(`Bearer ${token}`))).toBe(
      'MISSING_CLAIM',
    );
  });

  it('rejects a malformed grant', async () => {
    const token = await livekitToken({ video: { roomJoin: 'yes' } });
    expect(await rejectReason(authenticator().authenticate(`Bearer ${token}`))).toBe(
      'INVALID_GRANTS',
    );
  });

  it('rejects an exp no date can hold', async () => {
    const token = await livekitToken({ exp: 1e20 });
    expect(await rejectReason(authenticator().authenticate(`Bearer ${token}`))).toBe(
      'MALFORMED_TOKEN',
    );
  });

  it('rejects text that is neither a key nor a JWT', async () => {
    expect(await rejectReason(authenticator().authenticate('Bearer not-a-jwt'))).toBe(
      'MALFORMED_TOKEN',
    );
  });

  it('rejects a scheme other than Bearer', async () => {
    const token = await livekitToken();
    expect(await rejectReason(authenticator().authenticate(`Basic ${token}`))).toBe(
      'MALFORMED_TOKEN',
    );
  });
});

describe('credential cache', () => {
  it('serves a cached caller until exp, then verifies again', async () => {
    let now = NOW;
    const auth = authenticator({ now: () => now, clockToleranceSeconds: 0 });
    const token = await livekitToken({ exp: NOW_S + 60 });
    const first = await auth.authenticate(`Bearer ${token}`);
    const second = await auth.authenticate(`Bearer ${token}`);
    // The same object comes back: the second request did not verify again.
    expect(second).toBe(first);

    now = NOW + 60_000;
    expect(await rejectReason(auth.authenticate(`Bearer ${token}`))).toBe('EXPIRED');
  });

  it('keeps at most cacheSize entries', async () => {
    const auth = authenticator({ cacheSize: 1 });
    const alice = await livekitToken({ sub: 'alice' });
    const bob = await livekitToken({ sub: 'bob' });
    const first = await auth.authenticate(`Bearer ${alice}`);
    await auth.authenticate(`Bearer ${bob}`);
    const again = await auth.authenticate(`Bearer ${alice}`);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe('app JWT with a shared secret', () => {
  const appJwt: AppJwtConfig = {
    jwksUrl: undefined,
    secret: APP_SECRET,
    issuer: ISSUER,
    audience: AUDIENCE,
    algorithms: ['HS256'],
    grantsClaim: 'https://example.test/livekit',
  };
  const defaultGrants = { roomList: true };
  const auth = () => authenticator({ appJwt, defaultGrants });

  function appToken(claims: JWTPayload = {}, secret = APP_SECRET): Promise<string> {
    return sign(
      {
        iss: ISSUER,
        aud: AUDIENCE,
        sub: 'user-42',
        iat: NOW_S,
        exp: NOW_S + 300,
        ...claims,
      },
      secret,
    );
  }

  it('reads grants from the configured claim', async () => {
    const token = await appToken({
      'https://example.test/livekit': { roomAdmin: true, room: 'stage' },
    });
    const caller = await auth().authenticate(`Bearer ${token}`);
    expect(caller.kind).toBe('APP_JWT');
    expect(caller.identity).toBe('user-42');
    expect(caller.video).toEqual({ roomAdmin: true, room: 'stage' });
  });

  it('gives the default grants without the claim', async () => {
    const caller = await auth().authenticate(`Bearer ${await appToken()}`);
    expect(caller.video).toEqual(defaultGrants);
  });

  it('rejects a wrong issuer', async () => {
    const token = await appToken({ iss: 'https://other.example.test/' });
    expect(await rejectReason(auth().authenticate(`Bearer ${token}`))).toBe('WRONG_ISSUER');
  });

  it('rejects a wrong audience', async () => {
    const token = await appToken({ aud: 'another-app' });
    expect(await rejectReason(auth().authenticate(`Bearer ${token}`))).toBe('WRONG_AUDIENCE');
  });

  it('rejects an expired token', async () => {
    const token = await appToken({ exp: NOW_S - 30 });
    expect(await rejectReason(auth().authenticate(`Bearer ${token}`))).toBe('EXPIRED');
  });

  it('rejects a token not valid yet', async () => {
    const token = await appToken({ nbf: NOW_S + 30 });
    expect(await rejectReason(auth().authenticate(`Bearer ${token}`))).toBe('NOT_YET_VALID');
  });

  it('rejects a bad signature', async () => {
    const token = await appToken({}, 'wrong-shared-secret-0123456789abcdefg');
    expect(await rejectReason(auth().authenticate(`Bearer ${token}`))).toBe('BAD_SIGNATURE');
  });

  it('rejects alg none', async () => {
    const token = unsignedToken({ iss: ISSUER, aud: AUDIENCE, sub: 'u', exp: NOW_S + 60 });
    expect(await rejectReason(auth().authenticate(`Bearer ${token}`))).toBe(
      'ALGORITHM_NOT_ALLOWED',
    );
  });

  it('rejects a token without sub', async () => {
    const token = await appToken({ sub: undefined });
    expect(await rejectReason(auth().authenticate(`Bearer ${token}`))).toBe('MISSING_CLAIM');
  });
});

describe('app JWT with a JWKS URL', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;
  let otherKey: CryptoKey;
  let requests = 0;

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    otherKey = (await generateKeyPair('ES256')).privateKey;
    const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'ES256' };
    server = createServer((_req, res) => {
      requests += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  function config(): AppJwtConfig {
    return {
      jwksUrl,
      secret: undefined,
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['ES256'],
      grantsClaim: 'video',
    };
  }

  function idpToken(kid: string, key: CryptoKey, claims: JWTPayload = {}): Promise<string> {
    return new SignJWT({ video: { roomJoin: true, room: 'lobby' }, ...claims })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('user-7')
      .setIssuedAt(NOW_S)
      .setExpirationTime(NOW_S + 300)
      .sign(key);
  }

  it('accepts a token signed with a published key', async () => {
    const caller = await authenticator({ appJwt: config() }).authenticate(
      `Bearer ${await idpToken('key-1', privateKey)}`,
    );
    expect(caller.kind).toBe('APP_JWT');
    expect(caller.identity).toBe('user-7');
    expect(caller.video).toEqual({ roomJoin: true, room: 'lobby' });
  });

  it('serves a cached caller without fetching the JWKS again', async () => {
    const auth = authenticator({ appJwt: config() });
    const token = await idpToken('key-1', privateKey, { jti: 'cached' });
    await auth.authenticate(`Bearer ${token}`);
    const before = requests;
    await auth.authenticate(`Bearer ${token}`);
    expect(requests).toBe(before);
  });

  it('rejects an unknown key id', async () => {
    const token = await idpToken('key-unknown', otherKey);
    expect(
      await rejectReason(authenticator({ appJwt: config() }).authenticate(`Bearer ${token}`)),
    ).toBe('UNKNOWN_KEY');
  });

  it('rejects a signature by another key under a known id', async () => {
    const token = await idpToken('key-1', otherKey);
    expect(
      await rejectReason(authenticator({ appJwt: config() }).authenticate(`Bearer ${token}`)),
    ).toBe('BAD_SIGNATURE');
  });

  it('rejects alg none', async () => {
    const token = unsignedToken({ iss: ISSUER, aud: AUDIENCE, sub: 'u', exp: NOW_S + 60 });
    expect(
      await rejectReason(authenticator({ appJwt: config() }).authenticate(`Bearer ${token}`)),
    ).toBe('ALGORITHM_NOT_ALLOWED');
  });

  it('rejects an expired token with a frozen clock', async () => {
    const token = await idpToken('key-1', privateKey);
    const later = authenticator({ appJwt: config() }, NOW + 301_000 + 5_000);
    expect(await rejectReason(later.authenticate(`Bearer ${token}`))).toBe('EXPIRED');
  });
});

describe('anonymous access and bans', () => {
  it('rejects a request without credentials by default', async () => {
    expect(await rejectReason(authenticator().authenticate(undefined))).toBe('MISSING_CREDENTIALS');
  });

  it('serves an anonymous caller with the default grants when enabled', async () => {
    const caller = await authenticator({
      allowAnonymous: true,
      defaultGrants: { roomList: true },
    }).authenticate(undefined);
    expect(caller.kind).toBe('ANONYMOUS');
    expect(caller.identity).toBeNull();
    expect(caller.video).toEqual({ roomList: true });
  });

  it('denies a banned identity its room, also from the cache', async () => {
    const bans = createMemoryBanStore();
    const auth = authenticator({ bans });
    const token = await livekitToken();
    const before = await auth.authenticate(`Bearer ${token}`);
    expect(canReadRoom(before, 'lobby')).toBe(true);

    await bans.ban('lobby', 'alice');
    const banned = await auth.authenticate(`Bearer ${token}`);
    expect([...(banned.bannedRooms ?? [])]).toEqual(['lobby']);
    expect(canReadRoom(banned, 'lobby')).toBe(false);

    await bans.unban('lobby', 'alice');
    expect(canReadRoom(await auth.authenticate(`Bearer ${token}`), 'lobby')).toBe(true);
  });
});
