import { ParticipantInfo, ParticipantInfo_State, TrackInfo, WebhookEvent } from '@livekit/protocol';
import { describe, expect, it } from 'vitest';
import { eventType } from '../events/room-event.js';
import { reconciledEventEntry, reconciledEventId } from './reconciled-event.js';
import { RoomSnapshot } from './snapshot.js';

function participant(sid: string, identity: string, fields: Partial<ParticipantInfo> = {}) {
  return new ParticipantInfo({
    sid,
    identity,
    state: ParticipantInfo_State.ACTIVE,
    joinedAtMs: 1000n,
    version: 1,
    ...fields,
  });
}

function track(sid: string): TrackInfo {
  return new TrackInfo({ sid, name: 'microphone', mimeType: 'audio/opus' });
}

function fold(
  snapshot: RoomSnapshot,
  event: string,
  fields: { participant?: ParticipantInfo; track?: TrackInfo },
) {
  return snapshot.fold(eventType(event), new WebhookEvent({ event, id: 'EV_1', ...fields }));
}

function sids(snapshot: RoomSnapshot): string[] {
  return snapshot.list().map((entry) => entry.sid);
}

describe('RoomSnapshot.fold', () => {
  it('follows joins, publishes, unpublishes and leaves', () => {
    const snapshot = new RoomSnapshot('demo');
    const alice = participant('PA_a', 'alice');

    expect(fold(snapshot, 'participant_joined', { participant: alice })).toBe('changed');
    expect(fold(snapshot, 'track_published', { participant: alice, track: track('TR_1') })).toBe(
      'changed',
    );
    expect(snapshot.list()[0]?.tracks.map((entry) => entry.sid)).toEqual(['TR_1']);
    expect(fold(snapshot, 'track_unpublished', { participant: alice, track: track('TR_1') })).toBe(
      'changed',
    );
    expect(snapshot.list()[0]?.tracks).toEqual([]);
    expect(fold(snapshot, 'participant_left', { participant: alice })).toBe('changed');
    expect(sids(snapshot)).toEqual([]);
  });

  it('reports events for unknown sids as unclean', () => {
    const snapshot = new RoomSnapshot('demo');
    const ghost = participant('PA_ghost', 'ghost');

    expect(fold(snapshot, 'track_published', { participant: ghost, track: track('TR_1') })).toBe(
      'unclean',
    );
    expect(fold(snapshot, 'participant_left', { participant: ghost })).toBe('unclean');
    // Repeating a departure that was already folded is not a sign of a missed event.
    expect(fold(snapshot, 'participant_left', { participant: ghost })).toBe('unchanged');
  });

  it('accepts an aborted connection it never saw join', () => {
    const snapshot = new RoomSnapshot('demo');
    const aborted = participant('PA_x', 'x');

    expect(fold(snapshot, 'participant_connection_aborted', { participant: aborted })).toBe(
      'unchanged',
    );
  });

  it('replaces an identity’s older sid on rejoin', () => {
    const snapshot = new RoomSnapshot('demo');
    fold(snapshot, 'participant_joined', { participant: participant('PA_old', 'alice') });
    fold(snapshot, 'participant_joined', {
      participant: participant('PA_new', 'alice', { joinedAtMs: 2000n }),
    });

    expect(sids(snapshot)).toEqual(['PA_new']);
    // The old sid's departure arrives later and changes nothing.
    expect(
      fold(snapshot, 'participant_left', { participant: participant('PA_old', 'alice') }),
    ).toBe('unchanged');
  });

  it('ignores a join that arrives after the leave', () => {
    const snapshot = new RoomSnapshot('demo');
    const bob = participant('PA_b', 'bob');
    fold(snapshot, 'participant_joined', { participant: bob });
    fold(snapshot, 'participant_left', { participant: bob });

    expect(fold(snapshot, 'participant_joined', { participant: bob })).toBe('unchanged');
    expect(sids(snapshot)).toEqual([]);
  });

  it('keeps a newer version over an older join', () => {
    const snapshot = new RoomSnapshot('demo');
    fold(snapshot, 'participant_joined', {
      participant: participant('PA_a', 'alice', { version: 5, metadata: 'new' }),
    });

    expect(
      fold(snapshot, 'participant_joined', {
        participant: participant('PA_a', 'alice', { version: 2, metadata: 'old' }),
      }),
    ).toBe('unchanged');
    expect(snapshot.list()[0]?.metadata).toBe('new');
  });

  it('empties the room when it finishes', () => {
    const snapshot = new RoomSnapshot('demo');
    fold(snapshot, 'participant_joined', { participant: participant('PA_a', 'alice') });

    expect(fold(snapshot, 'room_finished', {})).toBe('changed');
    expect(sids(snapshot)).toEqual([]);
  });
});

describe('RoomSnapshot.reconcile', () => {
  it('adds listed participants and removes absent ones', () => {
    const snapshot = new RoomSnapshot('demo');
    const gone = participant('PA_gone', 'gone');
    fold(snapshot, 'participant_joined', { participant: gone });
    fold(snapshot, 'track_published', { participant: gone, track: track('TR_gone') });
    const carol = participant('PA_c', 'carol', { tracks: [track('TR_c')] });

    const diffs = snapshot.reconcile([carol], snapshot.generation);

    expect(diffs.map((diff) => diff.type)).toEqual([
      'track_unpublished',
      'participant_left',
      'participant_joined',
      'track_published',
    ]);
    expect(diffs.map(reconciledEventId)).toEqual([
      'RC_track_unpublished_TR_gone',
      'RC_participant_left_PA_gone',
      'RC_participant_joined_PA_c',
      'RC_track_published_TR_c',
    ]);
    expect(sids(snapshot)).toEqual(['PA_c']);
    expect(snapshot.list()[0]?.tracks.map((entry) => entry.sid)).toEqual(['TR_c']);
  });

  it('finds tracks that differ on a known participant', () => {
    const snapshot = new RoomSnapshot('demo');
    const alice = participant('PA_a', 'alice');
    fold(snapshot, 'participant_joined', { participant: alice });
    fold(snapshot, 'track_published', { participant: alice, track: track('TR_old') });

    const listed = participant('PA_a', 'alice', { version: 4, tracks: [track('TR_new')] });
    const diffs = snapshot.reconcile([listed], snapshot.generation);

    expect(diffs.map(reconciledEventId)).toEqual([
      'RC_track_unpublished_TR_old',
      'RC_track_published_TR_new',
    ]);
    expect(snapshot.list()[0]?.tracks.map((entry) => entry.sid)).toEqual(['TR_new']);
  });

  it('leaves entries written after the listing started', () => {
    const snapshot = new RoomSnapshot('demo');
    const startedAt = snapshot.generation;
    fold(snapshot, 'participant_joined', { participant: participant('PA_late', 'late') });

    expect(snapshot.reconcile([], startedAt)).toEqual([]);
    expect(sids(snapshot)).toEqual(['PA_late']);
  });

  it('waits for a listed participant to become active', () => {
    const snapshot = new RoomSnapshot('demo');
    const joining = participant('PA_j', 'j', { state: ParticipantInfo_State.JOINED });

    expect(snapshot.reconcile([joining], snapshot.generation)).toEqual([]);
    expect(sids(snapshot)).toEqual([]);
  });

  it('never re-adds a departed participant', () => {
    const snapshot = new RoomSnapshot('demo');
    const bob = participant('PA_b', 'bob');
    const startedAt = snapshot.generation;
    fold(snapshot, 'participant_joined', { participant: bob });
    fold(snapshot, 'participant_left', { participant: bob });

    expect(snapshot.reconcile([bob], startedAt)).toEqual([]);
    expect(sids(snapshot)).toEqual([]);
  });

  it('finds nothing when the snapshot matches', () => {
    const snapshot = new RoomSnapshot('demo');
    const alice = participant('PA_a', 'alice');
    fold(snapshot, 'participant_joined', { participant: alice });

    expect(snapshot.reconcile([alice], snapshot.generation)).toEqual([]);
  });
});

describe('reconciledEventEntry', () => {
  it('encodes a departure as a webhook body', () => {
    const alice = participant('PA_a', 'alice', { tracks: [track('TR_1')] });
    const entry = reconciledEventEntry(
      { name: 'demo', sid: 'RM_1' },
      { type: 'participant_left', participant: alice },
      1_700_000_000_000,
    );
    const body = JSON.parse(entry.payload) as Record<string, unknown>;

    expect(entry.eventId).toBe('RC_participant_left_PA_a');
    expect(entry.room).toBe('demo');
    expect(body['event']).toBe('participant_left');
    expect(body['id']).toBe('RC_participant_left_PA_a');
    expect(body['createdAt']).toBe('1700000000');
    expect(body['room']).toEqual({ sid: 'RM_1', name: 'demo' });
    expect(body['participant']).toMatchObject({ sid: 'PA_a', state: 'DISCONNECTED' });
  });
});
