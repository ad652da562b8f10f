import { GraphQLError, type ExecutionResult } from 'graphql';
import {
  isAsyncIterable,
  processRegularResult,
  type GraphQLParams,
  type Plugin,
} from 'graphql-yoga';
import { errorForHttp } from './error-format.js';

/** Media types of yoga's result processors, so the media types a response can have. */
const RESPONSE_MEDIA_TYPES = [
  'application/graphql-response+json',
  'application/json',
  'text/event-stream',
  'multipart/mixed',
];

/** Content types yoga's own JSON parser reads, and this plugin's parser replaces. */
const JSON_CONTENT_TYPES = ['application/json', 'application/graphql+json'];

/** Maximum length of a media type copied into an error message. Longer ones are left out. */
const MAX_SHOWN_MEDIA_TYPE = 100;

function badRequest(message: string, status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status } } });
}

/** Returns the lowercased media type of a `Content-Type` header, the first when it lists several. */
function mediaTypeOf(contentType: string | null): string | null {
  return contentType?.split(',')[0]?.split(';')[0]?.trim().toLowerCase() || null;
}

function isJsonRequest(request: Request): boolean {
  const mediaType = mediaTypeOf(request.headers.get('content-type'));
  return request.method === 'POST' && mediaType !== null && JSON_CONTENT_TYPES.includes(mediaType);
}

/** Reads a JSON body. Unlike yoga's parser, its errors never echo the body. */
async function parseJsonBody(request: Request): Promise<GraphQLParams> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw badRequest('The request body is not valid JSON', 400);
  }
  if (typeof body !== 'object' || body === null) {
    const received = body === null ? 'null' : typeof body;
    throw badRequest(`The request body must be a JSON object, not ${received}`, 400);
  }
  return body as GraphQLParams;
}

function unsupportedContentType(request: Request): never {
  const mediaType = mediaTypeOf(request.headers.get('content-type'));
  if (mediaType === null) {
    throw badRequest('The request has no Content-Type: send the body as application/json', 415);
  }
  const quoted = mediaType.length <= MAX_SHOWN_MEDIA_TYPE ? `"${mediaType}" ` : '';
  throw badRequest(
    `Content-Type ${quoted}is not supported: send the body as application/json`,
    415,
  );
}

/**
 * Returns whether `Accept` allows one of `RESPONSE_MEDIA_TYPES`, matched as yoga matches it:
 * wildcards count, `q` is ignored and a `charset` other than UTF-8 rules a range out. No header
 * allows any.
 */
function acceptsResponse(accept: string | null): boolean {
  for (const range of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [mediaType = '', ...parameters] = range.split(';');
    const charset = parameters.find((parameter) => parameter.includes('charset='));
    if (charset !== undefined && charset !== 'charset=utf-8') {
      continue;
    }
    const [type, subtype] = mediaType.split('/');
    const matches = RESPONSE_MEDIA_TYPES.some((supported) => {
      const [supportedType, supportedSubtype] = supported.split('/');
      return (
        (type === '*' || type === supportedType) &&
        (subtype === '*' || subtype === supportedSubtype)
      );
    });
    if (matches) {
      return true;
    }
  }
  return false;
}

/**
 * Makes every HTTP error yoga produces a JSON GraphQL error with a `BAD_REQUEST` code where yoga
 * would send an empty body or leak the request:
 * - invalid JSON gets 400 with a short message, where yoga copies the parser's message, which
 *   contains the whole body;
 * - a `Content-Type` no parser reads gets 415, and an `Accept` that allows none of
 *   `RESPONSE_MEDIA_TYPES` gets 406, before the operation runs;
 * - `BAD_REQUEST` errors keep their 4xx status under `Accept: application/json`.
 * Register it after every plugin that sets a request parser or a result processor.
 */
export function useErrorResponses(): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (!acceptsResponse(request.headers.get('accept'))) {
        throw badRequest(
          `The Accept header allows none of the media types the gateway sends: ${RESPONSE_MEDIA_TYPES.join(', ')}`,
          406,
        );
      }
      if (isJsonRequest(request)) {
        setRequestParser(parseJsonBody);
      } else if (!requestParser) {
        setRequestParser(unsupportedContentType);
      }
    },
    onResultProcess({ result, setResult, resultProcessor, setResultProcessor }) {
      // Subscriptions keep yoga's handling, and their errors are masked per event.
      if (Array.isArray(result) || isAsyncIterable(result)) {
        return;
      }
      const { errors } = result as ExecutionResult;
      if (errors?.length) {
        setResult({ ...result, errors: errors.map(errorForHttp) });
      }
      if (!resultProcessor) {
        // Yoga would send an empty 406, so the error is sent as JSON, which every client reads.
        setResultProcessor(processRegularResult, 'application/json');
      }
    },
  };
}
