import { builder } from './builder.js';

/**
 * Builds a GraphQL enum from a protobuf enum of `@livekit/protocol` whose value names carry a
 * prefix (`JS_PENDING`, `EGRESS_ACTIVE`), exposing them without it (`PENDING`, `ACTIVE`).
 * Resolvers return the numeric protobuf value unchanged.
 */
export function prefixedProtoEnum(
  name: string,
  values: Record<string, string | number>,
  prefix: string,
  description: string,
) {
  const entries = Object.entries(values).filter(
    (entry): entry is [string, number] => typeof entry[1] === 'number',
  );
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      entries.map(([key, value]) => [
        key.startsWith(prefix) ? key.slice(prefix.length) : key,
        { value },
      ]),
    ),
  });
}
