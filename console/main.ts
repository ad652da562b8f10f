// Entry point of the console page: sign in, list rooms, open one. The page is served by the
// gateway with a strict Content-Security-Policy, so all behavior lives here, not in the HTML.
import { byId, formatTime, h } from './dom.js';
import { CreateAccessTokenMutation, RoomsQuery, ViewerQuery } from './documents.js';
import { GatewayClient, GatewayRequestError } from './gateway-client.js';
import type { ConsoleViewerQuery } from './generated/graphql.js';
import { MetadataEditor } from './metadata-editor.js';
import { RoomView, type RoomAccess } from './room-view.js';

type Viewer = ConsoleViewerQuery['viewer'];

let client: GatewayClient | undefined;
let viewer: Viewer | undefined;
let roomView: RoomView | undefined;

const editor = new MetadataEditor({
  client: () => client,
  onSaved: () => void roomView?.refresh(),
  showError,
});

/** Shows an error as `CODE: message`; the gateway's `extensions.code` comes first. */
function showError(error: unknown): void {
  const box = byId('error');
  box.textContent =
    error instanceof GatewayRequestError ? `${error.code}: ${error.message}` : String(error);
  box.hidden = false;
}

function clearError(): void {
  byId('error').hidden = true;
}

/** Checks `credential` with the `viewer` query and, when it is accepted, lists the rooms. */
async function signIn(credential: string): Promise<void> {
  clearError();
  await signOut();
  const candidate = new GatewayClient(credential);
  try {
    ({ viewer } = await candidate.request(ViewerQuery, {}));
  } catch (error) {
    await candidate.close();
    showError(error);
    return;
  }
  client = candidate;
  byId('viewer').textContent =
    `${viewer.identity ?? 'no identity'} · ${viewer.credential}` +
    (viewer.expiresAt ? ` · expires ${formatTime(viewer.expiresAt)}` : '');
  byId('sign-out').hidden = false;
  byId('sign-in').hidden = true;
  byId('rooms').hidden = false;
  await listRooms();
}

async function signOut(): Promise<void> {
  closeRoom();
  await client?.close();
  client = undefined;
  viewer = undefined;
  byId('viewer').textContent = 'Signed out';
  byId('sign-out').hidden = true;
  byId('sign-in').hidden = false;
  byId('rooms').hidden = true;
}

async function listRooms(): Promise<void> {
  if (!client) {
    return;
  }
  let rooms;
  try {
    ({ rooms } = await client.request(RoomsQuery, {}));
  } catch (error) {
    showError(error);
    return;
  }
  const list = byId('room-list');
  if (rooms.length === 0) {
    list.replaceChildren(h('li', { class: 'muted-text' }, 'No open rooms you may read.'));
    return;
  }
  list.replaceChildren(
    ...rooms.map((room) =>
      h(
        'li',
        {},
        h('button', { type: 'button', onClick: () => openRoom(room.name) }, room.name),
        ` ${room.numParticipants} participants, ${room.numPublishers} publishing`,
      ),
    ),
  );
}

/** Returns what the viewer may do in `room`, from `viewer.adminRooms` and `viewer.readRooms`. */
function accessTo(room: string): RoomAccess {
  const covers = (scope: { all: boolean; rooms: string[] } | undefined) =>
    scope !== undefined && (scope.all || scope.rooms.includes(room));
  if (covers(viewer?.adminRooms)) {
    return 'moderate';
  }
  return covers(viewer?.readRooms) ? 'read' : 'none';
}

function openRoom(room: string): void {
  if (!client) {
    return;
  }
  clearError();
  closeRoom();
  roomView = new RoomView({
    client,
    room,
    access: accessTo(room),
    editor,
    showError,
    // Keeps the participant counts in the room list current.
    onLoaded: () => void listRooms(),
  });
  roomView.open();
}

function closeRoom(): void {
  roomView?.close();
  roomView = undefined;
  editor.hide();
  byId('room').hidden = true;
}

/**
 * Development only: mints a LiveKit token with the service key in the credential field, then
 * signs in with that token, to view the console with a moderator's or a participant's grant.
 */
async function mintAndSignIn(): Promise<void> {
  clearError();
  const serviceKey = byId<HTMLTextAreaElement>('credential').value.trim();
  const room = byId<HTMLInputElement>('mint-room').value.trim();
  const identity = byId<HTMLInputElement>('mint-identity').value.trim();
  const roomAdmin = byId<HTMLInputElement>('mint-admin').checked;
  const minter = new GatewayClient(serviceKey);
  let token: string;
  try {
    const { createAccessToken } = await minter.request(CreateAccessTokenMutation, {
      input: {
        room,
        identity,
        grants: { roomJoin: true, roomAdmin, canPublish: false, canPublishData: false },
      },
    });
    token = createAccessToken.token;
  } catch (error) {
    showError(error);
    return;
  } finally {
    await minter.close();
  }
  byId<HTMLTextAreaElement>('credential').value = token;
  await signIn(token);
}

function onSubmit(id: string, handler: () => void): void {
  byId<HTMLFormElement>(id).addEventListener('submit', (event) => {
    event.preventDefault();
    handler();
  });
}

onSubmit('sign-in-form', () => void signIn(byId<HTMLTextAreaElement>('credential').value.trim()));
onSubmit('mint-form', () => void mintAndSignIn());
onSubmit('open-room-form', () => openRoom(byId<HTMLInputElement>('open-room-name').value.trim()));
byId('sign-out').addEventListener('click', () => void signOut());
byId('refresh-rooms').addEventListener('click', () => void listRooms());
byId('mint-form').hidden = document.body.dataset['devTools'] !== 'true';
