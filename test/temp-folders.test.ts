import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLiveKitServer } from './support/livekit-server.js';
import { eventually } from './support/participant.js';
import { freeTcpPort } from './support/ports.js';
import { startRedis } from './support/redis-process.js';

// The support files create their folders with os.tmpdir(), which reads TMPDIR on every call, so
// pointing TMPDIR at a folder of this test shows exactly what they leave behind.
describe('temporary folders of test servers', () => {
  const originalTmpdir = process.env['TMPDIR'];
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'gateway-temp-folders-'));
    // A folder with the same prefix that the support code did not create must survive.
    mkdirSync(join(root, 'livekit-test-unrelated'));
    process.env['TMPDIR'] = root;
  });

  afterAll(() => {
    if (originalTmpdir === undefined) {
      delete process.env['TMPDIR'];
    } else {
      process.env['TMPDIR'] = originalTmpdir;
    }
    rmSync(root, { recursive: true, force: true });
  });

  /** Folders under `root` other than the unrelated one. */
  function leftovers(): string[] {
    return readdirSync(root).filter((name) => name !== 'livekit-test-unrelated');
  }

  it('livekit-server folder is removed on stop', async () => {
    const livekit = await startLiveKitServer();
    expect(livekit.configDir.startsWith(join(root, 'livekit-test-'))).toBe(true);
    expect(readdirSync(livekit.configDir)).toEqual(['livekit.yaml']);
    await livekit.stop();
    expect(leftovers()).toEqual([]);
    expect(readdirSync(root)).toContain('livekit-test-unrelated');
  });

  it('livekit-server folder is removed when the server dies', async () => {
    const livekit = await startLiveKitServer();
    livekit.process.kill('SIGKILL');
    await eventually(async () => (leftovers().length === 0 ? true : undefined), 10_000, 'removal');
    // stop() after the server died resolves without touching anything else.
    await livekit.stop();
    expect(readdirSync(root)).toContain('livekit-test-unrelated');
  });

  it('livekit-server folder is removed when the server fails to start', async () => {
    // livekit-server v1.13.5 exits at start when its Redis refuses the connection.
    const redisAddress = `127.0.0.1:${await freeTcpPort()}`;
    await expect(startLiveKitServer({ redisAddress })).rejects.toThrow(/livekit-server exited/);
    expect(leftovers()).toEqual([]);
    expect(readdirSync(root)).toContain('livekit-test-unrelated');
  });

  it('redis folder survives only keepData stops', async () => {
    const redis = await startRedis();
    expect(leftovers()).toHaveLength(1);
    await redis.stop({ keepData: true });
    const [kept] = leftovers();
    expect(kept).toMatch(/^gateway-redis-/);
    expect(readdirSync(join(root, kept!))).toContain('dump.rdb');

    await redis.start();
    await redis.stop();
    expect(leftovers()).toEqual([]);

    // A stop without keepData gives the next start a fresh folder, removed again on stop.
    await redis.start();
    expect(leftovers()).toHaveLength(1);
    await redis.stop();
    expect(leftovers()).toEqual([]);
    expect(readdirSync(root)).toContain('livekit-test-unrelated');
  });
});
