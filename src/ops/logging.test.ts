import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../logger.js';
import { lazyChildLogger } from './logging.js';

function capturedLogger(level: string) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger(level, destination), lines };
}

describe('lazyChildLogger', () => {
  it('writes lines with the bindings', () => {
    const { log, lines } = capturedLogger('info');
    const bindings = vi.fn(() => ({ requestId: 'request-1' }));
    const child = lazyChildLogger(log, bindings);
    child.info({ room: 'a' }, 'first');
    child.warn('second');
    expect(lines.map((line) => [line['msg'], line['requestId']])).toEqual([
      ['first', 'request-1'],
      ['second', 'request-1'],
    ]);
    expect(lines[0]?.['room']).toBe('a');
    expect(bindings).toHaveBeenCalledTimes(1);
  });

  it('creates no child for disabled levels', () => {
    const { log, lines } = capturedLogger('warn');
    const bindings = vi.fn(() => ({ requestId: 'request-1' }));
    const child = lazyChildLogger(log, bindings);
    child.info('hidden');
    child.debug('hidden');
    expect(bindings).not.toHaveBeenCalled();
    child.error('shown');
    expect(lines.map((line) => line['msg'])).toEqual(['shown']);
    expect(bindings).toHaveBeenCalledTimes(1);
  });

  it('redacts secrets like the parent', () => {
    const { log, lines } = capturedLogger('info');
    lazyChildLogger(log, () => ({ requestId: 'request-1' })).info({ token: 'abc' }, 'line');
    expect(lines[0]?.['token']).toBe('[redacted]');
  });
});
