import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './enums.js';
import './track.js';
import './participant.js';
import './room.js';
import './moderation.js';
import './token.js';
import './viewer.js';
import './ban.js';
import './agent.js';
import './rpc.js';
import './egress.js';
import './ingress.js';
import './event.js';
import './room-state.js';

/** Builds the executable schema from every type registered on the builder. */
export function buildSchema(): GraphQLSchema {
  return lexicographicSortSchema(builder.toSchema());
}
