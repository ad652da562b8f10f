import type { Room } from '@livekit/protocol';
import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import { builder } from './builder.js';
import { dateFromMilliseconds, dateFromSeconds } from './scalars.js';
import { ParticipantRef } from './participant.js';
import { RoomAgentDispatchInput, roomAgentDispatches } from './agent.js';
import { canListRooms, canReadRoom, canSeeParticipant } from '../auth/access.js';
import { badUserInput } from '../errors.js';

export const RoomRef = builder.objectRef<Room>('Room').implement({
  description: 'A LiveKit room. The TURN password LiveKit stores with it is never exposed.',
  fields: (t) => ({
    sid: t.exposeID('sid', { description: 'Server-assigned room id (`RM_…`).' }),
    name: t.exposeString('name'),
    metadata: t.exposeString('metadata'),
    numParticipants: t.exposeInt('numParticipants'),
    numPublishers: t.exposeInt('numPublishers'),
    maxParticipants: t.exposeInt('maxParticipants', { description: '0 means no limit.' }),
    emptyTimeout: t.exposeInt('emptyTimeout', {
      description: 'Seconds the room stays open before anyone joins.',
    }),
    departureTimeout: t.exposeInt('departureTimeout', {
      description: 'Seconds the room stays open after the last participant leaves.',
    }),
    creationTime: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (room) =>
        dateFromMilliseconds(room.creationTimeMs) ?? dateFromSeconds(room.creationTime),
    }),
    activeRecording: t.exposeBoolean('activeRecording'),
    participants: t.field({
      type: [ParticipantRef],
      description: 'Participants in the room; hidden ones only for admins of the room.',
      authScopes: (room) => ({ readRoom: room.name }),
      resolve: async (room, _args, context) => {
        const participants = await context.loaders.participants.load(room.name);
        return participants.filter((participant) =>
          canSeeParticipant(context.caller, room.name, participant),
        );
      },
    }),
  }),
});

builder.queryFields((t) => ({
  rooms: t.field({
    type: [RoomRef],
    description: 'Active rooms the caller may read, optionally only those named.',
    args: { names: t.arg.stringList({ required: false }) },
    authScopes: { authenticated: true },
    resolve: async (_parent, args, context) => {
      const { caller, loaders, livekit } = context;
      if (args.names) {
        // Each room appears once, however often the request names it.
        const readable = [...new Set(args.names)].filter(
          (name) => canListRooms(caller) || canReadRoom(caller, name),
        );
        const rooms = await loaders.room.loadMany(readable);
        return rooms.filter((room): room is Room => {
          if (room instanceof Error) {
            throw room;
          }
          return room !== null;
        });
      }
      if (!canListRooms(caller)) {
        // A room-scoped caller lists only its own room, without the roomList grant.
        const own = caller.video.room;
        const room = own && canReadRoom(caller, own) ? await loaders.room.load(own) : null;
        return room ? [room] : [];
      }
      const rooms = await livekit.listRooms();
      for (const room of rooms) {
        loaders.room.prime(room.name, room);
      }
      return rooms;
    },
  }),
  room: t.field({
    type: RoomRef,
    nullable: true,
    description: 'One active room; `null` when it does not exist.',
    args: { name: t.arg.string({ required: true }) },
    authScopes: (_parent, args) => ({ $any: { readRoom: args.name, listRooms: true } }),
    resolve: (_parent, args, context, info) => {
      const room = context.loaders.room.load(args.name);
      // Participants need a second LiveKit call. Starting it next to ListRooms saves a round
      // trip; the loader hands the same result to `Room.participants`, which checks its scope.
      // ListParticipants of an absent room returns an empty list, so nothing fails or leaks.
      if (selectsField(info, 'participants')) {
        context.loaders.participants.load(args.name).catch(() => undefined);
      }
      return room;
    },
  }),
}));

/**
 * Reports whether the query selects `field` on the value this resolver returns, through inline
 * fragments and named fragments. `@skip` and `@include` are ignored, so a skipped field still
 * counts, which costs at most one unused read.
 */
function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  const visit = (selections: readonly SelectionNode[]): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) {
        return selection.name.value === field;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        return visit(selection.selectionSet.selections);
      }
      const fragment = info.fragments[selection.name.value];
      return fragment ? visit(fragment.selectionSet.selections) : false;
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet?.selections ?? []));
}

const CreateRoomInput = builder.inputType('CreateRoomInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    emptyTimeout: t.int({ description: 'Seconds to keep the room open before anyone joins.' }),
    departureTimeout: t.int({
      description: 'Seconds to keep the room open after the last participant leaves.',
    }),
    maxParticipants: t.int({ description: 'Maximum participants at once; 0 means no limit.' }),
    metadata: t.string(),
    minPlayoutDelay: t.int({ description: 'Minimum playout delay in milliseconds.' }),
    maxPlayoutDelay: t.int({ description: 'Maximum playout delay in milliseconds.' }),
    syncStreams: t.boolean({ description: 'Improves A/V sync when the playout delay is large.' }),
    agents: t.field({
      type: [RoomAgentDispatchInput],
      description: 'Agents dispatched when the room is created; none given keeps the default.',
    }),
  }),
});

const DeleteRoomPayload = builder
  .objectRef<{ name: string }>('DeleteRoomPayload')
  .implement({ fields: (t) => ({ name: t.exposeString('name') }) });

function nonNegative(value: number | null | undefined, argument: string): number | undefined {
  if (value === null || value === undefined) {
    return undefined;
  }
  if (value < 0) {
    throw badUserInput(`${argument} must not be negative`, argument);
  }
  return value;
}

builder.mutationFields((t) => ({
  createRoom: t.field({
    type: RoomRef,
    description: 'Creates a room, or updates the timeouts, limit and metadata of an existing one.',
    args: { input: t.arg({ type: CreateRoomInput, required: true }) },
    authScopes: { createRooms: true },
    resolve: (_parent, { input }, context) => {
      if (input.name.trim() === '') {
        throw badUserInput('Room name must not be empty', 'name');
      }
      return context.livekit.createRoom({
        name: input.name,
        emptyTimeout: nonNegative(input.emptyTimeout, 'emptyTimeout'),
        departureTimeout: nonNegative(input.departureTimeout, 'departureTimeout'),
        maxParticipants: nonNegative(input.maxParticipants, 'maxParticipants'),
        metadata: input.metadata ?? undefined,
        minPlayoutDelay: nonNegative(input.minPlayoutDelay, 'minPlayoutDelay'),
        maxPlayoutDelay: nonNegative(input.maxPlayoutDelay, 'maxPlayoutDelay'),
        syncStreams: input.syncStreams ?? undefined,
        agents: roomAgentDispatches(input.agents),
      });
    },
  }),
  deleteRoom: t.field({
    type: DeleteRoomPayload,
    description: 'Closes a room and disconnects everyone in it.',
    args: { name: t.arg.string({ required: true }) },
    authScopes: { createRooms: true },
    resolve: async (_parent, args, context) => {
      await context.livekit.deleteRoom(args.name);
      return { name: args.name };
    },
  }),
  updateRoomMetadata: t.field({
    type: RoomRef,
    args: { name: t.arg.string({ required: true }), metadata: t.arg.string({ required: true }) },
    authScopes: (_parent, args) => ({ adminRoom: args.name }),
    resolve: (_parent, args, context) =>
      context.livekit.updateRoomMetadata(args.name, args.metadata),
  }),
}));
