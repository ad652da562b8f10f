import type { ChildHandle } from './child.js';
import type { FanoutTarget } from './fanout.js';
import { BENCH_SERVICE_KEY, gatewayEnv, startServer } from './servers.js';
import { BENCH_WEBHOOK_KEY, participantJoinedBody, signWebhookBody } from './webhook-sign.js';

/** The subscription every fan-out subscriber sends: one room, the fields a frontend shows. */
export const ROOM_EVENTS_PAYLOAD = {
  query:
    'subscription ($room: String!) { roomEvents(room: $room) { id cursor type createdAt ' +
    'participant { identity name state } } }',
  variables: { room: 'bench' },
};

/**
 * Environment of a fan-out gateway. One service key opens every subscription, so the
 * per-caller subscription limit is raised past any subscriber count used here.
 */
export function fanoutGatewayEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...gatewayEnv({ url: 'http://127.0.0.1:9', ...BENCH_WEBHOOK_KEY }),
    MAX_SUBSCRIPTIONS_PER_CALLER: '1000000',
    ...extra,
  };
}

export type GatewayHandle = ChildHandle & { url: string };

export function startFanoutGateway(extra: Record<string, string> = {}): Promise<GatewayHandle> {
  return startServer('gateway-events', fanoutGatewayEnv(extra));
}

let sequence = 0;

/** Posts one signed `participant_joined` webhook of room `bench` with a fresh id. */
export async function postWebhook(gatewayUrl: string): Promise<void> {
  const { body, authorization } = signWebhookBody(participantJoinedBody('bench', ++sequence));
  const response = await fetch(`${gatewayUrl}/webhooks/livekit`, {
    method: 'POST',
    headers: { 'content-type': 'application/webhook+json', authorization },
    body,
  });
  const answer = await response.text();
  if (response.status !== 200) {
    throw new Error(`webhook rejected with HTTP ${response.status}: ${answer}`);
  }
}

/** Waits until `server` reports `count` subscribers of room `bench`. */
export async function waitForRoomSubscribers(server: ChildHandle, count: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  while ((await server.request<number>('subscribers', 'bench')) !== count) {
    if (Date.now() > deadline) {
      throw new Error(`the gateway did not reach ${count} subscribers within 120 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A fan-out target: subscribers on `subscribeTo`, webhooks posted to `publishTo`. */
export function gatewayTarget(
  name: string,
  subscribeTo: GatewayHandle,
  publishTo: GatewayHandle = subscribeTo,
): FanoutTarget {
  return {
    name,
    url: `${subscribeTo.url.replace('http://', 'ws://')}/graphql`,
    payload: ROOM_EVENTS_PAYLOAD,
    connectionParams: { authorization: `Bearer ${BENCH_SERVICE_KEY}` },
    trigger: () => postWebhook(publishTo.url),
    stats: () => subscribeTo.stats(),
    gc: () => subscribeTo.gc(),
    waitForSubscribers: (count) => waitForRoomSubscribers(subscribeTo, count),
  };
}
