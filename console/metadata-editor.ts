// The form that edits room or participant metadata. It sits outside the room view, which is
// redrawn on every event, so a refresh never discards what the moderator is typing.
import { byId } from './dom.js';
import { UpdateParticipantMetadataMutation, UpdateRoomMetadataMutation } from './documents.js';
import type { GatewayClient } from './gateway-client.js';

type Target = { room: string; identity?: string };

export interface MetadataEditorOptions {
  /** The signed-in client, or `undefined` when signed out. */
  client(): GatewayClient | undefined;
  /** Called after a successful save, e.g. to reload the room. */
  onSaved(): void;
  showError(error: unknown): void;
}

/** Opens `#metadata-editor` for one room or participant and saves the text it holds. */
export class MetadataEditor {
  private target: Target | undefined;
  private readonly form = byId<HTMLFormElement>('metadata-editor');
  private readonly value = byId<HTMLTextAreaElement>('metadata-value');

  constructor(private readonly options: MetadataEditorOptions) {
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
    byId('metadata-cancel').addEventListener('click', () => this.hide());
  }

  editRoom(room: string, metadata: string): void {
    this.show({ room }, `Metadata of room ${room}`, metadata);
  }

  editParticipant(room: string, identity: string, metadata: string): void {
    this.show({ room, identity }, `Metadata of ${identity} in ${room}`, metadata);
  }

  hide(): void {
    this.target = undefined;
    this.form.hidden = true;
  }

  private show(target: Target, label: string, metadata: string): void {
    this.target = target;
    byId('metadata-target').textContent = label;
    this.value.value = metadata;
    this.form.hidden = false;
    this.value.focus();
  }

  private async save(): Promise<void> {
    const client = this.options.client();
    const target = this.target;
    if (!client || !target) {
      return;
    }
    const metadata = this.value.value;
    try {
      if (target.identity === undefined) {
        await client.request(UpdateRoomMetadataMutation, { name: target.room, metadata });
      } else {
        await client.request(UpdateParticipantMetadataMutation, {
          room: target.room,
          identity: target.identity,
          metadata,
        });
      }
    } catch (error) {
      this.options.showError(error);
      return;
    }
    this.hide();
    this.options.onSaved();
  }
}
