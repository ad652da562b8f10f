import type { Caller } from '../auth/caller.js';
import {
  canAdminIngress,
  canAdminRoom,
  canCreateRooms,
  canListRooms,
  canReadRoom,
  canRecord,
  isService,
} from '../auth/access.js';
import { mintCeiling } from '../auth/mint.js';
import type { GatewayContext } from '../context.js';
import { builder } from './builder.js';
import { PublishSourceEnum, VideoGrantRef } from './token.js';

const CredentialKindEnum = builder.enumType('CredentialKind', {
  description: 'How the caller proved who it is.',
  values: ['SERVICE_KEY', 'LIVEKIT_TOKEN', 'APP_JWT', 'ANONYMOUS'] as const,
});

/** Rooms a rule covers: every room, or the rooms listed. */
interface RoomScope {
  all: boolean;
  rooms: string[];
}

const RoomScopeRef = builder.objectRef<RoomScope>('RoomScope').implement({
  description: 'Rooms a permission covers: all of them, or the ones listed.',
  fields: (t) => ({
    all: t.exposeBoolean('all'),
    rooms: t.exposeStringList('rooms', { description: 'Empty when `all` is true.' }),
  }),
});

/** Service keys cover every room; other callers at most the room their grant names. */
function roomScope(caller: Caller, allowed: (caller: Caller, room: string) => boolean): RoomScope {
  if (isService(caller)) {
    return { all: true, rooms: [] };
  }
  const room = caller.video.room;
  return { all: false, rooms: room && allowed(caller, room) ? [room] : [] };
}

const MintingRef = builder.objectRef<Caller>('TokenMinting').implement({
  description: 'What `createAccessToken` signs for this caller.',
  fields: (t) => ({
    rooms: t.field({
      type: RoomScopeRef,
      description: 'Rooms it may mint tokens for.',
      resolve: (caller) =>
        roomScope(caller, (who, room) => canReadRoom(who, room) || canAdminRoom(who, room)),
    }),
    anyIdentityRooms: t.field({
      type: RoomScopeRef,
      description: 'Rooms where it may mint for identities other than its own.',
      resolve: (caller) => roomScope(caller, canAdminRoom),
    }),
    grants: t.field({
      type: VideoGrantRef,
      description:
        'Maximum grant it may sign for its own room; requested flags beyond it are signed false.',
      resolve: (caller, _args, context: GatewayContext) =>
        mintCeiling(caller, caller.video.room ?? '', context.config.tokenPolicy),
    }),
    publishSources: t.field({
      type: [PublishSourceEnum],
      resolve: (caller, _args, context: GatewayContext) =>
        mintCeiling(caller, '', context.config.tokenPolicy).canPublishSources as NonNullable<
          (typeof PublishSourceEnum.$inferType)[]
        >,
    }),
    maxTtlSeconds: t.int({
      resolve: (_caller, _args, context) => context.config.tokenPolicy.maxTtlSeconds,
    }),
    defaultTtlSeconds: t.int({
      resolve: (_caller, _args, context) => context.config.tokenPolicy.defaultTtlSeconds,
    }),
  }),
});

const ViewerRef = builder.objectRef<Caller>('Viewer').implement({
  description: 'The caller: who it is and what it may do.',
  fields: (t) => ({
    identity: t.string({ nullable: true, resolve: (caller) => caller.identity }),
    name: t.string({ nullable: true, resolve: (caller) => caller.name }),
    credential: t.field({ type: CredentialKindEnum, resolve: (caller) => caller.kind }),
    expiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the credential expires; `null` when it never does.',
      resolve: (caller) => (caller.expiresAt === null ? null : new Date(caller.expiresAt * 1000)),
    }),
    grants: t.field({
      type: VideoGrantRef,
      description: 'The video grant of the credential. Service keys pass every rule regardless.',
      resolve: (caller) => caller.video,
    }),
    readRooms: t.field({
      type: RoomScopeRef,
      description: 'Rooms whose participants, tracks and events it may read.',
      resolve: (caller) => roomScope(caller, canReadRoom),
    }),
    adminRooms: t.field({
      type: RoomScopeRef,
      description: 'Rooms it may moderate.',
      resolve: (caller) => roomScope(caller, canAdminRoom),
    }),
    bannedRooms: t.stringList({
      description: 'Rooms its identity is banned from.',
      resolve: (caller) => [...(caller.bannedRooms ?? [])].sort(),
    }),
    canListRooms: t.boolean({ resolve: (caller) => canListRooms(caller) }),
    canCreateRooms: t.boolean({ resolve: (caller) => canCreateRooms(caller) }),
    canRecord: t.boolean({ resolve: (caller) => canRecord(caller) }),
    canAdminIngress: t.boolean({ resolve: (caller) => canAdminIngress(caller) }),
    minting: t.field({ type: MintingRef, resolve: (caller) => caller }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    description: 'The caller: its identity, credential, and the rooms it may read and moderate.',
    authScopes: { authenticated: true },
    resolve: (_parent, _args, context) => context.caller,
  }),
);
