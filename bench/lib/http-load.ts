import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const run = promisify(execFile);
const autocannonCli = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

export interface HttpLoadOptions {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  /** Seconds of load. */
  durationSeconds: number;
}

export interface HttpLoadResult {
  /** Mean requests per second over the run. */
  requestsPerSecond: number;
  /** Latency percentiles, in milliseconds. */
  p50: number;
  p99: number;
  /** Requests that failed: connection errors, timeouts and non-2xx responses. */
  failures: number;
  total: number;
}

/** Runs autocannon in its own process against `options.url` and returns its figures. */
export async function runHttpLoad(options: HttpLoadOptions): Promise<HttpLoadResult> {
  const args = [
    autocannonCli,
    '--json',
    '--no-progress',
    '-c',
    String(options.connections),
    '-d',
    String(options.durationSeconds),
    '-m',
    options.method ?? 'GET',
  ];
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    args.push('-H', `${name}=${value}`);
  }
  if (options.body !== undefined) {
    args.push('-b', options.body);
  }
  args.push(options.url);
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 2 ** 20 });
  const result = JSON.parse(stdout) as {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
  };
}
