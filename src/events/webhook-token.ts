import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';

/** Reason a webhook token was rejected, as one of the receiver's reason codes. */
export type TokenRejection =
  'malformed_token' | 'unknown_key' | 'bad_signature' | 'expired' | 'not_yet_valid' | 'missing_exp';

export class WebhookTokenError extends Error {
  constructor(
    readonly reason: TokenRejection,
    readonly issuer?: string,
  ) {
    super(reason);
  }
}

/** Claims of a verified webhook token. */
export interface WebhookClaims {
  iss: string;
  exp: number;
  sha256?: unknown;
  [claim: string]: unknown;
}

/**
 * Verifies the HS256 JWTs livekit-server signs its webhooks with, synchronously with node:crypto.
 * Written by hand because each webhook carries a new token (its claims hold the body's digest),
 * so nothing can be cached, and jose's Web Crypto verify costs about 100 µs per token on the
 * thread pool where an HMAC here costs about 5 µs.
 *
 * The header must name `alg` HS256, `typ` JWT when present, and no `crit`; `iss` picks the
 * secret; `exp` is required; `exp` and `nbf` allow `clockSkewSeconds`.
 */
export class WebhookTokenVerifier {
  private readonly keys: Map<string, KeyObject>;
  /** The last header segment that passed the checks, since livekit-server sends the same header. */
  private acceptedHeader = '';

  constructor(
    keys: Record<string, string>,
    private readonly clockSkewSeconds: number,
  ) {
    this.keys = new Map(
      Object.entries(keys).map(([apiKey, secret]) => [
        apiKey,
        createSecretKey(Buffer.from(secret, 'utf8')),
      ]),
    );
  }

  verify(token: string, nowSeconds = Date.now() / 1000): WebhookClaims {
    const firstDot = token.indexOf('.');
    const secondDot = token.indexOf('.', firstDot + 1);
    if (firstDot <= 0 || secondDot <= firstDot + 1 || token.indexOf('.', secondDot + 1) !== -1) {
      throw new WebhookTokenError('malformed_token');
    }
    const headerSegment = token.slice(0, firstDot);
    if (headerSegment !== this.acceptedHeader) {
      const header = decodeSegment(headerSegment);
      if (
        header['alg'] !== 'HS256' ||
        (header['typ'] !== undefined && header['typ'] !== 'JWT') ||
        header['crit'] !== undefined
      ) {
        throw new WebhookTokenError('malformed_token');
      }
      this.acceptedHeader = headerSegment;
    }
    const claims = decodeSegment(token.slice(firstDot + 1, secondDot));
    const issuer = claims['iss'];
    const key = typeof issuer === 'string' ? this.keys.get(issuer) : undefined;
    if (typeof issuer !== 'string' || key === undefined) {
      throw new WebhookTokenError('unknown_key', typeof issuer === 'string' ? issuer : undefined);
    }
    const expected = createHmac('sha256', key).update(token.slice(0, secondDot)).digest();
    const signature = Buffer.from(token.slice(secondDot + 1), 'base64url');
    if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) {
      throw new WebhookTokenError('bad_signature', issuer);
    }
    const { exp, nbf, iat } = claims;
    if (exp === undefined) {
      throw new WebhookTokenError('missing_exp', issuer);
    }
    if (
      typeof exp !== 'number' ||
      (nbf !== undefined && typeof nbf !== 'number') ||
      (iat !== undefined && typeof iat !== 'number')
    ) {
      throw new WebhookTokenError('malformed_token', issuer);
    }
    if (exp <= nowSeconds - this.clockSkewSeconds) {
      throw new WebhookTokenError('expired', issuer);
    }
    if (nbf !== undefined && nbf > nowSeconds + this.clockSkewSeconds) {
      throw new WebhookTokenError('not_yet_valid', issuer);
    }
    return claims as WebhookClaims;
  }
}

function decodeSegment(segment: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    throw new WebhookTokenError('malformed_token');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new WebhookTokenError('malformed_token');
  }
  return value as Record<string, unknown>;
}
