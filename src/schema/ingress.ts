import { IngressInput, IngressState_Status, type IngressInfo } from '@livekit/protocol';
import { builder } from './builder.js';
import { prefixedProtoEnum } from './prefixed-enum.js';
import { badUserInput } from '../errors.js';

export const IngressInputTypeEnum = builder.enumType('IngressInputType', {
  description: 'Protocol an ingress receives its stream with.',
  values: {
    RTMP: { value: IngressInput.RTMP_INPUT },
    WHIP: { value: IngressInput.WHIP_INPUT },
    URL: {
      value: IngressInput.URL_INPUT,
      description: 'Pulls from a URL; the gateway lists such ingresses but does not create them.',
    },
  },
});

export const IngressStatusEnum = prefixedProtoEnum(
  'IngressStatus',
  IngressState_Status,
  'ENDPOINT_',
  'Whether a stream is being received: INACTIVE, BUFFERING, PUBLISHING, ERROR or COMPLETE.',
);

export const IngressRef = builder.objectRef<IngressInfo>('Ingress').implement({
  description: 'An RTMP or WHIP endpoint that publishes an outside stream into a room.',
  fields: (t) => ({
    ingressId: t.exposeID('ingressId', { description: 'Server-assigned ingress id (`IN_…`).' }),
    name: t.exposeString('name'),
    inputType: t.field({ type: IngressInputTypeEnum, resolve: (ingress) => ingress.inputType }),
    url: t.exposeString('url', {
      description: 'Where the encoder sends the stream; empty when LiveKit has no base URL set.',
    }),
    streamKey: t.string({
      nullable: true,
      description:
        'Secret that lets an encoder publish into the room; `null` unless the caller may ' +
        'manage ingresses.',
      authScopes: { ingressAdmin: true },
      unauthorizedResolver: () => null,
      resolve: (ingress) => ingress.streamKey,
    }),
    roomName: t.exposeString('roomName'),
    participantIdentity: t.exposeString('participantIdentity'),
    participantName: t.exposeString('participantName'),
    participantMetadata: t.exposeString('participantMetadata'),
    enableTranscoding: t.boolean({
      nullable: true,
      description: '`null` when LiveKit picks by input type (WHIP passes media through).',
      resolve: (ingress) => ingress.enableTranscoding ?? null,
    }),
    enabled: t.boolean({
      description: 'Whether the ingress accepts a stream.',
      resolve: (ingress) => ingress.enabled ?? true,
    }),
    reusable: t.exposeBoolean('reusable', {
      description: 'Whether the ingress can take a new stream after one ends.',
    }),
    status: t.field({
      type: IngressStatusEnum,
      resolve: (ingress) => ingress.state?.status ?? IngressState_Status.ENDPOINT_INACTIVE,
    }),
    error: t.string({ nullable: true, resolve: (ingress) => ingress.state?.error || null }),
  }),
});

const CreateIngressInput = builder.inputType('CreateIngressInput', {
  fields: (t) => ({
    inputType: t.field({ type: IngressInputTypeEnum, required: true }),
    name: t.string({ required: true }),
    room: t.string({ required: true }),
    participantIdentity: t.string({
      required: true,
      description: 'Identity the stream joins the room with.',
    }),
    participantName: t.string(),
    participantMetadata: t.string(),
    enableTranscoding: t.boolean(),
    enabled: t.boolean(),
  }),
});

const UpdateIngressInput = builder.inputType('UpdateIngressInput', {
  description: 'A patch: fields left out keep their value.',
  fields: (t) => ({
    ingressId: t.id({ required: true }),
    name: t.string(),
    room: t.string(),
    participantIdentity: t.string(),
    participantName: t.string(),
    participantMetadata: t.string(),
    enableTranscoding: t.boolean(),
    enabled: t.boolean(),
  }),
});

function requireText(value: string, argument: string): string {
  if (value.trim() === '') {
    throw badUserInput(`${argument} must not be empty`, argument);
  }
  return value;
}

/** Drops the fields GraphQL set to `null` or left out. */
function present<T extends Record<string, unknown>>(
  values: T,
): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== null && value !== undefined),
  ) as { [K in keyof T]?: NonNullable<T[K]> };
}

builder.queryField('ingresses', (t) =>
  t.field({
    type: [IngressRef],
    description: 'Ingest endpoints, optionally only those of one room.',
    args: { room: t.arg.string() },
    authScopes: { ingressAdmin: true },
    resolve: (_parent, args, context) => context.livekit.listIngresses(args.room ?? undefined),
  }),
);

builder.mutationFields((t) => ({
  createIngress: t.field({
    type: IngressRef,
    description: 'Creates an RTMP or WHIP endpoint with its own stream key.',
    args: { input: t.arg({ type: CreateIngressInput, required: true }) },
    authScopes: { ingressAdmin: true },
    resolve: (_parent, { input }, context) => {
      if (input.inputType === IngressInput.URL_INPUT) {
        throw badUserInput('Only RTMP and WHIP ingresses can be created', 'inputType');
      }
      return context.livekit.createIngress({
        inputType: input.inputType,
        name: requireText(input.name, 'name'),
        room: requireText(input.room, 'room'),
        participantIdentity: requireText(input.participantIdentity, 'participantIdentity'),
        ...present({
          participantName: input.participantName,
          participantMetadata: input.participantMetadata,
          enableTranscoding: input.enableTranscoding,
          enabled: input.enabled,
        }),
      });
    },
  }),
  updateIngress: t.field({
    type: IngressRef,
    description: 'Changes the fields of an ingress that the input names.',
    args: { input: t.arg({ type: UpdateIngressInput, required: true }) },
    authScopes: { ingressAdmin: true },
    resolve: (_parent, { input }, context) => {
      const { ingressId, ...changes } = input;
      return context.livekit.updateIngress(String(ingressId), present(changes));
    },
  }),
  deleteIngress: t.field({
    type: IngressRef,
    description: 'Deletes an ingress; its stream key stops working.',
    args: { ingressId: t.arg.id({ required: true }) },
    authScopes: { ingressAdmin: true },
    resolve: (_parent, args, context) => context.livekit.deleteIngress(String(args.ingressId)),
  }),
}));
