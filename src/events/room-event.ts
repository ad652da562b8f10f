import { WebhookEvent } from '@livekit/protocol';

/** Every event name LiveKit sends (protocol `webhook/consts.go`), in GraphQL enum style. */
export const LIVEKIT_EVENT_TYPES = [
  'ROOM_STARTED',
  'ROOM_FINISHED',
  'PARTICIPANT_JOINED',
  'PARTICIPANT_LEFT',
  'PARTICIPANT_CONNECTION_ABORTED',
  'TRACK_PUBLISHED',
  'TRACK_UNPUBLISHED',
  'EGRESS_STARTED',
  'EGRESS_UPDATED',
  'EGRESS_ENDED',
  'INGRESS_STARTED',
  'INGRESS_ENDED',
  'AGENT_JOB_STARTED',
  'AGENT_JOB_ENDED',
] as const;

/** A LiveKit event name, `UNKNOWN` for a name this gateway does not know, or `RESYNC`. */
export type RoomEventType = (typeof LIVEKIT_EVENT_TYPES)[number] | 'UNKNOWN' | 'RESYNC';

const KNOWN_TYPES = new Set<string>(LIVEKIT_EVENT_TYPES);

/** Maps LiveKit's `participant_joined` to `PARTICIPANT_JOINED`; unknown names to `UNKNOWN`. */
export function eventType(rawType: string): RoomEventType {
  const upper = rawType.toUpperCase();
  return KNOWN_TYPES.has(upper) ? (upper as RoomEventType) : 'UNKNOWN';
}

/** Source value of one `roomEvents` item. */
export interface RoomEventValue {
  /** LiveKit's event id; for `RESYNC`, an id made from the cursor. */
  id: string;
  cursor: string;
  /** The log incarnation the cursor belongs to. */
  epoch: string;
  seq: number;
  type: RoomEventType;
  rawType: string;
  createdAt: Date;
  roomName: string;
  /** The decoded webhook; `null` for `RESYNC`. */
  webhook: WebhookEvent | null;
}

/** Thrown when a verified webhook body is not a LiveKit webhook event. */
export class InvalidWebhookBodyError extends Error {}

/** Decodes a webhook body with unknown fields ignored; int64 values become bigint. */
export function parseWebhookBody(payload: string): WebhookEvent {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    throw new InvalidWebhookBodyError('body is not JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new InvalidWebhookBodyError('body is not a JSON object');
  }
  let event: WebhookEvent;
  try {
    event = WebhookEvent.fromJson(json as never, { ignoreUnknownFields: true });
  } catch (error) {
    throw new InvalidWebhookBodyError(`body is not a webhook event: ${(error as Error).message}`);
  }
  if (event.id === '') {
    throw new InvalidWebhookBodyError('body has no "id"');
  }
  if (event.event === '') {
    throw new InvalidWebhookBodyError('body has no "event"');
  }
  return event;
}

/**
 * The room an event belongs to: the room it carries, else the room of its egress, ingress or
 * agent job; `null` when it names none.
 */
export function eventRoomName(event: WebhookEvent): string | null {
  const name =
    event.room?.name ||
    event.egressInfo?.roomName ||
    event.ingressInfo?.roomName ||
    event.job?.room?.name;
  return name ? name : null;
}

/** Builds the GraphQL value of a logged webhook event. */
export function roomEventValue(
  webhook: WebhookEvent,
  record: { cursor: string; epoch: string; seq: number; room: string; receivedAt: number },
): RoomEventValue {
  const createdAtSeconds = Number(webhook.createdAt);
  return {
    id: webhook.id,
    cursor: record.cursor,
    epoch: record.epoch,
    seq: record.seq,
    type: eventType(webhook.event),
    rawType: webhook.event,
    createdAt: new Date(createdAtSeconds > 0 ? createdAtSeconds * 1000 : record.receivedAt),
    roomName: record.room,
    webhook,
  };
}
