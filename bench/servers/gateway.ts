// The gateway as `main.ts` runs it, configured from the environment the benchmark passes in.
import { loadConfig } from '../../src/config.js';
import { createGateway } from '../../src/gateway.js';
import { listen } from '../../src/server.js';
import { serveParent } from '../lib/child.js';

const gateway = createGateway(loadConfig({ ...process.env, HOST: '127.0.0.1' }));
const running = await listen(gateway, 0, '127.0.0.1');
serveParent({ url: running.url });
