import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freeTcpPort, freeUdpPort } from './ports.js';

export const LIVEKIT_VERSION = process.env['LIVEKIT_SERVER_VERSION'] ?? 'v1.13.5';
export const API_KEY = 'devkey';
/** At least 32 characters, so livekit-server accepts it outside dev mode. */
export const API_SECRET = 'test-secret-0123456789abcdefghijklmnop';

/** Path of the livekit-server binary that `scripts/install-livekit.sh` builds. */
export function livekitBinary(): string {
  if (process.env['LIVEKIT_SERVER_BIN']) {
    return process.env['LIVEKIT_SERVER_BIN'];
  }
  const cacheDir =
    process.env['LIVEKIT_CACHE_DIR'] ??
    join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'livekit-graphql-gateway');
  return join(cacheDir, 'bin', `livekit-server-${LIVEKIT_VERSION}`);
}

export interface LiveKitServerOptions {
  /** HTTP and WebSocket port; a free one when left out. */
  port?: number;
  /** UDP port for media; a free one when left out. */
  udpPort?: number;
  /** Server log level; `warn` when left out. */
  logLevel?: string;
  /** Where the server sends webhooks; none when left out. */
  webhookUrls?: string[];
  /** `host:port` of a Redis the server should use (needed for ingress). */
  redisAddress?: string;
  /** Lets `mutePublishedTrack(muted: false)` work. */
  enableRemoteUnmute?: boolean;
  /** Seconds an empty room stays open after the last participant leaves. */
  departureTimeout?: number;
}

export interface LiveKitServer {
  /** `http://127.0.0.1:PORT`, the Twirp base URL. */
  httpUrl: string;
  /** `ws://127.0.0.1:PORT`, the URL clients join with. */
  wsUrl: string;
  port: number;
  apiKey: string;
  apiSecret: string;
  process: ChildProcess;
  /** Temporary folder with `livekit.yaml`, which contains the API secret. Removed on exit. */
  configDir: string;
  /** Last lines the server wrote, for failure messages. */
  output(): string;
  /** Freezes the process (SIGSTOP) so calls hang, once it is stopped; `resume` undoes it. */
  pause(): Promise<void>;
  resume(): void;
  stop(): Promise<void>;
}

/** Checks whether Linux reports process `pid` as stopped (state `T` in `/proc/PID/stat`). */
async function isStopped(pid: number | undefined): Promise<boolean> {
  if (pid === undefined) {
    return false;
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  // The state follows the command name, which is in parentheses and may contain spaces.
  return stat.slice(stat.lastIndexOf(')') + 2).startsWith('T');
}

function configYaml(port: number, udpPort: number, options: LiveKitServerOptions): string {
  const lines = [
    `port: ${port}`,
    'bind_addresses: ["127.0.0.1"]',
    'keys:',
    `  ${API_KEY}: ${API_SECRET}`,
    'rtc:',
    `  udp_port: ${udpPort}`,
    '  tcp_port: 0',
    '  use_external_ip: false',
    '  node_ip: 127.0.0.1',
    '  enable_loopback_candidate: true',
    '  stun_servers: []',
    '  ips:',
    '    includes: ["127.0.0.1/32"]',
    'room:',
    '  empty_timeout: 60',
    `  departure_timeout: ${options.departureTimeout ?? 2}`,
    `  enable_remote_unmute: ${options.enableRemoteUnmute ?? true}`,
    'logging:',
    `  level: ${options.logLevel ?? 'warn'}`,
  ];
  if (options.webhookUrls && options.webhookUrls.length > 0) {
    lines.push(
      'webhook:',
      `  api_key: ${API_KEY}`,
      `  urls: [${options.webhookUrls.map((url) => JSON.stringify(url)).join(', ')}]`,
    );
  }
  if (options.redisAddress) {
    lines.push('redis:', `  address: ${options.redisAddress}`);
  }
  return `${lines.join('\n')}\n`;
}

async function waitUntilReady(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`livekit-server exited with code ${child.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`livekit-server did not become ready within 20 s:\n${output()}`);
}

/** Starts a real livekit-server on loopback with free ports; fails when it is not installed. */
export async function startLiveKitServer(
  options: LiveKitServerOptions = {},
): Promise<LiveKitServer> {
  const binary = livekitBinary();
  if (!existsSync(binary)) {
    throw new Error(
      `livekit-server ${LIVEKIT_VERSION} is not installed at ${binary}. ` +
        'Install it with `bash scripts/install-livekit.sh` (needs Go 1.26), ' +
        'or set LIVEKIT_SERVER_BIN to an existing binary.',
    );
  }
  const port = options.port ?? (await freeTcpPort());
  const udpPort = options.udpPort ?? (await freeUdpPort());
  const dir = await mkdtemp(join(tmpdir(), 'livekit-test-'));
  const configPath = join(dir, 'livekit.yaml');
  try {
    await writeFile(configPath, configYaml(port, udpPort, options));
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  const env = { ...process.env };
  for (const name of ['REDIS_HOST', 'NODE_IP', 'UDP_PORT', 'LIVEKIT_KEYS', 'LIVEKIT_CONFIG']) {
    delete env[name];
  }
  const child = spawn(binary, ['--config', configPath], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // The folder goes once the server has exited, whether it was stopped, failed or was killed.
  const removed = new Promise<void>((resolve) => {
    const remove = () => {
      rmSync(dir, { recursive: true, force: true });
      resolve();
    };
    child.once('exit', remove);
    // A binary that cannot be started gets 'error' without a pid and never 'exit'.
    child.once('error', () => child.pid === undefined && remove());
  });
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n'));
    lines.splice(0, Math.max(0, lines.length - 60));
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const output = () => lines.join('\n');
  // A test process that exits without calling stop() must not leave the server or its
  // configuration behind. Only synchronous work runs in an 'exit' listener.
  const killOnExit = () => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));

  const httpUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(httpUrl, child, output);
  } catch (error) {
    child.kill('SIGKILL');
    await removed;
    throw error;
  }

  return {
    httpUrl,
    wsUrl: `ws://127.0.0.1:${port}`,
    port,
    apiKey: API_KEY,
    apiSecret: API_SECRET,
    process: child,
    configDir: dir,
    output,
    pause: async () => {
      child.kill('SIGSTOP');
      // A signal is delivered asynchronously: wait until the kernel reports the process stopped,
      // so no request sent after pause() is served.
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline && !(await isStopped(child.pid))) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    resume: () => child.kill('SIGCONT'),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        await removed;
        return;
      }
      child.kill('SIGCONT');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await removed;
      clearTimeout(timer);
    },
  };
}
