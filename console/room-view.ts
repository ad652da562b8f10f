// One open room: its participants and tracks, kept current by refreshing the room query on
// every `roomEvents` event, with moderation controls when the caller may moderate the room.
import { byId, formatTime, h } from './dom.js';
import {
  MuteTrackMutation,
  RemoveParticipantMutation,
  RoomEventsSubscription,
  RoomQuery,
} from './documents.js';
import type { GatewayClient, GatewayRequestError } from './gateway-client.js';
import type { ConsoleRoomEventsSubscription, ConsoleRoomQuery } from './generated/graphql.js';
import type { MetadataEditor } from './metadata-editor.js';

type Room = NonNullable<ConsoleRoomQuery['room']>;
type Participant = Room['participants'][number];
type Track = Participant['tracks'][number];
type RoomEvent = ConsoleRoomEventsSubscription['roomEvents'];

/** Events kept in the feed on screen. */
const FEED_LENGTH = 20;

/** The caller's rights in a room, from `viewer.readRooms` and `viewer.adminRooms`. */
export type RoomAccess = 'moderate' | 'read' | 'none';

const ACCESS_TEXT: Record<RoomAccess, string> = {
  moderate: 'You may moderate this room.',
  read: 'You may read this room but not moderate it.',
  none: 'Your credential does not allow reading this room.',
};

export interface RoomViewOptions {
  client: GatewayClient;
  room: string;
  access: RoomAccess;
  editor: MetadataEditor;
  showError(error: unknown): void;
  /** Called after each load of the room, e.g. to update the room list. */
  onLoaded(): void;
}

/** Watches one room and renders it into `#room`. */
export class RoomView {
  private unsubscribe: (() => void) | undefined;
  private refreshing = false;
  private refreshAgain = false;
  private readonly feed: RoomEvent[] = [];

  private readonly canModerate: boolean;

  constructor(private readonly options: RoomViewOptions) {
    this.canModerate = options.access === 'moderate';
  }

  /** Subscribes to the room's events, then loads the room. */
  open(): void {
    const { client, room } = this.options;
    byId('room').hidden = false;
    byId('room-name').textContent = room;
    byId('room-access').textContent = ACCESS_TEXT[this.options.access];
    byId('room-events').replaceChildren(
      h('li', { class: 'muted-text' }, 'Events appear here as they happen.'),
    );
    this.unsubscribe = client.subscribe(
      RoomEventsSubscription,
      { room },
      {
        next: ({ roomEvents }) => {
          this.addToFeed(roomEvents);
          void this.refresh();
        },
        error: (error) => this.options.showError(error),
      },
    );
    void this.refresh();
  }

  /** Ends the subscription; the view stops changing. */
  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /**
   * Reloads the room. Events arriving during a load cause one more load after it, so a burst
   * of events costs at most two queries and the last one reflects every change.
   */
  async refresh(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true;
      return;
    }
    this.refreshing = true;
    try {
      do {
        this.refreshAgain = false;
        const { room } = await this.options.client.request(RoomQuery, { name: this.options.room });
        this.render(room);
        this.options.onLoaded();
      } while (this.refreshAgain && this.unsubscribe);
    } catch (error) {
      this.options.showError(error);
    } finally {
      this.refreshing = false;
    }
  }

  private render(room: ConsoleRoomQuery['room']): void {
    const summary = byId('room-summary');
    const list = byId('participants');
    if (!room) {
      summary.replaceChildren('The room is not open; it appears here when someone joins.');
      list.replaceChildren();
      return;
    }
    summary.replaceChildren(
      h(
        'div',
        {},
        h('span', {}, `${room.sid} · opened ${formatTime(room.creationTime)} · `),
        h('span', { id: 'participant-count' }, `${room.numParticipants} participants`),
        h('div', { class: 'metadata' }, 'Metadata: ', h('code', {}, room.metadata || '(empty)')),
        this.canModerate &&
          h(
            'button',
            {
              type: 'button',
              'data-action': 'edit-room-metadata',
              onClick: () => this.options.editor.editRoom(room.name, room.metadata),
            },
            'Edit room metadata',
          ),
      ),
    );
    list.replaceChildren(
      ...room.participants.map((participant) => this.participantRow(participant)),
    );
  }

  private participantRow(participant: Participant): HTMLElement {
    const moderate = this.canModerate;
    return h(
      'li',
      { class: 'participant', 'data-identity': participant.identity },
      h(
        'div',
        { class: 'participant-heading' },
        h('strong', {}, participant.identity),
        participant.name && h('span', {}, ` (${participant.name})`),
        h('span', { class: 'badge' }, participant.state),
        participant.kind !== 'STANDARD' && h('span', { class: 'badge' }, participant.kind),
        h('span', { class: 'muted-text' }, ` joined ${formatTime(participant.joinedAt)}`),
      ),
      h(
        'div',
        { class: 'metadata' },
        'Metadata: ',
        h('code', {}, participant.metadata || '(empty)'),
      ),
      h(
        'ul',
        { class: 'tracks' },
        ...participant.tracks.map((track) => this.trackRow(participant, track)),
      ),
      moderate &&
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            {
              type: 'button',
              'data-action': 'edit-participant-metadata',
              onClick: () =>
                this.options.editor.editParticipant(
                  this.options.room,
                  participant.identity,
                  participant.metadata,
                ),
            },
            'Edit metadata',
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'danger',
              'data-action': 'remove',
              onClick: () => void this.remove(participant.identity),
            },
            'Remove',
          ),
        ),
    );
  }

  private trackRow(participant: Participant, track: Track): HTMLElement {
    return h(
      'li',
      { class: 'track', 'data-track-sid': track.sid, 'data-muted': String(track.muted) },
      h('span', {}, `${track.source} ${track.type.toLowerCase()} `),
      h('code', {}, track.sid),
      h('span', { class: track.muted ? 'badge warn' : 'badge' }, track.muted ? 'muted' : 'live'),
      this.canModerate &&
        h(
          'button',
          {
            type: 'button',
            'data-action': track.muted ? 'unmute' : 'mute',
            onClick: () => void this.setMuted(participant.identity, track.sid, !track.muted),
          },
          track.muted ? 'Unmute' : 'Mute',
        ),
    );
  }

  private async setMuted(identity: string, trackSid: string, muted: boolean): Promise<void> {
    await this.run(() =>
      this.options.client.request(MuteTrackMutation, {
        room: this.options.room,
        identity,
        trackSid,
        muted,
      }),
    );
  }

  private async remove(identity: string): Promise<void> {
    await this.run(() =>
      this.options.client.request(RemoveParticipantMutation, { room: this.options.room, identity }),
    );
  }

  /** Runs a mutation, shows its error if it fails, and reloads the room either way. */
  private async run(mutation: () => Promise<unknown>): Promise<void> {
    try {
      await mutation();
    } catch (error) {
      this.options.showError(error as GatewayRequestError);
    }
    await this.refresh();
  }

  private addToFeed(event: RoomEvent): void {
    this.feed.unshift(event);
    this.feed.length = Math.min(this.feed.length, FEED_LENGTH);
    byId('room-events').replaceChildren(
      ...this.feed.map((item) =>
        h(
          'li',
          { 'data-event-type': item.type },
          h('span', { class: 'muted-text' }, formatTime(item.createdAt)),
          ` ${item.type === 'UNKNOWN' ? item.rawType : item.type}`,
          item.participant && ` ${item.participant.identity}`,
          item.track && ` ${item.track.sid}`,
        ),
      ),
    );
  }
}
