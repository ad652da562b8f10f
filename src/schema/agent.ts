import { JobStatus, RoomAgentDispatch, type AgentDispatch, type Job } from '@livekit/protocol';
import { builder } from './builder.js';
import { prefixedProtoEnum } from './prefixed-enum.js';
import { dateFromNanoseconds } from './scalars.js';
import { canAdminRoom } from '../auth/access.js';
import { canManageAgent } from '../auth/agent-policy.js';
import type { GatewayContext } from '../context.js';
import { badUserInput, forbidden, notFound } from '../errors.js';

export const AgentJobStatusEnum = prefixedProtoEnum(
  'AgentJobStatus',
  JobStatus,
  'JS_',
  'State of one agent job: waiting for a worker, running in the room, or ended.',
);

export const AgentJobRef = builder.objectRef<Job>('AgentJob').implement({
  description: 'One run of an agent in a room, started by a worker that accepted a dispatch.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Server-assigned job id (`AJ_…`).' }),
    status: t.field({
      type: AgentJobStatusEnum,
      resolve: (job) => job.state?.status ?? JobStatus.JS_PENDING,
    }),
    participantIdentity: t.string({
      nullable: true,
      description: 'Identity the agent joined the room with; `null` until it joins.',
      resolve: (job) => job.state?.participantIdentity || null,
    }),
    workerId: t.string({
      nullable: true,
      description: 'Worker running the job (`AW_…`).',
      resolve: (job) => job.state?.workerId || null,
    }),
    error: t.string({ nullable: true, resolve: (job) => job.state?.error || null }),
    startedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (job) => dateFromNanoseconds(job.state?.startedAt),
    }),
    endedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (job) => dateFromNanoseconds(job.state?.endedAt),
    }),
  }),
});

export const AgentDispatchRef = builder.objectRef<AgentDispatch>('AgentDispatch').implement({
  description: 'A request for a named agent to join a room, and the jobs workers started for it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Server-assigned dispatch id (`AD_…`).' }),
    room: t.exposeString('room'),
    agentName: t.exposeString('agentName', {
      description: 'Empty for the default dispatch LiveKit adds to every room made without agents.',
    }),
    metadata: t.exposeString('metadata', { description: 'Text handed to the agent with its job.' }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (dispatch) => dateFromNanoseconds(dispatch.state?.createdAt),
    }),
    jobs: t.field({ type: [AgentJobRef], resolve: (dispatch) => dispatch.state?.jobs ?? [] }),
    waitingForWorker: t.boolean({
      description:
        'True while no worker has taken the dispatch. LiveKit does not retry a dispatch made ' +
        'while no worker of that agent name was registered, so one that stays waiting must be ' +
        'cancelled and made again once a worker runs. A job can take a few seconds to appear ' +
        'after a worker accepts.',
      resolve: (dispatch) => (dispatch.state?.jobs.length ?? 0) === 0,
    }),
  }),
});

export const RoomAgentDispatchInput = builder.inputType('RoomAgentDispatchInput', {
  description: 'An agent to dispatch into a room as soon as it is created.',
  fields: (t) => ({
    agentName: t.string({ required: true }),
    metadata: t.string({ description: 'Text handed to the agent with its job.' }),
  }),
});

/** Converts `RoomAgentDispatchInput` values for CreateRoom, rejecting empty agent names. */
export function roomAgentDispatches(
  agents: readonly { agentName: string; metadata?: string | null }[] | null | undefined,
): RoomAgentDispatch[] | undefined {
  if (!agents) {
    return undefined;
  }
  return agents.map((agent) => {
    if (agent.agentName.trim() === '') {
      throw badUserInput('Agent name must not be empty', 'agents');
    }
    return new RoomAgentDispatch({ agentName: agent.agentName, metadata: agent.metadata ?? '' });
  });
}

const DispatchAgentInput = builder.inputType('DispatchAgentInput', {
  fields: (t) => ({
    room: t.string({ required: true }),
    agentName: t.string({ required: true, description: 'Name the agent worker registered with.' }),
    metadata: t.string({ description: 'Text handed to the agent with its job.' }),
  }),
});

/** Throws `NOT_FOUND` unless the room exists, because LiveKit would create it. */
async function requireRoom(context: GatewayContext, room: string): Promise<void> {
  if (!(await context.loaders.room.load(room))) {
    throw notFound(`Room "${room}" does not exist`);
  }
}

function allowedDispatches(
  context: GatewayContext,
  room: string,
  dispatches: AgentDispatch[],
  includeDefault: boolean,
): AgentDispatch[] {
  const allowed = context.config.agentsAllowedForReaders;
  return dispatches.filter((dispatch) => {
    if (dispatch.agentName === '') {
      return includeDefault && canAdminRoom(context.caller, room);
    }
    return canManageAgent(context.caller, room, dispatch.agentName, allowed);
  });
}

builder.queryField('agentDispatches', (t) =>
  t.field({
    type: [AgentDispatchRef],
    description:
      'Agent dispatches of a room. Readers of the room see only the agents policy opens to ' +
      'them. The default dispatch with an empty agent name is left out unless `includeDefault` ' +
      'is set by an admin of the room.',
    args: {
      room: t.arg.string({ required: true }),
      includeDefault: t.arg.boolean({ defaultValue: false }),
    },
    authScopes: (_parent, args) => ({ readRoom: args.room }),
    resolve: async (_parent, args, context) => {
      // LiveKit fails ListDispatch for an absent room only after about 3 s of retries.
      if (!(await context.loaders.room.load(args.room))) {
        return [];
      }
      const dispatches = await context.livekit.listAgentDispatches(args.room);
      return allowedDispatches(context, args.room, dispatches, args.includeDefault ?? false);
    },
  }),
);

builder.mutationFields((t) => ({
  dispatchAgent: t.field({
    type: AgentDispatchRef,
    description:
      'Asks the agent workers registered under `agentName` to send an agent into the room. ' +
      'Check `waitingForWorker` and `jobs` on the result or later through `agentDispatches`.',
    args: { input: t.arg({ type: DispatchAgentInput, required: true }) },
    authScopes: (_parent, args) => ({
      manageAgent: { room: args.input.room, agentName: args.input.agentName },
    }),
    resolve: async (_parent, { input }, context) => {
      if (input.agentName.trim() === '') {
        throw badUserInput('Agent name must not be empty', 'agentName');
      }
      await requireRoom(context, input.room);
      return context.livekit.createAgentDispatch(input.room, input.agentName, input.metadata ?? '');
    },
  }),
  cancelAgentDispatch: t.field({
    type: AgentDispatchRef,
    description: 'Deletes a dispatch: its jobs end and its agents leave. Returns its last state.',
    args: { room: t.arg.string({ required: true }), id: t.arg.id({ required: true }) },
    authScopes: (_parent, args) => ({ readRoom: args.room }),
    resolve: async (_parent, args, context) => {
      const id = String(args.id);
      await requireRoom(context, args.room);
      const dispatches = await context.livekit.listAgentDispatches(args.room);
      const dispatch = dispatches.find((found) => found.id === id);
      if (!dispatch) {
        throw notFound(`Room "${args.room}" has no agent dispatch "${id}"`);
      }
      const allowed = context.config.agentsAllowedForReaders;
      if (!canManageAgent(context.caller, args.room, dispatch.agentName, allowed)) {
        throw forbidden(`Not allowed to cancel agent "${dispatch.agentName}" in "${args.room}"`);
      }
      await context.livekit.deleteAgentDispatch(args.room, id);
      return dispatch;
    },
  }),
}));
