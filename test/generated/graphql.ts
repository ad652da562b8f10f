/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** State of one agent job: waiting for a worker, running in the room, or ended. */
export type AgentJobStatus =
  | 'FAILED'
  | 'PENDING'
  | 'RUNNING'
  | 'SUCCESS';

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

export type CreateIngressInput = {
  enableTranscoding?: boolean | null | undefined;
  enabled?: boolean | null | undefined;
  inputType: IngressInputType;
  name: string;
  /** Identity the stream joins the room with. */
  participantIdentity: string;
  participantMetadata?: string | null | undefined;
  participantName?: string | null | undefined;
  room: string;
};

export type CreateRoomInput = {
  /** Agents dispatched when the room is created; none given keeps the default. */
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

export type DispatchAgentInput = {
  /** Name the agent worker registered with. */
  agentName: string;
  /** Text handed to the agent with its job. */
  metadata?: string | null | undefined;
  room: string;
};

/** A file on the egress worker's own disk. The path may use LiveKit's templates such as `{room_name}` and `{time}`. */
export type EgressFileOutputInput = {
  fileType?: EgressFileType | null | undefined;
  filepath: string;
};

/** Container of an encoded file; DEFAULT_FILETYPE lets LiveKit pick one from the tracks. */
export type EgressFileType =
  | 'DEFAULT_FILETYPE'
  | 'MP3'
  | 'MP4'
  | 'OGG';

/** Which start request created the egress. */
export type EgressKind =
  | 'EGRESS'
  | 'PARTICIPANT'
  | 'REPLAY'
  | 'ROOM_COMPOSITE'
  | 'TRACK'
  | 'TRACK_COMPOSITE'
  | 'UNKNOWN'
  | 'WEB';

/** Lifecycle of a recording: STARTING, ACTIVE and ENDING, then COMPLETE, FAILED, ABORTED or LIMIT_REACHED. */
export type EgressStatus =
  | 'ABORTED'
  | 'ACTIVE'
  | 'COMPLETE'
  | 'ENDING'
  | 'FAILED'
  | 'LIMIT_REACHED'
  | 'STARTING';

/** Protocol an ingress receives its stream with. */
export type IngressInputType =
  | 'RTMP'
  /** Pulls from a URL; the gateway lists such ingresses but does not create them. */
  | 'URL'
  | 'WHIP';

/** Whether a stream is being received: INACTIVE, BUFFERING, PUBLISHING, ERROR or COMPLETE. */
export type IngressStatus =
  | 'BUFFERING'
  | 'COMPLETE'
  | 'ERROR'
  | 'INACTIVE'
  | 'PUBLISHING';

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

export type PerformRpcInput = {
  destinationIdentity: string;
  /** Method the participant registered. */
  method: string;
  /** Text handed to the method; at most 15 KiB, as LiveKit limits it. */
  payload?: string | null | undefined;
  /** Milliseconds the participant has to respond, from 1 to 60000. */
  responseTimeoutMs?: number | null | undefined;
  room: string;
};

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

/** Records a participant's camera and microphone, or its screen share, into one file. */
export type StartParticipantEgressInput = {
  file: EgressFileOutputInput;
  identity: string;
  room: string;
  screenShare?: boolean | null | undefined;
};

/** Records the whole room through a headless browser layout into one file. */
export type StartRoomCompositeEgressInput = {
  audioOnly?: boolean | null | undefined;
  file: EgressFileOutputInput;
  /** Layout name, e.g. `grid` or `speaker`. */
  layout?: string | null | undefined;
  room: string;
  videoOnly?: boolean | null | undefined;
};

/** Records one track as it is, without transcoding: Opus to OGG, VP8 to WebM. */
export type StartTrackEgressInput = {
  /** Path on the egress worker's disk. */
  filepath: string;
  room: string;
  trackSid: string | number;
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

/** A patch: fields left out keep their value. */
export type UpdateIngressInput = {
  enableTranscoding?: boolean | null | undefined;
  enabled?: boolean | null | undefined;
  ingressId: string | number;
  name?: string | null | undefined;
  participantIdentity?: string | null | undefined;
  participantMetadata?: string | null | undefined;
  participantName?: string | null | undefined;
  room?: string | null | undefined;
};

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

export type CreateRoomWithAgentsMutationVariables = Exact<{
  input: CreateRoomInput;
}>;


export type CreateRoomWithAgentsMutation = { createRoom: { name: string } };

export type DispatchAgentMutationVariables = Exact<{
  input: DispatchAgentInput;
}>;


export type DispatchAgentMutation = { dispatchAgent: { id: string, room: string, agentName: string, metadata: string, createdAt: string | null, waitingForWorker: boolean, jobs: Array<{ id: string }> } };

export type AgentDispatchesQueryVariables = Exact<{
  room: string;
  includeDefault?: boolean | null | undefined;
}>;


export type AgentDispatchesQuery = { agentDispatches: Array<{ id: string, agentName: string, metadata: string, waitingForWorker: boolean, jobs: Array<{ id: string, status: AgentJobStatus, participantIdentity: string | null, workerId: string | null, startedAt: string | null }> }> };

export type CancelAgentDispatchMutationVariables = Exact<{
  room: string;
  id: string | number;
}>;


export type CancelAgentDispatchMutation = { cancelAgentDispatch: { id: string, agentName: string } };

export type AgentParticipantsQueryVariables = Exact<{
  name: string;
}>;


export type AgentParticipantsQuery = { room: { participants: Array<{ identity: string, kind: ParticipantKind, attributes: Array<{ key: string, value: string }> }> } | null };

export type PerformAgentRpcMutationVariables = Exact<{
  input: PerformRpcInput;
}>;


export type PerformAgentRpcMutation = { performRpc: { destinationIdentity: string, method: string, payload: string } };

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


export type AuthCreateAccessTokenMutation = { createAccessToken: { token: string, identity: string, room: string, expiresAt: string, serverUrl: string, roomConfigurationIgnored: boolean, grants: { room: string | null, roomJoin: boolean, roomAdmin: boolean, roomCreate: boolean, hidden: boolean, canPublish: boolean, canSubscribe: boolean, canPublishData: boolean, canPublishSources: Array<PublishSource>, canUpdateOwnMetadata: boolean } } };

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

export type ErrorsUpdateParticipantMutationVariables = Exact<{
  input: UpdateParticipantInput;
}>;


export type ErrorsUpdateParticipantMutation = { updateParticipant: { identity: string } };

export type ErrorsCreateRoomMutationVariables = Exact<{
  input: CreateRoomInput;
}>;


export type ErrorsCreateRoomMutation = { createRoom: { name: string } };

export type ErrorsRoomNamesQueryVariables = Exact<{
  names?: Array<string> | string | null | undefined;
}>;


export type ErrorsRoomNamesQuery = { rooms: Array<{ name: string }> };

export type InputChecksUpdateAttributesMutationVariables = Exact<{
  input: UpdateParticipantInput;
}>;


export type InputChecksUpdateAttributesMutation = { updateParticipant: { identity: string, attributes: Array<{ key: string, value: string }> } };

export type InputChecksMintWithAttributesMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type InputChecksMintWithAttributesMutation = { createAccessToken: { token: string } };

export type InputChecksRemoveParticipantMutationVariables = Exact<{
  room: string;
  identity: string;
  ban?: boolean | null | undefined;
}>;


export type InputChecksRemoveParticipantMutation = { removeParticipant: { banned: boolean } };

export type InputChecksUnbanParticipantMutationVariables = Exact<{
  room: string;
  identity: string;
}>;


export type InputChecksUnbanParticipantMutation = { unbanParticipant: { unbanned: boolean } };

export type InputChecksBansQueryVariables = Exact<{
  room: string;
}>;


export type InputChecksBansQuery = { bans: Array<{ identity: string }> };

export type InputChecksStartRoomCompositeEgressMutationVariables = Exact<{
  input: StartRoomCompositeEgressInput;
}>;


export type InputChecksStartRoomCompositeEgressMutation = { startRoomCompositeEgress: { egressId: string } };

export type InputChecksStartTrackEgressMutationVariables = Exact<{
  input: StartTrackEgressInput;
}>;


export type InputChecksStartTrackEgressMutation = { startTrackEgress: { egressId: string } };

export type InputChecksStartParticipantEgressMutationVariables = Exact<{
  input: StartParticipantEgressInput;
}>;


export type InputChecksStartParticipantEgressMutation = { startParticipantEgress: { egressId: string } };

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

export type CreateRecordedRoomMutationVariables = Exact<{
  input: CreateRoomInput;
}>;


export type CreateRecordedRoomMutation = { createRoom: { name: string } };

export type StartTrackEgressMutationVariables = Exact<{
  input: StartTrackEgressInput;
}>;


export type StartTrackEgressMutation = { startTrackEgress: { egressId: string, status: EgressStatus } };

export type StartParticipantEgressMutationVariables = Exact<{
  input: StartParticipantEgressInput;
}>;


export type StartParticipantEgressMutation = { startParticipantEgress: { egressId: string } };

export type StartRoomCompositeEgressMutationVariables = Exact<{
  input: StartRoomCompositeEgressInput;
}>;


export type StartRoomCompositeEgressMutation = { startRoomCompositeEgress: { egressId: string } };

export type StopEgressMutationVariables = Exact<{
  egressId: string | number;
}>;


export type StopEgressMutation = { stopEgress: { egressId: string } };

export type EgressesQueryVariables = Exact<{
  room?: string | null | undefined;
  active?: boolean | null | undefined;
}>;


export type EgressesQuery = { egresses: Array<{ egressId: string, roomName: string, status: EgressStatus, kind: EgressKind }> };

export type CreateIngressMutationVariables = Exact<{
  input: CreateIngressInput;
}>;


export type CreateIngressMutation = { createIngress: { ingressId: string, name: string, inputType: IngressInputType, url: string, streamKey: string | null, roomName: string, participantIdentity: string, participantName: string, enabled: boolean, status: IngressStatus } };

export type IngressesQueryVariables = Exact<{
  room?: string | null | undefined;
}>;


export type IngressesQuery = { ingresses: Array<{ ingressId: string, name: string, inputType: IngressInputType, streamKey: string | null, participantName: string }> };

export type UpdateIngressMutationVariables = Exact<{
  input: UpdateIngressInput;
}>;


export type UpdateIngressMutation = { updateIngress: { ingressId: string, name: string, participantName: string, enabled: boolean } };

export type DeleteIngressMutationVariables = Exact<{
  ingressId: string | number;
}>;


export type DeleteIngressMutation = { deleteIngress: { ingressId: string } };

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

export type PerformRpcMutationVariables = Exact<{
  input: PerformRpcInput;
}>;


export type PerformRpcMutation = { performRpc: { room: string, destinationIdentity: string, method: string, payload: string } };

export const RoomPeopleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomPeople"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}}]} as unknown as DocumentNode<RoomPeopleFragment, unknown>;
export const CreateRoomWithAgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoomWithAgents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateRoomWithAgentsMutation, CreateRoomWithAgentsMutationVariables>;
export const DispatchAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForWorker"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchAgentMutation, DispatchAgentMutationVariables>;
export const AgentDispatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentDispatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDefault"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentDispatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDefault"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDefault"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForWorker"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participantIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AgentDispatchesQuery, AgentDispatchesQueryVariables>;
export const CancelAgentDispatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAgentDispatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAgentDispatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}}]}}]}}]} as unknown as DocumentNode<CancelAgentDispatchMutation, CancelAgentDispatchMutationVariables>;
export const AgentParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentParticipantsQuery, AgentParticipantsQueryVariables>;
export const PerformAgentRpcDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PerformAgentRpc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformRpcInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performRpc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destinationIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]} as unknown as DocumentNode<PerformAgentRpcMutation, PerformAgentRpcMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"canListRooms"}},{"kind":"Field","name":{"kind":"Name","value":"canCreateRooms"}},{"kind":"Field","name":{"kind":"Name","value":"bannedRooms"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"roomJoin"}},{"kind":"Field","name":{"kind":"Name","value":"roomAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"canSubscribe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readRooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"all"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminRooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"all"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"all"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anyIdentityRooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"all"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxTtlSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"publishSources"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const AuthRoomParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthRoomParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}}]}}]} as unknown as DocumentNode<AuthRoomParticipantsQuery, AuthRoomParticipantsQueryVariables>;
export const AuthRoomNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthRoomName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maxParticipants"}}]}}]}}]} as unknown as DocumentNode<AuthRoomNameQuery, AuthRoomNameQueryVariables>;
export const AuthRoomNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthRoomNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"names"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuthRoomNamesQuery, AuthRoomNamesQueryVariables>;
export const AuthParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}},{"kind":"Argument","name":{"kind":"Name","value":"identity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}}]} as unknown as DocumentNode<AuthParticipantQuery, AuthParticipantQueryVariables>;
export const AuthCreateRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthCreateRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuthCreateRoomMutation, AuthCreateRoomMutationVariables>;
export const AuthUpdateRoomMetadataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthUpdateRoomMetadata"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metadata"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoomMetadata"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"metadata"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metadata"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}}]}}]} as unknown as DocumentNode<AuthUpdateRoomMetadataMutation, AuthUpdateRoomMetadataMutationVariables>;
export const AuthCreateAccessTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthCreateAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roomConfigurationIgnored"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"roomJoin"}},{"kind":"Field","name":{"kind":"Name","value":"roomAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"roomCreate"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"canSubscribe"}},{"kind":"Field","name":{"kind":"Name","value":"canPublishData"}},{"kind":"Field","name":{"kind":"Name","value":"canPublishSources"}},{"kind":"Field","name":{"kind":"Name","value":"canUpdateOwnMetadata"}}]}}]}}]}}]} as unknown as DocumentNode<AuthCreateAccessTokenMutation, AuthCreateAccessTokenMutationVariables>;
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
export const ErrorsUpdateParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErrorsUpdateParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}}]} as unknown as DocumentNode<ErrorsUpdateParticipantMutation, ErrorsUpdateParticipantMutationVariables>;
export const ErrorsCreateRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErrorsCreateRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ErrorsCreateRoomMutation, ErrorsCreateRoomMutationVariables>;
export const ErrorsRoomNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrorsRoomNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"names"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ErrorsRoomNamesQuery, ErrorsRoomNamesQueryVariables>;
export const InputChecksUpdateAttributesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InputChecksUpdateAttributes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<InputChecksUpdateAttributesMutation, InputChecksUpdateAttributesMutationVariables>;
export const InputChecksMintWithAttributesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InputChecksMintWithAttributes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<InputChecksMintWithAttributesMutation, InputChecksMintWithAttributesMutationVariables>;
export const InputChecksRemoveParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InputChecksRemoveParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ban"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}},{"kind":"Argument","name":{"kind":"Name","value":"identity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identity"}}},{"kind":"Argument","name":{"kind":"Name","value":"ban"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ban"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"banned"}}]}}]}}]} as unknown as DocumentNode<InputChecksRemoveParticipantMutation, InputChecksRemoveParticipantMutationVariables>;
export const InputChecksUnbanParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InputChecksUnbanParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unbanParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}},{"kind":"Argument","name":{"kind":"Name","value":"identity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unbanned"}}]}}]}}]} as unknown as DocumentNode<InputChecksUnbanParticipantMutation, InputChecksUnbanParticipantMutationVariables>;
export const InputChecksBansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InputChecksBans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}}]} as unknown as DocumentNode<InputChecksBansQuery, InputChecksBansQueryVariables>;
export const InputChecksStartRoomCompositeEgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InputChecksStartRoomCompositeEgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartRoomCompositeEgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRoomCompositeEgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egressId"}}]}}]}}]} as unknown as DocumentNode<InputChecksStartRoomCompositeEgressMutation, InputChecksStartRoomCompositeEgressMutationVariables>;
export const InputChecksStartTrackEgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InputChecksStartTrackEgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartTrackEgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTrackEgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egressId"}}]}}]}}]} as unknown as DocumentNode<InputChecksStartTrackEgressMutation, InputChecksStartTrackEgressMutationVariables>;
export const InputChecksStartParticipantEgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InputChecksStartParticipantEgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartParticipantEgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startParticipantEgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egressId"}}]}}]}}]} as unknown as DocumentNode<InputChecksStartParticipantEgressMutation, InputChecksStartParticipantEgressMutationVariables>;
export const FaultRoomsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultRooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FaultRoomsQuery, FaultRoomsQueryVariables>;
export const RoomNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RoomNamesQuery, RoomNamesQueryVariables>;
export const RoomTracksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomTracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoomTracksQuery, RoomTracksQueryVariables>;
export const ListRoomNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListRoomNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ListRoomNamesQuery, ListRoomNamesQueryVariables>;
export const ShutdownRoomsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShutdownRooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ShutdownRoomsQuery, ShutdownRoomsQueryVariables>;
export const CreateRecordedRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRecordedRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateRecordedRoomMutation, CreateRecordedRoomMutationVariables>;
export const StartTrackEgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTrackEgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartTrackEgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTrackEgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egressId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartTrackEgressMutation, StartTrackEgressMutationVariables>;
export const StartParticipantEgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartParticipantEgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartParticipantEgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startParticipantEgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egressId"}}]}}]}}]} as unknown as DocumentNode<StartParticipantEgressMutation, StartParticipantEgressMutationVariables>;
export const StartRoomCompositeEgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRoomCompositeEgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartRoomCompositeEgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRoomCompositeEgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egressId"}}]}}]}}]} as unknown as DocumentNode<StartRoomCompositeEgressMutation, StartRoomCompositeEgressMutationVariables>;
export const StopEgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopEgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"egressId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopEgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"egressId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"egressId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egressId"}}]}}]}}]} as unknown as DocumentNode<StopEgressMutation, StopEgressMutationVariables>;
export const EgressesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Egresses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egresses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egressId"}},{"kind":"Field","name":{"kind":"Name","value":"roomName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<EgressesQuery, EgressesQueryVariables>;
export const CreateIngressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIngress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIngressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIngress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingressId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inputType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"streamKey"}},{"kind":"Field","name":{"kind":"Name","value":"roomName"}},{"kind":"Field","name":{"kind":"Name","value":"participantIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"participantName"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateIngressMutation, CreateIngressMutationVariables>;
export const IngressesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ingresses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingresses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingressId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inputType"}},{"kind":"Field","name":{"kind":"Name","value":"streamKey"}},{"kind":"Field","name":{"kind":"Name","value":"participantName"}}]}}]}}]} as unknown as DocumentNode<IngressesQuery, IngressesQueryVariables>;
export const UpdateIngressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIngress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIngressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIngress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingressId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"participantName"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<UpdateIngressMutation, UpdateIngressMutationVariables>;
export const DeleteIngressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteIngress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ingressId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIngress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ingressId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ingressId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingressId"}}]}}]}}]} as unknown as DocumentNode<DeleteIngressMutation, DeleteIngressMutationVariables>;
export const RoomParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}}]}}]} as unknown as DocumentNode<RoomParticipantsQuery, RoomParticipantsQueryVariables>;
export const RoomParticipantsByFragmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomParticipantsByFragment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomPeople"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomPeople"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}}]} as unknown as DocumentNode<RoomParticipantsByFragmentQuery, RoomParticipantsByFragmentQueryVariables>;
export const RoomNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RoomNameQuery, RoomNameQueryVariables>;
export const InstanceStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InstanceState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstanceStateSubscription, InstanceStateSubscriptionVariables>;
export const InstanceEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InstanceEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}}]}}]}}]} as unknown as DocumentNode<InstanceEventsSubscription, InstanceEventsSubscriptionVariables>;
export const RoomStateWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RoomStateWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"roomSid"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"permission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoomStateWatchSubscription, RoomStateWatchSubscriptionVariables>;
export const RoomEventsReconciledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RoomEventsReconciled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"room"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"room"},"value":{"kind":"Variable","name":{"kind":"Name","value":"room"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reconciled"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"track"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}}]}}]}}]} as unknown as DocumentNode<RoomEventsReconciledSubscription, RoomEventsReconciledSubscriptionVariables>;
export const PerformRpcDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PerformRpc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformRpcInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performRpc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"destinationIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]} as unknown as DocumentNode<PerformRpcMutation, PerformRpcMutationVariables>;