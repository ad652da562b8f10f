import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, API_SECRET } from './support/livekit-server.js';
import { freeTcpPort, freeUdpPort } from './support/ports.js';

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script under `node --import tsx`, one process, with `input` on standard input. */
function runScript(args: string[], env: Record<string, string>, input = ''): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('scripts/send-webhook.ts', () => {
  const keys = { LIVEKIT_API_KEY: API_KEY, LIVEKIT_API_SECRET: API_SECRET };

  /** Checks that a failed run printed exactly one line, without a stack trace, and exited 1. */
  function expectOneLineFailure(result: Finished): string {
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    return lines[0]!;
  }

  it('reports a missing file in one line', async () => {
    const url = `http://127.0.0.1:${await freeTcpPort()}`;
    const result = await runScript(['scripts/send-webhook.ts', 'no-such-event.json', url], keys);
    const line = expectOneLineFailure(result);
    expect(line).toContain('"no-such-event.json"');
    expect(line).toContain('no such file');
    expect(line).toContain('examples/webhooks/room_started.json');
  });

  it('reports non-JSON input in one line', async () => {
    const url = `http://127.0.0.1:${await freeTcpPort()}`;
    const result = await runScript(
      ['scripts/send-webhook.ts', '-', url],
      keys,
      'not json\nat all\n',
    );
    const line = expectOneLineFailure(result);
    expect(line).toContain('standard input is not valid JSON');
    expect(line).toContain('{"event":"room_started"');
  });

  it('reports JSON that is not an object in one line', async () => {
    const url = `http://127.0.0.1:${await freeTcpPort()}`;
    const result = await runScript(['scripts/send-webhook.ts', '-', url], keys, '[1, 2]');
    expect(expectOneLineFailure(result)).toContain('standard input is not a JSON object');
  });

  it('reports an unreachable gateway in one line', async () => {
    const url = `http://127.0.0.1:${await freeTcpPort()}`;
    const result = await runScript(
      ['scripts/send-webhook.ts', 'examples/webhooks/room_started.json', url],
      keys,
    );
    const line = expectOneLineFailure(result);
    expect(line).toContain(`${url}/webhooks/livekit: ECONNREFUSED`);
    expect(line).toContain('npm run dev');
  });
});

describe('scripts/dev.ts', () => {
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'gateway-dev-script-'));
  });

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  /** livekit-server configuration folders in the dev process's TMPDIR; tsx keeps a cache there too. */
  function livekitFolders(): string[] {
    return readdirSync(scratch).filter((name) => name.startsWith('livekit-test-'));
  }

  it('rejects an invalid PORT before starting', async () => {
    const result = await runScript(['scripts/dev.ts'], { PORT: 'abc', TMPDIR: scratch });
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd()).toBe('PORT must be an integer from 1 to 65535, got "abc"');
    expect(livekitFolders()).toEqual([]);
  });

  it('stops and exits 1 when livekit-server dies', async () => {
    const gatewayPort = await freeTcpPort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts'], {
      env: {
        ...process.env,
        PORT: String(gatewayPort),
        LIVEKIT_PORT: String(await freeTcpPort()),
        LIVEKIT_UDP_PORT: String(await freeUdpPort()),
        // The livekit-server configuration folder goes here, to check that it is removed.
        TMPDIR: scratch,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

    try {
      const deadline = Date.now() + 60_000;
      while (!stdout.includes('Gateway:')) {
        if (child.exitCode !== null || Date.now() > deadline) {
          throw new Error(`scripts/dev.ts printed no banner:\n${stdout}${stderr}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const health = await fetch(`http://127.0.0.1:${gatewayPort}/healthz`);
      expect(health.status).toBe(200);

      // The dev script's only livekit-server is its child whose executable is livekit-server.
      const livekitPid = childPids(child.pid!).find((pid) =>
        readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]!.includes('livekit-server'),
      );
      expect(livekitPid).toBeDefined();
      expect(livekitFolders()).toHaveLength(1);
      process.kill(livekitPid!, 'SIGKILL');

      expect(await exited).toBe(1);
      const lines = stderr.split('\n').filter((line) => line.startsWith('livekit-server'));
      expect(lines).toEqual([
        'livekit-server was killed by SIGKILL while the dev gateway was running; ' +
          'stopping the gateway. Run npm run dev again to restart both.',
      ]);
      await expect(fetch(`http://127.0.0.1:${gatewayPort}/healthz`)).rejects.toThrow();
      expect(livekitFolders()).toEqual([]);
    } finally {
      child.kill('SIGKILL');
      process.off('exit', killOnExit);
    }
  }, 90_000);
});

/** Process ids whose parent is `pid`, read from `/proc` (Linux). */
function childPids(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // The parent pid is the second field after the command name, which is in parentheses.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent === pid) {
      children.push(Number(entry));
    }
  }
  return children;
}
