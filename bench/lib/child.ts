import { fork, type ChildProcess } from 'node:child_process';

/** A message sent between a benchmark and one of its child processes over IPC. */
interface Envelope {
  id?: number;
  type: string;
  payload?: unknown;
}

/** CPU time and memory of a process, read inside it. */
export interface ProcessStats {
  /** User plus system CPU time since the process started, in microseconds. */
  cpuMicros: number;
  /** Resident set size, in bytes. */
  rssBytes: number;
  heapUsedBytes: number;
}

export interface ChildHandle {
  process: ChildProcess;
  /** Payload of the child's `ready` message, e.g. `{ url }`. */
  ready: Record<string, unknown>;
  /** Sends a request that the child handles with a handler registered in `serveParent`. */
  request<T>(type: string, payload?: unknown): Promise<T>;
  stats(): Promise<ProcessStats>;
  /** Runs a full garbage collection in the child (it runs with `--expose-gc`). */
  gc(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts `script` with tsx in a new Node process and waits for it to call `serveParent`. The
 * child's stdout and stderr go to this process's stderr, so `--json` output stays clean.
 */
export async function startChild(
  script: string,
  options: { env?: Record<string, string>; args?: string[]; nodeArgs?: string[] } = {},
): Promise<ChildHandle> {
  const child = fork(script, options.args ?? [], {
    execArgv: ['--import', 'tsx', '--expose-gc', ...(options.nodeArgs ?? [])],
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 2, 2, 'ipc'],
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));

  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (e: Error) => void }
  >();
  child.on('message', (message: Envelope) => {
    if (message.id === undefined) {
      return;
    }
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.type === 'error') {
      waiter?.reject(new Error(`${script}: ${String(message.payload)}`));
    } else {
      waiter?.resolve(message.payload);
    }
  });
  child.once('exit', (code, signal) => {
    for (const waiter of pending.values()) {
      waiter.reject(new Error(`${script} exited (code ${code}, signal ${signal})`));
    }
    pending.clear();
  });

  const ready = await new Promise<Record<string, unknown>>((resolve, reject) => {
    const onMessage = (message: Envelope) => {
      if (message.type === 'ready') {
        child.off('exit', onExit);
        child.off('message', onMessage);
        resolve(message.payload as Record<string, unknown>);
      }
    };
    const onExit = (code: number | null) => reject(new Error(`${script} exited with ${code}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });

  function request<T>(type: string, payload?: unknown): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      child.send({ id, type, payload } satisfies Envelope);
    });
  }

  return {
    process: child,
    ready,
    request,
    stats: () => request<ProcessStats>('stats'),
    gc: () => request<void>('gc'),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        return;
      }
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export type Handler = (payload: unknown) => unknown;

/**
 * Handles the parent's requests in a process started by `startChild`: `stats` and `gc` are
 * built in, `handlers` add more. Sends `ready` with `info` once registered. Exits on SIGTERM or
 * when the parent goes away.
 */
export function serveParent(info: Record<string, unknown>, handlers: Record<string, Handler> = {}) {
  const send = process.send?.bind(process);
  if (!send) {
    throw new Error('serveParent needs an IPC channel; start this script with startChild');
  }
  const all: Record<string, Handler> = {
    stats: () => processStats(),
    gc: () => (globalThis as { gc?: () => void }).gc?.(),
    ...handlers,
  };
  process.on('message', (message: Envelope) => {
    const handler = all[message.type];
    if (!handler) {
      send({ id: message.id, type: 'error', payload: `unknown request "${message.type}"` });
      return;
    }
    Promise.resolve()
      .then(() => handler(message.payload))
      .then(
        (payload) => send({ id: message.id, type: 'reply', payload }),
        (error: unknown) => send({ id: message.id, type: 'error', payload: String(error) }),
      );
  });
  process.on('disconnect', () => process.exit(0));
  process.on('SIGTERM', () => process.exit(0));
  send({ type: 'ready', payload: info });
}

export function processStats(): ProcessStats {
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  return {
    cpuMicros: cpu.user + cpu.system,
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
  };
}
