import { ConfigError, loadConfig } from './config.js';
import { createGateway } from './gateway.js';
import { listen } from './server.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const gateway = createGateway(config);
  const running = await listen(gateway, config.port, config.host);
  gateway.log.info(
    { url: `${running.url}/graphql`, livekit: config.livekit.apiUrl },
    'Gateway listening',
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    gateway.log.info({ signal }, 'Shutting down');
    // SHUTDOWN_TIMEOUT_MS bounds the drain; work still open then is cut off with exit code 1.
    const timeoutMs = config.ops.shutdownTimeoutMs;
    const timer = setTimeout(() => {
      gateway.log.error({ timeoutMs }, 'Shutdown timed out; exiting');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    running.close().then(
      () => {
        gateway.log.info('Stopped');
        process.exit(0);
      },
      (error: unknown) => {
        gateway.log.error({ err: error }, 'Shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

await main();
