import { TrackSource } from '@livekit/protocol';
import type { VideoGrant } from 'livekit-server-sdk';
import { builder } from './builder.js';
import { RoomAgentDispatchInput } from './agent.js';
import { ParticipantKindEnum } from './enums.js';
import { attributeMap } from './input-checks.js';
import { AttributeInput } from './moderation.js';
import { effectiveGrant, GRANT_FLAGS } from '../auth/grants.js';
import { mintAccessToken, type MintedToken, type MintRequest } from '../auth/mint.js';
import { badUserInput } from '../errors.js';

export const PublishSourceEnum = builder.enumType('PublishSource', {
  description: 'A source a token may publish from: the publishable values of TrackSource.',
  values: {
    CAMERA: { value: TrackSource.CAMERA },
    MICROPHONE: { value: TrackSource.MICROPHONE },
    SCREEN_SHARE: { value: TrackSource.SCREEN_SHARE },
    SCREEN_SHARE_AUDIO: { value: TrackSource.SCREEN_SHARE_AUDIO },
  } as const,
});

const GRANT_FLAG_DESCRIPTIONS: Record<(typeof GRANT_FLAGS)[number], string> = {
  roomCreate: 'Create and delete rooms.',
  roomJoin: 'Join the room named in `room`.',
  roomList: 'List every room.',
  roomRecord: 'Start and stop recordings (egress).',
  roomAdmin: 'Moderate the room named in `room`.',
  ingressAdmin: 'Manage ingest endpoints (ingress).',
  canPublish: 'Publish tracks.',
  canSubscribe: "Subscribe to other participants' tracks.",
  canPublishData: 'Send data packets.',
  canUpdateOwnMetadata: 'Change its own name, metadata and attributes.',
  hidden: 'Stay invisible to other participants.',
  recorder: 'Mark the room as being recorded.',
  agent: 'Connect as an Agents framework worker.',
  canSubscribeMetrics: 'Receive metrics of other participants.',
  canManageAgentSession: 'Manage an agent session remotely.',
};

/** A video grant with LiveKit's defaults filled in, so every flag is explicit. */
export const VideoGrantRef = builder.objectRef<VideoGrant>('VideoGrant').implement({
  description: "LiveKit's video grant, with defaults applied: every flag is true or false.",
  fields: (t) => ({
    ...Object.fromEntries(
      GRANT_FLAGS.map((flag) => [
        flag,
        t.boolean({
          description: GRANT_FLAG_DESCRIPTIONS[flag],
          resolve: (grant) => effectiveGrant(grant)[flag],
        }),
      ]),
    ),
    room: t.string({ nullable: true, resolve: (grant) => grant.room ?? null }),
    destinationRoom: t.string({
      nullable: true,
      description: 'Room this participant may be forwarded or moved to.',
      resolve: (grant) => grant.destinationRoom ?? null,
    }),
    canPublishSources: t.field({
      type: [PublishSourceEnum],
      description: 'Sources it may publish; empty means every source.',
      // Incoming grants are parsed to publishable sources only, so the cast cannot widen.
      resolve: (grant) =>
        (grant.canPublishSources ?? []) as (typeof PublishSourceEnum.$inferType)[],
    }),
  }),
});

const VideoGrantInput = builder.inputType('VideoGrantInput', {
  description:
    'Requested grant. Flags left out take LiveKit defaults (canPublish and canSubscribe true, ' +
    'canPublishData as canPublish, the rest false); roomJoin defaults to true here.',
  fields: (t) => ({
    ...Object.fromEntries(
      GRANT_FLAGS.map((flag) => [flag, t.boolean({ description: GRANT_FLAG_DESCRIPTIONS[flag] })]),
    ),
    canPublishSources: t.field({
      type: [PublishSourceEnum],
      description: 'Sources it may publish; left out or empty means every source policy allows.',
    }),
    destinationRoom: t.string({
      description: 'Room to forward or move to; needs roomAdmin on both rooms.',
    }),
  }),
});

const RoomConfigurationInput = builder.inputType('RoomConfigurationInput', {
  description:
    'Room settings LiveKit applies when this token’s join creates the room. Left out of the ' +
    'token when nothing is set. Needs roomAdmin on the room or roomCreate.',
  fields: (t) => ({
    name: t.string(),
    emptyTimeout: t.int({ description: 'Seconds to keep the room open before anyone joins.' }),
    departureTimeout: t.int({
      description: 'Seconds to keep the room open after the last participant leaves.',
    }),
    maxParticipants: t.int({ description: 'Maximum participants at once; 0 means no limit.' }),
    metadata: t.string(),
    minPlayoutDelay: t.int({ description: 'Minimum playout delay in milliseconds.' }),
    maxPlayoutDelay: t.int({ description: 'Maximum playout delay in milliseconds.' }),
    syncStreams: t.boolean({ description: 'Improves A/V sync when the playout delay is large.' }),
    agents: t.field({ type: [RoomAgentDispatchInput], description: 'Agents to dispatch.' }),
  }),
});

const CreateAccessTokenInput = builder.inputType('CreateAccessTokenInput', {
  fields: (t) => ({
    room: t.string({ required: true }),
    identity: t.string({
      description: "The caller's own identity when left out; another needs roomAdmin.",
    }),
    name: t.string(),
    metadata: t.string(),
    attributes: t.field({ type: [AttributeInput] }),
    kind: t.field({
      type: ParticipantKindEnum,
      description: 'STANDARD when left out; another kind needs roomAdmin.',
    }),
    ttlSeconds: t.int({ description: 'Token lifetime in seconds; bounded by the gateway policy.' }),
    grants: t.field({ type: VideoGrantInput }),
    roomConfiguration: t.field({ type: RoomConfigurationInput }),
  }),
});

/** A minted token and whether LiveKit will ignore the room configuration it carries. */
type AccessTokenResult = MintedToken & { roomConfigurationIgnored: boolean };

const AccessTokenRef = builder.objectRef<AccessTokenResult>('AccessToken').implement({
  description: 'A signed LiveKit access token and what it grants.',
  fields: (t) => ({
    token: t.exposeString('token', { description: 'The JWT to pass to a LiveKit client SDK.' }),
    identity: t.exposeString('identity'),
    room: t.exposeString('room'),
    grants: t.field({
      type: VideoGrantRef,
      description: 'The video grant read back from the signed token.',
      resolve: (minted) => minted.grants,
    }),
    expiresAt: t.field({
      type: 'DateTime',
      description: 'The `exp` of the token.',
      resolve: (minted) => minted.expiresAt,
    }),
    serverUrl: t.exposeString('serverUrl', { description: 'The LiveKit URL clients connect to.' }),
    roomConfigurationIgnored: t.exposeBoolean('roomConfigurationIgnored', {
      description:
        'True when the token carries a room configuration but the room already exists: ' +
        'LiveKit applies it only when the join creates the room. Use `createRoom` instead.',
    }),
  }),
});

builder.mutationField('createAccessToken', (t) =>
  t.field({
    type: AccessTokenRef,
    description:
      'Mints a LiveKit access token. Grants are the intersection of the request and what ' +
      'the caller may sign; see `viewer.minting`.',
    args: { input: t.arg({ type: CreateAccessTokenInput, required: true }) },
    // Who may mint depends on the room, the identity and the grants; mintAccessToken decides.
    authScopes: { authenticated: true },
    resolve: async (_parent, { input }, context) => {
      const attributes = attributeMap(input.attributes ?? [], 'attributes');
      const minted = await mintAccessToken(
        context.caller,
        {
          ...input,
          attributes,
          // The flag fields are built from GRANT_FLAGS, which the inferred input type cannot see.
          grants: (input.grants ?? undefined) as MintRequest['grants'],
          roomConfiguration: input.roomConfiguration ?? null,
        },
        context.config,
        context.bans,
      );
      const roomConfigurationIgnored =
        input.roomConfiguration != null && (await context.loaders.room.load(minted.room)) !== null;
      return { ...minted, roomConfigurationIgnored };
    },
  }),
);
