// The gateway as `main.ts` runs it, compiled into `build/`, configured from the environment the
// benchmark passes in.
import { importBuilt } from '../lib/built.js';
import { serveParent } from '../lib/child.js';

const { loadConfig } = await importBuilt<typeof import('../../src/config.js')>('config.js');
const { createGateway } = await importBuilt<typeof import('../../src/gateway.js')>('gateway.js');
const { listen } = await importBuilt<typeof import('../../src/server.js')>('server.js');

const gateway = createGateway(loadConfig({ ...process.env, HOST: '127.0.0.1' }));
const running = await listen(gateway, 0, '127.0.0.1');
serveParent({ url: running.url });
