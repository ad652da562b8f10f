/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AttributeInput = {
  key: string;
  value: string;
};

export type CreateAccessTokenInput = {
  attributes?: Array<AttributeInput> | null | undefined;
  grants?: VideoGrantInput | null | undefined;
  /** The caller's own identity when left out; another needs roomAdmin. */
  identity?: string | null | undefined;
  /** STANDARD when left out; another kind needs roomAdmin. */
  kind?: ParticipantKind | null | undefined;
  metadata?: string | null | undefined;
  name?: string | null | undefined;
  room: string;
  roomConfiguration?: RoomConfigurationInput | null | undefined;
  /** Token lifetime in seconds; bounded by the gateway policy. */
  ttlSeconds?: number | null | undefined;
};

/** How the caller proved who it is. */
export type CredentialKind =
  | 'ANONYMOUS'
  | 'APP_JWT'
  | 'LIVEKIT_TOKEN'
  | 'SERVICE_KEY';

/** What kind of client a participant is: a person, an agent, a recorder, an ingest, and so on. */
export type ParticipantKind =
  | 'AGENT'
  | 'BRIDGE'
  | 'CONNECTOR'
  | 'EGRESS'
  | 'INGRESS'
  | 'SIP'
  | 'STANDARD';

/** Connection state of a participant. */
export type ParticipantState =
  | 'ACTIVE'
  | 'DISCONNECTED'
  | 'JOINED'
  | 'JOINING';

/** A source a token may publish from: the publishable values of TrackSource. */
export type PublishSource =
  | 'CAMERA'
  | 'MICROPHONE'
  | 'SCREEN_SHARE'
  | 'SCREEN_SHARE_AUDIO';

/** An agent to dispatch into a room as soon as it is created. */
export type RoomAgentDispatchInput = {
  agentName: string;
  /** Text handed to the agent with its job. */
  metadata?: string | null | undefined;
};

/** Room settings LiveKit applies when this token’s join creates the room. Left out of the token when nothing is set. Needs roomAdmin on the room or roomCreate. */
export type RoomConfigurationInput = {
  /** Agents to dispatch. */
  agents?: Array<RoomAgentDispatchInput> | null | undefined;
  /** Seconds to keep the room open after the last participant leaves. */
  departureTimeout?: number | null | undefined;
  /** Seconds to keep the room open before anyone joins. */
  emptyTimeout?: number | null | undefined;
  /** Maximum participants at once; 0 means no limit. */
  maxParticipants?: number | null | undefined;
  /** Maximum playout delay in milliseconds. */
  maxPlayoutDelay?: number | null | undefined;
  metadata?: string | null | undefined;
  /** Minimum playout delay in milliseconds. */
  minPlayoutDelay?: number | null | undefined;
  name?: string | null | undefined;
  /** Improves A/V sync when the playout delay is large. */
  syncStreams?: boolean | null | undefined;
};

/** A LiveKit webhook event name; `UNKNOWN` for a name this gateway does not know (see `rawType`), `RESYNC` when events between the requested cursor and the oldest one held are lost. */
export type RoomEventType =
  | 'AGENT_JOB_ENDED'
  | 'AGENT_JOB_STARTED'
  | 'EGRESS_ENDED'
  | 'EGRESS_STARTED'
  | 'EGRESS_UPDATED'
  | 'INGRESS_ENDED'
  | 'INGRESS_STARTED'
  | 'PARTICIPANT_CONNECTION_ABORTED'
  | 'PARTICIPANT_JOINED'
  | 'PARTICIPANT_LEFT'
  | 'RESYNC'
  | 'ROOM_FINISHED'
  | 'ROOM_STARTED'
  | 'TRACK_PUBLISHED'
  | 'TRACK_UNPUBLISHED'
  | 'UNKNOWN';

/** Where a track comes from: camera, microphone, screen share or screen share audio. */
export type TrackSource =
  | 'CAMERA'
  | 'MICROPHONE'
  | 'SCREEN_SHARE'
  | 'SCREEN_SHARE_AUDIO'
  | 'UNKNOWN';

/** Media type of a track. */
export type TrackType =
  | 'AUDIO'
  | 'DATA'
  | 'VIDEO';

/** Requested grant. Flags left out take LiveKit defaults (canPublish and canSubscribe true, canPublishData as canPublish, the rest false); roomJoin defaults to true here. */
export type VideoGrantInput = {
  /** Connect as an Agents framework worker. */
  agent?: boolean | null | undefined;
  /** Manage an agent session remotely. */
  canManageAgentSession?: boolean | null | undefined;
  /** Publish tracks. */
  canPublish?: boolean | null | undefined;
  /** Send data packets. */
  canPublishData?: boolean | null | undefined;
  /** Sources it may publish; left out or empty means every source policy allows. */
  canPublishSources?: Array<PublishSource> | null | undefined;
  /** Subscribe to other participants' tracks. */
  canSubscribe?: boolean | null | undefined;
  /** Receive metrics of other participants. */
  canSubscribeMetrics?: boolean | null | undefined;
  /** Change its own name, metadata and attributes. */
  canUpdateOwnMetadata?: boolean | null | undefined;
  /** Room to forward or move to; needs roomAdmin on both rooms. */
  destinationRoom?: string | null | undefined;
  /** Stay invisible to other participants. */
  hidden?: boolean | null | undefined;
  /** Manage ingest endpoints (ingress). */
  ingressAdmin?: boolean | null | undefined;
  /** Mark the room as being recorded. */
  recorder?: boolean | null | undefined;
  /** Moderate the room named in `room`. */
  roomAdmin?: boolean | null | undefined;
  /** Create and delete rooms. */
  roomCreate?: boolean | null | undefined;
  /** Join the room named in `room`. */
  roomJoin?: boolean | null | undefined;
  /** List every room. */
  roomList?: boolean | null | undefined;
  /** Start and stop recordings (egress). */
  roomRecord?: boolean | null | undefined;
};

export type ConsoleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleViewerQuery = { viewer: { identity: string | null, credential: CredentialKind, expiresAt: string | null, canListRooms: boolean, readRooms: { all: boolean, rooms: Array<string> }, adminRooms: { all: boolean, rooms: Array<string> } } };

export type ConsoleRoomsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleRoomsQuery = { rooms: Array<{ name: string, numParticipants: number, numPublishers: number }> };

export type ConsoleRoomQueryVariables = Exact<{
  name: string;
}>;


export type ConsoleRoomQuery = { room: { sid: string, name: string, metadata: string, numParticipants: number, creationTime: string | null, participants: Array<{ sid: string, identity: string, name: string, state: ParticipantState, kind: ParticipantKind, metadata: string, joinedAt: string | null, tracks: Array<{ sid: string, name: string, type: TrackType, source: TrackSource, muted: boolean }> }> } | null };

export type ConsoleRoomEventsSubscriptionVariables = Exact<{
  room: string;
}>;


export type ConsoleRoomEventsSubscription = { roomEvents: { id: string, type: RoomEventType, rawType: string, createdAt: string, participant: { identity: string } | null, track: { sid: string } | null } };

export type ConsoleMuteTrackMutationVariables = Exact<{
  room: string;
  identity: string;
  trackSid: string | number;
  muted: boolean;
}>;


export type ConsoleMuteTrackMutation = { mutePublishedTrack: { sid: string, muted: boolean } };

export type ConsoleRemoveParticipantMutationVariables = Exact<{
  room: string;
  identity: string;
}>;


export type ConsoleRemoveParticipantMutation = { removeParticipant: { identity: string } };

export type ConsoleUpdateRoomMetadataMutationVariables = Exact<{
  name: string;
  metadata: string;
}>;


export type ConsoleUpdateRoomMetadataMutation = { updateRoomMetadata: { metadata: string } };

export type ConsoleUpdateParticipantMetadataMutationVariables = Exact<{
  room: string;
  identity: string;
  metadata: string;
}>;


export type ConsoleUpdateParticipantMetadataMutation = { updateParticipant: { identity: string, metadata: string } };

export type ConsoleCreateAccessTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type ConsoleCreateAccessTokenMutation = { createAccessToken: { token: string, identity: string, room: string, expiresAt: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ConsoleViewerDocument = new TypedDocumentString(`
    query ConsoleViewer {
  viewer {
    identity
    credential
    expiresAt
    canListRooms
    readRooms {
      all
      rooms
    }
    adminRooms {
      all
      rooms
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleViewerQuery, ConsoleViewerQueryVariables>;
export const ConsoleRoomsDocument = new TypedDocumentString(`
    query ConsoleRooms {
  rooms {
    name
    numParticipants
    numPublishers
  }
}
    `) as unknown as TypedDocumentString<ConsoleRoomsQuery, ConsoleRoomsQueryVariables>;
export const ConsoleRoomDocument = new TypedDocumentString(`
    query ConsoleRoom($name: String!) {
  room(name: $name) {
    sid
    name
    metadata
    numParticipants
    creationTime
    participants {
      sid
      identity
      name
      state
      kind
      metadata
      joinedAt
      tracks {
        sid
        name
        type
        source
        muted
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRoomQuery, ConsoleRoomQueryVariables>;
export const ConsoleRoomEventsDocument = new TypedDocumentString(`
    subscription ConsoleRoomEvents($room: String!) {
  roomEvents(room: $room) {
    id
    type
    rawType
    createdAt
    participant {
      identity
    }
    track {
      sid
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRoomEventsSubscription, ConsoleRoomEventsSubscriptionVariables>;
export const ConsoleMuteTrackDocument = new TypedDocumentString(`
    mutation ConsoleMuteTrack($room: String!, $identity: String!, $trackSid: ID!, $muted: Boolean!) {
  mutePublishedTrack(
    room: $room
    identity: $identity
    trackSid: $trackSid
    muted: $muted
  ) {
    sid
    muted
  }
}
    `) as unknown as TypedDocumentString<ConsoleMuteTrackMutation, ConsoleMuteTrackMutationVariables>;
export const ConsoleRemoveParticipantDocument = new TypedDocumentString(`
    mutation ConsoleRemoveParticipant($room: String!, $identity: String!) {
  removeParticipant(room: $room, identity: $identity) {
    identity
  }
}
    `) as unknown as TypedDocumentString<ConsoleRemoveParticipantMutation, ConsoleRemoveParticipantMutationVariables>;
export const ConsoleUpdateRoomMetadataDocument = new TypedDocumentString(`
    mutation ConsoleUpdateRoomMetadata($name: String!, $metadata: String!) {
  updateRoomMetadata(name: $name, metadata: $metadata) {
    metadata
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateRoomMetadataMutation, ConsoleUpdateRoomMetadataMutationVariables>;
export const ConsoleUpdateParticipantMetadataDocument = new TypedDocumentString(`
    mutation ConsoleUpdateParticipantMetadata($room: String!, $identity: String!, $metadata: String!) {
  updateParticipant(
    input: {room: $room, identity: $identity, metadata: $metadata}
  ) {
    identity
    metadata
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateParticipantMetadataMutation, ConsoleUpdateParticipantMetadataMutationVariables>;
export const ConsoleCreateAccessTokenDocument = new TypedDocumentString(`
    mutation ConsoleCreateAccessToken($input: CreateAccessTokenInput!) {
  createAccessToken(input: $input) {
    token
    identity
    room
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateAccessTokenMutation, ConsoleCreateAccessTokenMutationVariables>;