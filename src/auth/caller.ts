import type { VideoGrant } from 'livekit-server-sdk';

/** Kind of credential the caller authenticated with. */
export type CredentialKind = 'SERVICE_KEY' | 'LIVEKIT_TOKEN' | 'APP_JWT' | 'ANONYMOUS';

/** An authenticated caller, built once per request or WebSocket connection. */
export interface Caller {
  kind: CredentialKind;
  /** The caller's identity: `sub` of its token; `null` for service keys and anonymous callers. */
  identity: string | null;
  /** Display name carried by the credential, if any. */
  name: string | null;
  /** The LiveKit video grant that decides what the caller may read and change. */
  video: VideoGrant;
  /** When the credential stops being valid, in unix seconds; `null` when it never expires. */
  expiresAt: number | null;
  /** Rooms this identity is banned from; the access rules deny them. Absent means none. */
  bannedRooms?: ReadonlySet<string>;
}

/** Builds a service key caller: full rights, no identity, never expires. */
export function serviceCaller(): Caller {
  return { kind: 'SERVICE_KEY', identity: null, name: null, video: {}, expiresAt: null };
}
