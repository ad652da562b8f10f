import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { TwirpError } from 'livekit-server-sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mapLiveKitError } from '../src/livekit/errors.js';
import { CachedTokenRoomServiceClient } from '../src/livekit/room-service.js';
import { HttpTwirpTransport, TwirpTimeoutError } from '../src/livekit/twirp.js';
import { startLiveKitServer, type LiveKitServer } from './support/livekit-server.js';

describe('RoomService over the node:http Twirp transport', () => {
  let livekit: LiveKitServer;

  beforeAll(async () => {
    livekit = await startLiveKitServer();
  });

  afterAll(async () => {
    await livekit?.stop();
  });

  function client(host = livekit.httpUrl): CachedTokenRoomServiceClient {
    return new CachedTokenRoomServiceClient(host, livekit.apiKey, livekit.apiSecret, {
      requestTimeout: 5,
    });
  }

  it('sends every call through the transport', async () => {
    const rooms = client();
    expect(rooms.transport).toBeInstanceOf(HttpTwirpTransport);
    const methods: string[] = [];
    const request = rooms.transport!.request.bind(rooms.transport);
    rooms.transport!.request = (service, method, ...rest) => {
      methods.push(`${service}/${method}`);
      return request(service, method, ...rest);
    };

    const created = await rooms.createRoom({ name: 'transport-room', emptyTimeout: 60 });
    const listed = await rooms.listRooms(['transport-room']);
    expect(created.name).toBe('transport-room');
    expect(listed.map((room) => room.name)).toEqual(['transport-room']);
    expect(methods).toEqual(['RoomService/CreateRoom', 'RoomService/ListRooms']);
    await rooms.deleteRoom('transport-room');
    rooms.transport!.close();
  });

  it('returns Twirp errors like the SDK', async () => {
    const rooms = client();
    // Checked against livekit-server: a missing participant is a Twirp not_found in JSON.
    const error = await rooms.getParticipant('no-such-room', 'nobody').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TwirpError);
    expect((error as TwirpError).code).toBe('not_found');
    expect((error as TwirpError).status).toBe(404);
    expect(mapLiveKitError(error, 'GetParticipant', 5000).extensions['code']).toBe('NOT_FOUND');
    rooms.transport!.close();
  });

  it('keeps SDK transport for Cloud', () => {
    expect(client('https://example.livekit.cloud').transport).toBeNull();
  });
});

describe('HttpTwirpTransport faults', () => {
  const servers: Server[] = [];

  /** Starts a local HTTP server for faults that livekit-server does not produce on request. */
  async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
    const server = createServer({ keepAlive: true }, handler);
    servers.push(server);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('resends once on a closed reused connection', async () => {
    const sockets = new Set<Socket>();
    let requests = 0;
    const url = await serve((req, res) => {
      requests++;
      sockets.add(req.socket);
      if (requests === 2) {
        // The second request arrives on the kept-alive connection, which closes with no response.
        req.socket.destroy();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"rooms":[]}');
    });
    const transport = new HttpTwirpTransport(url, 5);
    expect(await transport.request('RoomService', 'ListRooms', {}, {})).toEqual({ rooms: [] });
    expect(await transport.request('RoomService', 'ListRooms', {}, {})).toEqual({ rooms: [] });
    expect(requests).toBe(3);
    expect(sockets.size).toBe(2);
    transport.close();
  });

  it('times out without a response', async () => {
    const url = await serve(() => undefined);
    const transport = new HttpTwirpTransport(url, 0.2);
    const error = await transport.request('RoomService', 'ListRooms', {}, {}).catch((e) => e);
    expect(error).toBeInstanceOf(TwirpTimeoutError);
    expect(mapLiveKitError(error, 'ListRooms', 200).extensions['code']).toBe('LIVEKIT_TIMEOUT');
    transport.close();
  });

  it('keeps a plain-text error message', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(401, { 'content-type': 'text/plain' }).end('invalid token');
    });
    const transport = new HttpTwirpTransport(url, 5);
    const error = await transport.request('RoomService', 'ListRooms', {}, {}).catch((e) => e);
    expect(error).toBeInstanceOf(TwirpError);
    expect((error as TwirpError).message).toBe('invalid token');
    expect((error as TwirpError).status).toBe(401);
    expect((error as TwirpError).code).toBeUndefined();
    transport.close();
  });
});
