import type { Ban } from '../auth/bans.js';
import { builder } from './builder.js';
import { requireRoomName } from './input-checks.js';

const BanRef = builder.objectRef<Ban>('Ban').implement({
  description: 'An identity banned from a room: no tokens are minted for it and it cannot read it.',
  fields: (t) => ({
    room: t.exposeString('room'),
    identity: t.exposeString('identity'),
    createdAt: t.field({ type: 'DateTime', resolve: (ban) => ban.createdAt }),
  }),
});

const UnbanParticipantPayload = builder
  .objectRef<{ room: string; identity: string; unbanned: boolean }>('UnbanParticipantPayload')
  .implement({
    fields: (t) => ({
      room: t.exposeString('room'),
      identity: t.exposeString('identity'),
      unbanned: t.exposeBoolean('unbanned', { description: 'False when no ban existed.' }),
    }),
  });

builder.queryField('bans', (t) =>
  t.field({
    type: [BanRef],
    description: 'Identities banned from a room, oldest first.',
    args: { room: t.arg.string({ required: true }) },
    authScopes: (_parent, args) => ({ adminRoom: args.room }),
    resolve: (_parent, args, context) => context.bans.list(args.room),
  }),
);

builder.mutationField('unbanParticipant', (t) =>
  t.field({
    type: UnbanParticipantPayload,
    description: 'Lifts a ban made by `removeParticipant(ban: true)`.',
    args: { room: t.arg.string({ required: true }), identity: t.arg.string({ required: true }) },
    authScopes: (_parent, args) => ({ adminRoom: args.room }),
    resolve: async (_parent, args, context) => ({
      room: requireRoomName(args.room, 'room'),
      identity: args.identity,
      unbanned: await context.bans.unban(args.room, args.identity),
    }),
  }),
);
