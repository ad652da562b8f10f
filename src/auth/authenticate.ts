import { createHash, timingSafeEqual } from 'node:crypto';
import { decodeJwt } from 'jose';
import type { VideoGrant } from 'livekit-server-sdk';
import type { AppJwtConfig, GatewayConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { BanStore } from './bans.js';
import { serviceCaller, type Caller } from './caller.js';
import { CredentialCache } from './credential-cache.js';
import {
  appJwtVerifier,
  livekitTokenVerifier,
  rejected,
  rejectReasonOf,
  type TokenVerifier,
} from './verify.js';
import { GatewayError } from '../errors.js';

/** Turns the `Authorization` value of a request or connection into a caller, or throws. */
export interface Authenticator {
  authenticate(authorization: string | undefined | null): Promise<Caller>;
}

export interface AuthenticatorOptions {
  /** Static bearer keys with full rights. */
  serviceKeys: string[];
  /** LiveKit API key to secret; a JWT whose `iss` is one of these keys is a LiveKit token. */
  livekitKeys?: Record<string, string>;
  /** Identity provider settings; app JWTs are rejected when absent. */
  appJwt?: AppJwtConfig | null;
  /** Grant of app users whose JWT has no grants claim, and of anonymous callers; none by default. */
  defaultGrants?: VideoGrant;
  /** Leeway for `exp` and `nbf`, in seconds; 10 by default. */
  clockToleranceSeconds?: number;
  /** Serves requests without credentials as anonymous callers; false by default. */
  allowAnonymous?: boolean;
  /** Bans applied to every caller with an identity. */
  bans?: BanStore;
  /** Verified credentials kept until their `exp`; 10,000 by default, 0 turns caching off. */
  cacheSize?: number;
  /** Current time in milliseconds since the epoch; tests freeze it. */
  now?: () => number;
  log?: Logger;
}

/** Extracts the credential from `Bearer <credential>`; the scheme is matched case-insensitively. */
export function bearerCredential(authorization: string | undefined | null): string | null {
  if (!authorization) {
    return null;
  }
  const match = /^\s*bearer\s+(\S+)\s*$/i.exec(authorization);
  return match?.[1] ?? null;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Builds the authenticator the gateway uses, from its configuration. */
export function authenticatorFromConfig(
  config: GatewayConfig,
  bans: BanStore,
  log?: Logger,
): Authenticator {
  return createAuthenticator({
    serviceKeys: config.serviceKeys,
    livekitKeys: { ...config.livekit.extraKeys, [config.livekit.apiKey]: config.livekit.apiSecret },
    appJwt: config.auth.appJwt,
    defaultGrants: config.auth.defaultGrants,
    clockToleranceSeconds: config.auth.clockToleranceSeconds,
    allowAnonymous: config.auth.allowAnonymous,
    bans,
    ...(log ? { log } : {}),
  });
}

export function createAuthenticator(options: AuthenticatorOptions): Authenticator {
  const now = options.now ?? Date.now;
  const tolerance = options.clockToleranceSeconds ?? 10;
  const defaultGrants = options.defaultGrants ?? {};
  const livekit = livekitTokenVerifier(options.livekitKeys ?? {}, tolerance);
  const appJwt: TokenVerifier | null = options.appJwt
    ? appJwtVerifier(options.appJwt, defaultGrants, tolerance)
    : null;
  const cache = new CredentialCache(options.cacheSize);
  // Comparing fixed-length digests in constant time hides both key contents and lengths.
  const serviceDigests = options.serviceKeys.map(digest);

  function isServiceKey(candidate: Buffer): boolean {
    let matched = false;
    for (const known of serviceDigests) {
      matched = timingSafeEqual(candidate, known) || matched;
    }
    return matched;
  }

  async function verifyJwt(credential: string, nowMs: number): Promise<Caller> {
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(credential).iss;
    } catch {
      throw rejected('MALFORMED_TOKEN');
    }
    const at = new Date(nowMs);
    try {
      if (issuer !== undefined && livekit.has(issuer)) {
        return await livekit.verify(credential, issuer, at);
      }
      if (appJwt) {
        return await appJwt(credential, at);
      }
    } catch (error) {
      if (error instanceof GatewayError) {
        throw error;
      }
      const reason = rejectReasonOf(error);
      if (reason === 'JWKS_UNAVAILABLE') {
        options.log?.warn({ err: error }, 'Fetching the identity provider JWKS failed');
      }
      throw rejected(reason);
    }
    throw rejected('UNKNOWN_KEY');
  }

  async function withBans(caller: Caller): Promise<Caller> {
    if (!options.bans || caller.identity === null) {
      return caller;
    }
    const rooms = await options.bans.bannedRooms(caller.identity);
    return rooms.length === 0 ? caller : { ...caller, bannedRooms: new Set(rooms) };
  }

  async function authenticateCredential(credential: string | null): Promise<Caller> {
    if (credential === null) {
      if (options.allowAnonymous) {
        return {
          kind: 'ANONYMOUS',
          identity: null,
          name: null,
          video: defaultGrants,
          expiresAt: null,
        };
      }
      throw rejected('MISSING_CREDENTIALS');
    }
    // One SHA-256 serves both the service key comparison and the cache key.
    const hash = digest(credential);
    if (isServiceKey(hash)) {
      return serviceCaller();
    }
    const nowMs = now();
    const key = hash.toString('base64');
    const cached = cache.get(key, nowMs);
    if (cached) {
      return withBans(cached);
    }
    const caller = await verifyJwt(credential, nowMs);
    cache.set(key, caller, nowMs);
    return withBans(caller);
  }

  return {
    async authenticate(authorization) {
      try {
        const credential = bearerCredential(authorization);
        if (credential === null && authorization) {
          throw rejected('MALFORMED_TOKEN', 'use the Bearer scheme');
        }
        return await authenticateCredential(credential);
      } catch (error) {
        if (error instanceof GatewayError) {
          options.log?.debug({ reason: error.extensions['reason'] }, 'Credentials rejected');
        }
        throw error;
      }
    },
  };
}
