import { badUserInput } from '../errors.js';

/** A decoded event cursor: the position after which a subscriber resumes. */
export interface Cursor {
  room: string;
  epoch: string;
  seq: number;
}

const VERSION = 'v1';

/** Encodes a cursor as base64url of `v1`, epoch, sequence and room, separated by newlines. */
export function encodeCursor(cursor: Cursor): string {
  const text = `${VERSION}\n${cursor.epoch}\n${cursor.seq}\n${cursor.room}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** Decodes a cursor sent by a client, or throws `BAD_USER_INPUT` naming `argument`. */
export function decodeCursor(value: string, argument = 'after'): Cursor {
  const text = Buffer.from(value, 'base64url').toString('utf8');
  const [version, epoch, seqText, ...roomParts] = text.split('\n');
  const seq = Number(seqText);
  if (
    version !== VERSION ||
    !epoch ||
    roomParts.length === 0 ||
    !/^[0-9]+$/.test(seqText ?? '') ||
    !Number.isSafeInteger(seq)
  ) {
    throw badUserInput(`Invalid cursor "${value}": use the cursor of a received event`, argument);
  }
  return { room: roomParts.join('\n'), epoch, seq };
}
