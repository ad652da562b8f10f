/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type CreateRoomInput = {
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
  name: string;
  /** Improves A/V sync when the playout delay is large. */
  syncStreams?: boolean | null | undefined;
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

/** A patch: every flag left out keeps its current value. */
export type ParticipantPermissionInput = {
  canManageAgentSession?: boolean | null | undefined;
  canPublish?: boolean | null | undefined;
  canPublishData?: boolean | null | undefined;
  canPublishSources?: Array<TrackSource> | null | undefined;
  canSubscribe?: boolean | null | undefined;
  canSubscribeMetrics?: boolean | null | undefined;
  canUpdateMetadata?: boolean | null | undefined;
  hidden?: boolean | null | undefined;
};

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

export type RoomAgentDispatchInput = {
  agentName: string;
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

export type SendDataInput = {
  /** UTF-8 text to send. */
  data?: string | null | undefined;
  /** Binary payload as base64; use instead of `data`. */
  dataBase64?: string | null | undefined;
  /** Recipients; everyone in the room when left out. */
  destinationIdentities?: Array<string> | null | undefined;
  /** Reliable (ordered) or lossy. */
  reliable?: boolean | null | undefined;
  room: string;
  topic?: string | null | undefined;
};

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

export type UpdateParticipantInput = {
  identity: string;
  metadata?: string | null | undefined;
  name?: string | null | undefined;
  permission?: ParticipantPermissionInput | null | undefined;
  /** Attribute keys to remove. */
  removeAttributes?: Array<string> | null | undefined;
  room: string;
  /** Attributes to add or change. */
  setAttributes?: Array<AttributeInput> | null | undefined;
};

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

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { identity: string | null, credential: CredentialKind, expiresAt: string | null, canListRooms: boolean, canCreateRooms: boolean, bannedRooms: Array<string>, grants: { room: string | null, roomJoin: boolean, roomAdmin: boolean, canSubscribe: boolean }, readRooms: { all: boolean, rooms: Array<string> }, adminRooms: { all: boolean, rooms: Array<string> }, minting: { maxTtlSeconds: number, publishSources: Array<PublishSource>, rooms: { all: boolean, rooms: Array<string> }, anyIdentityRooms: { all: boolean, rooms: Array<string> }, grants: { roomAdmin: boolean, canPublish: boolean } } } };

export type AuthRoomParticipantsQueryVariables = Exact<{
  name: string;
}>;


export type AuthRoomParticipantsQuery = { room: { name: string, participants: Array<{ identity: string }> } | null };

export type AuthRoomNameQueryVariables = Exact<{
  name: string;
}>;


export type AuthRoomNameQuery = { room: { name: string, maxParticipants: number } | null };

export type AuthRoomNamesQueryVariables = Exact<{
  names?: Array<string> | string | null | undefined;
}>;


export type AuthRoomNamesQuery = { rooms: Array<{ name: string }> };

export type AuthParticipantQueryVariables = Exact<{
  room: string;
  identity: string;
}>;


export type AuthParticipantQuery = { participant: { identity: string } | null };

export type AuthCreateRoomMutationVariables = Exact<{
  input: CreateRoomInput;
}>;


export type AuthCreateRoomMutation = { createRoom: { name: string } };

export type AuthUpdateRoomMetadataMutationVariables = Exact<{
  name: string;
  metadata: string;
}>;


export type AuthUpdateRoomMetadataMutation = { updateRoomMetadata: { metadata: string } };

export type AuthCreateAccessTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type AuthCreateAccessTokenMutation = { createAccessToken: { token: string, identity: string, room: string, expiresAt: string, serverUrl: string, grants: { room: string | null, roomJoin: boolean, roomAdmin: boolean, roomCreate: boolean, hidden: boolean, canPublish: boolean, canSubscribe: boolean, canPublishData: boolean, canPublishSources: Array<PublishSource>, canUpdateOwnMetadata: boolean } } };

export type AuthRemoveParticipantMutationVariables = Exact<{
  room: string;
  identity: string;
  ban?: boolean | null | undefined;
}>;


export type AuthRemoveParticipantMutation = { removeParticipant: { room: string, identity: string, banned: boolean } };

export type AuthUnbanParticipantMutationVariables = Exact<{
  room: string;
  identity: string;
}>;


export type AuthUnbanParticipantMutation = { unbanParticipant: { unbanned: boolean } };

export type AuthBansQueryVariables = Exact<{
  room: string;
}>;


export type AuthBansQuery = { bans: Array<{ identity: string, createdAt: string }> };

export type ConsoleTestCreateRoomMutationVariables = Exact<{
  input: CreateRoomInput;
}>;


export type ConsoleTestCreateRoomMutation = { createRoom: { name: string } };

export type CreateRoomMutationVariables = Exact<{
  input: CreateRoomInput;
}>;


export type CreateRoomMutation = { createRoom: { sid: string, name: string, metadata: string, emptyTimeout: number, maxParticipants: number, creationTime: string | null } };

export type ListRoomsQueryVariables = Exact<{
  names?: Array<string> | string | null | undefined;
}>;


export type ListRoomsQuery = { rooms: Array<{ name: string, numParticipants: number }> };

export type RoomWithParticipantsQueryVariables = Exact<{
  name: string;
}>;


export type RoomWithParticipantsQuery = { room: { name: string, numPublishers: number, participants: Array<{ sid: string, identity: string, state: ParticipantState, kind: ParticipantKind, joinedAt: string | null, isPublisher: boolean, attributes: Array<{ key: string, value: string }>, permission: { canPublish: boolean, canSubscribe: boolean, canPublishData: boolean, canUpdateMetadata: boolean } | null, tracks: Array<{ sid: string, type: TrackType, source: TrackSource, muted: boolean, mimeType: string }> }> } | null };

export type MuteTrackMutationVariables = Exact<{
  room: string;
  identity: string;
  trackSid: string | number;
  muted: boolean;
}>;


export type MuteTrackMutation = { mutePublishedTrack: { sid: string, muted: boolean } };

export type UpdateParticipantMutationVariables = Exact<{
  input: UpdateParticipantInput;
}>;


export type UpdateParticipantMutation = { updateParticipant: { identity: string, metadata: string, attributes: Array<{ key: string, value: string }>, permission: { canPublish: boolean, canSubscribe: boolean, canPublishData: boolean, canUpdateMetadata: boolean } | null } };

export type SendDataMutationVariables = Exact<{
  input: SendDataInput;
}>;


export type SendDataMutation = { sendData: { room: string, bytes: number } };

export type RemoveParticipantMutationVariables = Exact<{
  room: string;
  identity: string;
}>;


export type RemoveParticipantMutation = { removeParticipant: { room: string, identity: string } };

export type DeleteRoomMutationVariables = Exact<{
  name: string;
}>;


export type DeleteRoomMutation = { deleteRoom: { name: string } };

export type GetParticipantQueryVariables = Exact<{
  room: string;
  identity: string;
}>;


export type GetParticipantQuery = { participant: { identity: string } | null };

export type FaultRoomsQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultRoomsQuery = { rooms: Array<{ name: string }> };

export type RoomNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type RoomNamesQuery = { rooms: Array<{ name: string }> };

export type RoomTracksQueryVariables = Exact<{ [key: string]: never; }>;


export type RoomTracksQuery = { rooms: Array<{ participants: Array<{ tracks: Array<{ sid: string }> }> }> };

export type ListRoomNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type ListRoomNamesQuery = { rooms: Array<{ name: string }> };

export type ShutdownRoomsQueryVariables = Exact<{ [key: string]: never; }>;


export type ShutdownRoomsQuery = { rooms: Array<{ name: string }> };

export type RoomParticipantsQueryVariables = Exact<{
  name: string;
}>;


export type RoomParticipantsQuery = { room: { name: string, participants: Array<{ identity: string }> } | null };

export type RoomParticipantsByFragmentQueryVariables = Exact<{
  name: string;
}>;


export type RoomParticipantsByFragmentQuery = { room: { participants: Array<{ identity: string }> } | null };

export type RoomPeopleFragment = { participants: Array<{ identity: string }> };

export type RoomNameQueryVariables = Exact<{
  name: string;
}>;


export type RoomNameQuery = { room: { name: string } | null };

export type InstanceStateSubscriptionVariables = Exact<{
  room: string;
}>;


export type InstanceStateSubscription = { roomState: { participants: Array<{ sid: string, tracks: Array<{ sid: string }> }> } };

export type InstanceEventsSubscriptionVariables = Exact<{
  room: string;
}>;


export type InstanceEventsSubscription = { roomEvents: { id: string, reconciled: boolean } };

export type RoomStateWatchSubscriptionVariables = Exact<{
  room: string;
}>;


export type RoomStateWatchSubscription = { roomState: { room: string, roomSid: string | null, cursor: string | null, updatedAt: string, participants: Array<{ sid: string, identity: string, state: ParticipantState, permission: { hidden: boolean } | null, tracks: Array<{ sid: string, source: TrackSource }> }> } };

export type RoomEventsReconciledSubscriptionVariables = Exact<{
  room: string;
}>;


export type RoomEventsReconciledSubscription = { roomEvents: { id: string, type: RoomEventType, reconciled: boolean, participant: { sid: string, identity: string } | null, track: { sid: string } | null } };

export const RoomPeopleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomPeople"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}}]} as unknown as DocumentNode<RoomPeopleFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"canListRooms"}},{"kind":"Field","name":{"kind":"Name","value":"canCreateRooms"}},{"kind":"Field","name":{"kind":"Name","value":"bannedRooms"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"roomJoin"}},{"kind":"Field","name":{"kind":"Name","value":"roomAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"canSubscribe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readRooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"all"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminRooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"all"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"all"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anyIdentityRooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"all"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxTtlSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"publishSources"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const AuthRoomParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthRoomParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}}]}}]} as unknown as DocumentNode<AuthRoomParticipantsQuery, AuthRoomParticipantsQueryVariables>;
export const AuthRoomNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthRoomName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maxParticipants"}}]}}]}}]} as unknown as DocumentNode<AuthRoomNameQuery, AuthRoomNameQueryVariables>;
export const AuthRoomNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthRoomNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"names"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuthRoomNamesQuery, AuthRoomNamesQueryVariables>;
export const AuthParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}},{"kind":"Argument","name":{"kind":"Name","value":"identity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}}]} as unknown as DocumentNode<AuthParticipantQuery, AuthParticipantQueryVariables>;
export const AuthCreateRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthCreateRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuthCreateRoomMutation, AuthCreateRoomMutationVariables>;
export const AuthUpdateRoomMetadataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthUpdateRoomMetadata"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metadata"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoomMetadata"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"metadata"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metadata"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}}]}}]} as unknown as DocumentNode<AuthUpdateRoomMetadataMutation, AuthUpdateRoomMetadataMutationVariables>;
export const AuthCreateAccessTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthCreateAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"roomJoin"}},{"kind":"Field","name":{"kind":"Name","value":"roomAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"roomCreate"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"canSubscribe"}},{"kind":"Field","name":{"kind":"Name","value":"canPublishData"}},{"kind":"Field","name":{"kind":"Name","value":"canPublishSources"}},{"kind":"Field","name":{"kind":"Name","value":"canUpdateOwnMetadata"}}]}}]}}]}}]} as unknown as DocumentNode<AuthCreateAccessTokenMutation, AuthCreateAccessTokenMutationVariables>;
export const AuthRemoveParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthRemoveParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ban"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}},{"kind":"Argument","name":{"kind":"Name","value":"identity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identity"}}},{"kind":"Argument","name":{"kind":"Name","value":"ban"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ban"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"banned"}}]}}]}}]} as unknown as DocumentNode<AuthRemoveParticipantMutation, AuthRemoveParticipantMutationVariables>;
export const AuthUnbanParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthUnbanParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unbanParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}},{"kind":"Argument","name":{"kind":"Name","value":"identity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unbanned"}}]}}]}}]} as unknown as DocumentNode<AuthUnbanParticipantMutation, AuthUnbanParticipantMutationVariables>;
export const AuthBansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthBans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AuthBansQuery, AuthBansQueryVariables>;
export const ConsoleTestCreateRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleTestCreateRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleTestCreateRoomMutation, ConsoleTestCreateRoomMutationVariables>;
export const CreateRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"emptyTimeout"}},{"kind":"Field","name":{"kind":"Name","value":"maxParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"creationTime"}}]}}]}}]} as unknown as DocumentNode<CreateRoomMutation, CreateRoomMutationVariables>;
export const ListRoomsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListRooms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"names"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"numParticipants"}}]}}]}}]} as unknown as DocumentNode<ListRoomsQuery, ListRoomsQueryVariables>;
export const RoomWithParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomWithParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"numPublishers"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isPublisher"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"canSubscribe"}},{"kind":"Field","name":{"kind":"Name","value":"canPublishData"}},{"kind":"Field","name":{"kind":"Name","value":"canUpdateMetadata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"muted"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoomWithParticipantsQuery, RoomWithParticipantsQueryVariables>;
export const MuteTrackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MuteTrack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackSid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"muted"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mutePublishedTrack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}},{"kind":"Argument","name":{"kind":"Name","value":"identity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identity"}}},{"kind":"Argument","name":{"kind":"Name","value":"trackSid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackSid"}}},{"kind":"Argument","name":{"kind":"Name","value":"muted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"muted"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"muted"}}]}}]}}]} as unknown as DocumentNode<MuteTrackMutation, MuteTrackMutationVariables>;
export const UpdateParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"canSubscribe"}},{"kind":"Field","name":{"kind":"Name","value":"canPublishData"}},{"kind":"Field","name":{"kind":"Name","value":"canUpdateMetadata"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateParticipantMutation, UpdateParticipantMutationVariables>;
export const SendDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendDataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}}]}}]}}]} as unknown as DocumentNode<SendDataMutation, SendDataMutationVariables>;
export const RemoveParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}},{"kind":"Argument","name":{"kind":"Name","value":"identity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}}]} as unknown as DocumentNode<RemoveParticipantMutation, RemoveParticipantMutationVariables>;
export const DeleteRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeleteRoomMutation, DeleteRoomMutationVariables>;
export const GetParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}},{"kind":"Argument","name":{"kind":"Name","value":"identity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}}]} as unknown as DocumentNode<GetParticipantQuery, GetParticipantQueryVariables>;
export const FaultRoomsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultRooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FaultRoomsQuery, FaultRoomsQueryVariables>;
export const RoomNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RoomNamesQuery, RoomNamesQueryVariables>;
export const RoomTracksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomTracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoomTracksQuery, RoomTracksQueryVariables>;
export const ListRoomNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListRoomNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ListRoomNamesQuery, ListRoomNamesQueryVariables>;
export const ShutdownRoomsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShutdownRooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ShutdownRoomsQuery, ShutdownRoomsQueryVariables>;
export const RoomParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}}]}}]} as unknown as DocumentNode<RoomParticipantsQuery, RoomParticipantsQueryVariables>;
export const RoomParticipantsByFragmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomParticipantsByFragment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomPeople"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomPeople"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}}]} as unknown as DocumentNode<RoomParticipantsByFragmentQuery, RoomParticipantsByFragmentQueryVariables>;
export const RoomNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RoomNameQuery, RoomNameQueryVariables>;
export const InstanceStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InstanceState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstanceStateSubscription, InstanceStateSubscriptionVariables>;
export const InstanceEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InstanceEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}}]}}]}}]} as unknown as DocumentNode<InstanceEventsSubscription, InstanceEventsSubscriptionVariables>;
export const RoomStateWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RoomStateWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"roomSid"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"permission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoomStateWatchSubscription, RoomStateWatchSubscriptionVariables>;
export const RoomEventsReconciledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RoomEventsReconciled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"track"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}}]}}]}}]} as unknown as DocumentNode<RoomEventsReconciledSubscription, RoomEventsReconciledSubscriptionVariables>;