import {
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyOptions,
} from 'jose';
import type { VideoGrant } from 'livekit-server-sdk';
import type { AppJwtConfig } from '../config.js';
import { GatewayError, ERROR_CODES } from '../errors.js';
import type { Caller } from './caller.js';
import { parseVideoGrant } from './grants.js';

/** Reason a credential was rejected, sent to the client as `extensions.reason`. */
export type RejectReason =
  | 'MISSING_CREDENTIALS'
  | 'MALFORMED_TOKEN'
  | 'UNKNOWN_KEY'
  | 'BAD_SIGNATURE'
  | 'ALGORITHM_NOT_ALLOWED'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'WRONG_ISSUER'
  | 'WRONG_AUDIENCE'
  | 'MISSING_CLAIM'
  | 'INVALID_GRANTS'
  | 'JWKS_UNAVAILABLE';

const REJECT_MESSAGES: Record<RejectReason, string> = {
  MISSING_CREDENTIALS: 'Missing credentials: send "Authorization: Bearer <token>"',
  MALFORMED_TOKEN: 'Invalid credentials: not a service key or a well-formed JWT',
  UNKNOWN_KEY: 'Invalid credentials: the token is signed with an unknown key',
  BAD_SIGNATURE: 'Invalid credentials: the token signature is invalid',
  ALGORITHM_NOT_ALLOWED: 'Invalid credentials: the token signing algorithm is not accepted',
  EXPIRED: 'Invalid credentials: the token has expired; get a new one',
  NOT_YET_VALID: 'Invalid credentials: the token is not valid yet (nbf is in the future)',
  WRONG_ISSUER: 'Invalid credentials: the token issuer (iss) is not accepted',
  WRONG_AUDIENCE: 'Invalid credentials: the token audience (aud) is not accepted',
  MISSING_CLAIM: 'Invalid credentials: the token lacks a required claim',
  INVALID_GRANTS: 'Invalid credentials: the token grants are not a valid LiveKit video grant',
  JWKS_UNAVAILABLE: 'Invalid credentials: the identity provider keys could not be fetched',
};

/** Builds the `UNAUTHENTICATED` error for `reason`, with HTTP status 401. */
export function rejected(reason: RejectReason, detail?: string): GatewayError {
  const message = detail ? `${REJECT_MESSAGES[reason]} (${detail})` : REJECT_MESSAGES[reason];
  return new GatewayError('UNAUTHENTICATED', message, {
    extensions: { reason, http: { status: ERROR_CODES.UNAUTHENTICATED } },
  });
}

/** Latest `exp` accepted, in unix seconds: 9999-12-31T23:59:59Z, the last instant an ISO date shows. */
const MAX_EXPIRY_SECONDS = 253_402_300_799;

/** Returns `exp` when a date can represent it, or rejects the token as malformed. */
function expiryOrReject(exp: number | undefined): number | null {
  if (exp === undefined) {
    return null;
  }
  if (!Number.isFinite(exp) || exp > MAX_EXPIRY_SECONDS) {
    throw rejected('MALFORMED_TOKEN', 'exp is out of range');
  }
  return exp;
}

/** Maps jose's error codes to a reject reason; other errors are rethrown as they are. */
export function rejectReasonOf(error: unknown): RejectReason {
  if (error instanceof errors.JWTExpired) {
    return 'EXPIRED';
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'nbf':
        return 'NOT_YET_VALID';
      case 'iss':
        return 'WRONG_ISSUER';
      case 'aud':
        return 'WRONG_AUDIENCE';
      default:
        return error.reason === 'missing' ? 'MISSING_CLAIM' : 'MALFORMED_TOKEN';
    }
  }
  if (error instanceof errors.JOSEError) {
    switch (error.code) {
      case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
        return 'BAD_SIGNATURE';
      case 'ERR_JOSE_ALG_NOT_ALLOWED':
        return 'ALGORITHM_NOT_ALLOWED';
      case 'ERR_JWKS_NO_MATCHING_KEY':
      case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
        return 'UNKNOWN_KEY';
      case 'ERR_JWKS_TIMEOUT':
      case 'ERR_JWKS_INVALID':
        return 'JWKS_UNAVAILABLE';
      default:
        return 'MALFORMED_TOKEN';
    }
  }
  throw error;
}

/** Verifies one kind of JWT and turns its claims into a caller. */
export type TokenVerifier = (token: string, currentDate: Date) => Promise<Caller>;

function stringClaim(payload: JWTPayload, name: string): string | null {
  const value = payload[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

function grantOrReject(value: unknown): VideoGrant {
  const grant = parseVideoGrant(value);
  if (!grant) {
    throw rejected('INVALID_GRANTS');
  }
  return grant;
}

/** Imports an HMAC secret once as a CryptoKey, so verification does not re-import it per call. */
async function importSecret(secret: string, algorithm: string): Promise<CryptoKey> {
  // jose's importJWK returns raw bytes for `oct` keys, which jwtVerify would import on every call.
  const hash = `SHA-${algorithm.slice(2)}`;
  return crypto.subtle.importKey(
    'raw',
    Buffer.from(secret, 'utf8'),
    { name: 'HMAC', hash },
    false,
    ['verify'],
  );
}

/**
 * Verifies LiveKit access tokens: HS256 only, signed with the secret of the API key in `iss`
 * (read before verification to pick the key), `exp` required.
 */
export function livekitTokenVerifier(
  keys: Record<string, string>,
  clockToleranceSeconds: number,
): {
  has(apiKey: string): boolean;
  verify(token: string, apiKey: string, at: Date): Promise<Caller>;
} {
  const imported = new Map<string, Promise<CryptoKey>>();
  for (const [apiKey, secret] of Object.entries(keys)) {
    const key = importSecret(secret, 'HS256');
    // Import failures surface on first use; this stops an unhandled rejection before then.
    key.catch(() => undefined);
    imported.set(apiKey, key);
  }

  return {
    has: (apiKey) => imported.has(apiKey),
    async verify(token, apiKey, currentDate) {
      const key = await imported.get(apiKey);
      if (!key) {
        throw rejected('UNKNOWN_KEY');
      }
      const { payload } = await jwtVerify(token, key, {
        algorithms: ['HS256'],
        issuer: apiKey,
        clockTolerance: clockToleranceSeconds,
        requiredClaims: ['exp'],
        currentDate,
      });
      return {
        kind: 'LIVEKIT_TOKEN',
        // LiveKit falls back to `jti` when `sub` is empty.
        identity: stringClaim(payload, 'sub') ?? stringClaim(payload, 'jti'),
        name: stringClaim(payload, 'name'),
        video: grantOrReject(payload['video'] ?? {}),
        expiresAt: expiryOrReject(payload.exp),
      };
    },
  };
}

/**
 * Verifies app JWTs from an identity provider against its JWKS (fetched on first use, cached
 * and refetched for an unknown `kid` by jose) or a shared secret. `iss`, `aud`, `exp` and `sub`
 * are required; the grants claim is optional and falls back to `defaultGrants`.
 */
export function appJwtVerifier(
  config: AppJwtConfig,
  defaultGrants: VideoGrant,
  clockToleranceSeconds: number,
): TokenVerifier {
  const options: JWTVerifyOptions = {
    algorithms: config.algorithms,
    issuer: config.issuer,
    audience: config.audience,
    clockTolerance: clockToleranceSeconds,
    requiredClaims: ['exp', 'sub'],
  };
  const jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : null;
  // A CryptoKey is bound to one algorithm, so the secret is imported once per accepted one.
  const secretKeys = new Map<string, Promise<CryptoKey>>();
  for (const algorithm of config.secret ? config.algorithms : []) {
    const key = importSecret(config.secret ?? '', algorithm);
    key.catch(() => undefined);
    secretKeys.set(algorithm, key);
  }
  const secretFor = async (header: { alg?: string | undefined }): Promise<CryptoKey> => {
    const key = secretKeys.get(header.alg ?? '');
    if (!key) {
      throw new errors.JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed');
    }
    return key;
  };

  return async (token, currentDate) => {
    const verifyOptions = { ...options, currentDate };
    const { payload } = jwks
      ? await jwtVerify(token, jwks, verifyOptions)
      : await jwtVerify(token, secretFor, verifyOptions);
    const claim = payload[config.grantsClaim];
    return {
      kind: 'APP_JWT',
      identity: stringClaim(payload, 'sub'),
      name: stringClaim(payload, 'name'),
      video: claim === undefined ? { ...defaultGrants } : grantOrReject(claim),
      expiresAt: expiryOrReject(payload.exp),
    };
  };
}
