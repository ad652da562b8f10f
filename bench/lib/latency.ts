/**
 * Runs `operation` `count` times with `concurrency` in flight and returns each latency in
 * milliseconds. With a concurrency of 1 the operations run one after another.
 */
export async function measureLatencies(
  operation: () => Promise<void>,
  count: number,
  concurrency: number,
): Promise<number[]> {
  const latencies: number[] = [];
  let started = 0;
  async function lane(): Promise<void> {
    while (started < count) {
      started++;
      const begin = performance.now();
      await operation();
      latencies.push(performance.now() - begin);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return latencies;
}
