// Load side of the LiveKit read benchmark: reads one room with its participants either through
// the gateway over HTTP or directly with livekit-server-sdk, and returns the latencies.
import { RoomServiceClient } from 'livekit-server-sdk';
import { serveParent } from '../lib/child.js';
import { measureLatencies } from '../lib/latency.js';
import { BENCH_SERVICE_KEY } from '../lib/servers.js';

/** Payload of a `measure` request. */
export interface ReadRequest {
  target: 'sdk' | 'sdk-parallel' | 'gateway' | 'gateway-no-livekit';
  count: number;
  concurrency: number;
}

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
};
const room = env('BENCH_ROOM');
const gatewayUrl = `${env('BENCH_GATEWAY_URL')}/graphql`;
const rooms = new RoomServiceClient(
  env('BENCH_LIVEKIT_URL'),
  env('BENCH_LIVEKIT_API_KEY'),
  env('BENCH_LIVEKIT_API_SECRET'),
);
const body = JSON.stringify({
  query: 'query ($name: String!) { room(name: $name) { name participants { identity } } }',
  variables: { name: room },
});

/** Makes the two calls that `room(name) { participants }` needs, one after the other. */
async function readDirect(): Promise<void> {
  const found = await rooms.listRooms([room]);
  const participants = await rooms.listParticipants(room);
  if (found.length !== 1 || participants.length === 0) {
    throw new Error(`expected the room and a participant, got ${found.length} rooms`);
  }
}

/** Makes the same two calls at once, as a client that knows the room name up front can. */
async function readDirectInParallel(): Promise<void> {
  const [found, participants] = await Promise.all([
    rooms.listRooms([room]),
    rooms.listParticipants(room),
  ]);
  if (found.length !== 1 || participants.length === 0) {
    throw new Error(`expected the room and a participant, got ${found.length} rooms`);
  }
}

async function readThroughGateway(): Promise<void> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_SERVICE_KEY}` },
    body,
  });
  const result = (await response.json()) as {
    data?: { room: { participants: unknown[] } | null };
    errors?: unknown;
  };
  if (response.status !== 200 || !result.data?.room?.participants.length) {
    throw new Error(`gateway returned ${response.status}: ${JSON.stringify(result)}`);
  }
}

const noLiveKitBody = JSON.stringify({ query: '{ rooms(names: []) { name } }' });

/** Sends a gateway request that makes no LiveKit call, to time the HTTP and GraphQL hop alone. */
async function queryGatewayOnly(): Promise<void> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_SERVICE_KEY}` },
    body: noLiveKitBody,
  });
  await response.arrayBuffer();
  if (response.status !== 200) {
    throw new Error(`gateway returned ${response.status}`);
  }
}

serveParent(
  {},
  {
    measure: (payload) => {
      const request = payload as ReadRequest;
      const operations = {
        sdk: readDirect,
        'sdk-parallel': readDirectInParallel,
        gateway: readThroughGateway,
        'gateway-no-livekit': queryGatewayOnly,
      };
      const operation = operations[request.target];
      return measureLatencies(operation, request.count, request.concurrency);
    },
  },
);
