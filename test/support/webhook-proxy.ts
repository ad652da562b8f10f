import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A webhook LiveKit sent that the proxy rejected instead of forwarding. */
export interface RejectedWebhook {
  event: string;
  participantSid: string | undefined;
  trackSid: string | undefined;
}

/**
 * A forwarding proxy between livekit-server and gateways on loopback. In `reject` mode it returns
 * 410, which LiveKit does not retry, so the events are lost like dropped webhooks.
 */
export interface WebhookProxy {
  /** The URL to configure as livekit-server's webhook URL. */
  url: string;
  /** Gateway base URL that webhooks are forwarded to. */
  target: string;
  mode: 'forward' | 'reject';
  rejected: RejectedWebhook[];
  close(): Promise<void>;
}

/** Starts the proxy on a free loopback port; set `target` before LiveKit sends anything. */
export async function startWebhookProxy(): Promise<WebhookProxy> {
  const proxy: WebhookProxy = {
    url: '',
    target: '',
    mode: 'forward',
    rejected: [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    void readBody(req).then(async (body) => {
      if (proxy.mode === 'reject') {
        proxy.rejected.push(describe(body));
        res.writeHead(410).end();
        return;
      }
      try {
        const response = await fetch(`${proxy.target}/webhooks/livekit`, {
          method: 'POST',
          headers: {
            'content-type': req.headers['content-type'] ?? 'application/webhook+json',
            authorization: req.headers.authorization ?? '',
          },
          body: new Uint8Array(body),
        });
        res.writeHead(response.status, { 'content-type': 'application/json' });
        res.end(await response.text());
      } catch {
        res.writeHead(502).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/livekit`;
  return proxy;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

function describe(body: Buffer): RejectedWebhook {
  const event = JSON.parse(body.toString('utf8')) as {
    event: string;
    participant?: { sid?: string };
    track?: { sid?: string };
  };
  return { event: event.event, participantSid: event.participant?.sid, trackSid: event.track?.sid };
}
