import {
  execute,
  GraphQLError,
  Kind,
  print,
  visit,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import type { WebSocket } from 'ws';
import type { HubEvent } from './hub.js';

/** Executes the subscriber's operation with `event` as the root value, with its context. */
export type EventExecutor = (event: HubEvent) => ExecutionResult | PromiseLike<ExecutionResult>;

/**
 * Set by the graphql-ws server on a subscription's transport: lets `roomEvents` write shared,
 * pre-serialized results straight to the socket instead of having each one executed per socket.
 */
export interface FrameWriter {
  /** Executes the operation as it was subscribed, with `event` as root and errors masked. */
  execute: EventExecutor;
  /**
   * Writes `{"id":…,"type":"next","payload":<payload>}`. Returns a promise when the socket has not
   * taken the frame yet, which resolves once it has, so a slow socket backs up the subscriber's
   * bounded queue rather than memory.
   */
  next(payload: string): Promise<void> | undefined;
}

/** The parts of a subscription that decide its results, so equal keys can share them. */
export interface GroupKeyParts {
  room: string;
  types: readonly string[] | null;
  /** Admins of the room see hidden participants' events; readers do not. */
  admin: boolean;
  info: GraphQLResolveInfo;
}

/**
 * Subscribers whose results are equal by construction: the same room, types filter, visibility
 * scope and operation (document, operation name and variables other than the cursor). Each event
 * is executed and serialized once for all of them.
 */
export class ExecutionGroup {
  private readonly executors = new Set<EventExecutor>();
  private readonly payloads = new WeakMap<HubEvent, string | Promise<string>>();

  constructor(
    readonly key: string,
    private readonly onExecute: () => void,
  ) {}

  get size(): number {
    return this.executors.size;
  }

  add(executor: EventExecutor): void {
    this.executors.add(executor);
  }

  delete(executor: EventExecutor): void {
    this.executors.delete(executor);
  }

  /** Returns the serialized `payload` of the `next` message for `event`, executing it once. */
  payload(event: HubEvent): string | Promise<string> {
    let payload = this.payloads.get(event);
    if (payload === undefined) {
      // Any member's context gives the same result, so the longest-standing one executes.
      const execute = this.executors.values().next().value as EventExecutor;
      this.onExecute();
      const result = execute(event);
      // An executor may return a thenable that is not a native Promise.
      payload = isThenable(result) ? Promise.resolve(result).then(serialize) : serialize(result);
      this.payloads.set(event, payload);
    }
    return payload;
  }
}

/** The execution groups of one process, with a count of executions for tests and metrics. */
export class SharedExecutions {
  private readonly groups = new Map<string, ExecutionGroup>();
  /** Events executed since start, once per group and event. */
  executions = 0;

  get groupCount(): number {
    return this.groups.size;
  }

  /** Joins `executor` to the group for `parts`, creating it on first use. */
  join(parts: GroupKeyParts, executor: EventExecutor): ExecutionGroup {
    const key = groupKey(parts);
    let group = this.groups.get(key);
    if (!group) {
      group = new ExecutionGroup(key, () => this.executions++);
      this.groups.set(key, group);
    }
    group.add(executor);
    return group;
  }

  leave(group: ExecutionGroup, executor: EventExecutor): void {
    group.delete(executor);
    if (group.size === 0 && this.groups.get(group.key) === group) {
      this.groups.delete(group.key);
    }
  }
}

/**
 * Writes `events` to `writer` as shared payloads of `group`. The returned iterator yields nothing:
 * it ends when the events end, so graphql-ws sends `complete` after the last frame, and its
 * `return()` ends the events when the client completes or disconnects.
 */
export function writeShared(
  events: AsyncIterator<HubEvent>,
  group: ExecutionGroup,
  writer: FrameWriter,
  leave: () => void,
): AsyncIterableIterator<never> {
  let stopped = false;
  const finished = (async () => {
    try {
      for (;;) {
        const result = await events.next();
        if (result.done || stopped) {
          return;
        }
        const payload = group.payload(result.value);
        const text = typeof payload === 'string' ? payload : await payload;
        if (stopped) {
          return;
        }
        const written = writer.next(text);
        if (written) {
          await written;
        }
      }
    } finally {
      leave();
    }
  })();
  // The failure reaches graphql-ws through `next()`; this keeps it from also being unhandled.
  finished.catch(() => undefined);
  const done = { done: true, value: undefined } as const;
  const iterator: AsyncIterableIterator<never> = {
    next: () => finished.then(() => done),
    return: async () => {
      stopped = true;
      await events.return?.();
      return done;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/**
 * Sends a graphql-ws `next` frame built around an already serialized payload. Returns a promise
 * only when the socket buffered the frame, resolved once the socket has written it.
 */
export function sendNextFrame(
  socket: WebSocket,
  frameStart: string,
  payload: string,
): Promise<void> | undefined {
  if (socket.readyState !== socket.OPEN) {
    return undefined;
  }
  let resolve: (() => void) | undefined;
  let flushed = false;
  socket.send(`${frameStart}${payload}}`, () => {
    flushed = true;
    resolve?.();
  });
  if (socket.bufferedAmount === 0 || flushed) {
    return undefined;
  }
  return new Promise<void>((settle) => {
    resolve = settle;
  });
}

/**
 * Executes a subscription operation for one event, as graphql-js does for each event of a
 * subscription, and masks unexpected errors with `maskError` as yoga does for other results.
 * Yoga's own executor would subscribe again, because it dispatches on the operation type.
 */
export async function executeEvent(
  args: ExecutionArgs,
  maskError: (error: unknown, message: string) => GraphQLError,
): Promise<ExecutionResult> {
  const result = await execute(args);
  if (!result.errors) {
    return result;
  }
  return { ...result, errors: result.errors.map((error) => maskError(error, 'Unexpected error.')) };
}

/** The start of a `next` frame for operation `id`, up to where the payload goes. */
export function nextFrameStart(id: string): string {
  return `{"id":${JSON.stringify(id)},"type":"next","payload":`;
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function serialize(result: ExecutionResult): string {
  return JSON.stringify(result);
}

interface OperationShape {
  text: string;
  /** The variable bound to `after`, when nothing else uses it; it does not change results. */
  cursorVariable: string | null;
}

const shapes = new WeakMap<OperationDefinitionNode, OperationShape>();

function groupKey({ room, types, admin, info }: GroupKeyParts): string {
  let shape = shapes.get(info.operation);
  if (!shape) {
    shape = operationShape(info);
    shapes.set(info.operation, shape);
  }
  const variables: Record<string, unknown> = { ...info.variableValues };
  if (shape.cursorVariable !== null) {
    delete variables[shape.cursorVariable];
  }
  return JSON.stringify([
    room,
    types ? [...types].sort() : null,
    admin ? 'admin' : 'reader',
    shape.text,
    variables,
  ]);
}

function operationShape(info: GraphQLResolveInfo): OperationShape {
  const fragments = Object.keys(info.fragments)
    .sort()
    .map((name) => print(info.fragments[name]!));
  const text = [print(info.operation), ...fragments].join('\n');
  const after = info.fieldNodes[0]?.arguments?.find((argument) => argument.name.value === 'after');
  if (after?.value.kind !== Kind.VARIABLE) {
    return { text, cursorVariable: null };
  }
  const name = after.value.name.value;
  let uses = 0;
  const count = {
    Variable: (node: { name: { value: string } }) => {
      if (node.name.value === name) {
        uses++;
      }
    },
    VariableDefinition: () => false as const,
  };
  visit(info.operation, count);
  for (const fragment of Object.values(info.fragments)) {
    visit(fragment, count);
  }
  return { text, cursorVariable: uses === 1 ? name : null };
}
