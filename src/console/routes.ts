import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { CONSOLE_SOURCE_DIR, loadConsoleBundle } from './bundle.js';
import type { ConsoleConfig } from './config.js';

/** Path prefix of the console page and its two assets. */
export const CONSOLE_PATH = '/console';

/** A `Host` header that is safe to copy into the policy: a name or IP, with an optional port. */
const SAFE_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

interface Asset {
  contentType: string;
  load(): Promise<string>;
}

/**
 * The Content-Security-Policy of every console response: scripts, styles and images from the
 * gateway's own origin only, no inline code, and connections only back to the gateway over
 * HTTP and WebSocket. `ws:`/`wss:` are listed with the host because older browsers do not
 * count them as `'self'`.
 */
export function consoleContentSecurityPolicy(host: string | undefined): string {
  const sockets = host && SAFE_HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    `connect-src 'self'${sockets}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Reads a file once and keeps its text for the life of the process. */
function cachedFile(path: string, transform: (text: string) => string = (text) => text) {
  let text: Promise<string> | undefined;
  return () => {
    text ??= readFile(path, 'utf8').then(transform);
    return text;
  };
}

/**
 * Serves the console: `GET /console` (the page), `/console/console.js` (the bundle, built on
 * first request when missing or stale) and `/console/console.css`. Returns the request
 * listener for paths under `CONSOLE_PATH`.
 */
export function createConsoleHandler(
  config: ConsoleConfig,
  log: Logger,
): (req: IncomingMessage, res: ServerResponse, path: string) => void {
  let bundle: Promise<string> | undefined;
  const assets = new Map<string, Asset>([
    [
      '/index.html',
      {
        contentType: 'text/html; charset=utf-8',
        load: cachedFile(join(CONSOLE_SOURCE_DIR, 'index.html'), (html) =>
          html.replace('data-dev-tools="false"', `data-dev-tools="${config.devTools}"`),
        ),
      },
    ],
    [
      '/console.css',
      {
        contentType: 'text/css; charset=utf-8',
        load: cachedFile(join(CONSOLE_SOURCE_DIR, 'console.css')),
      },
    ],
    [
      '/console.js',
      {
        contentType: 'text/javascript; charset=utf-8',
        load: () => {
          bundle ??= loadConsoleBundle().catch((error: unknown) => {
            bundle = undefined;
            throw error;
          });
          return bundle;
        },
      },
    ],
  ]);

  return (req, res, path) => {
    const rest = path.slice(CONSOLE_PATH.length);
    const asset = assets.get(rest === '' || rest === '/' ? '/index.html' : rest);
    if (!asset) {
      send(res, 404, 'text/plain; charset=utf-8', 'Not found\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n');
      return;
    }
    asset.load().then(
      (text) => {
        res.setHeader('content-security-policy', consoleContentSecurityPolicy(req.headers.host));
        send(res, 200, asset.contentType, req.method === 'HEAD' ? '' : text);
      },
      (error: unknown) => {
        log.error({ err: error, path }, 'Console asset could not be loaded');
        send(res, 500, 'text/plain; charset=utf-8', 'The console could not be loaded\n');
      },
    );
  };
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, {
    'content-type': contentType,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // The page is small and rebuilt in development; a stale copy would only confuse.
    'cache-control': 'no-cache',
  });
  res.end(body);
}
