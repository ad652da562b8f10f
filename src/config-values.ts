import { z } from 'zod';

/** Inclusive bounds of a numeric environment variable. Without `max` there is no upper bound. */
export interface NumberRange {
  min: number;
  max?: number;
}

function describeRange(kind: 'an integer' | 'a number', range: NumberRange): string {
  const noun = kind === 'an integer' ? 'integer' : 'number';
  if (range.max !== undefined) {
    return `${kind} from ${range.min} to ${range.max}`;
  }
  if (range.min === 0) {
    return `a non-negative ${noun}`;
  }
  if (range.min === 1 && noun === 'integer') {
    return 'a positive integer';
  }
  return `${kind} of at least ${range.min}`;
}

/**
 * Parses an optional numeric variable. A value that is empty, not a number, fractional where an integer
 * is expected, or out of range gets one message naming the value and what is expected, e.g.
 * `must be an integer from 0 to 65535, got "abc"`.
 */
function optionalNumber(kind: 'an integer' | 'a number', range: NumberRange) {
  const expected = describeRange(kind, range);
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) {
        return undefined;
      }
      // Number('') and Number('  ') are 0, so blank text is rejected before the conversion.
      const number = value.trim() === '' ? Number.NaN : Number(value);
      const valid =
        (kind === 'a number' ? Number.isFinite(number) : Number.isSafeInteger(number)) &&
        number >= range.min &&
        number <= (range.max ?? Number.POSITIVE_INFINITY);
      if (!valid) {
        ctx.addIssue({
          code: 'custom',
          message: `must be ${expected}, got ${JSON.stringify(value)}`,
        });
        return z.NEVER;
      }
      return number;
    });
}

/** Parses an optional integer variable within `range`, or returns `undefined` when unset. */
export function optionalIntegerVar(range: NumberRange) {
  return optionalNumber('an integer', range);
}

/** Parses an integer variable within `range`, or returns `fallback` when unset. */
export function integerVar(range: NumberRange, fallback: number) {
  return optionalNumber('an integer', range).transform((value) => value ?? fallback);
}

/** Parses a number within `range` that may have a fraction, or returns `fallback` when unset. */
export function numberVar(range: NumberRange, fallback: number) {
  return optionalNumber('a number', range).transform((value) => value ?? fallback);
}

/** Parses `true`, `false`, `1` or `0`, or returns `undefined` when the variable is unset. */
export function optionalBooleanVar() {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) {
        return undefined;
      }
      if (value === 'true' || value === '1') {
        return true;
      }
      if (value === 'false' || value === '0') {
        return false;
      }
      ctx.addIssue({
        code: 'custom',
        message: `must be true, false, 1 or 0, got ${JSON.stringify(value)}`,
      });
      return z.NEVER;
    });
}

/** Parses `true`, `false`, `1` or `0`, or returns `fallback` when the variable is unset. */
export function booleanVar(fallback: boolean) {
  return optionalBooleanVar().transform((value) => value ?? fallback);
}
