import {
  EgressSourceType,
  EgressStatus,
  EncodedFileType,
  type EgressInfo,
  type FileInfo,
} from '@livekit/protocol';
import { builder } from './builder.js';
import { requireRoomName } from './input-checks.js';
import { prefixedProtoEnum } from './prefixed-enum.js';
import { dateFromNanoseconds } from './scalars.js';
import { badUserInput } from '../errors.js';

export const EgressStatusEnum = prefixedProtoEnum(
  'EgressStatus',
  EgressStatus,
  'EGRESS_',
  'Lifecycle of a recording: STARTING, ACTIVE and ENDING, then COMPLETE, FAILED, ABORTED or ' +
    'LIMIT_REACHED.',
);

export const EgressSourceTypeEnum = prefixedProtoEnum(
  'EgressSourceType',
  EgressSourceType,
  'EGRESS_SOURCE_TYPE_',
  'How the egress worker reads the room: a headless browser (WEB) or the LiveKit SDK (SDK).',
);

export const EgressFileTypeEnum = prefixedProtoEnum(
  'EgressFileType',
  EncodedFileType,
  '',
  'Container of an encoded file; DEFAULT_FILETYPE lets LiveKit pick one from the tracks.',
);

const EGRESS_KINDS = {
  roomComposite: 'ROOM_COMPOSITE',
  web: 'WEB',
  participant: 'PARTICIPANT',
  trackComposite: 'TRACK_COMPOSITE',
  track: 'TRACK',
  egress: 'EGRESS',
  replay: 'REPLAY',
} as const;

export const EgressKindEnum = builder.enumType('EgressKind', {
  description: 'Which start request created the egress.',
  values: [...Object.values(EGRESS_KINDS), 'UNKNOWN'] as const,
});

export const EgressFileResultRef = builder.objectRef<FileInfo>('EgressFileResult').implement({
  description: 'A file an egress wrote, as the egress worker reported it.',
  fields: (t) => ({
    filename: t.exposeString('filename'),
    location: t.exposeString('location', { description: 'Where the worker stored the file.' }),
    size: t.string({
      description: 'Size in bytes, as a decimal string (64-bit).',
      resolve: (file) => file.size.toString(),
    }),
    durationMs: t.float({
      description: 'Length of the recording in milliseconds.',
      resolve: (file) => Number(file.duration) / 1_000_000,
    }),
    startedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (file) => dateFromNanoseconds(file.startedAt),
    }),
    endedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (file) => dateFromNanoseconds(file.endedAt),
    }),
  }),
});

/** A recording of a room, a participant or a track, as LiveKit reports it. */
export const EgressRef = builder.objectRef<EgressInfo>('Egress').implement({
  description: 'A recording (egress) written by an egress worker.',
  fields: (t) => ({
    egressId: t.exposeID('egressId', { description: 'Server-assigned egress id (`EG_…`).' }),
    roomId: t.exposeString('roomId'),
    roomName: t.exposeString('roomName'),
    status: t.field({ type: EgressStatusEnum, resolve: (egress) => egress.status }),
    sourceType: t.field({ type: EgressSourceTypeEnum, resolve: (egress) => egress.sourceType }),
    kind: t.field({
      type: EgressKindEnum,
      resolve: (egress) =>
        egress.request.case === undefined ? 'UNKNOWN' : EGRESS_KINDS[egress.request.case],
    }),
    trackSid: t.string({
      nullable: true,
      description: 'The recorded track, for track egress.',
      resolve: (egress) => (egress.request.case === 'track' ? egress.request.value.trackId : null),
    }),
    participantIdentity: t.string({
      nullable: true,
      description: 'The recorded participant, for participant egress.',
      resolve: (egress) =>
        egress.request.case === 'participant' ? egress.request.value.identity : null,
    }),
    startedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (egress) => dateFromNanoseconds(egress.startedAt),
    }),
    endedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (egress) => dateFromNanoseconds(egress.endedAt),
    }),
    updatedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (egress) => dateFromNanoseconds(egress.updatedAt),
    }),
    error: t.string({ nullable: true, resolve: (egress) => egress.error || null }),
    fileResults: t.field({
      type: [EgressFileResultRef],
      resolve: (egress) => egress.fileResults,
    }),
  }),
});

const FileOutputInput = builder.inputType('EgressFileOutputInput', {
  description:
    "A file on the egress worker's own disk. The path may use LiveKit's templates such as " +
    '`{room_name}` and `{time}`.',
  fields: (t) => ({
    filepath: t.string({ required: true }),
    fileType: t.field({ type: EgressFileTypeEnum }),
  }),
});

const StartTrackEgressInput = builder.inputType('StartTrackEgressInput', {
  description: 'Records one track as it is, without transcoding: Opus to OGG, VP8 to WebM.',
  fields: (t) => ({
    room: t.string({ required: true }),
    trackSid: t.id({ required: true }),
    filepath: t.string({ required: true, description: "Path on the egress worker's disk." }),
  }),
});

const StartParticipantEgressInput = builder.inputType('StartParticipantEgressInput', {
  description: "Records a participant's camera and microphone, or its screen share, into one file.",
  fields: (t) => ({
    room: t.string({ required: true }),
    identity: t.string({ required: true }),
    file: t.field({ type: FileOutputInput, required: true }),
    screenShare: t.boolean({ defaultValue: false }),
  }),
});

const StartRoomCompositeEgressInput = builder.inputType('StartRoomCompositeEgressInput', {
  description: 'Records the whole room through a headless browser layout into one file.',
  fields: (t) => ({
    room: t.string({ required: true }),
    file: t.field({ type: FileOutputInput, required: true }),
    layout: t.string({ description: 'Layout name, e.g. `grid` or `speaker`.' }),
    audioOnly: t.boolean({ defaultValue: false }),
    videoOnly: t.boolean({ defaultValue: false }),
  }),
});

function requireFilepath(filepath: string, argument: string): string {
  if (filepath.trim() === '') {
    throw badUserInput('File path must not be empty', argument);
  }
  return filepath;
}

builder.queryField('egresses', (t) =>
  t.field({
    type: [EgressRef],
    description: 'Recordings, optionally only those of one room or only the active ones.',
    args: { room: t.arg.string(), active: t.arg.boolean() },
    authScopes: { record: true },
    resolve: (_parent, args, context) =>
      context.livekit.listEgresses({
        ...(args.room == null ? {} : { room: args.room }),
        ...(args.active == null ? {} : { active: args.active }),
      }),
  }),
);

builder.mutationFields((t) => ({
  startTrackEgress: t.field({
    type: EgressRef,
    args: { input: t.arg({ type: StartTrackEgressInput, required: true }) },
    authScopes: { record: true },
    resolve: (_parent, { input }, context) =>
      context.livekit.startTrackEgress(
        requireRoomName(input.room, 'room'),
        String(input.trackSid),
        requireFilepath(input.filepath, 'filepath'),
      ),
  }),
  startParticipantEgress: t.field({
    type: EgressRef,
    args: { input: t.arg({ type: StartParticipantEgressInput, required: true }) },
    authScopes: { record: true },
    resolve: (_parent, { input }, context) =>
      context.livekit.startParticipantEgress(
        requireRoomName(input.room, 'room'),
        input.identity,
        {
          filepath: requireFilepath(input.file.filepath, 'file.filepath'),
          ...(input.file.fileType == null ? {} : { fileType: input.file.fileType }),
        },
        input.screenShare ?? false,
      ),
  }),
  startRoomCompositeEgress: t.field({
    type: EgressRef,
    args: { input: t.arg({ type: StartRoomCompositeEgressInput, required: true }) },
    authScopes: { record: true },
    resolve: (_parent, { input }, context) => {
      if (input.audioOnly && input.videoOnly) {
        throw badUserInput('audioOnly and videoOnly cannot both be set', 'audioOnly');
      }
      return context.livekit.startRoomCompositeEgress(
        requireRoomName(input.room, 'room'),
        {
          filepath: requireFilepath(input.file.filepath, 'file.filepath'),
          ...(input.file.fileType == null ? {} : { fileType: input.file.fileType }),
        },
        {
          ...(input.layout == null ? {} : { layout: input.layout }),
          audioOnly: input.audioOnly ?? false,
          videoOnly: input.videoOnly ?? false,
        },
      );
    },
  }),
  stopEgress: t.field({
    type: EgressRef,
    description: 'Stops a recording; the worker finishes the file and the egress ends.',
    args: { egressId: t.arg.id({ required: true }) },
    authScopes: { record: true },
    resolve: (_parent, args, context) => context.livekit.stopEgress(String(args.egressId)),
  }),
}));
