import { readFileSync } from 'node:fs';
import { GraphQLObjectType, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../src/schema/index.js';

describe('schema.graphql', () => {
  it('matches the schema printed from the builder', () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    // Run `npm run codegen` to reprint the file and regenerate the typed documents.
    expect(committed).toBe(`${printSchema(buildSchema())}\n`);
  });

  it('never exposes the TURN password LiveKit stores with a room', () => {
    const room = buildSchema().getType('Room');
    expect(room).toBeInstanceOf(GraphQLObjectType);
    const fields = Object.keys((room as GraphQLObjectType).getFields());
    expect(fields).toContain('sid');
    expect(fields.filter((field) => /turn|password/i.test(field))).toEqual([]);
  });
});
