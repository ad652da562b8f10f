import type { Caller } from './caller.js';
import { canAdminRoom, canReadRoom } from './access.js';

/**
 * Checks whether the caller may dispatch, list, cancel and call by RPC the agent `agentName` in
 * room X. Admins of the room and service keys may do so for every agent. Other callers who may read the room may do
 * so only for the agents named in `allowedForReaders` (config `AGENTS_ALLOWED_FOR_READERS`).
 * The default dispatch, whose agent name is empty, is never open to readers.
 */
export function canManageAgent(
  caller: Caller,
  room: string,
  agentName: string,
  allowedForReaders: readonly string[],
): boolean {
  if (canAdminRoom(caller, room)) {
    return true;
  }
  return agentName !== '' && allowedForReaders.includes(agentName) && canReadRoom(caller, room);
}
