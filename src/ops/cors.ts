import type { CORSOptions } from 'graphql-yoga';
import { CSRF_HEADER } from './csrf.js';
import { REQUEST_ID_HEADER } from './requests.js';

/**
 * The yoga `cors` option for `CORS_ORIGINS`: no CORS headers at all when the list is empty.
 * Credentials (cookies) are not allowed, because callers authenticate with a bearer token.
 */
export function corsOptions(origins: string[]): CORSOptions {
  if (origins.length === 0) {
    return false;
  }
  return {
    origin: origins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', CSRF_HEADER, REQUEST_ID_HEADER, 'accept'],
    exposedHeaders: [REQUEST_ID_HEADER],
    credentials: false,
    maxAge: 600,
  };
}
