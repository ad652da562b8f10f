import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { buildSchema } from '../src/schema/index.js';

/** Writes the SDL printed from the Pothos builder to `schema.graphql`. */
writeFileSync(new URL('../schema.graphql', import.meta.url), `${printSchema(buildSchema())}\n`);
