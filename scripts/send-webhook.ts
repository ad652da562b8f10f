// Sends a LiveKit webhook event to a running gateway without a LiveKit server, signed the way
// livekit-server signs it, so frontends can be built against recorded or hand-written events.
//
//   LIVEKIT_API_KEY=devkey LIVEKIT_API_SECRET=… npx tsx scripts/send-webhook.ts FILE [GATEWAY_URL]
//   cat event.json | npx tsx scripts/send-webhook.ts - [GATEWAY_URL]
//
// GATEWAY_URL defaults to http://127.0.0.1:4000. With FRESH_ID=1 (the default) the event gets a
// new `id` and `createdAt`, so the same file can be sent again without being dropped as a repeat;
// FRESH_ID=0 sends the body byte for byte.
import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { SignJWT } from 'jose';

const [file = '-', gatewayUrl = 'http://127.0.0.1:4000'] = process.argv.slice(2);
const apiKey = process.env['LIVEKIT_API_KEY'];
const apiSecret = process.env['LIVEKIT_API_SECRET'];
if (!apiKey || !apiSecret) {
  process.stderr.write('LIVEKIT_API_KEY and LIVEKIT_API_SECRET must be set to sign the event.\n');
  process.exit(2);
}

async function readInput(path: string): Promise<string> {
  if (path !== '-') {
    return readFile(path, 'utf8');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

let body = await readInput(file);
if (process.env['FRESH_ID'] !== '0') {
  const event = JSON.parse(body) as Record<string, unknown>;
  event['id'] = `EV_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  event['createdAt'] = String(Math.floor(Date.now() / 1000));
  body = JSON.stringify(event);
}

// The same claims livekit-server puts in a webhook token: issuer, validity and the body digest.
const token = await new SignJWT({ sha256: createHash('sha256').update(body).digest('base64') })
  .setProtectedHeader({ alg: 'HS256' })
  .setIssuer(apiKey)
  .setNotBefore('0s')
  .setIssuedAt()
  .setExpirationTime('5m')
  .sign(new TextEncoder().encode(apiSecret));

const response = await fetch(new URL('/webhooks/livekit', gatewayUrl), {
  method: 'POST',
  headers: { authorization: token, 'content-type': 'application/webhook+json' },
  body,
});
const answer = await response.text();
process.stdout.write(`${response.status} ${answer}\n`);
process.exit(response.ok ? 0 : 1);
