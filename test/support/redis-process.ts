import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freeTcpPort } from './ports.js';

export interface RedisStopOptions {
  /** Writes the data set to disk first (`SHUTDOWN SAVE`), so the next `start()` loads it. */
  keepData?: boolean;
}

export interface RedisProcess {
  url: string;
  port: number;
  /** The running server; replaced by `start()`. */
  process: ChildProcess;
  /** Stops the server. Without `keepData`, its data and its temporary folder are gone for good. */
  stop(options?: RedisStopOptions): Promise<void>;
  /** Starts the server again on the same port, after `stop()`. */
  start(): Promise<void>;
}

/**
 * Starts a throwaway `redis-server` on a free loopback port. It writes nothing to disk unless
 * stopped with `keepData`, which saves a snapshot in a temporary folder for the restart. The
 * folder is removed when the server stops without `keepData`, fails to start, or outlives the
 * test process.
 */
export async function startRedis(): Promise<RedisProcess> {
  const port = await freeTcpPort();
  const url = `redis://127.0.0.1:${port}`;
  let dir: string | undefined;
  const removeDir = () => {
    if (dir !== undefined) {
      rmSync(dir, { recursive: true, force: true });
      dir = undefined;
      process.off('exit', removeDir);
    }
  };
  /** Starts a server in the kept folder, or in a new one after a stop without `keepData`. */
  const spawnInDir = async () => {
    if (dir === undefined) {
      dir = mkdtempSync(join(tmpdir(), 'gateway-redis-'));
      process.once('exit', removeDir);
    }
    try {
      return await spawnRedis(port, dir, url);
    } catch (error) {
      removeDir();
      throw error;
    }
  };
  const handle: RedisProcess = {
    url,
    port,
    process: await spawnInDir(),
    stop: async (options = {}) => {
      const child = handle.process;
      if (child.exitCode !== null || child.signalCode !== null) {
        if (!options.keepData) {
          removeDir();
        }
        return;
      }
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (options.keepData) {
        const client = new Redis(url, { maxRetriesPerRequest: 0, retryStrategy: () => null });
        client.on('error', () => undefined);
        // The server closes the connection as it exits, so the reply never arrives.
        await client.call('SHUTDOWN', 'SAVE').catch(() => undefined);
        client.disconnect();
        await exited;
        return;
      }
      child.kill('SIGTERM');
      await exited;
      removeDir();
    },
    start: async () => {
      handle.process = await spawnInDir();
    },
  };
  return handle;
}

async function spawnRedis(port: number, dir: string, url: string): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  await new Promise<void>((resolve, reject) => {
    child.once('error', (error) =>
      reject(new Error(`redis-server failed to start (apt-get install -y redis-server): ${error}`)),
    );
    child.once('spawn', resolve);
  });
  // A test process that exits without calling stop() must not leave the server running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));

  const deadline = Date.now() + 10_000;
  for (;;) {
    const probe = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      await probe.ping();
      probe.disconnect();
      return child;
    } catch (error) {
      probe.disconnect();
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill('SIGKILL');
        throw new Error(`redis-server on port ${port} did not answer PING: ${error}\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
