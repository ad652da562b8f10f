import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/**
 * Paths removed from every log line. Tokens, secrets and keys are never logged on purpose; this
 * list catches them if an object carrying one is logged by mistake.
 */
const REDACTED_PATHS = [
  'authorization',
  'token',
  'secret',
  'apiSecret',
  'serviceKeys',
  '*.authorization',
  '*.token',
  '*.secret',
  '*.apiSecret',
  '*.serviceKeys',
  'headers.authorization',
  'req.headers.authorization',
  'connectionParams',
];

/** Creates the JSON logger; tests pass a `destination` to read what was written. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'livekit-graphql-gateway' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
