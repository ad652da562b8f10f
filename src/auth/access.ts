import type { Caller } from './caller.js';

/**
 * Access rules derived from a caller's LiveKit video grant. Service keys pass every rule. A
 * room-scoped grant (`room: X`) applies to room X only, exactly as LiveKit checks it, and never
 * to a room the caller's identity is banned from.
 */
export function isService(caller: Caller): boolean {
  return caller.kind === 'SERVICE_KEY';
}

function isBanned(caller: Caller, room: string): boolean {
  return caller.bannedRooms?.has(room) === true;
}

/**
 * Reads room X: its participants, tracks and events. `roomList` alone does not, as LiveKit's
 * ListParticipants needs `roomAdmin` too. A token with `canSubscribe: false` still reads.
 */
export function canReadRoom(caller: Caller, room: string): boolean {
  if (isService(caller)) {
    return true;
  }
  const video = caller.video;
  return (
    video.room === room &&
    (video.roomJoin === true || video.roomAdmin === true) &&
    !isBanned(caller, room)
  );
}

/** Moderates room X: mute, remove, update participants, metadata, send data. */
export function canAdminRoom(caller: Caller, room: string): boolean {
  if (isService(caller)) {
    return true;
  }
  return caller.video.roomAdmin === true && caller.video.room === room && !isBanned(caller, room);
}

/** Lists every room on the server and reads each room's own fields, not its participants. */
export function canListRooms(caller: Caller): boolean {
  return isService(caller) || caller.video.roomList === true;
}

/** Creates and deletes rooms. */
export function canCreateRooms(caller: Caller): boolean {
  return isService(caller) || caller.video.roomCreate === true;
}

/** Starts and stops recordings (egress). */
export function canRecord(caller: Caller): boolean {
  return isService(caller) || caller.video.roomRecord === true;
}

/** Manages ingest endpoints (ingress). */
export function canAdminIngress(caller: Caller): boolean {
  return isService(caller) || caller.video.ingressAdmin === true;
}

/**
 * Sees a participant: participants joined with the `hidden` grant (recorders, for example) are
 * visible only to admins of the room and service keys, as LiveKit hides them from the others.
 */
export function canSeeParticipant(
  caller: Caller,
  room: string,
  participant: { permission?: { hidden: boolean } | undefined },
): boolean {
  return participant.permission?.hidden !== true || canAdminRoom(caller, room);
}
