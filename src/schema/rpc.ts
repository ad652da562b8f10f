import { ParticipantInfo_Kind } from '@livekit/protocol';
import { builder } from './builder.js';
import { canAdminRoom, canSeeParticipant } from '../auth/access.js';
import { canManageAgent } from '../auth/agent-policy.js';
import type { GatewayContext } from '../context.js';
import { badUserInput, forbidden, notFound } from '../errors.js';

/** LiveKit's default response timeout for PerformRpc, in milliseconds. */
const DEFAULT_RESPONSE_TIMEOUT_MS = 10_000;
/** Maximum response timeout the gateway accepts, in milliseconds; the request stays open that long. */
const MAX_RESPONSE_TIMEOUT_MS = 60_000;

const PerformRpcInput = builder.inputType('PerformRpcInput', {
  fields: (t) => ({
    room: t.string({ required: true }),
    destinationIdentity: t.string({ required: true }),
    method: t.string({ required: true, description: 'Method the participant registered.' }),
    payload: t.string({
      defaultValue: '',
      description: 'Text handed to the method; at most 15 KiB, as LiveKit limits it.',
    }),
    responseTimeoutMs: t.int({
      defaultValue: DEFAULT_RESPONSE_TIMEOUT_MS,
      description: `Milliseconds the participant has to respond, from 1 to ${MAX_RESPONSE_TIMEOUT_MS}.`,
    }),
  }),
});

interface RpcResult {
  room: string;
  destinationIdentity: string;
  method: string;
  payload: string;
}

const PerformRpcPayload = builder.objectRef<RpcResult>('PerformRpcPayload').implement({
  fields: (t) => ({
    room: t.exposeString('room'),
    destinationIdentity: t.exposeString('destinationIdentity'),
    method: t.exposeString('method'),
    payload: t.exposeString('payload', { description: "The participant's response." }),
  }),
});

/**
 * Lets a caller who is not an admin of the room call only agents that policy opens to readers:
 * the destination must be an agent participant started by a dispatch of such an agent.
 */
async function requireAgentAllowedForReader(
  context: GatewayContext,
  room: string,
  identity: string,
): Promise<void> {
  const dispatches = await context.livekit.listAgentDispatches(room);
  const dispatch = dispatches.find((candidate) =>
    candidate.state?.jobs.some((job) => job.state?.participantIdentity === identity),
  );
  const allowed = context.config.agentsAllowedForReaders;
  if (!dispatch || !canManageAgent(context.caller, room, dispatch.agentName, allowed)) {
    throw forbidden(`Not allowed to call participant "${identity}" in room "${room}" by RPC`);
  }
}

builder.mutationField('performRpc', (t) =>
  t.field({
    type: PerformRpcPayload,
    description:
      'Calls an RPC method that a participant registered and returns its answer. Admins of the ' +
      'room may call any participant; readers only agents that policy opens to them. Each RPC ' +
      'failure has its own `extensions.code` (`RPC_*`) with `rpcCode` and `rpcMessage`.',
    args: { input: t.arg({ type: PerformRpcInput, required: true }) },
    authScopes: (_parent, args) => ({ readRoom: args.input.room }),
    resolve: async (_parent, { input }, context) => {
      const responseTimeoutMs = input.responseTimeoutMs ?? DEFAULT_RESPONSE_TIMEOUT_MS;
      if (responseTimeoutMs < 1 || responseTimeoutMs > MAX_RESPONSE_TIMEOUT_MS) {
        throw badUserInput(
          `responseTimeoutMs must be between 1 and ${MAX_RESPONSE_TIMEOUT_MS}`,
          'responseTimeoutMs',
        );
      }
      if (input.method === '') {
        throw badUserInput('RPC method must not be empty', 'method');
      }
      // LiveKit waits about 3 s before it fails a call to an absent participant.
      const participant = await context.loaders.participant.load([
        input.room,
        input.destinationIdentity,
      ]);
      if (!participant || !canSeeParticipant(context.caller, input.room, participant)) {
        throw notFound(`Participant "${input.destinationIdentity}" is not in room "${input.room}"`);
      }
      if (!canAdminRoom(context.caller, input.room)) {
        if (participant.kind !== ParticipantInfo_Kind.AGENT) {
          throw forbidden('Only admins of the room may call participants that are not agents');
        }
        await requireAgentAllowedForReader(context, input.room, input.destinationIdentity);
      }
      const payload = await context.livekit.performRpc({
        room: input.room,
        destinationIdentity: input.destinationIdentity,
        method: input.method,
        payload: input.payload ?? '',
        responseTimeoutMs,
      });
      return {
        room: input.room,
        destinationIdentity: input.destinationIdentity,
        method: input.method,
        payload,
      };
    },
  }),
);
