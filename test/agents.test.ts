import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import {
  API_KEY,
  API_SECRET,
  startLiveKitServer,
  type LiveKitServer,
} from './support/livekit-server.js';
import {
  graphqlRequest,
  SERVICE_KEY,
  startTestGateway,
  testEnv,
  type TestGateway,
} from './support/gateway.js';
import { eventually, joinRoom, joinToken, type TestParticipant } from './support/participant.js';
import { startAgentWorker, type AgentWorker } from './support/agent-worker.js';
import { callerToken } from './support/caller-token.js';
import { subscribeWs, type WsSubscription } from './support/events.js';
import { freeTcpPort } from './support/ports.js';

const CreateRoom = graphql(`
  mutation CreateRoomWithAgents($input: CreateRoomInput!) {
    createRoom(input: $input) {
      name
    }
  }
`);

const DispatchAgent = graphql(`
  mutation DispatchAgent($input: DispatchAgentInput!) {
    dispatchAgent(input: $input) {
      id
      room
      agentName
      metadata
      createdAt
      waitingForWorker
      jobs {
        id
      }
    }
  }
`);

const AgentDispatches = graphql(`
  query AgentDispatches($room: String!, $includeDefault: Boolean) {
    agentDispatches(room: $room, includeDefault: $includeDefault) {
      id
      agentName
      metadata
      waitingForWorker
      jobs {
        id
        status
        participantIdentity
        workerId
        startedAt
      }
    }
  }
`);

const CancelAgentDispatch = graphql(`
  mutation CancelAgentDispatch($room: String!, $id: ID!) {
    cancelAgentDispatch(room: $room, id: $id) {
      id
      agentName
    }
  }
`);

const AgentParticipants = graphql(`
  query AgentParticipants($name: String!) {
    room(name: $name) {
      participants {
        identity
        kind
        attributes {
          key
          value
        }
      }
    }
  }
`);

const PerformRpc = graphql(`
  mutation PerformAgentRpc($input: PerformRpcInput!) {
    performRpc(input: $input) {
      destinationIdentity
      method
      payload
    }
  }
`);

describe('agents through the gateway', () => {
  let livekit: LiveKitServer;
  let gateway: TestGateway;
  let worker: AgentWorker;
  let person: TestParticipant;
  let events: WsSubscription;
  const room = `agents-${Date.now()}`;
  let dispatchId = '';
  let agentIdentity = '';

  beforeAll(async () => {
    // The gateway listens first, on a port chosen up front, so the server's webhooks reach it.
    const livekitPort = await freeTcpPort();
    const gatewayPort = await freeTcpPort();
    const livekitAddress = {
      wsUrl: `ws://127.0.0.1:${livekitPort}`,
      apiKey: API_KEY,
      apiSecret: API_SECRET,
    };
    gateway = await startTestGateway(
      testEnv(livekitAddress, { AGENTS_ALLOWED_FOR_READERS: 'helper' }),
      {},
      gatewayPort,
    );
    livekit = await startLiveKitServer({
      port: livekitPort,
      webhookUrls: [`${gateway.url}/webhooks/livekit`],
    });
    worker = await startAgentWorker(livekit, 'helper');
    const created = await graphqlRequest(gateway.url, CreateRoom, { input: { name: room } });
    expect(created.errors).toBeUndefined();
    person = await joinRoom(livekit.wsUrl, await joinToken(livekit, room, 'person'), 'person');
    events = subscribeWs(gateway.url, SERVICE_KEY, { room });
  });

  afterAll(async () => {
    await events?.close();
    await person?.disconnect();
    await worker?.stop();
    await gateway?.close();
    await livekit?.stop();
  });

  /**
   * Waits until the dispatch `id` has a running job and its agent has registered its RPC
   * methods (attribute `rpc=ready`), and returns the job. LiveKit marks the job running a moment
   * before the agent joins.
   */
  async function runningJob(roomName: string, id: string) {
    return eventually(
      async () => {
        const listed = await graphqlRequest(gateway.url, AgentDispatches, { room: roomName });
        const job = listed.data?.agentDispatches.find((dispatch) => dispatch.id === id)?.jobs[0];
        if (job?.status !== 'RUNNING' || !job.participantIdentity) {
          return undefined;
        }
        const found = await graphqlRequest(gateway.url, AgentParticipants, { name: roomName });
        const participants = found.data?.room?.participants ?? [];
        const agent = participants.find((p) => p.identity === job.participantIdentity);
        const ready = agent?.attributes.some(
          ({ key, value }) => key === 'rpc' && value === 'ready',
        );
        return ready ? job : undefined;
      },
      30_000,
      `a running job for dispatch ${id}`,
    );
  }

  it('dispatches the agent, which joins as kind AGENT', async () => {
    const result = await graphqlRequest(gateway.url, DispatchAgent, {
      input: { room, agentName: 'helper', metadata: 'first' },
    });
    expect(result.errors).toBeUndefined();
    const dispatch = result.data!.dispatchAgent;
    expect(dispatch.id).toMatch(/^AD_/);
    expect(dispatch.room).toBe(room);
    expect(dispatch.agentName).toBe('helper');
    expect(dispatch.metadata).toBe('first');
    expect(Date.parse(dispatch.createdAt ?? '')).toBeGreaterThan(0);
    dispatchId = dispatch.id;

    const job = await runningJob(room, dispatchId);
    expect(job.id).toMatch(/^AJ_/);
    expect(job.workerId).toBe(worker.workerId);
    expect(Date.parse(job.startedAt ?? '')).toBeGreaterThan(0);
    agentIdentity = job.participantIdentity!;

    const participants = await eventually(async () => {
      const found = await graphqlRequest(gateway.url, AgentParticipants, { name: room });
      const list = found.data?.room?.participants ?? [];
      return list.some((participant) => participant.identity === agentIdentity) ? list : undefined;
    });
    expect(participants.find((p) => p.identity === agentIdentity)?.kind).toBe('AGENT');

    await eventually(
      async () =>
        events.events.find(
          (event) =>
            event.type === 'PARTICIPANT_JOINED' && event.participant?.identity === agentIdentity,
        ),
      15_000,
      'the agent in roomEvents',
    );
  });

  it('answers performRpc from the agent', async () => {
    const result = await graphqlRequest(gateway.url, PerformRpc, {
      input: { room, destinationIdentity: agentIdentity, method: 'ping', payload: 'hello' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.performRpc.method).toBe('ping');
    expect(JSON.parse(result.data!.performRpc.payload)).toEqual({
      reply: 'pong',
      payload: 'hello',
      // The caller identity LiveKit hands the agent for a RoomService call is not checked here.
      caller: expect.any(String),
    });

    const whoami = await graphqlRequest(gateway.url, PerformRpc, {
      input: { room, destinationIdentity: agentIdentity, method: 'whoami' },
    });
    expect(JSON.parse(whoami.data!.performRpc.payload)).toEqual({
      identity: agentIdentity,
      metadata: 'first',
    });
  });

  it('hides the default dispatch unless an admin asks for it', async () => {
    const plain = await graphqlRequest(gateway.url, AgentDispatches, { room });
    expect(plain.errors).toBeUndefined();
    expect(plain.data?.agentDispatches.map((dispatch) => dispatch.agentName)).toEqual(['helper']);

    const all = await graphqlRequest(gateway.url, AgentDispatches, { room, includeDefault: true });
    const names = all.data?.agentDispatches.map((dispatch) => dispatch.agentName) ?? [];
    // LiveKit gives every room created without agents a dispatch with an empty agent name.
    expect(names).toContain('');
    expect(names).toContain('helper');
  });

  it('reports a dispatch no worker takes as waiting', async () => {
    const ghost = await graphqlRequest(gateway.url, DispatchAgent, {
      input: { room, agentName: 'ghost' },
    });
    const helper = await graphqlRequest(gateway.url, DispatchAgent, {
      input: { room, agentName: 'helper', metadata: 'second' },
    });
    expect(ghost.errors).toBeUndefined();
    expect(ghost.data?.dispatchAgent.waitingForWorker).toBe(true);
    expect(ghost.data?.dispatchAgent.jobs).toEqual([]);

    // Once the dispatch made at the same time has its job, the one with no worker still has none.
    await runningJob(room, helper.data!.dispatchAgent.id);
    const listed = await graphqlRequest(gateway.url, AgentDispatches, { room });
    const stillWaiting = listed.data?.agentDispatches.find(
      (dispatch) => dispatch.id === ghost.data?.dispatchAgent.id,
    );
    expect(stillWaiting?.waitingForWorker).toBe(true);
    expect(stillWaiting?.jobs).toEqual([]);

    for (const id of [ghost.data!.dispatchAgent.id, helper.data!.dispatchAgent.id]) {
      const cancelled = await graphqlRequest(gateway.url, CancelAgentDispatch, { room, id });
      expect(cancelled.errors).toBeUndefined();
    }
  });

  it('cancels the dispatch and the agent leaves', async () => {
    const result = await graphqlRequest(gateway.url, CancelAgentDispatch, {
      room,
      id: dispatchId,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.cancelAgentDispatch).toEqual({ id: dispatchId, agentName: 'helper' });

    await eventually(
      async () => {
        const found = await graphqlRequest(gateway.url, AgentParticipants, { name: room });
        const identities = found.data?.room?.participants.map((p) => p.identity) ?? [];
        return identities.includes(agentIdentity) ? undefined : identities;
      },
      20_000,
      'the agent to leave',
    );
    await eventually(
      async () =>
        events.events.find(
          (event) =>
            event.type === 'PARTICIPANT_LEFT' && event.participant?.identity === agentIdentity,
        ),
      15_000,
      'the agent leaving in roomEvents',
    );
    const listed = await graphqlRequest(gateway.url, AgentDispatches, { room });
    expect(listed.data?.agentDispatches.map((dispatch) => dispatch.id)).not.toContain(dispatchId);

    const again = await graphqlRequest(gateway.url, CancelAgentDispatch, { room, id: dispatchId });
    expect(again.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('dispatches the agents named in createRoom', async () => {
    const withAgents = `${room}-created`;
    const created = await graphqlRequest(gateway.url, CreateRoom, {
      input: { name: withAgents, agents: [{ agentName: 'helper', metadata: 'from-room' }] },
    });
    expect(created.errors).toBeUndefined();
    const listed = await graphqlRequest(gateway.url, AgentDispatches, {
      room: withAgents,
      includeDefault: true,
    });
    const dispatches = listed.data?.agentDispatches ?? [];
    // A room created with agents gets no default dispatch.
    expect(dispatches.map((dispatch) => [dispatch.agentName, dispatch.metadata])).toEqual([
      ['helper', 'from-room'],
    ]);
    const job = await runningJob(withAgents, dispatches[0]!.id);
    expect(job.participantIdentity).toMatch(/^agent-AJ_/);
    const cancelled = await graphqlRequest(gateway.url, CancelAgentDispatch, {
      room: withAgents,
      id: dispatches[0]!.id,
    });
    expect(cancelled.errors).toBeUndefined();
  });

  it('rejects bad input with clear codes', async () => {
    const missingRoom = await graphqlRequest(gateway.url, DispatchAgent, {
      input: { room: 'no-such-room', agentName: 'helper' },
    });
    expect(missingRoom.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');

    const emptyName = await graphqlRequest(gateway.url, DispatchAgent, {
      input: { room, agentName: '' },
    });
    expect(emptyName.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');

    const emptyInCreate = await graphqlRequest(gateway.url, CreateRoom, {
      input: { name: `${room}-bad`, agents: [{ agentName: ' ' }] },
    });
    expect(emptyInCreate.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');

    const unknownDispatch = await graphqlRequest(gateway.url, CancelAgentDispatch, {
      room,
      id: 'AD_unknown',
    });
    expect(unknownDispatch.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');

    const absentRoom = await graphqlRequest(gateway.url, AgentDispatches, { room: 'no-such-room' });
    expect(absentRoom.errors).toBeUndefined();
    expect(absentRoom.data?.agentDispatches).toEqual([]);
  });

  describe('agent policy for room readers', () => {
    let reader: string;
    let outsider: string;

    beforeAll(async () => {
      reader = await callerToken(livekit, { roomJoin: true, room }, 'reader');
      outsider = await callerToken(livekit, { roomJoin: true, room: 'elsewhere' }, 'outsider');
    });

    it('lets a reader dispatch, call and cancel an allowed agent', async () => {
      const dispatched = await graphqlRequest(
        gateway.url,
        DispatchAgent,
        { input: { room, agentName: 'helper', metadata: 'by-reader' } },
        reader,
      );
      expect(dispatched.errors).toBeUndefined();
      const id = dispatched.data!.dispatchAgent.id;

      const listed = await graphqlRequest(gateway.url, AgentDispatches, { room }, reader);
      expect(listed.errors).toBeUndefined();
      expect(listed.data?.agentDispatches.map((dispatch) => dispatch.agentName)).toEqual([
        'helper',
      ]);

      const job = await runningJob(room, id);
      const answered = await graphqlRequest(
        gateway.url,
        PerformRpc,
        { input: { room, destinationIdentity: job.participantIdentity!, method: 'whoami' } },
        reader,
      );
      expect(answered.errors).toBeUndefined();
      expect(JSON.parse(answered.data!.performRpc.payload).metadata).toBe('by-reader');

      const cancelled = await graphqlRequest(
        gateway.url,
        CancelAgentDispatch,
        { room, id },
        reader,
      );
      expect(cancelled.errors).toBeUndefined();
    });

    it('refuses a reader other agents, other participants and the default list', async () => {
      const other = await graphqlRequest(
        gateway.url,
        DispatchAgent,
        { input: { room, agentName: 'ghost' } },
        reader,
      );
      expect(other.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

      const toPerson = await graphqlRequest(
        gateway.url,
        PerformRpc,
        { input: { room, destinationIdentity: 'person', method: 'anything' } },
        reader,
      );
      expect(toPerson.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

      const ghost = await graphqlRequest(gateway.url, DispatchAgent, {
        input: { room, agentName: 'ghost' },
      });
      const cancelGhost = await graphqlRequest(
        gateway.url,
        CancelAgentDispatch,
        { room, id: ghost.data!.dispatchAgent.id },
        reader,
      );
      expect(cancelGhost.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

      const withDefault = await graphqlRequest(
        gateway.url,
        AgentDispatches,
        { room, includeDefault: true },
        reader,
      );
      const names = withDefault.data?.agentDispatches.map((dispatch) => dispatch.agentName);
      expect(names).not.toContain('');
      expect(names).not.toContain('ghost');
    });

    it('refuses every agent field to a caller without access to the room', async () => {
      const cases: [string, Promise<{ errors?: readonly { extensions?: unknown }[] }>][] = [
        [
          'dispatchAgent',
          graphqlRequest(
            gateway.url,
            DispatchAgent,
            { input: { room, agentName: 'helper' } },
            outsider,
          ),
        ],
        ['agentDispatches', graphqlRequest(gateway.url, AgentDispatches, { room }, outsider)],
        [
          'cancelAgentDispatch',
          graphqlRequest(gateway.url, CancelAgentDispatch, { room, id: 'AD_x' }, outsider),
        ],
        [
          'performRpc',
          graphqlRequest(
            gateway.url,
            PerformRpc,
            { input: { room, destinationIdentity: 'person', method: 'ping' } },
            outsider,
          ),
        ],
        [
          'createRoom with agents',
          graphqlRequest(
            gateway.url,
            CreateRoom,
            { input: { name: `${room}-x`, agents: [{ agentName: 'helper' }] } },
            reader,
          ),
        ],
      ];
      for (const [field, request] of cases) {
        const result = await request;
        expect({
          field,
          code: (result.errors?.[0]?.extensions as { code?: string })?.code,
        }).toEqual({ field, code: 'FORBIDDEN' });
      }
    });
  });
});
