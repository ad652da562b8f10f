// Every operation the console sends. `npm run codegen` turns each one into a typed document in
// `console/generated/`, so results and variables are checked against `schema.graphql`.
import { graphql } from './generated/index.js';

export const ViewerQuery = graphql(`
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
`);

export const RoomsQuery = graphql(`
  query ConsoleRooms {
    rooms {
      name
      numParticipants
      numPublishers
    }
  }
`);

export const RoomQuery = graphql(`
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
`);

export const RoomEventsSubscription = graphql(`
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
`);

export const MuteTrackMutation = graphql(`
  mutation ConsoleMuteTrack($room: String!, $identity: String!, $trackSid: ID!, $muted: Boolean!) {
    mutePublishedTrack(room: $room, identity: $identity, trackSid: $trackSid, muted: $muted) {
      sid
      muted
    }
  }
`);

export const RemoveParticipantMutation = graphql(`
  mutation ConsoleRemoveParticipant($room: String!, $identity: String!) {
    removeParticipant(room: $room, identity: $identity) {
      identity
    }
  }
`);

export const UpdateRoomMetadataMutation = graphql(`
  mutation ConsoleUpdateRoomMetadata($name: String!, $metadata: String!) {
    updateRoomMetadata(name: $name, metadata: $metadata) {
      metadata
    }
  }
`);

export const UpdateParticipantMetadataMutation = graphql(`
  mutation ConsoleUpdateParticipantMetadata(
    $room: String!
    $identity: String!
    $metadata: String!
  ) {
    updateParticipant(input: { room: $room, identity: $identity, metadata: $metadata }) {
      identity
      metadata
    }
  }
`);

export const CreateAccessTokenMutation = graphql(`
  mutation ConsoleCreateAccessToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      token
      identity
      room
      expiresAt
    }
  }
`);
