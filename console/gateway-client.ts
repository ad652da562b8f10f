// How a browser talks to the gateway: queries and mutations as JSON POSTs over HTTP, and
// subscriptions over graphql-ws on the same path. Both carry the credential as a bearer token.
import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from './generated/graphql.js';

/** An error as the gateway reported it: its `extensions.code` and message. */
export class GatewayRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'GatewayRequestError';
  }
}

interface FormattedError {
  message: string;
  extensions?: { code?: unknown };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: readonly FormattedError[];
}

/** Handlers of one subscription; `error` ends it. */
export interface SubscriptionHandlers<T> {
  next(data: T): void;
  error(error: GatewayRequestError): void;
}

/** A signed-in connection to the gateway: one credential, one graphql-ws socket. */
export class GatewayClient {
  private readonly socket: Client;

  /** `endpoint` is the GraphQL path on the page's own origin, `/graphql` by default. */
  constructor(
    private readonly credential: string,
    private readonly endpoint = '/graphql',
  ) {
    const url = new URL(endpoint, location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    this.socket = createClient({
      url: url.href,
      // The credential goes in connection_init, never in the URL, which proxies log.
      connectionParams: { authorization: `Bearer ${credential}` },
      lazy: true,
    });
  }

  /** Sends a query or mutation and returns its data, or throws the first GraphQL error. */
  async request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        // A JSON content type makes this a preflighted request, which the gateway's CSRF
        // prevention accepts without its custom header.
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          authorization: `Bearer ${this.credential}`,
        },
        body: JSON.stringify({ query: document.toString(), variables }),
      });
    } catch (error) {
      throw new GatewayRequestError('NETWORK_ERROR', `The gateway cannot be reached: ${error}`);
    }
    let body: GraphQLResponse<TResult>;
    try {
      body = (await response.json()) as GraphQLResponse<TResult>;
    } catch {
      throw new GatewayRequestError(`HTTP_${response.status}`, 'The gateway sent no JSON body');
    }
    const [first] = body.errors ?? [];
    if (first) {
      throw toRequestError(first);
    }
    if (!body.data) {
      throw new GatewayRequestError(`HTTP_${response.status}`, 'The response has no data');
    }
    return body.data;
  }

  /** Starts a subscription over graphql-ws; the returned function ends it. */
  subscribe<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    handlers: SubscriptionHandlers<TResult>,
  ): () => void {
    return this.socket.subscribe<TResult>(
      { query: document.toString(), variables: variables as Record<string, unknown> },
      {
        next: (result) => {
          const [first] = result.errors ?? [];
          if (first) {
            handlers.error(toRequestError(first));
          } else if (result.data) {
            handlers.next(result.data);
          }
        },
        error: (error) => handlers.error(socketError(error)),
        complete: () => undefined,
      },
    );
  }

  /** Closes the WebSocket and ends every subscription. */
  async close(): Promise<void> {
    await this.socket.dispose();
  }
}

function toRequestError(error: FormattedError): GatewayRequestError {
  const code = error.extensions?.code;
  return new GatewayRequestError(typeof code === 'string' ? code : 'UNKNOWN', error.message);
}

/**
 * graphql-ws reports a refused subscribe as a list of GraphQL errors, a closed socket as its
 * close event (4401 when the credential is rejected or has expired) and anything else as is.
 */
function socketError(error: unknown): GatewayRequestError {
  if (Array.isArray(error) && error.length > 0) {
    return toRequestError(error[0] as FormattedError);
  }
  if (error instanceof CloseEvent) {
    const reason = error.reason || 'no reason given';
    const code = error.code === 4401 ? 'UNAUTHENTICATED' : `WEBSOCKET_CLOSED_${error.code}`;
    return new GatewayRequestError(code, `The event stream closed: ${reason}`);
  }
  if (error instanceof Event) {
    return new GatewayRequestError('NETWORK_ERROR', 'The event stream cannot connect');
  }
  return new GatewayRequestError('UNKNOWN', String(error));
}
