/* eslint-disable */
import * as types from './graphql.js';



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
    "\n  query ConsoleViewer {\n    viewer {\n      identity\n      credential\n      expiresAt\n      canListRooms\n      readRooms {\n        all\n        rooms\n      }\n      adminRooms {\n        all\n        rooms\n      }\n    }\n  }\n": typeof types.ConsoleViewerDocument,
    "\n  query ConsoleRooms {\n    rooms {\n      name\n      numParticipants\n      numPublishers\n    }\n  }\n": typeof types.ConsoleRoomsDocument,
    "\n  query ConsoleRoom($name: String!) {\n    room(name: $name) {\n      sid\n      name\n      metadata\n      numParticipants\n      creationTime\n      participants {\n        sid\n        identity\n        name\n        state\n        kind\n        metadata\n        joinedAt\n        tracks {\n          sid\n          name\n          type\n          source\n          muted\n        }\n      }\n    }\n  }\n": typeof types.ConsoleRoomDocument,
    "\n  subscription ConsoleRoomEvents($room: String!) {\n    roomEvents(room: $room) {\n      id\n      type\n      rawType\n      createdAt\n      participant {\n        identity\n      }\n      track {\n        sid\n      }\n    }\n  }\n": typeof types.ConsoleRoomEventsDocument,
    "\n  mutation ConsoleMuteTrack($room: String!, $identity: String!, $trackSid: ID!, $muted: Boolean!) {\n    mutePublishedTrack(room: $room, identity: $identity, trackSid: $trackSid, muted: $muted) {\n      sid\n      muted\n    }\n  }\n": typeof types.ConsoleMuteTrackDocument,
    "\n  mutation ConsoleRemoveParticipant($room: String!, $identity: String!) {\n    removeParticipant(room: $room, identity: $identity) {\n      identity\n    }\n  }\n": typeof types.ConsoleRemoveParticipantDocument,
    "\n  mutation ConsoleUpdateRoomMetadata($name: String!, $metadata: String!) {\n    updateRoomMetadata(name: $name, metadata: $metadata) {\n      metadata\n    }\n  }\n": typeof types.ConsoleUpdateRoomMetadataDocument,
    "\n  mutation ConsoleUpdateParticipantMetadata(\n    $room: String!\n    $identity: String!\n    $metadata: String!\n  ) {\n    updateParticipant(input: { room: $room, identity: $identity, metadata: $metadata }) {\n      identity\n      metadata\n    }\n  }\n": typeof types.ConsoleUpdateParticipantMetadataDocument,
    "\n  mutation ConsoleCreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      identity\n      room\n      expiresAt\n    }\n  }\n": typeof types.ConsoleCreateAccessTokenDocument,
};
const documents: Documents = {
    "\n  query ConsoleViewer {\n    viewer {\n      identity\n      credential\n      expiresAt\n      canListRooms\n      readRooms {\n        all\n        rooms\n      }\n      adminRooms {\n        all\n        rooms\n      }\n    }\n  }\n": types.ConsoleViewerDocument,
    "\n  query ConsoleRooms {\n    rooms {\n      name\n      numParticipants\n      numPublishers\n    }\n  }\n": types.ConsoleRoomsDocument,
    "\n  query ConsoleRoom($name: String!) {\n    room(name: $name) {\n      sid\n      name\n      metadata\n      numParticipants\n      creationTime\n      participants {\n        sid\n        identity\n        name\n        state\n        kind\n        metadata\n        joinedAt\n        tracks {\n          sid\n          name\n          type\n          source\n          muted\n        }\n      }\n    }\n  }\n": types.ConsoleRoomDocument,
    "\n  subscription ConsoleRoomEvents($room: String!) {\n    roomEvents(room: $room) {\n      id\n      type\n      rawType\n      createdAt\n      participant {\n        identity\n      }\n      track {\n        sid\n      }\n    }\n  }\n": types.ConsoleRoomEventsDocument,
    "\n  mutation ConsoleMuteTrack($room: String!, $identity: String!, $trackSid: ID!, $muted: Boolean!) {\n    mutePublishedTrack(room: $room, identity: $identity, trackSid: $trackSid, muted: $muted) {\n      sid\n      muted\n    }\n  }\n": types.ConsoleMuteTrackDocument,
    "\n  mutation ConsoleRemoveParticipant($room: String!, $identity: String!) {\n    removeParticipant(room: $room, identity: $identity) {\n      identity\n    }\n  }\n": types.ConsoleRemoveParticipantDocument,
    "\n  mutation ConsoleUpdateRoomMetadata($name: String!, $metadata: String!) {\n    updateRoomMetadata(name: $name, metadata: $metadata) {\n      metadata\n    }\n  }\n": types.ConsoleUpdateRoomMetadataDocument,
    "\n  mutation ConsoleUpdateParticipantMetadata(\n    $room: String!\n    $identity: String!\n    $metadata: String!\n  ) {\n    updateParticipant(input: { room: $room, identity: $identity, metadata: $metadata }) {\n      identity\n      metadata\n    }\n  }\n": types.ConsoleUpdateParticipantMetadataDocument,
    "\n  mutation ConsoleCreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      identity\n      room\n      expiresAt\n    }\n  }\n": types.ConsoleCreateAccessTokenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleViewer {\n    viewer {\n      identity\n      credential\n      expiresAt\n      canListRooms\n      readRooms {\n        all\n        rooms\n      }\n      adminRooms {\n        all\n        rooms\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRooms {\n    rooms {\n      name\n      numParticipants\n      numPublishers\n    }\n  }\n"): typeof import('./graphql.js').ConsoleRoomsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRoom($name: String!) {\n    room(name: $name) {\n      sid\n      name\n      metadata\n      numParticipants\n      creationTime\n      participants {\n        sid\n        identity\n        name\n        state\n        kind\n        metadata\n        joinedAt\n        tracks {\n          sid\n          name\n          type\n          source\n          muted\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleRoomEvents($room: String!) {\n    roomEvents(room: $room) {\n      id\n      type\n      rawType\n      createdAt\n      participant {\n        identity\n      }\n      track {\n        sid\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleRoomEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMuteTrack($room: String!, $identity: String!, $trackSid: ID!, $muted: Boolean!) {\n    mutePublishedTrack(room: $room, identity: $identity, trackSid: $trackSid, muted: $muted) {\n      sid\n      muted\n    }\n  }\n"): typeof import('./graphql.js').ConsoleMuteTrackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveParticipant($room: String!, $identity: String!) {\n    removeParticipant(room: $room, identity: $identity) {\n      identity\n    }\n  }\n"): typeof import('./graphql.js').ConsoleRemoveParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateRoomMetadata($name: String!, $metadata: String!) {\n    updateRoomMetadata(name: $name, metadata: $metadata) {\n      metadata\n    }\n  }\n"): typeof import('./graphql.js').ConsoleUpdateRoomMetadataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateParticipantMetadata(\n    $room: String!\n    $identity: String!\n    $metadata: String!\n  ) {\n    updateParticipant(input: { room: $room, identity: $identity, metadata: $metadata }) {\n      identity\n      metadata\n    }\n  }\n"): typeof import('./graphql.js').ConsoleUpdateParticipantMetadataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      identity\n      room\n      expiresAt\n    }\n  }\n"): typeof import('./graphql.js').ConsoleCreateAccessTokenDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
