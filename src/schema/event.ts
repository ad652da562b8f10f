import { builder } from './builder.js';
import { EgressRef } from './egress.js';
import { ParticipantRef } from './participant.js';
import { RoomRef } from './room.js';
import { TrackRef } from './track.js';
import { canAdminRoom } from '../auth/access.js';
import { badUserInput } from '../errors.js';
import { requireRoomName } from './input-checks.js';
import { decodeCursor, type Cursor } from '../events/cursor.js';
import type { HubEvent } from '../events/hub.js';
import { LIVEKIT_EVENT_TYPES, type RoomEventType } from '../events/room-event.js';
import { writeShared } from '../events/shared-execution.js';
import { CLOSE_CODES, type SubscriptionTransport } from '../events/transport.js';

export const RoomEventTypeEnum = builder.enumType('RoomEventType', {
  description:
    'A LiveKit webhook event name; `UNKNOWN` for a name this gateway does not know (see ' +
    '`rawType`), `RESYNC` when events between the requested cursor and the oldest one held are lost.',
  values: [...LIVEKIT_EVENT_TYPES, 'UNKNOWN', 'RESYNC'] as const,
});

export const RoomEventRef = builder.objectRef<HubEvent>('RoomEvent').implement({
  description: 'A verified LiveKit webhook event of one room, with the objects it carried.',
  fields: (t) => ({
    id: t.exposeID('id', { description: "LiveKit's event id (`EV_…`)." }),
    cursor: t.exposeString('cursor', {
      description: 'Opaque position in the room’s event log; pass it as `after` to resume.',
    }),
    type: t.field({ type: RoomEventTypeEnum, resolve: (event) => event.type }),
    rawType: t.exposeString('rawType', {
      description: 'The event name exactly as LiveKit sent it, e.g. `participant_joined`.',
    }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'When LiveKit created the event (second precision).',
      resolve: (event) => event.createdAt,
    }),
    roomName: t.exposeString('roomName'),
    room: t.field({
      type: RoomRef,
      nullable: true,
      description: 'The room as the event carried it; track events carry only `sid` and `name`.',
      resolve: (event) => event.webhook?.room ?? null,
    }),
    participant: t.field({
      type: ParticipantRef,
      nullable: true,
      description:
        'The participant as the event carried it; track events carry `sid` and `identity`.',
      resolve: (event) => event.webhook?.participant ?? null,
    }),
    track: t.field({
      type: TrackRef,
      nullable: true,
      resolve: (event) => event.webhook?.track ?? null,
    }),
    egress: t.field({
      type: EgressRef,
      nullable: true,
      resolve: (event) => event.webhook?.egressInfo ?? null,
    }),
  }),
});

builder.subscriptionType({});

builder.subscriptionField('roomEvents', (t) =>
  t.field({
    type: RoomEventRef,
    description:
      'Events of one room, in order. With `after` (or the SSE `Last-Event-ID` header, which ' +
      'takes precedence) the events logged since that cursor are replayed first, then live ' +
      'events follow with no gap and no repeat.',
    args: {
      room: t.arg.string({ required: true }),
      types: t.arg({ type: [RoomEventTypeEnum], required: false }),
      after: t.arg.string({ required: false }),
    },
    authScopes: (_parent, args) => ({ readRoom: args.room }),
    subscribe: async (_parent, args, context, info) => {
      requireRoomName(args.room, 'room');
      const transport = context.transport;
      const after = resumeCursor(args.room, transport?.lastEventId || args.after);
      const types = args.types ? new Set<RoomEventType>(args.types) : null;
      const admin = canAdminRoom(context.caller, args.room);
      const events = await context.events.open(args.room, {
        ...(transport ? { transport: transport.kind } : {}),
        after,
        accept: (event) =>
          (types === null || types.has(event.type)) && (admin || !event.hiddenParticipant),
        onEnd: (code, reason) => {
          if (code === CLOSE_CODES.SLOW_CONSUMER) {
            context.log.warn({ room: args.room, requestId: context.requestId }, 'Slow consumer');
          }
          transport?.close(code, reason);
        },
      });
      const frames = transport?.frames;
      if (frames) {
        const shared = context.events.shared;
        const group = shared.join(
          { room: args.room, types: args.types ?? null, admin, info },
          frames.execute,
        );
        return writeShared(events, group, frames, () => shared.leave(group, frames.execute));
      }
      return withCursorReport(events, transport);
    },
    resolve: (event) => event,
  }),
);

function resumeCursor(room: string, value: string | null | undefined): Cursor | null {
  if (!value) {
    return null;
  }
  const cursor = decodeCursor(value);
  if (cursor.room !== room) {
    throw badUserInput(`Cursor belongs to room "${cursor.room}", not "${room}"`, 'after');
  }
  return cursor;
}

/** Reports each event's cursor to the transport before it is executed and sent. */
function withCursorReport(
  events: AsyncIterableIterator<HubEvent>,
  transport: SubscriptionTransport | undefined,
): AsyncIterableIterator<HubEvent> {
  if (!transport) {
    return events;
  }
  // A plain iterator, not an async generator: `return()` must end a pending `next()` at once.
  const iterator: AsyncIterableIterator<HubEvent> = {
    next: async () => {
      const result = await events.next();
      if (!result.done) {
        transport.setCursor(result.value.cursor);
      }
      return result;
    },
    return: () => events.return?.() ?? Promise.resolve({ done: true, value: undefined }),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
