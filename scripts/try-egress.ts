// Records one audio track to OGG through the gateway with a real egress worker, then checks the
// file with ffprobe. Run by scripts/try-egress-build.sh, which builds the worker first.
// Environment: EGRESS_BIN (the built worker, named `egress`), EGRESS_WORK (working folder).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { startLiveKitServer } from '../test/support/livekit-server.js';
import { startRedis } from '../test/support/redis-process.js';
import { graphqlRequest, startTestGateway, testEnv } from '../test/support/gateway.js';
import { eventually, joinRoom, joinToken } from '../test/support/participant.js';

const START = `mutation ($input: StartTrackEgressInput!) {
  startTrackEgress(input: $input) { egressId status }
}`;
const STOP = `mutation ($egressId: ID!) { stopEgress(egressId: $egressId) { egressId status } }`;
const LIST = `query ($room: String) {
  egresses(room: $room) {
    egressId status error fileResults { filename location size durationMs }
  }
}`;

interface EgressRow {
  egressId: string;
  status: string;
  error: string | null;
  fileResults: { filename: string; location: string; size: string; durationMs: number }[];
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is required`);
  }
  return value;
}

const binary = required('EGRESS_BIN');
const work = required('EGRESS_WORK');
if (basename(binary) !== 'egress') {
  // The worker starts each recording by running `egress run-handler` from PATH.
  throw new Error(`EGRESS_BIN must be named "egress", got ${binary}`);
}
const recordings = join(work, 'recordings');
mkdirSync(recordings, { recursive: true });

const redis = await startRedis();
const redisAddress = `127.0.0.1:${redis.port}`;
const livekit = await startLiveKitServer({ redisAddress });
const gateway = await startTestGateway(testEnv(livekit, { LIVEKIT_TIMEOUT_MS: '10000' }));
const room = `egress-try-${Date.now()}`;
const alice = await joinRoom(livekit.wsUrl, await joinToken(livekit, room, 'alice'), 'alice', {
  publishAudio: true,
});

const config = [
  `api_key: ${livekit.apiKey}`,
  `api_secret: ${livekit.apiSecret}`,
  `ws_url: ${livekit.wsUrl}`,
  'insecure: true',
  'redis:',
  `  address: ${redisAddress}`,
  'logging:',
  '  level: info',
  'cpu_cost:',
  // The worker rejects requests when the CPU is busy; these let it accept one audio track anyway.
  '  max_cpu_utilization: 1.0',
  '  track_cpu_cost: 0.01',
].join('\n');
const worker = spawn(binary, [], {
  env: {
    ...process.env,
    EGRESS_CONFIG_BODY: config,
    PATH: `${dirname(binary)}:${process.env['PATH']}`,
  },
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
});

let exitCode = 1;
try {
  const filepath = join(recordings, 'alice-microphone.ogg');
  const started = await eventually(
    async () => {
      const result = await graphqlRequest<{ startTrackEgress: EgressRow }, unknown>(
        gateway.url,
        START,
        { input: { room, trackSid: alice.publication!.sid, filepath } },
      );
      if (result.errors) {
        console.log(
          'startTrackEgress:',
          result.errors[0]?.extensions?.['code'],
          result.errors[0]?.message,
        );
        return undefined;
      }
      return result.data!.startTrackEgress;
    },
    90_000,
    'the egress worker to accept a track egress',
  );
  console.log('started', started);

  const list = async () =>
    (
      await graphqlRequest<{ egresses: EgressRow[] }, unknown>(gateway.url, LIST, { room })
    ).data?.egresses.find((egress) => egress.egressId === started.egressId);
  await eventually(
    async () => ((await list())?.status === 'ACTIVE' ? true : undefined),
    30_000,
    'ACTIVE',
  );
  // Record a few seconds of the participant's audio.
  await new Promise((resolve) => setTimeout(resolve, 4000));
  console.log(
    'stop',
    (await graphqlRequest(gateway.url, STOP, { egressId: started.egressId })).data,
  );
  const ended = await eventually(
    async () => {
      const egress = await list();
      return egress && ['COMPLETE', 'FAILED', 'ABORTED'].includes(egress.status)
        ? egress
        : undefined;
    },
    60_000,
    'the egress to end',
  );
  console.log('ended', JSON.stringify(ended));
  const file = ended.fileResults[0]?.location || ended.fileResults[0]?.filename || filepath;
  if (ended.status !== 'COMPLETE' || !existsSync(file) || statSync(file).size === 0) {
    throw new Error(`no recording at ${file}: ${ended.status} ${ended.error ?? ''}`);
  }
  const probe = execFileSync('ffprobe', ['-v', 'error', '-show_format', '-show_streams', file], {
    encoding: 'utf8',
  });
  console.log(probe);
  if (!/codec_name=opus/.test(probe) || !/format_name=ogg/.test(probe)) {
    throw new Error('ffprobe does not report an Opus stream in an OGG file');
  }
  console.log(`OK: ${file} is an OGG file with an Opus stream`);
  exitCode = 0;
} finally {
  if (worker.pid !== undefined) {
    try {
      process.kill(-worker.pid, 'SIGTERM');
    } catch {
      // Already exited.
    }
  }
  await alice.disconnect();
  await gateway.close();
  await livekit.stop();
  await redis.stop();
}
process.exit(exitCode);
