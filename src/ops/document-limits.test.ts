import { describe, expect, it } from 'vitest';
import { bracketNesting } from './document-limits.js';

describe('bracketNesting', () => {
  it.each([
    ['{ viewer { identity } }', 2],
    ['{ rooms(names: [["a"]]) { name } }', 4],
    ['{ a(s: "{{{[[[") }', 2],
    ['{ a(s: "\\"((((") }', 2],
    ['{ a(s: """ {{{ \\""" [[[ """) }', 2],
    ['# {{{{{{\n{ a }', 1],
    ['}}} { a }', 1],
  ])('counts %s as %i', (source, depth) => {
    expect(bracketNesting(source)).toBe(depth);
  });
});
