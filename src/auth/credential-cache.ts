import type { Caller } from './caller.js';

/** Default number of verified credentials kept. */
export const DEFAULT_CREDENTIAL_CACHE_SIZE = 10_000;

/**
 * Verified callers keyed by the SHA-256 of their credential (so the credential is never stored), each kept until its `exp`, least
 * recently used evicted first. A Map keeps insertion order, so re-inserting on a hit is enough
 * for LRU order; a package would add little over these lines.
 */
export class CredentialCache {
  private readonly entries = new Map<string, { caller: Caller; expiresAtMs: number }>();

  constructor(private readonly maxSize = DEFAULT_CREDENTIAL_CACHE_SIZE) {}

  get(key: string, nowMs: number): Caller | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      return undefined;
    }
    this.entries.delete(key);
    if (nowMs >= entry.expiresAtMs) {
      return undefined;
    }
    this.entries.set(key, entry);
    return entry.caller;
  }

  /** Stores `caller` until its `expiresAt`; callers without one, or already expired, are skipped. */
  set(key: string, caller: Caller, nowMs: number): void {
    if (caller.expiresAt === null || caller.expiresAt * 1000 <= nowMs || this.maxSize <= 0) {
      return;
    }
    this.entries.delete(key);
    this.entries.set(key, { caller, expiresAtMs: caller.expiresAt * 1000 });
    if (this.entries.size > this.maxSize) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) {
        this.entries.delete(oldest);
      }
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
