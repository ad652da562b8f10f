import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { GatewayContext } from '../context.js';
import { forbidden } from '../errors.js';
import {
  canAdminIngress,
  canAdminRoom,
  canCreateRooms,
  canListRooms,
  canReadRoom,
  canRecord,
  isService,
} from '../auth/access.js';
import { canManageAgent } from '../auth/agent-policy.js';

/** Authorization scopes; each field declares the ones it needs next to its resolver. */
export interface AuthScopes {
  authenticated: boolean;
  service: boolean;
  readRoom: string;
  adminRoom: string;
  listRooms: boolean;
  createRooms: boolean;
  record: boolean;
  ingressAdmin: boolean;
  /** Manages the named agent in the room: room admins, or readers for agents policy allows. */
  manageAgent: { room: string; agentName: string };
}

export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
  };
}>({
  plugins: [ScopeAuthPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, _context, info) =>
      forbidden(`Not allowed to access ${info.parentType.name}.${info.fieldName}`),
    authScopes: (context) => ({
      authenticated: context.caller !== null,
      service: isService(context.caller),
      readRoom: (room) => canReadRoom(context.caller, room),
      adminRoom: (room) => canAdminRoom(context.caller, room),
      listRooms: canListRooms(context.caller),
      createRooms: canCreateRooms(context.caller),
      record: canRecord(context.caller),
      ingressAdmin: canAdminIngress(context.caller),
      manageAgent: ({ room, agentName }) =>
        canManageAgent(context.caller, room, agentName, context.config.agentsAllowedForReaders),
    }),
  },
});

builder.queryType({});
builder.mutationType({});
