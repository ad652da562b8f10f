import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { livekitBinary, LIVEKIT_VERSION } from './livekit-server.js';

/** Fails the run up front, with install instructions, when a real server is missing. */
export default function setup(): void {
  const binary = livekitBinary();
  if (!existsSync(binary)) {
    throw new Error(
      `livekit-server ${LIVEKIT_VERSION} is missing at ${binary}. ` +
        'Run `bash scripts/install-livekit.sh` (needs Go 1.26) or `bash scripts/setup.sh`.',
    );
  }
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'redis-server is missing. Install it with `apt-get install -y redis-server` ' +
        'or run `bash scripts/setup.sh`.',
    );
  }
}
