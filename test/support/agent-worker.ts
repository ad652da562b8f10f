import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LiveKitServer } from './livekit-server.js';

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/agent-worker/', import.meta.url));

export interface AgentWorker {
  agentName: string;
  /** Worker id LiveKit assigned at registration (`AW_…`). */
  workerId: string;
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the `@livekit/agents` worker of `test/fixtures/agent-worker` as a child process and
 * waits until LiveKit has registered it under `agentName`.
 */
export async function startAgentWorker(
  livekit: Pick<LiveKitServer, 'wsUrl' | 'apiKey' | 'apiSecret'>,
  agentName: string,
  timeoutMs = 30_000,
): Promise<AgentWorker> {
  if (!existsSync(`${FIXTURE_DIR}node_modules/@livekit/agents`)) {
    throw new Error(
      'The agent worker fixture is not installed. Run ' +
        '`npm ci --prefix test/fixtures/agent-worker` or `bash scripts/setup.sh`.',
    );
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AGENT_NAME: agentName,
    LIVEKIT_URL: livekit.wsUrl,
    LIVEKIT_API_KEY: livekit.apiKey,
    LIVEKIT_API_SECRET: livekit.apiSecret,
  };
  // The worker reads LIVEKIT_AGENT_NAME_OVERRIDE before its own option.
  delete env['LIVEKIT_AGENT_NAME_OVERRIDE'];
  const child = spawn(process.execPath, ['worker.mjs'], {
    cwd: FIXTURE_DIR,
    env,
    // Its own process group, so `stop` can also end the job processes it forked.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n'));
    lines.splice(0, Math.max(0, lines.length - 80));
  };
  child.stderr.on('data', collect);
  const output = () => lines.join('\n');

  const workerId = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`Agent worker did not register within ${timeoutMs} ms:\n${output()}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Agent worker exited with code ${code}:\n${output()}`));
    });
    child.stdout.on('data', (chunk: Buffer) => {
      collect(chunk);
      for (const line of chunk.toString().split('\n')) {
        if (line.startsWith('{"event":"registered"')) {
          clearTimeout(timer);
          resolve((JSON.parse(line) as { id: string }).id);
        }
      }
    });
  }).catch((error: unknown) => {
    killGroup(child, 'SIGKILL');
    throw error;
  });

  return {
    agentName,
    workerId,
    process: child,
    output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        return;
      }
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      // Job processes that outlived the worker.
      killGroup(child, 'SIGKILL');
    },
  };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) {
    return;
  }
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group has already exited.
  }
}
