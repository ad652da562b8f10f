import type { Caller } from '../auth/caller.js';

/** The caller as it appears in logs: how it authenticated and who it is, never the credential. */
export function callerLogFields(caller: Caller): { kind: string; identity: string | null } {
  return { kind: caller.kind, identity: caller.identity };
}
