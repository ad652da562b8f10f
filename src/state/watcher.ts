/**
 * An async iterator over the latest value of something that changes: `next()` returns the current
 * value if this watcher has not received it yet, else waits for the next change. A slow consumer
 * skips intermediate values instead of queueing them, so its memory stays at one value.
 */
export class StateWatcher<T extends object> implements AsyncIterableIterator<T> {
  private delivered: T | null = null;
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private ended = false;

  /**
   * @param current returns the current value; a new object after every change.
   * @param detach called once when the watcher ends.
   */
  constructor(
    private readonly current: () => T,
    private readonly detach: () => void,
  ) {}

  /** Wakes a pending `next()` with the current value. */
  notify(): void {
    if (!this.waiting) {
      return;
    }
    const resolve = this.waiting;
    this.waiting = null;
    const value = this.current();
    this.delivered = value;
    resolve({ done: false, value });
  }

  /** Ends the iteration, e.g. on shutdown. */
  end(): void {
    if (this.ended) {
      return;
    }
    this.ended = true;
    this.detach();
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ done: true, value: undefined });
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.ended) {
      return Promise.resolve({ done: true, value: undefined });
    }
    const value = this.current();
    if (value !== this.delivered) {
      this.delivered = value;
      return Promise.resolve({ done: false, value });
    }
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
