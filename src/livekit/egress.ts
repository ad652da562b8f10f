import {
  DirectFileOutput,
  EgressClient,
  EncodedFileOutput,
  type EgressInfo,
  type EncodedFileType,
} from 'livekit-server-sdk';
import type { CallLiveKit, LiveKitClientOptions } from './client.js';
import { mapLiveKitError } from './errors.js';
import { GatewayError, notFound } from '../errors.js';

/** A file the egress worker writes on its own disk. */
export interface EgressFile {
  filepath: string;
  /** Container; LiveKit picks one from the tracks when left at `DEFAULT_FILETYPE`. */
  fileType?: EncodedFileType;
}

export interface RoomCompositeOptions {
  layout?: string;
  audioOnly?: boolean;
  videoOnly?: boolean;
}

/** Egress calls: recordings written by an egress worker. */
export interface EgressCalls {
  /** Records one track as is, without transcoding (OGG for Opus, WebM for VP8, and so on). */
  startTrackEgress(room: string, trackSid: string, filepath: string): Promise<EgressInfo>;
  startParticipantEgress(
    room: string,
    identity: string,
    file: EgressFile,
    screenShare: boolean,
  ): Promise<EgressInfo>;
  startRoomCompositeEgress(
    room: string,
    file: EgressFile,
    options: RoomCompositeOptions,
  ): Promise<EgressInfo>;
  stopEgress(egressId: string): Promise<EgressInfo>;
  listEgresses(filter: { room?: string; active?: boolean }): Promise<EgressInfo[]>;
}

/**
 * Turns LiveKit's ways of saying "no egress worker" into `EGRESS_UNAVAILABLE`. With no worker,
 * livekit-server keeps retrying a start for about 22 s before it returns `unavailable`, so the
 * gateway's own deadline usually ends the call first. Without Redis, LiveKit returns `internal`
 * `egress not connected (redis required)`.
 */
function mapEgressError(error: unknown, method: string, timeoutMs: number): GatewayError {
  const mapped = mapLiveKitError(error, method, timeoutMs);
  const twirpCode = mapped.extensions['twirpCode'];
  const starting = method.startsWith('Start');
  if (starting && (mapped.code === 'LIVEKIT_TIMEOUT' || twirpCode === 'unavailable')) {
    return new GatewayError(
      'EGRESS_UNAVAILABLE',
      `No egress worker accepted ${method} within ${timeoutMs} ms; check that an egress ` +
        'worker is running and connected to the same Redis as LiveKit',
      { extensions: { method }, cause: error },
    );
  }
  if (twirpCode === 'internal' && error instanceof Error && /redis required/.test(error.message)) {
    return new GatewayError(
      'EGRESS_UNAVAILABLE',
      `LiveKit cannot run ${method} because it is not configured with Redis, which egress needs`,
      { extensions: { method }, cause: error },
    );
  }
  return mapped;
}

function fileOutput(file: EgressFile): EncodedFileOutput {
  return new EncodedFileOutput({
    filepath: file.filepath,
    ...(file.fileType === undefined ? {} : { fileType: file.fileType }),
  });
}

export function createEgressCalls(options: LiveKitClientOptions, call: CallLiveKit): EgressCalls {
  const egress = new EgressClient(options.apiUrl, options.apiKey, options.apiSecret, {
    requestTimeout: options.timeoutMs / 1000,
  });

  function egressCall<T>(method: string, run: () => Promise<T>): Promise<T> {
    return call(method, async () => {
      try {
        return await run();
      } catch (error) {
        throw mapEgressError(error, method, options.timeoutMs);
      }
    });
  }

  return {
    startTrackEgress: (room, trackSid, filepath) =>
      egressCall('StartTrackEgress', () =>
        egress.startTrackEgress(room, new DirectFileOutput({ filepath }), trackSid),
      ),
    startParticipantEgress: (room, identity, file, screenShare) =>
      egressCall('StartParticipantEgress', () =>
        egress.startParticipantEgress(room, identity, { file: fileOutput(file) }, { screenShare }),
      ),
    startRoomCompositeEgress: (room, file, compositeOptions) =>
      egressCall('StartRoomCompositeEgress', () =>
        egress.startRoomCompositeEgress(
          room,
          { file: fileOutput(file) },
          {
            ...(compositeOptions.layout === undefined ? {} : { layout: compositeOptions.layout }),
            audioOnly: compositeOptions.audioOnly ?? false,
            videoOnly: compositeOptions.videoOnly ?? false,
          },
        ),
      ),
    stopEgress: async (egressId) => {
      // StopEgress of an unknown id returns not_found only after about 3 s of psrpc retries,
      // while ListEgress reads the store at once.
      const found = await egressCall('ListEgress', () => egress.listEgress({ egressId }));
      if (found.length === 0) {
        throw notFound(`Egress "${egressId}" does not exist`);
      }
      return egressCall('StopEgress', () => egress.stopEgress(egressId));
    },
    listEgresses: (filter) =>
      egressCall('ListEgress', () =>
        egress.listEgress({
          ...(filter.room === undefined ? {} : { roomName: filter.room }),
          ...(filter.active === undefined ? {} : { active: filter.active }),
        }),
      ),
  };
}
