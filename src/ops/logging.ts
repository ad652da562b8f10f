import type { Bindings } from 'pino';
import type { Caller } from '../auth/caller.js';
import type { Logger } from '../logger.js';

/** The caller as it appears in logs: how it authenticated and who it is, never the credential. */
export function callerLogFields(caller: Caller): { kind: string; identity: string | null } {
  return { kind: caller.kind, identity: caller.identity };
}

/**
 * Returns a logger that creates `parent.child(bindings())` on its first use, so a request that
 * logs nothing pays no child logger. Methods of levels below the parent's level stay no-ops and
 * create nothing.
 */
export function lazyChildLogger(parent: Logger, bindings: () => Bindings): Logger {
  let child: Logger | undefined;
  return new Proxy(parent, {
    get(_target, property) {
      if (
        child === undefined &&
        typeof property === 'string' &&
        property in parent.levels.values &&
        !parent.isLevelEnabled(property)
      ) {
        return Reflect.get(parent, property, parent);
      }
      child ??= parent.child(bindings());
      const value: unknown = Reflect.get(child, property, child);
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(child)
        : value;
    },
  });
}
