import { AgentDispatchClient, type AgentDispatch } from 'livekit-server-sdk';
import type { CallLiveKit, LiveKitClientOptions } from './client.js';

/** AgentDispatchService calls: explicit dispatch of named agent workers into rooms. */
export interface AgentCalls {
  /** Dispatches `agentName` into `room`; LiveKit creates the room when it does not exist. */
  createAgentDispatch(room: string, agentName: string, metadata: string): Promise<AgentDispatch>;
  /** Every dispatch of a room, including the default one with an empty agent name. */
  listAgentDispatches(room: string): Promise<AgentDispatch[]>;
  /** Deletes a dispatch; its running jobs end and their agents leave the room. */
  deleteAgentDispatch(room: string, dispatchId: string): Promise<void>;
}

export function createAgentCalls(options: LiveKitClientOptions, call: CallLiveKit): AgentCalls {
  const agents = new AgentDispatchClient(options.apiUrl, options.apiKey, options.apiSecret, {
    requestTimeout: options.timeoutMs / 1000,
  });

  return {
    createAgentDispatch: (room, agentName, metadata) =>
      call('CreateDispatch', () => agents.createDispatch(room, agentName, { metadata })),
    listAgentDispatches: (room) => call('ListDispatch', () => agents.listDispatch(room)),
    deleteAgentDispatch: (room, dispatchId) =>
      call('DeleteDispatch', () => agents.deleteDispatch(dispatchId, room)),
  };
}
