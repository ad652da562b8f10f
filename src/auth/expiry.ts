import type { WebSocket } from 'ws';

/** Close code sent when a connection's credential expires, so the client reconnects. */
export const CREDENTIAL_EXPIRED_CLOSE_CODE = 4401;

/** Maximum delay `setTimeout` accepts, in milliseconds (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Closes `socket` with code 4401 when the credential expires at `expiresAt` (unix seconds);
 * credentials without an expiry (service keys) keep the socket open.
 */
export function closeWhenExpired(
  socket: WebSocket,
  expiresAt: number | null,
  now: () => number = Date.now,
): void {
  if (expiresAt === null) {
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    const remaining = expiresAt * 1000 - now();
    if (remaining <= 0) {
      socket.close(CREDENTIAL_EXPIRED_CLOSE_CODE, 'Credential expired');
      return;
    }
    timer = setTimeout(arm, Math.min(remaining, MAX_TIMER_MS));
  };
  socket.once('close', () => clearTimeout(timer));
  arm();
}
