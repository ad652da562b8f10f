import type { ParticipantInfo, ParticipantPermission } from '@livekit/protocol';
import { builder } from './builder.js';
import {
  DisconnectReasonEnum,
  ParticipantKindEnum,
  ParticipantStateEnum,
  TrackSourceEnum,
} from './enums.js';
import { AttributeRef, attributeList, dateFromMilliseconds, dateFromSeconds } from './scalars.js';
import { TrackRef } from './track.js';
import { canSeeParticipant } from '../auth/access.js';

export const ParticipantPermissionRef = builder
  .objectRef<ParticipantPermission>('ParticipantPermission')
  .implement({
    description: 'What a participant may do in its room.',
    fields: (t) => ({
      canSubscribe: t.exposeBoolean('canSubscribe'),
      canPublish: t.exposeBoolean('canPublish'),
      canPublishData: t.exposeBoolean('canPublishData'),
      canPublishSources: t.field({
        type: [TrackSourceEnum],
        description: 'Sources it may publish; empty means every source.',
        resolve: (permission) => permission.canPublishSources,
      }),
      hidden: t.exposeBoolean('hidden'),
      canUpdateMetadata: t.exposeBoolean('canUpdateMetadata'),
      canSubscribeMetrics: t.exposeBoolean('canSubscribeMetrics'),
      canManageAgentSession: t.exposeBoolean('canManageAgentSession'),
    }),
  });

export const ParticipantRef = builder.objectRef<ParticipantInfo>('Participant').implement({
  description: 'A participant connected to a room.',
  fields: (t) => ({
    sid: t.exposeID('sid', { description: 'Server-assigned participant id (`PA_…`).' }),
    identity: t.exposeString('identity'),
    name: t.exposeString('name'),
    state: t.field({ type: ParticipantStateEnum, resolve: (participant) => participant.state }),
    kind: t.field({ type: ParticipantKindEnum, resolve: (participant) => participant.kind }),
    metadata: t.exposeString('metadata'),
    attributes: t.field({
      type: [AttributeRef],
      resolve: (participant) => attributeList(participant.attributes),
    }),
    joinedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (participant) =>
        dateFromMilliseconds(participant.joinedAtMs) ?? dateFromSeconds(participant.joinedAt),
    }),
    isPublisher: t.exposeBoolean('isPublisher'),
    permission: t.field({
      type: ParticipantPermissionRef,
      nullable: true,
      resolve: (participant) => participant.permission ?? null,
    }),
    region: t.exposeString('region'),
    disconnectReason: t.field({
      type: DisconnectReasonEnum,
      resolve: (participant) => participant.disconnectReason,
    }),
    version: t.exposeInt('version', {
      description: 'Increases with every change LiveKit makes to this participant.',
    }),
    tracks: t.field({ type: [TrackRef], resolve: (participant) => participant.tracks }),
  }),
});

builder.queryField('participant', (t) =>
  t.field({
    type: ParticipantRef,
    nullable: true,
    description: 'One participant of a room; `null` when the room or participant is absent.',
    args: {
      room: t.arg.string({ required: true }),
      identity: t.arg.string({ required: true }),
    },
    authScopes: (_parent, args) => ({ readRoom: args.room }),
    resolve: async (_parent, args, context) => {
      const participant = await context.loaders.participant.load([args.room, args.identity]);
      if (participant && !canSeeParticipant(context.caller, args.room, participant)) {
        return null;
      }
      return participant;
    },
  }),
);
