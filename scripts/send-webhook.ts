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

const source = file === '-' ? 'standard input' : `"${file}"`;
const EXAMPLE_EVENT = '{"event":"room_started","room":{"name":"demo"}}';

/** Prints one line to standard error and exits with code 1. */
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function readInput(path: string): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) {
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    let reason = message;
    if (code === 'ENOENT') {
      reason = 'no such file';
    } else if (code === 'EISDIR') {
      reason = 'it is a folder';
    }
    fail(
      `Cannot read the event file ${source}: ${reason}. Pass the path of a JSON webhook ` +
        'event, such as examples/webhooks/room_started.json, or - to read it from standard input.',
    );
  }
}

/** Parses the event, which must be a JSON object for its `id` and `createdAt` to be replaced. */
function parseEvent(text: string): Record<string, unknown> {
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch (error) {
    // The parser's message quotes the input, which may span lines.
    const reason = (error as Error).message.replace(/\s+/g, ' ');
    fail(
      `The event in ${source} is not valid JSON (${reason}). ` +
        `Pass a LiveKit webhook event such as ${EXAMPLE_EVENT}.`,
    );
  }
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    fail(
      `The event in ${source} is not a JSON object. ` +
        `Pass a LiveKit webhook event such as ${EXAMPLE_EVENT}.`,
    );
  }
  return event as Record<string, unknown>;
}

let webhookUrl: URL;
try {
  webhookUrl = new URL('/webhooks/livekit', gatewayUrl);
} catch {
  fail(`GATEWAY_URL "${gatewayUrl}" is not a URL. Pass one such as http://127.0.0.1:4000.`);
}

let body = await readInput(file);
if (process.env['FRESH_ID'] !== '0') {
  const event = parseEvent(body);
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

let response: Response;
try {
  response = await fetch(webhookUrl, {
    method: 'POST',
    headers: { authorization: token, 'content-type': 'application/webhook+json' },
    body,
  });
} catch (error) {
  // fetch throws "fetch failed" and puts the reason, such as ECONNREFUSED, in `cause`.
  const cause = (error as Error).cause as NodeJS.ErrnoException | undefined;
  const reason = cause?.code ?? cause?.message ?? (error as Error).message;
  fail(
    `Cannot send the event to ${webhookUrl.href}: ${reason}. ` +
      'Check that the gateway is running there (npm run dev starts one).',
  );
}
const answer = await response.text();
process.stdout.write(`${response.status} ${answer}\n`);
process.exit(response.ok ? 0 : 1);
