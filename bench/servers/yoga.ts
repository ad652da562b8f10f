// Plain graphql-yoga serving the shape of the gateway's `rooms` query from a static resolver,
// with yoga's defaults (parse and validation caches on), served like the gateway serves HTTP.
// With YOGA_BODY_LIMIT=off, yoga's request body limit is off, as it is in the gateway, which
// limits bodies in its node request handler instead.
import { createSchema, createYoga } from 'graphql-yoga';
import { serveParent } from '../lib/child.js';
import { listenOnLoopback } from '../lib/listen.js';

const yoga = createYoga({
  schema: createSchema({
    typeDefs: /* GraphQL */ `
      type Room {
        name: String!
      }
      type Query {
        rooms(names: [String!]): [Room!]!
      }
    `,
    resolvers: { Query: { rooms: () => [] } },
  }),
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  logging: 'warn',
  ...(process.env['YOGA_BODY_LIMIT'] === 'off' ? { maxRequestBodySize: false } : {}),
});
const { url } = await listenOnLoopback((req, res) => void yoga.requestListener(req, res));
serveParent({ url });
