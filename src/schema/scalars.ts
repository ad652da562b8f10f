import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.js';

export const DateTimeScalar = builder.scalarType('DateTime', {
  description: 'A point in time as an ISO 8601 string in UTC, e.g. "2026-12-04T15:30:00.000Z".',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING) {
      throw new GraphQLError('DateTime must be an ISO 8601 string');
    }
    return parseDateTime(node.value);
  },
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw new GraphQLError(`Invalid DateTime: ${JSON.stringify(value)}`);
  }
  return date;
}

/** Converts LiveKit's int64 seconds or milliseconds into a Date; `null` when unset (zero). */
export function dateFromSeconds(seconds: bigint | number | undefined): Date | null {
  if (seconds === undefined || seconds === 0 || seconds === 0n) {
    return null;
  }
  return new Date(Number(seconds) * 1000);
}

export function dateFromMilliseconds(ms: bigint | number | undefined): Date | null {
  if (ms === undefined || ms === 0 || ms === 0n) {
    return null;
  }
  return new Date(Number(ms));
}

/** Converts LiveKit's int64 nanoseconds (egress and agent job times) into a Date; `null` for 0. */
export function dateFromNanoseconds(ns: bigint | undefined): Date | null {
  if (ns === undefined || ns === 0n) {
    return null;
  }
  return new Date(Number(ns / 1_000_000n));
}

export const AttributeRef = builder
  .objectRef<{ key: string; value: string }>('Attribute')
  .implement({
    description: 'One key/value pair of participant attributes.',
    fields: (t) => ({
      key: t.exposeString('key'),
      value: t.exposeString('value'),
    }),
  });

export function attributeList(
  attributes: Record<string, string>,
): { key: string; value: string }[] {
  return Object.entries(attributes)
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([key, value]) => ({ key, value }));
}
