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
import type { Writable } from 'node:stream';
import type { WebSocket } from 'ws';
import type { HubEvent, HubSubscription } from './hub.js';

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
   * Writes `{"id":…,"type":"next","payload":<payload>}` without waiting for the socket. Returns
   * `false` when the socket has fallen further behind than the subscriber buffer allows.
   */
  write(payload: Buffer): boolean;
}

/** One subscriber of a group, as `writeShared` registers it for each event. */
interface GroupMember {
  /** Writes the serialized payload of an event. */
  write(payload: Buffer): void;
  /** Ends the subscription with the error the execution failed with. */
  fail(error: unknown): void;
  /** Index of the last batch this member joined; its next batch must come later. */
  batch: number;
}

/** The members waiting for one event's payload, written to in one loop once it is ready. */
interface Batch {
  index: number;
  members: GroupMember[];
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
  /** Batches whose payload is not written yet, by event. */
  private readonly open = new Map<HubEvent, Batch>();
  /** Settles once every batch created so far is written, so batches are written in order. */
  private tail: Promise<void> = Promise.resolve();
  private batches = 0;

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

  /**
   * Writes `event` to `member` once its payload is ready. Members handed the same event in the
   * same turn share one batch, written to in one loop. A member whose previous batch is newer
   * than the event's open batch gets a new batch, so its frames keep the order of its events.
   */
  send(event: HubEvent, member: GroupMember): void {
    let batch = this.open.get(event);
    if (!batch || batch.index <= member.batch) {
      batch = { index: ++this.batches, members: [] };
      this.open.set(event, batch);
      const created = batch;
      const payload = this.payload(event);
      this.tail = this.tail
        .then(() => payload)
        .then(
          (text) => {
            this.close(event, created);
            const bytes = Buffer.from(text);
            for (const waiting of created.members) {
              waiting.write(bytes);
            }
          },
          (error: unknown) => {
            this.close(event, created);
            for (const waiting of created.members) {
              waiting.fail(error);
            }
          },
        );
    }
    batch.members.push(member);
    member.batch = batch.index;
  }

  private close(event: HubEvent, batch: Batch): void {
    if (this.open.get(event) === batch) {
      this.open.delete(event);
    }
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
 * Writes `events` to `writer` as shared payloads of `group`, from the hub's delivery straight to
 * the socket with no promise per subscriber and event. The returned iterator yields nothing: it
 * ends when the events end, so graphql-ws sends `complete` after the last frame, and its
 * `return()` ends the events when the client completes or disconnects.
 */
export function writeShared(
  events: HubSubscription,
  group: ExecutionGroup,
  writer: FrameWriter,
  leave: () => void,
): AsyncIterableIterator<never> {
  let stopped = false;
  let fail: (error: unknown) => void = () => undefined;
  const member: GroupMember = {
    batch: 0,
    write: (payload) => {
      if (!stopped && !writer.write(payload)) {
        events.dropSlowConsumer();
      }
    },
    fail: (error) => fail(error),
  };
  events.attach((event) => group.send(event, member));
  // With a sink attached, the hub's `next()` resolves only when the subscription ends.
  const finished = new Promise<void>((resolve, reject) => {
    fail = (error) => {
      if (!stopped) {
        stopped = true;
        reject(error);
        void events.return?.();
      }
    };
    events.next().then(() => resolve(), reject);
  }).finally(() => {
    stopped = true;
    leave();
  });
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
 * Returns a `FrameWriter.write` for operation `id` on `socket`, whose TCP connection is `tcp`.
 * Each call writes one whole WebSocket text frame to `tcp` in one `write`, because `ws.send`
 * writes header and payload with a `writev` per socket, which costs more than the copy here.
 * Frames keep their order with those `ws` sends only because `ws` sends synchronously while
 * per-message compression is off. A socket is behind when more than `maxBufferedFrames` frames
 * of the size just written wait in its buffer.
 */
export function nextFrameWriter(
  socket: WebSocket,
  tcp: Writable,
  id: string,
  maxBufferedFrames: number,
): (payload: Buffer) => boolean {
  const start = Buffer.from(nextFrameStart(id));
  return (payload) => {
    if (socket.readyState !== socket.OPEN) {
      // A closing socket ends the subscription through graphql-ws.
      return true;
    }
    const length = start.length + payload.length + 1;
    // RFC 6455: lengths up to 125 fit in the second byte, where 126 announces a 16-bit length
    // and 127 a 64-bit one.
    let header = 10;
    if (length < 126) {
      header = 2;
    } else if (length < 0x10000) {
      header = 4;
    }
    const frame = Buffer.allocUnsafe(header + length);
    frame[0] = FIN_TEXT;
    if (header === 2) {
      frame[1] = length;
    } else if (header === 4) {
      frame[1] = 126;
      frame.writeUInt16BE(length, 2);
    } else {
      frame[1] = 127;
      frame.writeBigUInt64BE(BigInt(length), 2);
    }
    start.copy(frame, header);
    payload.copy(frame, header + start.length);
    frame[frame.length - 1] = CLOSING_BRACE;
    tcp.write(frame);
    return tcp.writableLength <= maxBufferedFrames * frame.length;
  };
}

const CLOSING_BRACE = 0x7d;
/** First byte of an unfragmented text frame: FIN set, opcode 1. Server frames are not masked. */
const FIN_TEXT = 0x81;

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
