import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';
import { GatewayError, ERROR_CODES } from '../errors.js';

/** The header a browser must send on GET and simple POST requests; any value is accepted. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * Rejects GET and simple (non-preflighted) POST requests that lack `CSRF_HEADER`, with
 * `CSRF_HEADER_REQUIRED` and HTTP 403. A cross-site form or `<img>` cannot set a custom header,
 * so such a request cannot ride on a browser's ambient credentials.
 */
export function useGatewayCsrfPrevention(): Plugin {
  const prevention = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      // Only GET and POST can run an operation. Yoga rejects other methods with 405, and handles
      // a CORS preflight itself when CORS_ORIGINS is set.
      const method = payload.request.method;
      if (method !== 'GET' && method !== 'POST') {
        return;
      }
      try {
        prevention.onRequestParse?.(payload);
      } catch {
        throw new GatewayError(
          'CSRF_HEADER_REQUIRED',
          `Send the "${CSRF_HEADER}" header (any value) or a JSON content type`,
          { extensions: { http: { status: ERROR_CODES.CSRF_HEADER_REQUIRED } } },
        );
      }
    },
  };
}
