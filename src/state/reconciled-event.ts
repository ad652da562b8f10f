import {
  ParticipantInfo,
  ParticipantInfo_State,
  Room,
  TrackInfo,
  WebhookEvent,
} from '@livekit/protocol';
import type { EventEntry } from '../events/store.js';
import type { SnapshotDiff } from './snapshot.js';

/**
 * Prefix of the ids of events the gateway emits after a reconciliation. LiveKit's own ids start
 * with `EV_`, and only signed webhooks reach the log otherwise, so the prefix marks the source.
 */
export const RECONCILED_ID_PREFIX = 'RC_';

/** Tells whether a logged event was emitted by a reconciliation rather than sent by LiveKit. */
export function isReconciledEventId(eventId: string): boolean {
  return eventId.startsWith(RECONCILED_ID_PREFIX);
}

/**
 * Returns the id of the event reporting `diff`, made of the event name and the participant's or
 * track's sid, which LiveKit never reuses. Every gateway instance that finds the same change
 * derives the same id, so claiming it in the event store lets exactly one instance emit it.
 */
export function reconciledEventId(diff: SnapshotDiff): string {
  const sid = 'track' in diff ? diff.track.sid : diff.participant.sid;
  return `${RECONCILED_ID_PREFIX}${diff.type}_${sid}`;
}

/**
 * Builds the log entry of a reconciled change, shaped like LiveKit's webhook for it. Track events
 * carry the room's sid and name and the participant's sid and identity, as LiveKit's do, plus the
 * participant's permission so that hidden participants stay hidden. A departed participant is
 * `DISCONNECTED`.
 */
export function reconciledEventEntry(
  room: { name: string; sid: string },
  diff: SnapshotDiff,
  now: number,
): EventEntry {
  const eventId = reconciledEventId(diff);
  const event = new WebhookEvent({
    event: diff.type,
    id: eventId,
    createdAt: BigInt(Math.floor(now / 1000)),
    room: new Room({ sid: room.sid, name: room.name }),
  });
  if ('track' in diff) {
    event.participant = new ParticipantInfo({
      sid: diff.participant.sid,
      identity: diff.participant.identity,
      ...(diff.participant.permission ? { permission: diff.participant.permission } : {}),
    });
    event.track = new TrackInfo(diff.track);
  } else {
    const participant = diff.participant.clone();
    if (diff.type === 'participant_left') {
      participant.state = ParticipantInfo_State.DISCONNECTED;
      participant.tracks = [];
    }
    event.participant = participant;
  }
  return { room: room.name, eventId, payload: event.toJsonString(), receivedAt: now };
}
