import {
  ParticipantInfo_State,
  type ParticipantInfo,
  type TrackInfo,
  type WebhookEvent,
} from '@livekit/protocol';
import type { RoomEventType } from '../events/room-event.js';

/**
 * Outcome of folding one event. `unclean` means the event could not apply, for example a track
 * or a departure of an unknown participant, so the snapshot may have missed events.
 */
export type FoldResult = 'changed' | 'unchanged' | 'unclean';

/** A change that a reconciliation found and the event log did not carry. */
export type SnapshotDiff =
  | { type: 'participant_joined' | 'participant_left'; participant: ParticipantInfo }
  | {
      type: 'track_published' | 'track_unpublished';
      participant: ParticipantInfo;
      track: TrackInfo;
    };

interface ParticipantEntry {
  info: ParticipantInfo;
  /** Tracks by sid; kept apart from `info.tracks`, which is rebuilt when the entry is read. */
  tracks: Map<string, TrackInfo>;
  /** The snapshot's `generation` when an event or a reconciliation last wrote this entry. */
  writtenAt: number;
}

/** Sids remembered as departed, so a late `participant_joined` cannot bring one back. */
const MAX_DEPARTED = 10_000;

/**
 * The participants and tracks of one room, keyed by sid. Participant and track sids are never
 * reused, so a departure is final: a departed sid is remembered and never added again, which
 * makes folding the same event twice, or a delayed event after a reconciliation, harmless.
 */
export class RoomSnapshot {
  /** Increases with every change to the snapshot. */
  generation = 0;
  roomSid = '';
  private readonly participants = new Map<string, ParticipantEntry>();
  private readonly departedParticipants = new Set<string>();
  private readonly departedTracks = new Set<string>();

  constructor(readonly room: string) {}

  /** Returns the participants, oldest join first, each with its current tracks. */
  list(): ParticipantInfo[] {
    const entries = [...this.participants.values()].sort(
      (a, b) => Number(a.info.joinedAtMs - b.info.joinedAtMs) || compare(a.info.sid, b.info.sid),
    );
    return entries.map((entry) => {
      const info = entry.info.clone();
      info.tracks = [...entry.tracks.values()];
      return info;
    });
  }

  /** Applies one logged event of this room. */
  fold(type: RoomEventType, event: WebhookEvent): FoldResult {
    switch (type) {
      case 'ROOM_STARTED':
        return this.startRoom(event.room?.sid ?? '');
      case 'ROOM_FINISHED':
        return this.finishRoom();
      case 'PARTICIPANT_JOINED':
        return event.participant ? this.join(event.participant) : 'unchanged';
      case 'PARTICIPANT_LEFT':
      case 'PARTICIPANT_CONNECTION_ABORTED':
        return event.participant ? this.leave(event.participant.sid, type) : 'unchanged';
      case 'TRACK_PUBLISHED':
        return event.participant && event.track
          ? this.publish(event.participant.sid, event.track)
          : 'unchanged';
      case 'TRACK_UNPUBLISHED':
        return event.participant && event.track
          ? this.unpublish(event.participant.sid, event.track.sid)
          : 'unchanged';
      default:
        return 'unchanged';
    }
  }

  /**
   * Makes the snapshot equal `listed`, LiveKit's participants as a ListParticipants call that
   * started at generation `startedAt` returned them, and returns what differed. Entries written
   * by events after `startedAt` are newer than the listing and are left for the next call, and
   * a listed participant is added only once it is `ACTIVE`, as LiveKit reports joins.
   */
  reconcile(listed: ParticipantInfo[], startedAt: number): SnapshotDiff[] {
    const diffs: SnapshotDiff[] = [];
    const listedSids = new Set(listed.map((participant) => participant.sid));
    for (const [sid, entry] of [...this.participants]) {
      if (!listedSids.has(sid) && entry.writtenAt <= startedAt) {
        for (const track of entry.tracks.values()) {
          diffs.push({ type: 'track_unpublished', participant: entry.info, track });
        }
        diffs.push({ type: 'participant_left', participant: entry.info });
        this.remove(sid);
      }
    }
    for (const participant of listed) {
      if (this.departedParticipants.has(participant.sid)) {
        continue;
      }
      const entry = this.participants.get(participant.sid);
      if (!entry && participant.state !== ParticipantInfo_State.ACTIVE) {
        // LiveKit sends `participant_joined` once a participant is active; until then it waits.
        continue;
      }
      if (!entry) {
        diffs.push({ type: 'participant_joined', participant });
        for (const track of participant.tracks) {
          diffs.push({ type: 'track_published', participant, track });
        }
        this.add(participant);
      } else if (entry.writtenAt <= startedAt) {
        diffs.push(...this.refresh(entry, participant));
      }
    }
    return diffs;
  }

  private startRoom(sid: string): FoldResult {
    if (sid === '' || sid === this.roomSid) {
      return 'unchanged';
    }
    this.roomSid = sid;
    this.generation += 1;
    return 'changed';
  }

  private finishRoom(): FoldResult {
    if (this.participants.size === 0) {
      return 'unchanged';
    }
    for (const sid of [...this.participants.keys()]) {
      this.remove(sid);
    }
    return 'changed';
  }

  private join(participant: ParticipantInfo): FoldResult {
    if (this.departedParticipants.has(participant.sid)) {
      return 'unchanged';
    }
    const existing = this.participants.get(participant.sid);
    if (
      existing &&
      (existing.info.version > participant.version || existing.info.equals(participant))
    ) {
      return 'unchanged';
    }
    // LiveKit keeps one participant per identity: a newer join replaces the older sid.
    for (const entry of [...this.participants.values()]) {
      if (
        entry.info.identity === participant.identity &&
        entry.info.sid !== participant.sid &&
        entry.info.joinedAtMs <= participant.joinedAtMs
      ) {
        this.remove(entry.info.sid);
      }
    }
    const entry = this.add(participant);
    for (const track of existing?.tracks.values() ?? []) {
      if (!entry.tracks.has(track.sid)) {
        entry.tracks.set(track.sid, track);
      }
    }
    return 'changed';
  }

  private leave(sid: string, type: RoomEventType): FoldResult {
    if (this.participants.has(sid)) {
      this.remove(sid);
      return 'changed';
    }
    const known = this.departedParticipants.has(sid);
    this.markDeparted(this.departedParticipants, sid);
    // An aborted connection never became active, so LiveKit sent no `participant_joined` for it.
    return known || type === 'PARTICIPANT_CONNECTION_ABORTED' ? 'unchanged' : 'unclean';
  }

  private publish(participantSid: string, track: TrackInfo): FoldResult {
    if (this.departedTracks.has(track.sid) || this.departedParticipants.has(participantSid)) {
      return 'unchanged';
    }
    const entry = this.participants.get(participantSid);
    if (!entry) {
      return 'unclean';
    }
    entry.tracks.set(track.sid, track);
    this.touch(entry);
    return 'changed';
  }

  private unpublish(participantSid: string, trackSid: string): FoldResult {
    const known = this.departedTracks.has(trackSid);
    this.markDeparted(this.departedTracks, trackSid);
    const entry = this.participants.get(participantSid);
    if (!entry) {
      return known || this.departedParticipants.has(participantSid) ? 'unchanged' : 'unclean';
    }
    if (!entry.tracks.delete(trackSid)) {
      return known ? 'unchanged' : 'unclean';
    }
    this.touch(entry);
    return 'changed';
  }

  /** Replaces an entry with its listed state and returns the tracks that differed. */
  private refresh(entry: ParticipantEntry, listed: ParticipantInfo): SnapshotDiff[] {
    const diffs: SnapshotDiff[] = [];
    const listedTracks = new Map(listed.tracks.map((track) => [track.sid, track]));
    for (const [sid, track] of entry.tracks) {
      if (!listedTracks.has(sid)) {
        diffs.push({ type: 'track_unpublished', participant: listed, track });
        this.markDeparted(this.departedTracks, sid);
      }
    }
    for (const [sid, track] of listedTracks) {
      if (this.departedTracks.has(sid)) {
        listedTracks.delete(sid);
      } else if (!entry.tracks.has(sid)) {
        diffs.push({ type: 'track_published', participant: listed, track });
      }
    }
    const fieldsChanged =
      listed.version !== entry.info.version ||
      [...listedTracks.values()].some((track) => !track.equals(entry.tracks.get(track.sid)));
    if (diffs.length > 0 || fieldsChanged) {
      entry.info = listed;
      entry.tracks = listedTracks;
      this.touch(entry);
    }
    return diffs;
  }

  private add(participant: ParticipantInfo): ParticipantEntry {
    this.generation += 1;
    const entry: ParticipantEntry = {
      info: participant,
      tracks: new Map(
        participant.tracks
          .filter((track) => !this.departedTracks.has(track.sid))
          .map((track) => [track.sid, track]),
      ),
      writtenAt: this.generation,
    };
    this.participants.set(participant.sid, entry);
    return entry;
  }

  private remove(sid: string): void {
    const entry = this.participants.get(sid);
    if (entry) {
      for (const trackSid of entry.tracks.keys()) {
        this.markDeparted(this.departedTracks, trackSid);
      }
      this.participants.delete(sid);
      this.generation += 1;
    }
    this.markDeparted(this.departedParticipants, sid);
  }

  private touch(entry: ParticipantEntry): void {
    this.generation += 1;
    entry.writtenAt = this.generation;
  }

  private markDeparted(departed: Set<string>, sid: string): void {
    departed.add(sid);
    // Sets iterate in insertion order, so the first sid is the oldest.
    if (departed.size > MAX_DEPARTED) {
      departed.delete(departed.values().next().value as string);
    }
  }
}

function compare(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
