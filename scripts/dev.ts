// Runs a local LiveKit server, a demo participant publishing audio in room "demo", and the
// gateway with GraphiQL on http://127.0.0.1:4000/graphql. Stop everything with Ctrl+C. When
// livekit-server exits on its own, the gateway stops too and the script exits with code 1.
import { dispose } from '@livekit/rtc-node';
import { ConfigError, loadConfig, type GatewayConfig } from '../src/config.js';
import { integerVar } from '../src/config-values.js';
import { createGateway } from '../src/gateway.js';
import { listen, type RunningServer } from '../src/server.js';
import { startLiveKitServer } from '../test/support/livekit-server.js';
import { joinRoom, joinToken, type TestParticipant } from '../test/support/participant.js';

const PORT_RANGE = { min: 1, max: 65535 };

/** Reads port variable `name`, or prints why it is invalid and exits 1 before anything starts. */
function portVariable(name: string, fallback: number): number {
  const parsed = integerVar(PORT_RANGE, fallback).safeParse(process.env[name]);
  if (!parsed.success) {
    process.stderr.write(`${name} ${parsed.error.issues[0]?.message ?? 'is invalid'}\n`);
    process.exit(1);
  }
  return parsed.data;
}

const gatewayPort = portVariable('PORT', 4000);
const livekitPort = portVariable('LIVEKIT_PORT', 7880);
const livekitUdpPort = portVariable('LIVEKIT_UDP_PORT', 7882);
const serviceKey = process.env['GATEWAY_SERVICE_KEYS'] ?? 'dev-service-key-change-me';

const livekit = await startLiveKitServer({
  port: livekitPort,
  udpPort: livekitUdpPort,
  webhookUrls: [`http://127.0.0.1:${gatewayPort}/webhooks/livekit`],
  departureTimeout: 20,
});

let stopping = false;
let running: RunningServer | undefined;
let speaker: TestParticipant | undefined;

/** Stops the demo participant, the gateway and livekit-server, then exits with `exitCode`. */
async function stop(exitCode: number): Promise<void> {
  if (stopping) {
    return;
  }
  stopping = true;
  await speaker?.disconnect();
  await dispose();
  await running?.close();
  await livekit.stop();
  process.exit(exitCode);
}

livekit.process.once('exit', (code, signal) => {
  if (stopping) {
    return;
  }
  const ending = code === null ? `was killed by ${signal}` : `exited with code ${code}`;
  process.stderr.write(
    `livekit-server ${ending} while the dev gateway was running; stopping the gateway. ` +
      'Run npm run dev again to restart both.\n',
  );
  void stop(1);
});

let config: GatewayConfig;
try {
  config = loadConfig({
    ...process.env,
    LIVEKIT_URL: livekit.wsUrl,
    LIVEKIT_API_KEY: livekit.apiKey,
    LIVEKIT_API_SECRET: livekit.apiSecret,
    GATEWAY_SERVICE_KEYS: serviceKey,
    PORT: String(gatewayPort),
    HOST: process.env['HOST'] ?? '127.0.0.1',
  });
} catch (error) {
  // Settings such as LOG_LEVEL are checked here, after livekit-server started, so it is stopped.
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  stopping = true;
  await livekit.stop();
  process.exit(1);
}
const gateway = createGateway(config);
running = await listen(gateway, config.port, config.host);

const demoToken = await joinToken(livekit, 'demo', 'demo-speaker');
speaker = await joinRoom(livekit.wsUrl, demoToken, 'demo-speaker', { publishAudio: true });

process.stdout.write(
  [
    '',
    `LiveKit server:  ${livekit.wsUrl}`,
    `LiveKit API key: ${livekit.apiKey} (secret ${livekit.apiSecret}, for scripts/send-webhook.ts)`,
    `Gateway:         ${running.url}/graphql (GraphiQL in a browser)`,
    `Console:         ${running.url}/console`,
    `Service key:     ${serviceKey}`,
    'Demo room:       "demo", with participant "demo-speaker" publishing audio',
    '',
    'Try:',
    `  curl -s ${running.url}/graphql -H 'authorization: Bearer ${serviceKey}' \\`,
    `    -H 'content-type: application/json' -d '{"query":"{ rooms { name numParticipants } }"}'`,
    '',
  ].join('\n'),
);

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
