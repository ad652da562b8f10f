import { AccessToken, type VideoGrant } from 'livekit-server-sdk';
import type { LiveKitServer } from './livekit-server.js';

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
