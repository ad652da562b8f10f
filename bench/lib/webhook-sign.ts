import { createHash, createHmac, randomUUID } from 'node:crypto';

/** API key and secret the webhook benchmarks sign with and the bench gateways accept. */
export const BENCH_WEBHOOK_KEY = {
  apiKey: 'bench-webhook-key',
  apiSecret: 'bench-webhook-secret-0123456789',
};

/** A webhook body with its `Authorization` value. */
export interface SignedWebhook {
  body: string;
  authorization: string;
}

const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');

/**
 * Signs `body` the way livekit-server does (HS256, `iss` the API key, `sha256` the base64
 * SHA-256 of the body), with node:crypto so a pool of thousands is ready in a second.
 */
export function signWebhookBody(
  body: string,
  key: { apiKey: string; apiSecret: string } = BENCH_WEBHOOK_KEY,
): SignedWebhook {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: key.apiKey,
    nbf: now - 5,
    exp: now + 600,
    sha256: createHash('sha256').update(body).digest('base64'),
  };
  const signingInput = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  const signature = createHmac('sha256', key.apiSecret).update(signingInput).digest('base64url');
  return { body, authorization: `${signingInput}.${signature}` };
}

/** A `participant_joined` event of `room` with a fresh id, about 500 bytes like LiveKit's. */
export function participantJoinedBody(room: string, sequence: number): string {
  const now = Math.floor(Date.now() / 1000);
  return JSON.stringify({
    event: 'participant_joined',
    room: { sid: 'RM_bench', name: room, numParticipants: 1 },
    participant: {
      sid: `PA_bench_${sequence}`,
      identity: `bench-${sequence}`,
      name: `Bench ${sequence}`,
      state: 'ACTIVE',
      joinedAt: String(now),
      joinedAtMs: String(now * 1000),
      permission: { canSubscribe: true, canPublish: true, canPublishData: true },
      attributes: { role: 'speaker' },
    },
    id: `EV_${randomUUID()}`,
    createdAt: String(now),
  });
}
