import { RpcError } from '@livekit/rtc-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { startLiveKitServer, type LiveKitServer } from './support/livekit-server.js';
import { graphqlRequest, startTestGateway, testEnv, type TestGateway } from './support/gateway.js';
import { joinRoom, joinToken, type TestParticipant } from './support/participant.js';
import { callerToken } from './support/caller-token.js';

const PerformRpc = graphql(`
  mutation PerformRpc($input: PerformRpcInput!) {
    performRpc(input: $input) {
      room
      destinationIdentity
      method
      payload
    }
  }
`);

/** A payload over LiveKit's 15 KiB RPC limit. */
const OVERSIZED = 'x'.repeat(16 * 1024);

describe('performRpc against a real participant', () => {
  let livekit: LiveKitServer;
  let gateway: TestGateway;
  let bob: TestParticipant;
  let leaver: TestParticipant;
  const room = `rpc-${Date.now()}`;

  beforeAll(async () => {
    livekit = await startLiveKitServer();
    gateway = await startTestGateway(testEnv(livekit));
    bob = await joinRoom(livekit.wsUrl, await joinToken(livekit, room, 'bob'), 'bob');
    const local = bob.room.localParticipant!;
    local.registerRpcMethod('echo', async (data) => `echo:${data.payload}`);
    local.registerRpcMethod('refuse', async () => {
      throw new RpcError(4001, 'out of coffee', 'try later');
    });
    local.registerRpcMethod('crash', async () => {
      throw new Error('handler crashed');
    });
    local.registerRpcMethod('slow', async () => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      return 'late';
    });
    local.registerRpcMethod('huge', async () => OVERSIZED);

    leaver = await joinRoom(livekit.wsUrl, await joinToken(livekit, room, 'leaver'), 'leaver');
    leaver.room.localParticipant!.registerRpcMethod('leave', async () => {
      setTimeout(() => void leaver.disconnect(), 300);
      await new Promise((resolve) => setTimeout(resolve, 10_000));
      return 'never sent';
    });
  });

  afterAll(async () => {
    await bob?.disconnect();
    await leaver?.disconnect();
    await gateway?.close();
    await livekit?.stop();
  });

  function call(method: string, payload = '', extra: { responseTimeoutMs?: number } = {}) {
    return graphqlRequest(gateway.url, PerformRpc, {
      input: { room, destinationIdentity: 'bob', method, payload, ...extra },
    });
  }

  it('returns the participant answer', async () => {
    const result = await call('echo', 'hello');
    expect(result.errors).toBeUndefined();
    expect(result.data?.performRpc).toEqual({
      room,
      destinationIdentity: 'bob',
      method: 'echo',
      payload: 'echo:hello',
    });
  });

  // Shapes seen from livekit-server v1.13.5, which the gateway maps (Twirp code, message):
  //   unknown method     invalid_argument  "RpcError 1400: Method not supported at destination"
  //   RpcError thrown    internal          "RpcError 4001: out of coffee: try later"
  //   other error thrown internal          "RpcError 1500: Application error in method handler"
  //   no answer in time  canceled          "RpcError 1502: Response timeout"
  //   request too large  invalid_argument  "RpcError 1402: Request payload too large"
  //   answer too large   internal          "RpcError 1504: Response payload too large"
  //   recipient left     unavailable       "no response from servers" (after about 3 s)
  it('maps an unregistered method to RPC_UNSUPPORTED_METHOD', async () => {
    const result = await call('nope');
    const extensions = result.errors?.[0]?.extensions;
    expect(extensions?.['code']).toBe('RPC_UNSUPPORTED_METHOD');
    expect(extensions?.['rpcCode']).toBe(1400);
    expect(extensions?.['rpcMethod']).toBe('nope');
  });

  it("maps the handler's RpcError to RPC_APPLICATION_ERROR with its code", async () => {
    const result = await call('refuse');
    const extensions = result.errors?.[0]?.extensions;
    expect(extensions?.['code']).toBe('RPC_APPLICATION_ERROR');
    expect(extensions?.['rpcCode']).toBe(4001);
    // LiveKit appends the error's data to its message.
    expect(extensions?.['rpcMessage']).toBe('out of coffee: try later');
    expect(result.errors?.[0]?.message).toContain('out of coffee');
  });

  it('maps a crashed handler to RPC_APPLICATION_ERROR 1500', async () => {
    const result = await call('crash');
    const extensions = result.errors?.[0]?.extensions;
    expect(extensions?.['code']).toBe('RPC_APPLICATION_ERROR');
    expect(extensions?.['rpcCode']).toBe(1500);
  });

  it('maps a late answer to RPC_TIMEOUT', async () => {
    const result = await call('slow', '', { responseTimeoutMs: 1000 });
    const extensions = result.errors?.[0]?.extensions;
    expect(extensions?.['code']).toBe('RPC_TIMEOUT');
    expect(extensions?.['rpcCode']).toBe(1502);
  });

  it('maps oversized request and answer to RPC_PAYLOAD_TOO_LARGE', async () => {
    const request = await call('echo', OVERSIZED);
    expect(request.errors?.[0]?.extensions?.['code']).toBe('RPC_PAYLOAD_TOO_LARGE');
    expect(request.errors?.[0]?.extensions?.['rpcCode']).toBe(1402);

    const answer = await call('huge');
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('RPC_PAYLOAD_TOO_LARGE');
    expect(answer.errors?.[0]?.extensions?.['rpcCode']).toBe(1504);
  });

  it('maps a recipient that leaves during the call to RPC_RECIPIENT_GONE', async () => {
    const result = await graphqlRequest(gateway.url, PerformRpc, {
      input: { room, destinationIdentity: 'leaver', method: 'leave', responseTimeoutMs: 8000 },
    });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('RPC_RECIPIENT_GONE');
  });

  it('rejects an absent participant and bad input', async () => {
    const absent = await graphqlRequest(gateway.url, PerformRpc, {
      input: { room, destinationIdentity: 'nobody', method: 'echo' },
    });
    expect(absent.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');

    const badTimeout = await call('echo', '', { responseTimeoutMs: 0 });
    expect(badTimeout.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(badTimeout.errors?.[0]?.extensions?.['argument']).toBe('responseTimeoutMs');

    const emptyMethod = await call('');
    expect(emptyMethod.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('refuses a caller who is not an admin of the room', async () => {
    const participantToken = await callerToken(livekit, { roomJoin: true, room }, 'carol');
    const asParticipant = await graphqlRequest(
      gateway.url,
      PerformRpc,
      { input: { room, destinationIdentity: 'bob', method: 'echo' } },
      participantToken,
    );
    expect(asParticipant.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const otherAdmin = await callerToken(livekit, { roomAdmin: true, room: 'other-room' }, 'dave');
    const asOtherAdmin = await graphqlRequest(
      gateway.url,
      PerformRpc,
      { input: { room, destinationIdentity: 'bob', method: 'echo' } },
      otherAdmin,
    );
    expect(asOtherAdmin.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const admin = await callerToken(livekit, { roomAdmin: true, room }, 'erin');
    const asAdmin = await graphqlRequest(
      gateway.url,
      PerformRpc,
      { input: { room, destinationIdentity: 'bob', method: 'echo', payload: 'hi' } },
      admin,
    );
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data?.performRpc.payload).toBe('echo:hi');
  });
});
