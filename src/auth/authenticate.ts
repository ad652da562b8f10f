import { createHash, timingSafeEqual } from 'node:crypto';
import { unauthenticated } from '../errors.js';
import { serviceCaller, type Caller } from './caller.js';

/** Turns the `Authorization` value of a request or connection into a caller, or throws. */
export interface Authenticator {
  authenticate(authorization: string | undefined | null): Promise<Caller>;
}

export interface AuthenticatorOptions {
  /** Static bearer keys with full rights. */
  serviceKeys: string[];
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

export function createAuthenticator(options: AuthenticatorOptions): Authenticator {
  // Comparing fixed-length digests in constant time hides both key contents and lengths.
  const serviceDigests = options.serviceKeys.map(digest);

  function isServiceKey(credential: string): boolean {
    const candidate = digest(credential);
    let matched = false;
    for (const known of serviceDigests) {
      matched = timingSafeEqual(candidate, known) || matched;
    }
    return matched;
  }

  return {
    async authenticate(authorization) {
      const credential = bearerCredential(authorization);
      if (credential === null) {
        throw unauthenticated('Missing credentials: send "Authorization: Bearer <token>"');
      }
      if (isServiceKey(credential)) {
        return serviceCaller();
      }
      throw unauthenticated('Invalid credentials');
    },
  };
}
