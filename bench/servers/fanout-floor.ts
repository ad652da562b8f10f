// The fan-out floor: a graphql-transport-ws server that serializes each event once per
// subscription id and writes that one frame to every subscribed socket, with no GraphQL
// execution. `publish` (over IPC) sends one event; `subscribers` returns how many are subscribed.
import { WebSocketServer, type WebSocket } from 'ws';
import { serveParent } from '../lib/child.js';
import { listenOnLoopback } from '../lib/listen.js';

const subscriptions = new Map<string, Set<WebSocket>>();
let sequence = 0;

const { server, url } = await listenOnLoopback((_req, res) => {
  res.writeHead(404).end();
});
const wsServer = new WebSocketServer({
  server,
  path: '/graphql',
  handleProtocols: (protocols) =>
    protocols.has('graphql-transport-ws') ? 'graphql-transport-ws' : false,
});

wsServer.on('connection', (socket) => {
  const ids = new Set<string>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string; id?: string };
    if (message.type === 'connection_init') {
      socket.send('{"type":"connection_ack"}');
    } else if (message.type === 'ping') {
      socket.send('{"type":"pong"}');
    } else if (message.type === 'subscribe' && message.id !== undefined) {
      ids.add(message.id);
      let sockets = subscriptions.get(message.id);
      if (!sockets) {
        sockets = new Set();
        subscriptions.set(message.id, sockets);
      }
      sockets.add(socket);
    } else if (message.type === 'complete' && message.id !== undefined) {
      ids.delete(message.id);
      subscriptions.get(message.id)?.delete(socket);
    }
  });
  socket.on('close', () => {
    for (const id of ids) {
      subscriptions.get(id)?.delete(socket);
    }
  });
});

/** Writes one event to every subscriber and returns how many frames were written. */
function publish(): number {
  sequence++;
  const event = {
    data: { roomEvents: { type: 'ROOM_METADATA_CHANGED', room: 'bench', sequence } },
  };
  let written = 0;
  for (const [id, sockets] of subscriptions) {
    const frame = Buffer.from(JSON.stringify({ id, type: 'next', payload: event }));
    for (const socket of sockets) {
      socket.send(frame, { binary: false });
      written++;
    }
  }
  return written;
}

function subscriberCount(): number {
  let count = 0;
  for (const sockets of subscriptions.values()) {
    count += sockets.size;
  }
  return count;
}

serveParent(
  { url: `${url.replace('http://', 'ws://')}/graphql` },
  { publish, subscribers: subscriberCount },
);
