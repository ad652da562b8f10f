import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

export interface CommonOptions {
  /** Number of interleaved rounds. */
  rounds: number;
  /** Print one JSON document instead of tables. */
  json: boolean;
}

/**
 * Parses `--rounds N`, `--json` and the benchmark's own options from `process.argv`; `--help`
 * prints `usage` and exits.
 */
export function parseOptions<S extends OptionSpecs>(
  usage: string,
  specs: S,
  defaultRounds: number,
): CommonOptions & { values: Record<keyof S, string | boolean | undefined> } {
  const parsed = parseArgs({
    options: {
      ...specs,
      rounds: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return {
    rounds: positiveInteger(values, 'rounds', defaultRounds),
    json: values.json === true,
    values: values as Record<keyof S, string | boolean | undefined>,
  };
}

/** Reads option `name` as a positive integer, or returns `fallback` when it is absent. */
export function positiveInteger(
  values: Record<string, string | boolean | undefined>,
  name: string,
  fallback: number,
): number {
  const raw = values[name];
  if (raw === undefined) {
    return fallback;
  }
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed <= 0) {
    throw new Error(`--${name} must be a positive integer, got "${String(raw)}"`);
  }
  return parsed;
}

/** Reads option `name` as an integer of 0 or more, or returns `fallback` when it is absent. */
export function nonNegativeInteger(
  values: Record<string, string | boolean | undefined>,
  name: string,
  fallback: number,
): number {
  const raw = values[name];
  if (raw === undefined) {
    return fallback;
  }
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`--${name} must be an integer of 0 or more, got "${String(raw)}"`);
  }
  return parsed;
}

/** Reads option `name` as a comma-separated list of positive integers. */
export function integerList(
  values: Record<string, string | boolean | undefined>,
  name: string,
  fallback: number[],
): number[] {
  const raw = values[name];
  if (raw === undefined) {
    return fallback;
  }
  return String(raw)
    .split(',')
    .map((item) => positiveInteger({ [name]: item.trim() }, name, 0));
}
