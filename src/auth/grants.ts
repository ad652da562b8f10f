import { TrackSource } from '@livekit/protocol';
import type { VideoGrant } from 'livekit-server-sdk';
import { z } from 'zod';

/** The four sources a `canPublishSources` grant names, as LiveKit writes them in a token. */
export const PUBLISH_SOURCES = {
  camera: TrackSource.CAMERA,
  microphone: TrackSource.MICROPHONE,
  screen_share: TrackSource.SCREEN_SHARE,
  screen_share_audio: TrackSource.SCREEN_SHARE_AUDIO,
} as const;

export type PublishSourceName = keyof typeof PUBLISH_SOURCES;

/** Every publishable source, in TrackSource order. */
export const ALL_PUBLISH_SOURCES: TrackSource[] = Object.values(PUBLISH_SOURCES);

/** The boolean flags of a LiveKit video grant. */
export const GRANT_FLAGS = [
  'roomCreate',
  'roomJoin',
  'roomList',
  'roomRecord',
  'roomAdmin',
  'ingressAdmin',
  'canPublish',
  'canSubscribe',
  'canPublishData',
  'canUpdateOwnMetadata',
  'hidden',
  'recorder',
  'agent',
  'canSubscribeMetrics',
  'canManageAgentSession',
] as const satisfies readonly (keyof VideoGrant)[];

export type GrantFlag = (typeof GRANT_FLAGS)[number];

const publishSource = z.union([
  z.enum(Object.keys(PUBLISH_SOURCES) as [PublishSourceName, ...PublishSourceName[]]),
  // Tokens minted by some SDKs carry the numeric TrackSource value.
  z
    .number()
    .int()
    .refine((value) => ALL_PUBLISH_SOURCES.includes(value), 'is not a publishable TrackSource'),
]);

/**
 * A video grant as JSON carries it (in a token or in configuration): LiveKit's keys, with
 * `canPublishSources` as source names. Unknown keys are ignored, as LiveKit ignores them.
 */
export const videoGrantJson = z
  .object({
    ...Object.fromEntries(GRANT_FLAGS.map((flag) => [flag, z.boolean().optional()])),
    room: z.string().optional(),
    destinationRoom: z.string().optional(),
    canPublishSources: z.array(publishSource).optional(),
  })
  .transform((json): VideoGrant => {
    const grant: VideoGrant = {};
    for (const flag of GRANT_FLAGS) {
      const value = (json as Record<string, unknown>)[flag];
      if (typeof value === 'boolean') {
        grant[flag] = value;
      }
    }
    if (json.room !== undefined) {
      grant.room = json.room;
    }
    if (json.destinationRoom !== undefined) {
      grant.destinationRoom = json.destinationRoom;
    }
    if (json.canPublishSources !== undefined) {
      grant.canPublishSources = json.canPublishSources.map((source) =>
        typeof source === 'number' ? source : PUBLISH_SOURCES[source],
      );
    }
    return grant;
  });

/** Parses a video grant claim, or returns `null` when its shape is invalid. */
export function parseVideoGrant(value: unknown): VideoGrant | null {
  const parsed = videoGrantJson.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Fills in LiveKit's defaults so every flag is explicit: `canPublish` and `canSubscribe` are true
 * when absent, `canPublishData` follows `canPublish`, and the other flags are false.
 */
export function effectiveGrant(
  grant: VideoGrant,
): Required<Pick<VideoGrant, GrantFlag | 'canPublishSources'>> &
  Pick<VideoGrant, 'room' | 'destinationRoom'> {
  const canPublish = grant.canPublish ?? true;
  return {
    roomCreate: grant.roomCreate ?? false,
    roomJoin: grant.roomJoin ?? false,
    roomList: grant.roomList ?? false,
    roomRecord: grant.roomRecord ?? false,
    roomAdmin: grant.roomAdmin ?? false,
    ingressAdmin: grant.ingressAdmin ?? false,
    canPublish,
    canSubscribe: grant.canSubscribe ?? true,
    canPublishData: grant.canPublishData ?? canPublish,
    canUpdateOwnMetadata: grant.canUpdateOwnMetadata ?? false,
    hidden: grant.hidden ?? false,
    recorder: grant.recorder ?? false,
    agent: grant.agent ?? false,
    canSubscribeMetrics: grant.canSubscribeMetrics ?? false,
    canManageAgentSession: grant.canManageAgentSession ?? false,
    canPublishSources: grant.canPublishSources ?? [],
    room: grant.room,
    destinationRoom: grant.destinationRoom,
  };
}

export type EffectiveGrant = ReturnType<typeof effectiveGrant>;
