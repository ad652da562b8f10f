import { fileURLToPath } from 'node:url';
import { startChild, type ChildHandle, type ProcessStats } from './child.js';
import { summarize, type LatencySummary } from './stats.js';
import type { ConnectRequest } from '../workers/subscribers.js';

/** A server that subscribers connect to with graphql-transport-ws and that can be made to publish. */
export interface FanoutTarget {
  name: string;
  /** WebSocket URL of the GraphQL endpoint. */
  url: string;
  /** The `payload` of every subscriber's subscribe message. */
  payload: Record<string, unknown>;
  /** Sent as the `connection_init` payload, e.g. `{ authorization: 'Bearer …' }`. */
  connectionParams?: Record<string, unknown>;
  /** Makes the server publish one event to every subscriber; resolves once it is sent off. */
  trigger(): Promise<void>;
  /** CPU time and memory of the server process. */
  stats(): Promise<ProcessStats>;
  /** Runs a full garbage collection in the server, so memory figures compare live data. */
  gc(): Promise<void>;
  /** Resolves once the server has registered `count` subscriptions; when absent, the first publish is awaited instead. */
  waitForSubscribers?(count: number): Promise<void>;
}

export interface FanoutOptions {
  subscribers: number;
  /** Events published one after another; each waits until every subscriber has it. */
  publishes: number;
  /**
   * Events published first and left out of the latency and CPU figures, default 2. The first
   * events to new sockets also run cold code in the subscriber processes, which then take CPU
   * from the server on the same cores.
   */
  warmupPublishes?: number;
  /** Processes that share the subscribers, so receiving is not limited to one core. */
  clientProcesses: number;
  /** How long to wait for every subscriber to receive one event, in ms. */
  timeoutMs?: number;
}

export interface FanoutResult {
  /** Trigger to receipt, in ms, over every delivery of every measured publish. */
  latency: LatencySummary;
  /** Trigger to receipt of the first warm-up event, the first event each new socket receives. */
  firstEventLatency: LatencySummary | null;
  /** Server CPU time per delivered message, in microseconds. */
  cpuMicrosPerDelivery: number;
  /** Server RSS growth per connected subscriber, in bytes, after a full GC on both sides. */
  rssBytesPerSubscriber: number;
}

const workerScript = fileURLToPath(new URL('../workers/subscribers.ts', import.meta.url));
const wallClock = () => performance.timeOrigin + performance.now();

/**
 * Connects `options.subscribers` graphql-transport-ws clients to `target`, publishes
 * `options.publishes` events one at a time, and measures publish-to-receipt latency, server CPU
 * per delivery and server memory per subscriber. Closes the clients before returning.
 */
export async function measureFanout(
  target: FanoutTarget,
  options: FanoutOptions,
): Promise<FanoutResult> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  await target.gc();
  const before = await target.stats();

  const workers: ChildHandle[] = [];
  try {
    for (let index = 0; index < options.clientProcesses; index++) {
      workers.push(await startChild(workerScript));
    }
    const shares = splitEvenly(options.subscribers, options.clientProcesses);
    await Promise.all(
      workers.map((worker, index) => {
        const request: ConnectRequest = {
          url: target.url,
          count: shares[index]!,
          payload: target.payload,
          batch: 100,
          ...(target.connectionParams ? { connectionParams: target.connectionParams } : {}),
        };
        return worker.request<number>('connect', request);
      }),
    );
    await target.waitForSubscribers?.(options.subscribers);

    await target.gc();
    const connected = await target.stats();

    const warmups = options.warmupPublishes ?? 2;
    const publish = async (index: number) => {
      const cpuBefore = await target.stats();
      const triggeredAt = wallClock();
      await target.trigger();
      const arrivals = await Promise.all(
        workers.map((worker) => worker.request<number[]>('collect', { index, timeoutMs })),
      );
      const cpuAfter = await target.stats();
      return {
        cpuMicros: cpuAfter.cpuMicros - cpuBefore.cpuMicros,
        latencies: arrivals.flat().map((at) => at - triggeredAt),
      };
    };

    let firstEventLatency: LatencySummary | null = null;
    for (let index = 1; index <= warmups; index++) {
      const { latencies } = await publish(index);
      firstEventLatency ??= summarize(latencies);
    }
    const latencies: number[] = [];
    let cpuMicros = 0;
    for (let index = warmups + 1; index <= warmups + options.publishes; index++) {
      const measured = await publish(index);
      cpuMicros += measured.cpuMicros;
      latencies.push(...measured.latencies);
    }
    return {
      latency: summarize(latencies),
      firstEventLatency,
      cpuMicrosPerDelivery: cpuMicros / (options.publishes * options.subscribers),
      rssBytesPerSubscriber: (connected.rssBytes - before.rssBytes) / options.subscribers,
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}

function splitEvenly(total: number, parts: number): number[] {
  return Array.from(
    { length: parts },
    (_, index) => Math.floor(total / parts) + (index < total % parts ? 1 : 0),
  );
}
