import type { BanStore } from './auth/bans.js';
import type { Caller } from './auth/caller.js';
import type { EventHub } from './events/hub.js';
import type { SubscriptionTransport } from './events/transport.js';
import type { GatewayConfig } from './config.js';
import type { LiveKitClient } from './livekit/client.js';
import type { LiveKitLoaders } from './livekit/loaders.js';
import type { Logger } from './logger.js';
import type { RoomStateService } from './state/service.js';

/** What every resolver receives: built once per HTTP request or WebSocket operation. */
export interface GatewayContext {
  caller: Caller;
  requestId: string;
  loaders: LiveKitLoaders;
  livekit: LiveKitClient;
  config: GatewayConfig;
  log: Logger;
  bans: BanStore;
  /** Room event subscriptions of this process. */
  events: EventHub;
  /** Room snapshots behind `roomState`. */
  roomState: RoomStateService;
  /** The connection of a subscription: set over graphql-ws and SSE, absent otherwise. */
  transport?: SubscriptionTransport;
}
