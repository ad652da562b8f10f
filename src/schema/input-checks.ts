import { badUserInput } from '../errors.js';

/**
 * Returns `room`, or throws BAD_USER_INPUT naming `argument` when it is empty. livekit-server
 * v1.13.5 rejects a join to a room named "" with "no room name", so no participant is ever in
 * such a room: a subscription to it would receive nothing and a ban in it would never apply.
 * A blank name such as " " is kept, because LiveKit lets participants join that room.
 */
export function requireRoomName(room: string, argument: string): string {
  if (room === '') {
    throw badUserInput('Room name must not be empty', argument);
  }
  return room;
}

/**
 * Throws BAD_USER_INPUT naming `argument` for the attribute key `__proto__`. livekit-server
 * v1.13.5 stores that key, but the protobuf-es messages of @livekit/protocol 1.51 drop it when
 * they build an `UpdateParticipantRequest` and when they read a `ParticipantInfo`, so the
 * gateway could neither set, read nor remove it. Every other key, `constructor` and `prototype`
 * included, reaches LiveKit unchanged.
 */
export function requireAttributeKey(key: string, argument: string): string {
  if (key === '__proto__') {
    throw badUserInput(
      'Attribute key "__proto__" is not supported, because the LiveKit SDK drops it. ' +
        'Choose another key.',
      argument,
    );
  }
  return key;
}

/** Builds the attributes of a new token from key/value pairs, rejecting repeated keys. */
export function attributeMap(
  entries: readonly { key: string; value: string }[],
  argument: string,
): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const { key, value } of entries) {
    requireAttributeKey(key, argument);
    // Object.hasOwn, not `in`: keys such as `constructor` exist on every object's prototype.
    if (Object.hasOwn(attributes, key)) {
      throw badUserInput(`Attribute "${key}" is given twice`, argument);
    }
    attributes[key] = value;
  }
  return attributes;
}
