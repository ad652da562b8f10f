import { builder } from './builder.js';
import { RoomEventRef } from './event.js';
import { requireRoomName } from './input-checks.js';
import { ParticipantRef } from './participant.js';
import { canSeeParticipant } from '../auth/access.js';
import type { RoomStateValue } from '../state/room-tracker.js';
import { isReconciledEventId } from '../state/reconciled-event.js';

export const RoomStateRef = builder.objectRef<RoomStateValue>('RoomState').implement({
  description:
    'The participants and tracks of one room, kept from its events and reconciled with LiveKit.',
  fields: (t) => ({
    room: t.exposeString('room', { description: 'The room name.' }),
    roomSid: t.exposeString('roomSid', {
      nullable: true,
      description: 'The room sid (`RM_…`); `null` while the room has not been seen.',
    }),
    participants: t.field({
      type: [ParticipantRef],
      description:
        'Participants that became active, oldest join first, with their published tracks; ' +
        'hidden ones only for admins of the room.',
      resolve: (state, _args, context) =>
        state.participants.filter((participant) =>
          canSeeParticipant(context.caller, state.room, participant),
        ),
    }),
    cursor: t.exposeString('cursor', {
      nullable: true,
      description:
        'Cursor of the last room event folded into this state; pass it as `after` to ' +
        '`roomEvents` for the events that follow. `null` before the first event.',
    }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'When this gateway instance last changed the state.',
      resolve: (state) => state.updatedAt,
    }),
  }),
});

builder.subscriptionField('roomState', (t) =>
  t.field({
    type: RoomStateRef,
    description:
      'The state of one room: the whole state first, once it has been reconciled with LiveKit, ' +
      'then the whole new state after every change. A slow client skips to the newest state.',
    args: { room: t.arg.string({ required: true }) },
    authScopes: (_parent, args) => ({ readRoom: args.room }),
    subscribe: (_parent, args, context) =>
      context.roomState.watch(requireRoomName(args.room, 'room')),
    resolve: (state) => state,
  }),
);

builder.objectField(RoomEventRef, 'reconciled', (t) =>
  t.boolean({
    description:
      'Whether the gateway emitted this event after finding the change by reconciling with ' +
      'LiveKit, because LiveKit’s own webhook for it did not arrive.',
    resolve: (event) => isReconciledEventId(event.id),
  }),
);
