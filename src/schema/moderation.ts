import { ParticipantPermission, type ParticipantInfo, type TrackSource } from '@livekit/protocol';
import { builder } from './builder.js';
import { ParticipantRef } from './participant.js';
import { TrackRef } from './track.js';
import { TrackSourceEnum } from './enums.js';
import { badUserInput, GatewayError, notFound } from '../errors.js';
import type { GatewayContext } from '../context.js';
import { requireAttributeKey, requireRoomName } from './input-checks.js';

/** Largest `sendData` payload, in bytes; LiveKit's reliable data channel limit is 15 KiB. */
const MAX_DATA_BYTES = 15 * 1024;

const RemoveParticipantPayload = builder
  .objectRef<{ room: string; identity: string; banned: boolean }>('RemoveParticipantPayload')
  .implement({
    fields: (t) => ({
      room: t.exposeString('room'),
      identity: t.exposeString('identity'),
      banned: t.exposeBoolean('banned', { description: 'Whether the identity is now banned.' }),
    }),
  });

export const AttributeInput = builder.inputType('AttributeInput', {
  fields: (t) => ({
    key: t.string({ required: true }),
    value: t.string({ required: true }),
  }),
});

const ParticipantPermissionInput = builder.inputType('ParticipantPermissionInput', {
  description: 'A patch: every flag left out keeps its current value.',
  fields: (t) => ({
    canSubscribe: t.boolean(),
    canPublish: t.boolean(),
    canPublishData: t.boolean(),
    canPublishSources: t.field({ type: [TrackSourceEnum] }),
    hidden: t.boolean(),
    canUpdateMetadata: t.boolean(),
    canSubscribeMetrics: t.boolean(),
    canManageAgentSession: t.boolean(),
  }),
});

const UpdateParticipantInput = builder.inputType('UpdateParticipantInput', {
  fields: (t) => ({
    room: t.string({ required: true }),
    identity: t.string({ required: true }),
    metadata: t.string(),
    name: t.string(),
    setAttributes: t.field({ type: [AttributeInput], description: 'Attributes to add or change.' }),
    removeAttributes: t.stringList({ description: 'Attribute keys to remove.' }),
    permission: t.field({ type: ParticipantPermissionInput }),
  }),
});

const UpdateSubscriptionsInput = builder.inputType('UpdateSubscriptionsInput', {
  fields: (t) => ({
    room: t.string({ required: true }),
    identity: t.string({ required: true }),
    trackSids: t.idList({ required: true }),
    subscribe: t.boolean({ required: true }),
  }),
});

const UpdateSubscriptionsPayload = builder
  .objectRef<{ room: string; identity: string; trackSids: string[]; subscribe: boolean }>(
    'UpdateSubscriptionsPayload',
  )
  .implement({
    fields: (t) => ({
      room: t.exposeString('room'),
      identity: t.exposeString('identity'),
      trackSids: t.exposeIDList('trackSids'),
      subscribe: t.exposeBoolean('subscribe'),
    }),
  });

const SendDataInput = builder.inputType('SendDataInput', {
  fields: (t) => ({
    room: t.string({ required: true }),
    data: t.string({ description: 'UTF-8 text to send.' }),
    dataBase64: t.string({ description: 'Binary payload as base64; use instead of `data`.' }),
    topic: t.string(),
    reliable: t.boolean({ defaultValue: true, description: 'Reliable (ordered) or lossy.' }),
    destinationIdentities: t.stringList({
      description: 'Recipients; everyone in the room when left out.',
    }),
  }),
});

const SendDataPayload = builder
  .objectRef<{ room: string; bytes: number }>('SendDataPayload')
  .implement({
    fields: (t) => ({
      room: t.exposeString('room'),
      bytes: t.exposeInt('bytes', { description: 'Payload size sent, in bytes.' }),
    }),
  });

/** Loads a participant or throws `NOT_FOUND` naming the room and identity. */
async function requireParticipant(
  context: GatewayContext,
  room: string,
  identity: string,
): Promise<ParticipantInfo> {
  const participant = await context.loaders.participant.load([room, identity]);
  if (!participant) {
    throw notFound(`Participant "${identity}" is not in room "${room}"`);
  }
  return participant;
}

/** Merges a permission patch into the current permission, since LiveKit replaces it whole. */
function mergePermission(
  current: ParticipantPermission | undefined,
  patch: {
    canSubscribe?: boolean | null;
    canPublish?: boolean | null;
    canPublishData?: boolean | null;
    canPublishSources?: TrackSource[] | null;
    hidden?: boolean | null;
    canUpdateMetadata?: boolean | null;
    canSubscribeMetrics?: boolean | null;
    canManageAgentSession?: boolean | null;
  },
): ParticipantPermission {
  const merged = new ParticipantPermission(current ?? {});
  for (const [key, value] of Object.entries(patch)) {
    if (value !== null && value !== undefined) {
      Object.assign(merged, { [key]: value });
    }
  }
  return merged;
}

function decodePayload(input: { data?: string | null; dataBase64?: string | null }): Uint8Array {
  if ((input.data == null) === (input.dataBase64 == null)) {
    throw badUserInput('Give exactly one of data and dataBase64', 'data');
  }
  let bytes: Uint8Array;
  if (input.data != null) {
    bytes = new TextEncoder().encode(input.data);
  } else {
    const text = input.dataBase64 ?? '';
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
      throw badUserInput('dataBase64 is not valid base64', 'dataBase64');
    }
    bytes = Buffer.from(text, 'base64');
  }
  if (bytes.byteLength === 0) {
    throw badUserInput('Payload must not be empty', 'data');
  }
  if (bytes.byteLength > MAX_DATA_BYTES) {
    throw badUserInput(`Payload exceeds ${MAX_DATA_BYTES} bytes`, 'data');
  }
  return bytes;
}

builder.mutationFields((t) => ({
  removeParticipant: t.field({
    type: RemoveParticipantPayload,
    description:
      'Disconnects a participant from a room. With `ban`, the gateway also stops minting ' +
      'tokens for that identity in the room and denies its credentials there until unbanned; ' +
      'banning an identity that is not in the room succeeds.',
    args: {
      room: t.arg.string({ required: true }),
      identity: t.arg.string({ required: true }),
      ban: t.arg.boolean({ defaultValue: false }),
    },
    authScopes: (_parent, args) => ({ adminRoom: args.room }),
    resolve: async (_parent, args, context) => {
      requireRoomName(args.room, 'room');
      const ban = args.ban === true;
      if (ban) {
        // Banned first, so the participant cannot get a fresh token between removal and ban.
        await context.bans.ban(args.room, args.identity);
      }
      try {
        await context.livekit.removeParticipant(args.room, args.identity);
      } catch (error) {
        if (!(ban && error instanceof GatewayError && error.code === 'NOT_FOUND')) {
          throw error;
        }
      }
      return { room: args.room, identity: args.identity, banned: ban };
    },
  }),
  mutePublishedTrack: t.field({
    type: TrackRef,
    description: 'Mutes or unmutes a published track. Unmuting needs remote unmute on the server.',
    args: {
      room: t.arg.string({ required: true }),
      identity: t.arg.string({ required: true }),
      trackSid: t.arg.id({ required: true }),
      muted: t.arg.boolean({ required: true }),
    },
    authScopes: (_parent, args) => ({ adminRoom: args.room }),
    resolve: async (_parent, args, context) => {
      // LiveKit has no pre-check here and waits about 3 s before failing for an absent room.
      await requireParticipant(context, args.room, args.identity);
      return context.livekit.mutePublishedTrack(
        args.room,
        args.identity,
        String(args.trackSid),
        args.muted,
      );
    },
  }),
  updateParticipant: t.field({
    type: ParticipantRef,
    description: 'Changes metadata, name, attributes or permission; returns the new state.',
    args: { input: t.arg({ type: UpdateParticipantInput, required: true }) },
    authScopes: (_parent, args) => ({ adminRoom: args.input.room }),
    resolve: async (_parent, { input }, context) => {
      const attributes: Record<string, string> = {};
      for (const { key, value } of input.setAttributes ?? []) {
        requireAttributeKey(key, 'setAttributes');
        if (value === '') {
          throw badUserInput(
            `Attribute "${key}" needs a value; use removeAttributes`,
            'setAttributes',
          );
        }
        attributes[key] = value;
      }
      for (const key of input.removeAttributes ?? []) {
        requireAttributeKey(key, 'removeAttributes');
        // LiveKit removes an attribute whose new value is the empty string.
        attributes[key] = '';
      }
      const current = await requireParticipant(context, input.room, input.identity);
      return context.livekit.updateParticipant(input.room, input.identity, {
        metadata: input.metadata ?? undefined,
        name: input.name ?? undefined,
        attributes,
        permission: input.permission
          ? mergePermission(current.permission, input.permission)
          : undefined,
      });
    },
  }),
  updateSubscriptions: t.field({
    type: UpdateSubscriptionsPayload,
    description: "Subscribes or unsubscribes a participant to other participants' tracks.",
    args: { input: t.arg({ type: UpdateSubscriptionsInput, required: true }) },
    authScopes: (_parent, args) => ({ adminRoom: args.input.room }),
    resolve: async (_parent, { input }, context) => {
      await requireParticipant(context, input.room, input.identity);
      const trackSids = input.trackSids.map(String);
      await context.livekit.updateSubscriptions(
        input.room,
        input.identity,
        trackSids,
        input.subscribe,
      );
      return { room: input.room, identity: input.identity, trackSids, subscribe: input.subscribe };
    },
  }),
  sendData: t.field({
    type: SendDataPayload,
    description: 'Sends a data packet to everyone in a room or to the identities named.',
    args: { input: t.arg({ type: SendDataInput, required: true }) },
    authScopes: (_parent, args) => ({ adminRoom: args.input.room }),
    resolve: async (_parent, { input }, context) => {
      const data = decodePayload(input);
      if (!(await context.loaders.room.load(input.room))) {
        throw notFound(`Room "${input.room}" does not exist`);
      }
      await context.livekit.sendData({
        room: input.room,
        data,
        reliable: input.reliable ?? true,
        destinationIdentities: input.destinationIdentities ?? [],
        ...(input.topic == null ? {} : { topic: input.topic }),
      });
      return { room: input.room, bytes: data.byteLength };
    },
  }),
}));
