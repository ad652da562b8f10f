import { AccessToken, TokenVerifier, type VideoGrant } from 'livekit-server-sdk';
import {
  createAuthenticator,
  bearerCredential,
  type Authenticator,
} from '../../src/auth/authenticate.js';
import type { Caller } from '../../src/auth/caller.js';
import { unauthenticated } from '../../src/errors.js';
import type { LiveKitServer } from './livekit-server.js';

/**
 * Creates an authenticator for tests that accepts the gateway's service keys and LiveKit access
 * tokens signed with the server's key, and gives the caller the token's video grant.
 * NOTE: this branch has no LiveKit-token authentication in the gateway itself, so tests inject
 * this one through `GatewayDeps.authenticator` to run callers with any grant.
 */
export function liveKitTokenAuthenticator(
  livekit: Pick<LiveKitServer, 'apiKey' | 'apiSecret'>,
  serviceKeys: string[],
): Authenticator {
  const services = createAuthenticator({ serviceKeys });
  const verifier = new TokenVerifier(livekit.apiKey, livekit.apiSecret);
  return {
    async authenticate(authorization) {
      const credential = bearerCredential(authorization);
      if (credential === null || credential.split('.').length !== 3) {
        return services.authenticate(authorization);
      }
      try {
        const claims = await verifier.verify(credential);
        const caller: Caller = {
          kind: 'LIVEKIT_TOKEN',
          identity: claims.sub ?? null,
          name: claims.name ?? null,
          video: claims.video ?? {},
          expiresAt: typeof claims.exp === 'number' ? claims.exp : null,
        };
        return caller;
      } catch {
        throw unauthenticated('Invalid credentials');
      }
    },
  };
}

/** Mints a LiveKit access token carrying `grant`, to call the gateway as a non-service caller. */
export async function callerToken(
  livekit: Pick<LiveKitServer, 'apiKey' | 'apiSecret'>,
  grant: VideoGrant,
  identity = 'caller',
): Promise<string> {
  const token = new AccessToken(livekit.apiKey, livekit.apiSecret, { identity, ttl: '10m' });
  token.addGrant(grant);
  return token.toJwt();
}
