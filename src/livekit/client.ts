import {
  DataPacket_Kind,
  type CreateOptions,
  type ParticipantInfo,
  type ParticipantPermission,
  type Room,
  type TrackInfo,
} from 'livekit-server-sdk';
import { mapLiveKitError } from './errors.js';
import { createAgentCalls, type AgentCalls } from './agents.js';
import { createEgressCalls, type EgressCalls } from './egress.js';
import { createIngressCalls, type IngressCalls } from './ingress.js';
import { createRpcCalls, type RpcCalls } from './rpc.js';
import { CachedTokenRoomServiceClient } from './room-service.js';
import { notFound } from '../errors.js';

export interface LiveKitClientOptions {
  apiUrl: string;
  apiKey: string;
  apiSecret: string;
  /** Deadline for each call, in milliseconds. */
  timeoutMs: number;
  /** Called after every call with the Twirp method, its duration in ms and the mapped error. */
  onCall?: (method: string, durationMs: number, error: Error | undefined) => void;
}

export interface UpdateParticipantChanges {
  metadata?: string;
  name?: string;
  /** Keys to set; a value of `""` removes the key, as LiveKit defines it. */
  attributes?: Record<string, string>;
  /** The whole permission; LiveKit replaces the stored one with it. */
  permission?: ParticipantPermission;
}

export interface SendDataRequest {
  room: string;
  data: Uint8Array;
  reliable: boolean;
  destinationIdentities: string[];
  topic?: string;
}

/**
 * Runs one LiveKit call: `run` is timed, reported through `onCall`, and its error mapped to a
 * `GatewayError` unless it already is one.
 */
export type CallLiveKit = <T>(method: string, run: () => Promise<T>) => Promise<T>;

/** The LiveKit calls the gateway makes, each with a deadline and LiveKit errors mapped. */
export interface LiveKitClient extends AgentCalls, RpcCalls, EgressCalls, IngressCalls {
  listRooms(names?: string[]): Promise<Room[]>;
  createRoom(options: CreateOptions): Promise<Room>;
  deleteRoom(room: string): Promise<void>;
  updateRoomMetadata(room: string, metadata: string): Promise<Room>;
  listParticipants(room: string): Promise<ParticipantInfo[]>;
  getParticipant(room: string, identity: string): Promise<ParticipantInfo>;
  removeParticipant(room: string, identity: string): Promise<void>;
  mutePublishedTrack(
    room: string,
    identity: string,
    trackSid: string,
    muted: boolean,
  ): Promise<TrackInfo>;
  updateParticipant(
    room: string,
    identity: string,
    changes: UpdateParticipantChanges,
  ): Promise<ParticipantInfo>;
  updateSubscriptions(
    room: string,
    identity: string,
    trackSids: string[],
    subscribe: boolean,
  ): Promise<void>;
  sendData(request: SendDataRequest): Promise<void>;
}

/** Creates the LiveKit RoomService client used by every resolver, through loaders or directly. */
export function createLiveKitClient(options: LiveKitClientOptions): LiveKitClient {
  const rooms = new CachedTokenRoomServiceClient(
    options.apiUrl,
    options.apiKey,
    options.apiSecret,
    { requestTimeout: options.timeoutMs / 1000 },
  );

  const call: CallLiveKit = async (method, run) => {
    const started = performance.now();
    try {
      const result = await run();
      options.onCall?.(method, performance.now() - started, undefined);
      return result;
    } catch (error) {
      const mapped = mapLiveKitError(error, method, options.timeoutMs);
      options.onCall?.(method, performance.now() - started, mapped);
      throw mapped;
    }
  };

  return {
    ...createAgentCalls(options, call),
    ...createRpcCalls(options, call),
    ...createEgressCalls(options, call),
    ...createIngressCalls(options, call),
    listRooms: (names) => call('ListRooms', () => rooms.listRooms(names)),
    createRoom: (createOptions) => call('CreateRoom', () => rooms.createRoom(createOptions)),
    deleteRoom: (room) => call('DeleteRoom', () => rooms.deleteRoom(room)),
    updateRoomMetadata: (room, metadata) =>
      call('UpdateRoomMetadata', () => rooms.updateRoomMetadata(room, metadata)),
    listParticipants: (room) => call('ListParticipants', () => rooms.listParticipants(room)),
    getParticipant: (room, identity) =>
      call('GetParticipant', () => rooms.getParticipant(room, identity)),
    removeParticipant: (room, identity) =>
      call('RemoveParticipant', () => rooms.removeParticipant(room, identity)),
    mutePublishedTrack: (room, identity, trackSid, muted) =>
      call('MutePublishedTrack', async () => {
        const track = await rooms.mutePublishedTrack(room, identity, trackSid, muted);
        // LiveKit returns 200 with a null track when the participant has no such track.
        if (!track) {
          throw notFound(`Participant "${identity}" has no track "${trackSid}" in room "${room}"`);
        }
        return track;
      }),
    updateParticipant: (room, identity, changes) =>
      call('UpdateParticipant', () => rooms.updateParticipant(room, identity, changes)),
    updateSubscriptions: (room, identity, trackSids, subscribe) =>
      call('UpdateSubscriptions', () =>
        rooms.updateSubscriptions(room, identity, trackSids, subscribe),
      ),
    sendData: (request) =>
      call('SendData', () =>
        rooms.sendData(
          request.room,
          request.data,
          request.reliable ? DataPacket_Kind.RELIABLE : DataPacket_Kind.LOSSY,
          {
            destinationIdentities: request.destinationIdentities,
            ...(request.topic === undefined ? {} : { topic: request.topic }),
          },
        ),
      ),
  };
}
