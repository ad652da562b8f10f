// The gateway as `main.ts` runs it, plus IPC requests the fan-out benchmarks need: how many
// subscribers a room has in this process and how many event executions were shared.
import { loadConfig } from '../../src/config.js';
import { createGateway } from '../../src/gateway.js';
import { listen } from '../../src/server.js';
import { serveParent } from '../lib/child.js';

const gateway = createGateway(loadConfig({ ...process.env, HOST: '127.0.0.1' }));
const running = await listen(gateway, 0, '127.0.0.1');
serveParent(
  { url: running.url },
  {
    subscribers: (room) => gateway.events.subscriberCount(String(room)),
    executions: () => gateway.events.shared.executions,
  },
);
