/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateRoomWithAgents($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n": typeof types.CreateRoomWithAgentsDocument,
    "\n  mutation DispatchAgent($input: DispatchAgentInput!) {\n    dispatchAgent(input: $input) {\n      id\n      room\n      agentName\n      metadata\n      createdAt\n      waitingForWorker\n      jobs {\n        id\n      }\n    }\n  }\n": typeof types.DispatchAgentDocument,
    "\n  query AgentDispatches($room: String!, $includeDefault: Boolean) {\n    agentDispatches(room: $room, includeDefault: $includeDefault) {\n      id\n      agentName\n      metadata\n      waitingForWorker\n      jobs {\n        id\n        status\n        participantIdentity\n        workerId\n        startedAt\n      }\n    }\n  }\n": typeof types.AgentDispatchesDocument,
    "\n  mutation CancelAgentDispatch($room: String!, $id: ID!) {\n    cancelAgentDispatch(room: $room, id: $id) {\n      id\n      agentName\n    }\n  }\n": typeof types.CancelAgentDispatchDocument,
    "\n  query AgentParticipants($name: String!) {\n    room(name: $name) {\n      participants {\n        identity\n        kind\n        attributes {\n          key\n          value\n        }\n      }\n    }\n  }\n": typeof types.AgentParticipantsDocument,
    "\n  mutation PerformAgentRpc($input: PerformRpcInput!) {\n    performRpc(input: $input) {\n      destinationIdentity\n      method\n      payload\n    }\n  }\n": typeof types.PerformAgentRpcDocument,
    "\n  query Viewer {\n    viewer {\n      identity\n      credential\n      expiresAt\n      canListRooms\n      canCreateRooms\n      bannedRooms\n      grants {\n        room\n        roomJoin\n        roomAdmin\n        canSubscribe\n      }\n      readRooms {\n        all\n        rooms\n      }\n      adminRooms {\n        all\n        rooms\n      }\n      minting {\n        rooms {\n          all\n          rooms\n        }\n        anyIdentityRooms {\n          all\n          rooms\n        }\n        maxTtlSeconds\n        publishSources\n        grants {\n          roomAdmin\n          canPublish\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query AuthRoomParticipants($name: String!) {\n    room(name: $name) {\n      name\n      participants {\n        identity\n      }\n    }\n  }\n": typeof types.AuthRoomParticipantsDocument,
    "\n  query AuthRoomName($name: String!) {\n    room(name: $name) {\n      name\n      maxParticipants\n    }\n  }\n": typeof types.AuthRoomNameDocument,
    "\n  query AuthRoomNames($names: [String!]) {\n    rooms(names: $names) {\n      name\n    }\n  }\n": typeof types.AuthRoomNamesDocument,
    "\n  query AuthParticipant($room: String!, $identity: String!) {\n    participant(room: $room, identity: $identity) {\n      identity\n    }\n  }\n": typeof types.AuthParticipantDocument,
    "\n  mutation AuthCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n": typeof types.AuthCreateRoomDocument,
    "\n  mutation AuthUpdateRoomMetadata($name: String!, $metadata: String!) {\n    updateRoomMetadata(name: $name, metadata: $metadata) {\n      metadata\n    }\n  }\n": typeof types.AuthUpdateRoomMetadataDocument,
    "\n  mutation AuthCreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      identity\n      room\n      expiresAt\n      serverUrl\n      roomConfigurationIgnored\n      grants {\n        room\n        roomJoin\n        roomAdmin\n        roomCreate\n        hidden\n        canPublish\n        canSubscribe\n        canPublishData\n        canPublishSources\n        canUpdateOwnMetadata\n      }\n    }\n  }\n": typeof types.AuthCreateAccessTokenDocument,
    "\n  mutation AuthRemoveParticipant($room: String!, $identity: String!, $ban: Boolean) {\n    removeParticipant(room: $room, identity: $identity, ban: $ban) {\n      room\n      identity\n      banned\n    }\n  }\n": typeof types.AuthRemoveParticipantDocument,
    "\n  mutation AuthUnbanParticipant($room: String!, $identity: String!) {\n    unbanParticipant(room: $room, identity: $identity) {\n      unbanned\n    }\n  }\n": typeof types.AuthUnbanParticipantDocument,
    "\n  query AuthBans($room: String!) {\n    bans(room: $room) {\n      identity\n      createdAt\n    }\n  }\n": typeof types.AuthBansDocument,
    "\n  mutation ConsoleTestCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n": typeof types.ConsoleTestCreateRoomDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      sid\n      name\n      metadata\n      emptyTimeout\n      maxParticipants\n      creationTime\n    }\n  }\n": typeof types.CreateRoomDocument,
    "\n  query ListRooms($names: [String!]) {\n    rooms(names: $names) {\n      name\n      numParticipants\n    }\n  }\n": typeof types.ListRoomsDocument,
    "\n  query RoomWithParticipants($name: String!) {\n    room(name: $name) {\n      name\n      numPublishers\n      participants {\n        sid\n        identity\n        state\n        kind\n        joinedAt\n        isPublisher\n        attributes {\n          key\n          value\n        }\n        permission {\n          canPublish\n          canSubscribe\n          canPublishData\n          canUpdateMetadata\n        }\n        tracks {\n          sid\n          type\n          source\n          muted\n          mimeType\n        }\n      }\n    }\n  }\n": typeof types.RoomWithParticipantsDocument,
    "\n  mutation MuteTrack($room: String!, $identity: String!, $trackSid: ID!, $muted: Boolean!) {\n    mutePublishedTrack(room: $room, identity: $identity, trackSid: $trackSid, muted: $muted) {\n      sid\n      muted\n    }\n  }\n": typeof types.MuteTrackDocument,
    "\n  mutation UpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      identity\n      metadata\n      attributes {\n        key\n        value\n      }\n      permission {\n        canPublish\n        canSubscribe\n        canPublishData\n        canUpdateMetadata\n      }\n    }\n  }\n": typeof types.UpdateParticipantDocument,
    "\n  mutation SendData($input: SendDataInput!) {\n    sendData(input: $input) {\n      room\n      bytes\n    }\n  }\n": typeof types.SendDataDocument,
    "\n  mutation RemoveParticipant($room: String!, $identity: String!) {\n    removeParticipant(room: $room, identity: $identity) {\n      room\n      identity\n    }\n  }\n": typeof types.RemoveParticipantDocument,
    "\n  mutation DeleteRoom($name: String!) {\n    deleteRoom(name: $name) {\n      name\n    }\n  }\n": typeof types.DeleteRoomDocument,
    "\n  query GetParticipant($room: String!, $identity: String!) {\n    participant(room: $room, identity: $identity) {\n      identity\n    }\n  }\n": typeof types.GetParticipantDocument,
    "\n  mutation ErrorsUpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      identity\n    }\n  }\n": typeof types.ErrorsUpdateParticipantDocument,
    "\n  mutation ErrorsCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n": typeof types.ErrorsCreateRoomDocument,
    "\n  query ErrorsRoomNames($names: [String!]) {\n    rooms(names: $names) {\n      name\n    }\n  }\n": typeof types.ErrorsRoomNamesDocument,
    "\n  mutation InputChecksUpdateAttributes($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      identity\n      attributes {\n        key\n        value\n      }\n    }\n  }\n": typeof types.InputChecksUpdateAttributesDocument,
    "\n  mutation InputChecksMintWithAttributes($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n    }\n  }\n": typeof types.InputChecksMintWithAttributesDocument,
    "\n  mutation InputChecksRemoveParticipant($room: String!, $identity: String!, $ban: Boolean) {\n    removeParticipant(room: $room, identity: $identity, ban: $ban) {\n      banned\n    }\n  }\n": typeof types.InputChecksRemoveParticipantDocument,
    "\n  mutation InputChecksUnbanParticipant($room: String!, $identity: String!) {\n    unbanParticipant(room: $room, identity: $identity) {\n      unbanned\n    }\n  }\n": typeof types.InputChecksUnbanParticipantDocument,
    "\n  query InputChecksBans($room: String!) {\n    bans(room: $room) {\n      identity\n    }\n  }\n": typeof types.InputChecksBansDocument,
    "\n  mutation InputChecksStartRoomCompositeEgress($input: StartRoomCompositeEgressInput!) {\n    startRoomCompositeEgress(input: $input) {\n      egressId\n    }\n  }\n": typeof types.InputChecksStartRoomCompositeEgressDocument,
    "\n  mutation InputChecksStartTrackEgress($input: StartTrackEgressInput!) {\n    startTrackEgress(input: $input) {\n      egressId\n    }\n  }\n": typeof types.InputChecksStartTrackEgressDocument,
    "\n  mutation InputChecksStartParticipantEgress($input: StartParticipantEgressInput!) {\n    startParticipantEgress(input: $input) {\n      egressId\n    }\n  }\n": typeof types.InputChecksStartParticipantEgressDocument,
    "\n  query FaultRooms {\n    rooms {\n      name\n    }\n  }\n": typeof types.FaultRoomsDocument,
    "\n  query RoomNames {\n    rooms {\n      name\n    }\n  }\n": typeof types.RoomNamesDocument,
    "\n  query RoomTracks {\n    rooms {\n      participants {\n        tracks {\n          sid\n        }\n      }\n    }\n  }\n": typeof types.RoomTracksDocument,
    "\n  query ListRoomNames {\n    rooms {\n      name\n    }\n  }\n": typeof types.ListRoomNamesDocument,
    "\n  query ShutdownRooms {\n    rooms {\n      name\n    }\n  }\n": typeof types.ShutdownRoomsDocument,
    "\n  mutation CreateRecordedRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n": typeof types.CreateRecordedRoomDocument,
    "\n  mutation StartTrackEgress($input: StartTrackEgressInput!) {\n    startTrackEgress(input: $input) {\n      egressId\n      status\n    }\n  }\n": typeof types.StartTrackEgressDocument,
    "\n  mutation StartParticipantEgress($input: StartParticipantEgressInput!) {\n    startParticipantEgress(input: $input) {\n      egressId\n    }\n  }\n": typeof types.StartParticipantEgressDocument,
    "\n  mutation StartRoomCompositeEgress($input: StartRoomCompositeEgressInput!) {\n    startRoomCompositeEgress(input: $input) {\n      egressId\n    }\n  }\n": typeof types.StartRoomCompositeEgressDocument,
    "\n  mutation StopEgress($egressId: ID!) {\n    stopEgress(egressId: $egressId) {\n      egressId\n    }\n  }\n": typeof types.StopEgressDocument,
    "\n  query Egresses($room: String, $active: Boolean) {\n    egresses(room: $room, active: $active) {\n      egressId\n      roomName\n      status\n      kind\n    }\n  }\n": typeof types.EgressesDocument,
    "\n  mutation CreateIngress($input: CreateIngressInput!) {\n    createIngress(input: $input) {\n      ingressId\n      name\n      inputType\n      url\n      streamKey\n      roomName\n      participantIdentity\n      participantName\n      enabled\n      status\n    }\n  }\n": typeof types.CreateIngressDocument,
    "\n  query Ingresses($room: String) {\n    ingresses(room: $room) {\n      ingressId\n      name\n      inputType\n      streamKey\n      participantName\n    }\n  }\n": typeof types.IngressesDocument,
    "\n  mutation UpdateIngress($input: UpdateIngressInput!) {\n    updateIngress(input: $input) {\n      ingressId\n      name\n      participantName\n      enabled\n    }\n  }\n": typeof types.UpdateIngressDocument,
    "\n  mutation DeleteIngress($ingressId: ID!) {\n    deleteIngress(ingressId: $ingressId) {\n      ingressId\n    }\n  }\n": typeof types.DeleteIngressDocument,
    "\n  query RoomParticipants($name: String!) {\n    room(name: $name) {\n      name\n      participants {\n        identity\n      }\n    }\n  }\n": typeof types.RoomParticipantsDocument,
    "\n  query RoomParticipantsByFragment($name: String!) {\n    room(name: $name) {\n      ...RoomPeople\n    }\n  }\n  fragment RoomPeople on Room {\n    participants {\n      identity\n    }\n  }\n": typeof types.RoomParticipantsByFragmentDocument,
    "\n  query RoomName($name: String!) {\n    room(name: $name) {\n      name\n    }\n  }\n": typeof types.RoomNameDocument,
    "\n  subscription InstanceState($room: String!) {\n    roomState(room: $room) {\n      participants {\n        sid\n        tracks {\n          sid\n        }\n      }\n    }\n  }\n": typeof types.InstanceStateDocument,
    "\n  subscription InstanceEvents($room: String!) {\n    roomEvents(room: $room) {\n      id\n      reconciled\n    }\n  }\n": typeof types.InstanceEventsDocument,
    "\n  subscription RoomStateWatch($room: String!) {\n    roomState(room: $room) {\n      room\n      roomSid\n      cursor\n      updatedAt\n      participants {\n        sid\n        identity\n        state\n        permission {\n          hidden\n        }\n        tracks {\n          sid\n          source\n        }\n      }\n    }\n  }\n": typeof types.RoomStateWatchDocument,
    "\n  subscription RoomEventsReconciled($room: String!) {\n    roomEvents(room: $room) {\n      id\n      type\n      reconciled\n      participant {\n        sid\n        identity\n      }\n      track {\n        sid\n      }\n    }\n  }\n": typeof types.RoomEventsReconciledDocument,
    "\n  mutation PerformRpc($input: PerformRpcInput!) {\n    performRpc(input: $input) {\n      room\n      destinationIdentity\n      method\n      payload\n    }\n  }\n": typeof types.PerformRpcDocument,
};
const documents: Documents = {
    "\n  mutation CreateRoomWithAgents($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n": types.CreateRoomWithAgentsDocument,
    "\n  mutation DispatchAgent($input: DispatchAgentInput!) {\n    dispatchAgent(input: $input) {\n      id\n      room\n      agentName\n      metadata\n      createdAt\n      waitingForWorker\n      jobs {\n        id\n      }\n    }\n  }\n": types.DispatchAgentDocument,
    "\n  query AgentDispatches($room: String!, $includeDefault: Boolean) {\n    agentDispatches(room: $room, includeDefault: $includeDefault) {\n      id\n      agentName\n      metadata\n      waitingForWorker\n      jobs {\n        id\n        status\n        participantIdentity\n        workerId\n        startedAt\n      }\n    }\n  }\n": types.AgentDispatchesDocument,
    "\n  mutation CancelAgentDispatch($room: String!, $id: ID!) {\n    cancelAgentDispatch(room: $room, id: $id) {\n      id\n      agentName\n    }\n  }\n": types.CancelAgentDispatchDocument,
    "\n  query AgentParticipants($name: String!) {\n    room(name: $name) {\n      participants {\n        identity\n        kind\n        attributes {\n          key\n          value\n        }\n      }\n    }\n  }\n": types.AgentParticipantsDocument,
    "\n  mutation PerformAgentRpc($input: PerformRpcInput!) {\n    performRpc(input: $input) {\n      destinationIdentity\n      method\n      payload\n    }\n  }\n": types.PerformAgentRpcDocument,
    "\n  query Viewer {\n    viewer {\n      identity\n      credential\n      expiresAt\n      canListRooms\n      canCreateRooms\n      bannedRooms\n      grants {\n        room\n        roomJoin\n        roomAdmin\n        canSubscribe\n      }\n      readRooms {\n        all\n        rooms\n      }\n      adminRooms {\n        all\n        rooms\n      }\n      minting {\n        rooms {\n          all\n          rooms\n        }\n        anyIdentityRooms {\n          all\n          rooms\n        }\n        maxTtlSeconds\n        publishSources\n        grants {\n          roomAdmin\n          canPublish\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query AuthRoomParticipants($name: String!) {\n    room(name: $name) {\n      name\n      participants {\n        identity\n      }\n    }\n  }\n": types.AuthRoomParticipantsDocument,
    "\n  query AuthRoomName($name: String!) {\n    room(name: $name) {\n      name\n      maxParticipants\n    }\n  }\n": types.AuthRoomNameDocument,
    "\n  query AuthRoomNames($names: [String!]) {\n    rooms(names: $names) {\n      name\n    }\n  }\n": types.AuthRoomNamesDocument,
    "\n  query AuthParticipant($room: String!, $identity: String!) {\n    participant(room: $room, identity: $identity) {\n      identity\n    }\n  }\n": types.AuthParticipantDocument,
    "\n  mutation AuthCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n": types.AuthCreateRoomDocument,
    "\n  mutation AuthUpdateRoomMetadata($name: String!, $metadata: String!) {\n    updateRoomMetadata(name: $name, metadata: $metadata) {\n      metadata\n    }\n  }\n": types.AuthUpdateRoomMetadataDocument,
    "\n  mutation AuthCreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      identity\n      room\n      expiresAt\n      serverUrl\n      roomConfigurationIgnored\n      grants {\n        room\n        roomJoin\n        roomAdmin\n        roomCreate\n        hidden\n        canPublish\n        canSubscribe\n        canPublishData\n        canPublishSources\n        canUpdateOwnMetadata\n      }\n    }\n  }\n": types.AuthCreateAccessTokenDocument,
    "\n  mutation AuthRemoveParticipant($room: String!, $identity: String!, $ban: Boolean) {\n    removeParticipant(room: $room, identity: $identity, ban: $ban) {\n      room\n      identity\n      banned\n    }\n  }\n": types.AuthRemoveParticipantDocument,
    "\n  mutation AuthUnbanParticipant($room: String!, $identity: String!) {\n    unbanParticipant(room: $room, identity: $identity) {\n      unbanned\n    }\n  }\n": types.AuthUnbanParticipantDocument,
    "\n  query AuthBans($room: String!) {\n    bans(room: $room) {\n      identity\n      createdAt\n    }\n  }\n": types.AuthBansDocument,
    "\n  mutation ConsoleTestCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n": types.ConsoleTestCreateRoomDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      sid\n      name\n      metadata\n      emptyTimeout\n      maxParticipants\n      creationTime\n    }\n  }\n": types.CreateRoomDocument,
    "\n  query ListRooms($names: [String!]) {\n    rooms(names: $names) {\n      name\n      numParticipants\n    }\n  }\n": types.ListRoomsDocument,
    "\n  query RoomWithParticipants($name: String!) {\n    room(name: $name) {\n      name\n      numPublishers\n      participants {\n        sid\n        identity\n        state\n        kind\n        joinedAt\n        isPublisher\n        attributes {\n          key\n          value\n        }\n        permission {\n          canPublish\n          canSubscribe\n          canPublishData\n          canUpdateMetadata\n        }\n        tracks {\n          sid\n          type\n          source\n          muted\n          mimeType\n        }\n      }\n    }\n  }\n": types.RoomWithParticipantsDocument,
    "\n  mutation MuteTrack($room: String!, $identity: String!, $trackSid: ID!, $muted: Boolean!) {\n    mutePublishedTrack(room: $room, identity: $identity, trackSid: $trackSid, muted: $muted) {\n      sid\n      muted\n    }\n  }\n": types.MuteTrackDocument,
    "\n  mutation UpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      identity\n      metadata\n      attributes {\n        key\n        value\n      }\n      permission {\n        canPublish\n        canSubscribe\n        canPublishData\n        canUpdateMetadata\n      }\n    }\n  }\n": types.UpdateParticipantDocument,
    "\n  mutation SendData($input: SendDataInput!) {\n    sendData(input: $input) {\n      room\n      bytes\n    }\n  }\n": types.SendDataDocument,
    "\n  mutation RemoveParticipant($room: String!, $identity: String!) {\n    removeParticipant(room: $room, identity: $identity) {\n      room\n      identity\n    }\n  }\n": types.RemoveParticipantDocument,
    "\n  mutation DeleteRoom($name: String!) {\n    deleteRoom(name: $name) {\n      name\n    }\n  }\n": types.DeleteRoomDocument,
    "\n  query GetParticipant($room: String!, $identity: String!) {\n    participant(room: $room, identity: $identity) {\n      identity\n    }\n  }\n": types.GetParticipantDocument,
    "\n  mutation ErrorsUpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      identity\n    }\n  }\n": types.ErrorsUpdateParticipantDocument,
    "\n  mutation ErrorsCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n": types.ErrorsCreateRoomDocument,
    "\n  query ErrorsRoomNames($names: [String!]) {\n    rooms(names: $names) {\n      name\n    }\n  }\n": types.ErrorsRoomNamesDocument,
    "\n  mutation InputChecksUpdateAttributes($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      identity\n      attributes {\n        key\n        value\n      }\n    }\n  }\n": types.InputChecksUpdateAttributesDocument,
    "\n  mutation InputChecksMintWithAttributes($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n    }\n  }\n": types.InputChecksMintWithAttributesDocument,
    "\n  mutation InputChecksRemoveParticipant($room: String!, $identity: String!, $ban: Boolean) {\n    removeParticipant(room: $room, identity: $identity, ban: $ban) {\n      banned\n    }\n  }\n": types.InputChecksRemoveParticipantDocument,
    "\n  mutation InputChecksUnbanParticipant($room: String!, $identity: String!) {\n    unbanParticipant(room: $room, identity: $identity) {\n      unbanned\n    }\n  }\n": types.InputChecksUnbanParticipantDocument,
    "\n  query InputChecksBans($room: String!) {\n    bans(room: $room) {\n      identity\n    }\n  }\n": types.InputChecksBansDocument,
    "\n  mutation InputChecksStartRoomCompositeEgress($input: StartRoomCompositeEgressInput!) {\n    startRoomCompositeEgress(input: $input) {\n      egressId\n    }\n  }\n": types.InputChecksStartRoomCompositeEgressDocument,
    "\n  mutation InputChecksStartTrackEgress($input: StartTrackEgressInput!) {\n    startTrackEgress(input: $input) {\n      egressId\n    }\n  }\n": types.InputChecksStartTrackEgressDocument,
    "\n  mutation InputChecksStartParticipantEgress($input: StartParticipantEgressInput!) {\n    startParticipantEgress(input: $input) {\n      egressId\n    }\n  }\n": types.InputChecksStartParticipantEgressDocument,
    "\n  query FaultRooms {\n    rooms {\n      name\n    }\n  }\n": types.FaultRoomsDocument,
    "\n  query RoomNames {\n    rooms {\n      name\n    }\n  }\n": types.RoomNamesDocument,
    "\n  query RoomTracks {\n    rooms {\n      participants {\n        tracks {\n          sid\n        }\n      }\n    }\n  }\n": types.RoomTracksDocument,
    "\n  query ListRoomNames {\n    rooms {\n      name\n    }\n  }\n": types.ListRoomNamesDocument,
    "\n  query ShutdownRooms {\n    rooms {\n      name\n    }\n  }\n": types.ShutdownRoomsDocument,
    "\n  mutation CreateRecordedRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n": types.CreateRecordedRoomDocument,
    "\n  mutation StartTrackEgress($input: StartTrackEgressInput!) {\n    startTrackEgress(input: $input) {\n      egressId\n      status\n    }\n  }\n": types.StartTrackEgressDocument,
    "\n  mutation StartParticipantEgress($input: StartParticipantEgressInput!) {\n    startParticipantEgress(input: $input) {\n      egressId\n    }\n  }\n": types.StartParticipantEgressDocument,
    "\n  mutation StartRoomCompositeEgress($input: StartRoomCompositeEgressInput!) {\n    startRoomCompositeEgress(input: $input) {\n      egressId\n    }\n  }\n": types.StartRoomCompositeEgressDocument,
    "\n  mutation StopEgress($egressId: ID!) {\n    stopEgress(egressId: $egressId) {\n      egressId\n    }\n  }\n": types.StopEgressDocument,
    "\n  query Egresses($room: String, $active: Boolean) {\n    egresses(room: $room, active: $active) {\n      egressId\n      roomName\n      status\n      kind\n    }\n  }\n": types.EgressesDocument,
    "\n  mutation CreateIngress($input: CreateIngressInput!) {\n    createIngress(input: $input) {\n      ingressId\n      name\n      inputType\n      url\n      streamKey\n      roomName\n      participantIdentity\n      participantName\n      enabled\n      status\n    }\n  }\n": types.CreateIngressDocument,
    "\n  query Ingresses($room: String) {\n    ingresses(room: $room) {\n      ingressId\n      name\n      inputType\n      streamKey\n      participantName\n    }\n  }\n": types.IngressesDocument,
    "\n  mutation UpdateIngress($input: UpdateIngressInput!) {\n    updateIngress(input: $input) {\n      ingressId\n      name\n      participantName\n      enabled\n    }\n  }\n": types.UpdateIngressDocument,
    "\n  mutation DeleteIngress($ingressId: ID!) {\n    deleteIngress(ingressId: $ingressId) {\n      ingressId\n    }\n  }\n": types.DeleteIngressDocument,
    "\n  query RoomParticipants($name: String!) {\n    room(name: $name) {\n      name\n      participants {\n        identity\n      }\n    }\n  }\n": types.RoomParticipantsDocument,
    "\n  query RoomParticipantsByFragment($name: String!) {\n    room(name: $name) {\n      ...RoomPeople\n    }\n  }\n  fragment RoomPeople on Room {\n    participants {\n      identity\n    }\n  }\n": types.RoomParticipantsByFragmentDocument,
    "\n  query RoomName($name: String!) {\n    room(name: $name) {\n      name\n    }\n  }\n": types.RoomNameDocument,
    "\n  subscription InstanceState($room: String!) {\n    roomState(room: $room) {\n      participants {\n        sid\n        tracks {\n          sid\n        }\n      }\n    }\n  }\n": types.InstanceStateDocument,
    "\n  subscription InstanceEvents($room: String!) {\n    roomEvents(room: $room) {\n      id\n      reconciled\n    }\n  }\n": types.InstanceEventsDocument,
    "\n  subscription RoomStateWatch($room: String!) {\n    roomState(room: $room) {\n      room\n      roomSid\n      cursor\n      updatedAt\n      participants {\n        sid\n        identity\n        state\n        permission {\n          hidden\n        }\n        tracks {\n          sid\n          source\n        }\n      }\n    }\n  }\n": types.RoomStateWatchDocument,
    "\n  subscription RoomEventsReconciled($room: String!) {\n    roomEvents(room: $room) {\n      id\n      type\n      reconciled\n      participant {\n        sid\n        identity\n      }\n      track {\n        sid\n      }\n    }\n  }\n": types.RoomEventsReconciledDocument,
    "\n  mutation PerformRpc($input: PerformRpcInput!) {\n    performRpc(input: $input) {\n      room\n      destinationIdentity\n      method\n      payload\n    }\n  }\n": types.PerformRpcDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoomWithAgents($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoomWithAgents($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchAgent($input: DispatchAgentInput!) {\n    dispatchAgent(input: $input) {\n      id\n      room\n      agentName\n      metadata\n      createdAt\n      waitingForWorker\n      jobs {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchAgent($input: DispatchAgentInput!) {\n    dispatchAgent(input: $input) {\n      id\n      room\n      agentName\n      metadata\n      createdAt\n      waitingForWorker\n      jobs {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentDispatches($room: String!, $includeDefault: Boolean) {\n    agentDispatches(room: $room, includeDefault: $includeDefault) {\n      id\n      agentName\n      metadata\n      waitingForWorker\n      jobs {\n        id\n        status\n        participantIdentity\n        workerId\n        startedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentDispatches($room: String!, $includeDefault: Boolean) {\n    agentDispatches(room: $room, includeDefault: $includeDefault) {\n      id\n      agentName\n      metadata\n      waitingForWorker\n      jobs {\n        id\n        status\n        participantIdentity\n        workerId\n        startedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAgentDispatch($room: String!, $id: ID!) {\n    cancelAgentDispatch(room: $room, id: $id) {\n      id\n      agentName\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAgentDispatch($room: String!, $id: ID!) {\n    cancelAgentDispatch(room: $room, id: $id) {\n      id\n      agentName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentParticipants($name: String!) {\n    room(name: $name) {\n      participants {\n        identity\n        kind\n        attributes {\n          key\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentParticipants($name: String!) {\n    room(name: $name) {\n      participants {\n        identity\n        kind\n        attributes {\n          key\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PerformAgentRpc($input: PerformRpcInput!) {\n    performRpc(input: $input) {\n      destinationIdentity\n      method\n      payload\n    }\n  }\n"): (typeof documents)["\n  mutation PerformAgentRpc($input: PerformRpcInput!) {\n    performRpc(input: $input) {\n      destinationIdentity\n      method\n      payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      identity\n      credential\n      expiresAt\n      canListRooms\n      canCreateRooms\n      bannedRooms\n      grants {\n        room\n        roomJoin\n        roomAdmin\n        canSubscribe\n      }\n      readRooms {\n        all\n        rooms\n      }\n      adminRooms {\n        all\n        rooms\n      }\n      minting {\n        rooms {\n          all\n          rooms\n        }\n        anyIdentityRooms {\n          all\n          rooms\n        }\n        maxTtlSeconds\n        publishSources\n        grants {\n          roomAdmin\n          canPublish\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      identity\n      credential\n      expiresAt\n      canListRooms\n      canCreateRooms\n      bannedRooms\n      grants {\n        room\n        roomJoin\n        roomAdmin\n        canSubscribe\n      }\n      readRooms {\n        all\n        rooms\n      }\n      adminRooms {\n        all\n        rooms\n      }\n      minting {\n        rooms {\n          all\n          rooms\n        }\n        anyIdentityRooms {\n          all\n          rooms\n        }\n        maxTtlSeconds\n        publishSources\n        grants {\n          roomAdmin\n          canPublish\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthRoomParticipants($name: String!) {\n    room(name: $name) {\n      name\n      participants {\n        identity\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthRoomParticipants($name: String!) {\n    room(name: $name) {\n      name\n      participants {\n        identity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthRoomName($name: String!) {\n    room(name: $name) {\n      name\n      maxParticipants\n    }\n  }\n"): (typeof documents)["\n  query AuthRoomName($name: String!) {\n    room(name: $name) {\n      name\n      maxParticipants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthRoomNames($names: [String!]) {\n    rooms(names: $names) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuthRoomNames($names: [String!]) {\n    rooms(names: $names) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthParticipant($room: String!, $identity: String!) {\n    participant(room: $room, identity: $identity) {\n      identity\n    }\n  }\n"): (typeof documents)["\n  query AuthParticipant($room: String!, $identity: String!) {\n    participant(room: $room, identity: $identity) {\n      identity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthUpdateRoomMetadata($name: String!, $metadata: String!) {\n    updateRoomMetadata(name: $name, metadata: $metadata) {\n      metadata\n    }\n  }\n"): (typeof documents)["\n  mutation AuthUpdateRoomMetadata($name: String!, $metadata: String!) {\n    updateRoomMetadata(name: $name, metadata: $metadata) {\n      metadata\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      identity\n      room\n      expiresAt\n      serverUrl\n      roomConfigurationIgnored\n      grants {\n        room\n        roomJoin\n        roomAdmin\n        roomCreate\n        hidden\n        canPublish\n        canSubscribe\n        canPublishData\n        canPublishSources\n        canUpdateOwnMetadata\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      identity\n      room\n      expiresAt\n      serverUrl\n      roomConfigurationIgnored\n      grants {\n        room\n        roomJoin\n        roomAdmin\n        roomCreate\n        hidden\n        canPublish\n        canSubscribe\n        canPublishData\n        canPublishSources\n        canUpdateOwnMetadata\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRemoveParticipant($room: String!, $identity: String!, $ban: Boolean) {\n    removeParticipant(room: $room, identity: $identity, ban: $ban) {\n      room\n      identity\n      banned\n    }\n  }\n"): (typeof documents)["\n  mutation AuthRemoveParticipant($room: String!, $identity: String!, $ban: Boolean) {\n    removeParticipant(room: $room, identity: $identity, ban: $ban) {\n      room\n      identity\n      banned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthUnbanParticipant($room: String!, $identity: String!) {\n    unbanParticipant(room: $room, identity: $identity) {\n      unbanned\n    }\n  }\n"): (typeof documents)["\n  mutation AuthUnbanParticipant($room: String!, $identity: String!) {\n    unbanParticipant(room: $room, identity: $identity) {\n      unbanned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthBans($room: String!) {\n    bans(room: $room) {\n      identity\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query AuthBans($room: String!) {\n    bans(room: $room) {\n      identity\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTestCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleTestCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      sid\n      name\n      metadata\n      emptyTimeout\n      maxParticipants\n      creationTime\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      sid\n      name\n      metadata\n      emptyTimeout\n      maxParticipants\n      creationTime\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListRooms($names: [String!]) {\n    rooms(names: $names) {\n      name\n      numParticipants\n    }\n  }\n"): (typeof documents)["\n  query ListRooms($names: [String!]) {\n    rooms(names: $names) {\n      name\n      numParticipants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomWithParticipants($name: String!) {\n    room(name: $name) {\n      name\n      numPublishers\n      participants {\n        sid\n        identity\n        state\n        kind\n        joinedAt\n        isPublisher\n        attributes {\n          key\n          value\n        }\n        permission {\n          canPublish\n          canSubscribe\n          canPublishData\n          canUpdateMetadata\n        }\n        tracks {\n          sid\n          type\n          source\n          muted\n          mimeType\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomWithParticipants($name: String!) {\n    room(name: $name) {\n      name\n      numPublishers\n      participants {\n        sid\n        identity\n        state\n        kind\n        joinedAt\n        isPublisher\n        attributes {\n          key\n          value\n        }\n        permission {\n          canPublish\n          canSubscribe\n          canPublishData\n          canUpdateMetadata\n        }\n        tracks {\n          sid\n          type\n          source\n          muted\n          mimeType\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MuteTrack($room: String!, $identity: String!, $trackSid: ID!, $muted: Boolean!) {\n    mutePublishedTrack(room: $room, identity: $identity, trackSid: $trackSid, muted: $muted) {\n      sid\n      muted\n    }\n  }\n"): (typeof documents)["\n  mutation MuteTrack($room: String!, $identity: String!, $trackSid: ID!, $muted: Boolean!) {\n    mutePublishedTrack(room: $room, identity: $identity, trackSid: $trackSid, muted: $muted) {\n      sid\n      muted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      identity\n      metadata\n      attributes {\n        key\n        value\n      }\n      permission {\n        canPublish\n        canSubscribe\n        canPublishData\n        canUpdateMetadata\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      identity\n      metadata\n      attributes {\n        key\n        value\n      }\n      permission {\n        canPublish\n        canSubscribe\n        canPublishData\n        canUpdateMetadata\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendData($input: SendDataInput!) {\n    sendData(input: $input) {\n      room\n      bytes\n    }\n  }\n"): (typeof documents)["\n  mutation SendData($input: SendDataInput!) {\n    sendData(input: $input) {\n      room\n      bytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveParticipant($room: String!, $identity: String!) {\n    removeParticipant(room: $room, identity: $identity) {\n      room\n      identity\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveParticipant($room: String!, $identity: String!) {\n    removeParticipant(room: $room, identity: $identity) {\n      room\n      identity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRoom($name: String!) {\n    deleteRoom(name: $name) {\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteRoom($name: String!) {\n    deleteRoom(name: $name) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetParticipant($room: String!, $identity: String!) {\n    participant(room: $room, identity: $identity) {\n      identity\n    }\n  }\n"): (typeof documents)["\n  query GetParticipant($room: String!, $identity: String!) {\n    participant(room: $room, identity: $identity) {\n      identity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsUpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      identity\n    }\n  }\n"): (typeof documents)["\n  mutation ErrorsUpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      identity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ErrorsCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsRoomNames($names: [String!]) {\n    rooms(names: $names) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query ErrorsRoomNames($names: [String!]) {\n    rooms(names: $names) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputChecksUpdateAttributes($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      identity\n      attributes {\n        key\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InputChecksUpdateAttributes($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      identity\n      attributes {\n        key\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputChecksMintWithAttributes($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation InputChecksMintWithAttributes($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputChecksRemoveParticipant($room: String!, $identity: String!, $ban: Boolean) {\n    removeParticipant(room: $room, identity: $identity, ban: $ban) {\n      banned\n    }\n  }\n"): (typeof documents)["\n  mutation InputChecksRemoveParticipant($room: String!, $identity: String!, $ban: Boolean) {\n    removeParticipant(room: $room, identity: $identity, ban: $ban) {\n      banned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputChecksUnbanParticipant($room: String!, $identity: String!) {\n    unbanParticipant(room: $room, identity: $identity) {\n      unbanned\n    }\n  }\n"): (typeof documents)["\n  mutation InputChecksUnbanParticipant($room: String!, $identity: String!) {\n    unbanParticipant(room: $room, identity: $identity) {\n      unbanned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputChecksBans($room: String!) {\n    bans(room: $room) {\n      identity\n    }\n  }\n"): (typeof documents)["\n  query InputChecksBans($room: String!) {\n    bans(room: $room) {\n      identity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputChecksStartRoomCompositeEgress($input: StartRoomCompositeEgressInput!) {\n    startRoomCompositeEgress(input: $input) {\n      egressId\n    }\n  }\n"): (typeof documents)["\n  mutation InputChecksStartRoomCompositeEgress($input: StartRoomCompositeEgressInput!) {\n    startRoomCompositeEgress(input: $input) {\n      egressId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputChecksStartTrackEgress($input: StartTrackEgressInput!) {\n    startTrackEgress(input: $input) {\n      egressId\n    }\n  }\n"): (typeof documents)["\n  mutation InputChecksStartTrackEgress($input: StartTrackEgressInput!) {\n    startTrackEgress(input: $input) {\n      egressId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputChecksStartParticipantEgress($input: StartParticipantEgressInput!) {\n    startParticipantEgress(input: $input) {\n      egressId\n    }\n  }\n"): (typeof documents)["\n  mutation InputChecksStartParticipantEgress($input: StartParticipantEgressInput!) {\n    startParticipantEgress(input: $input) {\n      egressId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultRooms {\n    rooms {\n      name\n    }\n  }\n"): (typeof documents)["\n  query FaultRooms {\n    rooms {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomNames {\n    rooms {\n      name\n    }\n  }\n"): (typeof documents)["\n  query RoomNames {\n    rooms {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomTracks {\n    rooms {\n      participants {\n        tracks {\n          sid\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomTracks {\n    rooms {\n      participants {\n        tracks {\n          sid\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListRoomNames {\n    rooms {\n      name\n    }\n  }\n"): (typeof documents)["\n  query ListRoomNames {\n    rooms {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShutdownRooms {\n    rooms {\n      name\n    }\n  }\n"): (typeof documents)["\n  query ShutdownRooms {\n    rooms {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRecordedRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRecordedRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTrackEgress($input: StartTrackEgressInput!) {\n    startTrackEgress(input: $input) {\n      egressId\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartTrackEgress($input: StartTrackEgressInput!) {\n    startTrackEgress(input: $input) {\n      egressId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartParticipantEgress($input: StartParticipantEgressInput!) {\n    startParticipantEgress(input: $input) {\n      egressId\n    }\n  }\n"): (typeof documents)["\n  mutation StartParticipantEgress($input: StartParticipantEgressInput!) {\n    startParticipantEgress(input: $input) {\n      egressId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRoomCompositeEgress($input: StartRoomCompositeEgressInput!) {\n    startRoomCompositeEgress(input: $input) {\n      egressId\n    }\n  }\n"): (typeof documents)["\n  mutation StartRoomCompositeEgress($input: StartRoomCompositeEgressInput!) {\n    startRoomCompositeEgress(input: $input) {\n      egressId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopEgress($egressId: ID!) {\n    stopEgress(egressId: $egressId) {\n      egressId\n    }\n  }\n"): (typeof documents)["\n  mutation StopEgress($egressId: ID!) {\n    stopEgress(egressId: $egressId) {\n      egressId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Egresses($room: String, $active: Boolean) {\n    egresses(room: $room, active: $active) {\n      egressId\n      roomName\n      status\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Egresses($room: String, $active: Boolean) {\n    egresses(room: $room, active: $active) {\n      egressId\n      roomName\n      status\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIngress($input: CreateIngressInput!) {\n    createIngress(input: $input) {\n      ingressId\n      name\n      inputType\n      url\n      streamKey\n      roomName\n      participantIdentity\n      participantName\n      enabled\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIngress($input: CreateIngressInput!) {\n    createIngress(input: $input) {\n      ingressId\n      name\n      inputType\n      url\n      streamKey\n      roomName\n      participantIdentity\n      participantName\n      enabled\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ingresses($room: String) {\n    ingresses(room: $room) {\n      ingressId\n      name\n      inputType\n      streamKey\n      participantName\n    }\n  }\n"): (typeof documents)["\n  query Ingresses($room: String) {\n    ingresses(room: $room) {\n      ingressId\n      name\n      inputType\n      streamKey\n      participantName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIngress($input: UpdateIngressInput!) {\n    updateIngress(input: $input) {\n      ingressId\n      name\n      participantName\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIngress($input: UpdateIngressInput!) {\n    updateIngress(input: $input) {\n      ingressId\n      name\n      participantName\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIngress($ingressId: ID!) {\n    deleteIngress(ingressId: $ingressId) {\n      ingressId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteIngress($ingressId: ID!) {\n    deleteIngress(ingressId: $ingressId) {\n      ingressId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomParticipants($name: String!) {\n    room(name: $name) {\n      name\n      participants {\n        identity\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomParticipants($name: String!) {\n    room(name: $name) {\n      name\n      participants {\n        identity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomParticipantsByFragment($name: String!) {\n    room(name: $name) {\n      ...RoomPeople\n    }\n  }\n  fragment RoomPeople on Room {\n    participants {\n      identity\n    }\n  }\n"): (typeof documents)["\n  query RoomParticipantsByFragment($name: String!) {\n    room(name: $name) {\n      ...RoomPeople\n    }\n  }\n  fragment RoomPeople on Room {\n    participants {\n      identity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomName($name: String!) {\n    room(name: $name) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query RoomName($name: String!) {\n    room(name: $name) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InstanceState($room: String!) {\n    roomState(room: $room) {\n      participants {\n        sid\n        tracks {\n          sid\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription InstanceState($room: String!) {\n    roomState(room: $room) {\n      participants {\n        sid\n        tracks {\n          sid\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InstanceEvents($room: String!) {\n    roomEvents(room: $room) {\n      id\n      reconciled\n    }\n  }\n"): (typeof documents)["\n  subscription InstanceEvents($room: String!) {\n    roomEvents(room: $room) {\n      id\n      reconciled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RoomStateWatch($room: String!) {\n    roomState(room: $room) {\n      room\n      roomSid\n      cursor\n      updatedAt\n      participants {\n        sid\n        identity\n        state\n        permission {\n          hidden\n        }\n        tracks {\n          sid\n          source\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RoomStateWatch($room: String!) {\n    roomState(room: $room) {\n      room\n      roomSid\n      cursor\n      updatedAt\n      participants {\n        sid\n        identity\n        state\n        permission {\n          hidden\n        }\n        tracks {\n          sid\n          source\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RoomEventsReconciled($room: String!) {\n    roomEvents(room: $room) {\n      id\n      type\n      reconciled\n      participant {\n        sid\n        identity\n      }\n      track {\n        sid\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RoomEventsReconciled($room: String!) {\n    roomEvents(room: $room) {\n      id\n      type\n      reconciled\n      participant {\n        sid\n        identity\n      }\n      track {\n        sid\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PerformRpc($input: PerformRpcInput!) {\n    performRpc(input: $input) {\n      room\n      destinationIdentity\n      method\n      payload\n    }\n  }\n"): (typeof documents)["\n  mutation PerformRpc($input: PerformRpcInput!) {\n    performRpc(input: $input) {\n      room\n      destinationIdentity\n      method\n      payload\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;