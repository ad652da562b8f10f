import { IngressClient, type IngressInfo, type IngressInput } from 'livekit-server-sdk';
import type { CallLiveKit, LiveKitClientOptions } from './client.js';
import { mapLiveKitError } from './errors.js';
import { GatewayError } from '../errors.js';

export interface CreateIngressRequest {
  inputType: IngressInput;
  name: string;
  room: string;
  participantIdentity: string;
  participantName?: string;
  participantMetadata?: string;
  enableTranscoding?: boolean;
  enabled?: boolean;
}

/** Fields to change; the ones left out keep their value. */
export interface UpdateIngressRequest {
  name?: string;
  room?: string;
  participantIdentity?: string;
  participantName?: string;
  participantMetadata?: string;
  enableTranscoding?: boolean;
  enabled?: boolean;
}

/** Ingress calls: RTMP and WHIP endpoints that publish an outside stream into a room. */
export interface IngressCalls {
  createIngress(request: CreateIngressRequest): Promise<IngressInfo>;
  listIngresses(room?: string): Promise<IngressInfo[]>;
  updateIngress(ingressId: string, changes: UpdateIngressRequest): Promise<IngressInfo>;
  deleteIngress(ingressId: string): Promise<IngressInfo>;
}

/** Without Redis, livekit-server fails every ingress call with `internal` `ingress not connected`. */
function mapIngressError(error: unknown, method: string, timeoutMs: number): GatewayError {
  const mapped = mapLiveKitError(error, method, timeoutMs);
  if (
    mapped.extensions['twirpCode'] === 'internal' &&
    error instanceof Error &&
    /redis required/.test(error.message)
  ) {
    return new GatewayError(
      'INGRESS_UNAVAILABLE',
      `LiveKit cannot run ${method} because it is not configured with Redis, which ingress needs`,
      { extensions: { method }, cause: error },
    );
  }
  return mapped;
}

function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

export function createIngressCalls(options: LiveKitClientOptions, call: CallLiveKit): IngressCalls {
  const ingress = new IngressClient(options.apiUrl, options.apiKey, options.apiSecret, {
    requestTimeout: options.timeoutMs / 1000,
  });

  function ingressCall<T>(method: string, run: () => Promise<T>): Promise<T> {
    return call(method, async () => {
      try {
        return await run();
      } catch (error) {
        throw mapIngressError(error, method, options.timeoutMs);
      }
    });
  }

  return {
    createIngress: (request) =>
      ingressCall('CreateIngress', () =>
        ingress.createIngress(request.inputType, {
          name: request.name,
          roomName: request.room,
          participantIdentity: request.participantIdentity,
          ...defined({
            participantName: request.participantName,
            participantMetadata: request.participantMetadata,
            enableTranscoding: request.enableTranscoding,
            enabled: request.enabled,
          }),
        }),
      ),
    listIngresses: (room) =>
      ingressCall('ListIngress', () =>
        ingress.listIngress(room === undefined ? {} : { roomName: room }),
      ),
    updateIngress: (ingressId, changes) =>
      ingressCall('UpdateIngress', () =>
        ingress.updateIngress(ingressId, {
          // The SDK requires a name; an empty string keeps the stored one.
          name: changes.name ?? '',
          ...defined({
            roomName: changes.room,
            participantIdentity: changes.participantIdentity,
            participantName: changes.participantName,
            participantMetadata: changes.participantMetadata,
            enableTranscoding: changes.enableTranscoding,
            enabled: changes.enabled,
          }),
        }),
      ),
    deleteIngress: (ingressId) =>
      ingressCall('DeleteIngress', () => ingress.deleteIngress(ingressId)),
  };
}
