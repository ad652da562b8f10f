import { ParticipantInfo_Kind, RoomAgentDispatch, RoomConfiguration } from '@livekit/protocol';
import { decodeJwt } from 'jose';
import { AccessToken, type VideoGrant } from 'livekit-server-sdk';
import type { GatewayConfig, TokenPolicy } from '../config.js';
import { badUserInput, forbidden } from '../errors.js';
import { canAdminRoom, canCreateRooms, canReadRoom, isService } from './access.js';
import type { BanStore } from './bans.js';
import type { Caller } from './caller.js';
import {
  ALL_PUBLISH_SOURCES,
  GRANT_FLAGS,
  PUBLISH_SOURCES,
  effectiveGrant,
  parseVideoGrant,
  type EffectiveGrant,
  type GrantFlag,
} from './grants.js';

/** Flags an admin of a room may sign for anyone in that room. */
const ROOM_ADMIN_FLAGS: ReadonlySet<GrantFlag> = new Set([
  'roomJoin',
  'roomAdmin',
  'canPublish',
  'canSubscribe',
  'canPublishData',
  'canUpdateOwnMetadata',
  'hidden',
  'recorder',
  'agent',
  'canSubscribeMetrics',
  'canManageAgentSession',
]);

/** Server-wide flags, which a caller other than a service key may pass on only if it has them. */
const SERVER_FLAGS: ReadonlySet<GrantFlag> = new Set([
  'roomCreate',
  'roomList',
  'roomRecord',
  'ingressAdmin',
]);

/** LiveKit's identity limit, in bytes. */
const MAX_IDENTITY_BYTES = 256;

/** Room settings applied when the join creates the room. */
export interface RoomConfigurationRequest {
  name?: string | null;
  emptyTimeout?: number | null;
  departureTimeout?: number | null;
  maxParticipants?: number | null;
  metadata?: string | null;
  minPlayoutDelay?: number | null;
  maxPlayoutDelay?: number | null;
  syncStreams?: boolean | null;
  agents?: { agentName: string; metadata?: string | null }[] | null;
}

export interface MintRequest {
  room: string;
  /** The caller's own identity when left out. */
  identity?: string | null;
  name?: string | null;
  metadata?: string | null;
  attributes?: Record<string, string>;
  /** A `ParticipantInfo_Kind` value; standard when left out. */
  kind?: ParticipantInfo_Kind | null;
  ttlSeconds?: number | null;
  /** Requested grant; flags left out take LiveKit's defaults, and `roomJoin` defaults to true. */
  grants?: Partial<Record<GrantFlag, boolean | null>> & {
    canPublishSources?: number[] | null;
    destinationRoom?: string | null;
  };
  roomConfiguration?: RoomConfigurationRequest | null;
}

export interface MintedToken {
  token: string;
  identity: string;
  room: string;
  /** The video grant read back from the signed token. */
  grants: VideoGrant;
  expiresAt: Date;
  serverUrl: string;
}

/**
 * The most `caller` may sign in `room`: every flag for service keys; otherwise the policy's
 * user grants, plus the room-level flags when it administers the room, plus the server-wide
 * flags it holds itself. Publish sources are limited by the policy except for service keys.
 */
export function mintCeiling(caller: Caller, room: string, policy: TokenPolicy): EffectiveGrant {
  if (isService(caller)) {
    const all = effectiveGrant(Object.fromEntries(GRANT_FLAGS.map((flag) => [flag, true])));
    return { ...all, canPublishSources: ALL_PUBLISH_SOURCES };
  }
  const user = effectiveGrant(policy.userGrants);
  const own = effectiveGrant(caller.video);
  const admin = canAdminRoom(caller, room);
  const ceiling = effectiveGrant({});
  for (const flag of GRANT_FLAGS) {
    ceiling[flag] =
      user[flag] || (admin && ROOM_ADMIN_FLAGS.has(flag)) || (SERVER_FLAGS.has(flag) && own[flag]);
  }
  ceiling.canPublishSources = policy.publishSources.map((name) => PUBLISH_SOURCES[name]);
  return ceiling;
}

/** Intersects the requested grant with the ceiling; a flag the ceiling lacks is signed false. */
function grantToSign(caller: Caller, request: MintRequest, ceiling: EffectiveGrant): VideoGrant {
  const requested = request.grants ?? {};
  const requestedGrant: VideoGrant = { roomJoin: true };
  for (const flag of GRANT_FLAGS) {
    const value = requested[flag];
    if (value !== null && value !== undefined) {
      requestedGrant[flag] = value;
    }
  }
  const expected = effectiveGrant(requestedGrant);
  const grant: VideoGrant = { room: request.room };
  for (const flag of GRANT_FLAGS) {
    grant[flag] = expected[flag] && ceiling[flag];
  }

  // An empty list means every source to LiveKit, so an empty intersection turns publishing off.
  const allowed = ceiling.canPublishSources;
  const requestedSources = requested.canPublishSources ?? [];
  const sources = (requestedSources.length > 0 ? requestedSources : ALL_PUBLISH_SOURCES).filter(
    (source) => allowed.includes(source),
  );
  if (sources.length === 0) {
    grant.canPublish = false;
  } else if (sources.length < ALL_PUBLISH_SOURCES.length) {
    grant.canPublishSources = [...new Set(sources)];
  }
  if (!grant.canPublish) {
    delete grant.canPublishSources;
  }

  const destination = requested.destinationRoom;
  if (destination && canAdminRoom(caller, request.room) && canAdminRoom(caller, destination)) {
    grant.destinationRoom = destination;
  }
  return grant;
}

function nonNegative(value: number | null | undefined, argument: string): number {
  if (value === null || value === undefined) {
    return 0;
  }
  if (!Number.isInteger(value) || value < 0) {
    throw badUserInput(`${argument} must be a non-negative integer`, argument);
  }
  return value;
}

/** Builds the token's room configuration, or `undefined` when nothing in it is set. */
function roomConfiguration(request: RoomConfigurationRequest): RoomConfiguration | undefined {
  const config = new RoomConfiguration({
    name: request.name ?? '',
    emptyTimeout: nonNegative(request.emptyTimeout, 'roomConfiguration.emptyTimeout'),
    departureTimeout: nonNegative(request.departureTimeout, 'roomConfiguration.departureTimeout'),
    maxParticipants: nonNegative(request.maxParticipants, 'roomConfiguration.maxParticipants'),
    metadata: request.metadata ?? '',
    minPlayoutDelay: nonNegative(request.minPlayoutDelay, 'roomConfiguration.minPlayoutDelay'),
    maxPlayoutDelay: nonNegative(request.maxPlayoutDelay, 'roomConfiguration.maxPlayoutDelay'),
    syncStreams: request.syncStreams ?? false,
    agents: (request.agents ?? []).map(
      (agent) =>
        new RoomAgentDispatch({ agentName: agent.agentName, metadata: agent.metadata ?? '' }),
    ),
  });
  return config.equals(new RoomConfiguration()) ? undefined : config;
}

function checkTtl(ttlSeconds: number | null | undefined, policy: TokenPolicy): number {
  const ttl = ttlSeconds ?? policy.defaultTtlSeconds;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > policy.maxTtlSeconds) {
    throw badUserInput(
      `ttlSeconds must be an integer from 1 to ${policy.maxTtlSeconds}, got ${ttl}`,
      'ttlSeconds',
    );
  }
  return ttl;
}

function checkIdentity(caller: Caller, request: MintRequest, admin: boolean): string {
  const identity = request.identity ?? caller.identity;
  if (identity === null || identity === '') {
    throw badUserInput('identity is required: the caller has no identity of its own', 'identity');
  }
  if (Buffer.byteLength(identity) > MAX_IDENTITY_BYTES) {
    throw badUserInput(`identity must be at most ${MAX_IDENTITY_BYTES} bytes`, 'identity');
  }
  if (identity !== caller.identity && !admin) {
    throw forbidden(
      `Minting for identity "${identity}" needs roomAdmin on room "${request.room}" or a service key`,
    );
  }
  return identity;
}

/**
 * Mints a LiveKit access token for `request`, after checking who may mint what: the caller's
 * own identity unless it administers the room, grants within `mintCeiling`, a TTL within the
 * policy, and no ban on the identity in the room.
 */
export async function mintAccessToken(
  caller: Caller,
  request: MintRequest,
  config: Pick<GatewayConfig, 'livekit' | 'tokenPolicy'>,
  bans: BanStore,
): Promise<MintedToken> {
  const room = request.room;
  if (room.trim() === '') {
    throw badUserInput('room must not be empty', 'room');
  }
  const admin = canAdminRoom(caller, room);
  if (!admin && !canReadRoom(caller, room)) {
    throw forbidden(`Minting for room "${room}" needs roomJoin or roomAdmin on it`);
  }
  const identity = checkIdentity(caller, request, admin);
  const ttl = checkTtl(request.ttlSeconds, config.tokenPolicy);
  const kind = request.kind ?? ParticipantInfo_Kind.STANDARD;
  if (kind !== ParticipantInfo_Kind.STANDARD && !admin) {
    throw forbidden(`Minting a ${ParticipantInfo_Kind[kind]} participant needs roomAdmin`);
  }
  const roomConfig = request.roomConfiguration
    ? roomConfiguration(request.roomConfiguration)
    : undefined;
  if (roomConfig && !admin && !canCreateRooms(caller)) {
    throw forbidden('A room configuration needs roomAdmin on the room or roomCreate');
  }
  if (await bans.isBanned(room, identity)) {
    throw forbidden(`Identity "${identity}" is banned from room "${room}"`);
  }

  const ceiling = mintCeiling(caller, room, config.tokenPolicy);
  const accessToken = new AccessToken(config.livekit.apiKey, config.livekit.apiSecret, {
    identity,
    ttl,
    ...(request.name ? { name: request.name } : {}),
    ...(request.metadata ? { metadata: request.metadata } : {}),
    ...(request.attributes && Object.keys(request.attributes).length > 0
      ? { attributes: request.attributes }
      : {}),
  });
  accessToken.addGrant(grantToSign(caller, request, ceiling));
  if (kind !== ParticipantInfo_Kind.STANDARD) {
    accessToken.kind = (ParticipantInfo_Kind[kind] ?? 'STANDARD').toLowerCase();
  }
  if (roomConfig) {
    accessToken.roomConfig = roomConfig;
  }
  const token = await accessToken.toJwt();

  const claims = decodeJwt(token);
  return {
    token,
    identity,
    room,
    grants: parseVideoGrant(claims['video']) ?? {},
    expiresAt: new Date((claims.exp ?? 0) * 1000),
    serverUrl: config.livekit.clientUrl,
  };
}
