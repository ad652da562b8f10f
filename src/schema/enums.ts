import {
  DisconnectReason,
  ParticipantInfo_Kind,
  ParticipantInfo_State,
  TrackSource,
  TrackType,
} from '@livekit/protocol';
import { builder } from './builder.js';

/**
 * Builds a GraphQL enum from a protobuf enum of `@livekit/protocol`, so every value LiveKit
 * defines appears under its own name and resolvers can return the numeric value unchanged.
 */
function protoEnum(name: string, values: Record<string, string | number>, description: string) {
  const entries = Object.entries(values).filter(
    (entry): entry is [string, number] => typeof entry[1] === 'number',
  );
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(entries.map(([key, value]) => [key, { value }])),
  });
}

export const ParticipantStateEnum = protoEnum(
  'ParticipantState',
  ParticipantInfo_State,
  'Connection state of a participant.',
);

export const ParticipantKindEnum = protoEnum(
  'ParticipantKind',
  ParticipantInfo_Kind,
  'What kind of client a participant is: a person, an agent, a recorder, an ingest, and so on.',
);

export const TrackTypeEnum = protoEnum('TrackType', TrackType, 'Media type of a track.');

export const TrackSourceEnum = protoEnum(
  'TrackSource',
  TrackSource,
  'Where a track comes from: camera, microphone, screen share or screen share audio.',
);

export const DisconnectReasonEnum = protoEnum(
  'DisconnectReason',
  DisconnectReason,
  'Why a participant left a room.',
);
