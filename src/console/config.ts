import { z } from 'zod';
import { optionalBooleanVar } from '../config-values.js';

/** Settings of the console page served at `/console`. */
export interface ConsoleConfig {
  /** Whether `/console` is served. Default: on, unless `NODE_ENV` is `production`. */
  enabled: boolean;
  /**
   * Whether the page offers to mint a LiveKit token with a pasted service key.
   * Default: on, unless `NODE_ENV` is `production`.
   */
  devTools: boolean;
}

/** Environment variables read by `consoleConfig`; `config.ts` merges them into its schema. */
export const consoleEnvShape = {
  CONSOLE: optionalBooleanVar(),
  CONSOLE_DEV_TOOLS: optionalBooleanVar(),
};

type ConsoleEnv = z.infer<z.ZodObject<typeof consoleEnvShape>> & { NODE_ENV?: string | undefined };

/** Builds `ConsoleConfig`; each flag defaults to on outside production. */
export function consoleConfig(values: ConsoleEnv): ConsoleConfig {
  const development = values.NODE_ENV !== 'production';
  const read = (value: boolean | undefined) => value ?? development;
  return { enabled: read(values.CONSOLE), devTools: read(values.CONSOLE_DEV_TOOLS) };
}
