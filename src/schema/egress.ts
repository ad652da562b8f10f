import { EgressStatus, type EgressInfo } from '@livekit/protocol';
import { builder } from './builder.js';

/** Converts LiveKit's egress timestamps (int64 nanoseconds) into a Date; `null` when unset. */
function dateFromNanoseconds(nanoseconds: bigint): Date | null {
  return nanoseconds === 0n ? null : new Date(Number(nanoseconds / 1_000_000n));
}

export const EgressStatusEnum = builder.enumType('EgressStatus', {
  description: 'Progress of a recording or stream export.',
  values: Object.fromEntries(
    Object.entries(EgressStatus)
      .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
      .map(([key, value]) => [key, { value }]),
  ),
});

export const EgressRef = builder.objectRef<EgressInfo>('Egress').implement({
  description: 'A recording or stream export of a room, a participant or a track.',
  fields: (t) => ({
    egressId: t.exposeID('egressId', { description: 'Server-assigned egress id (`EG_…`).' }),
    roomName: t.exposeString('roomName'),
    status: t.field({ type: EgressStatusEnum, resolve: (egress) => egress.status }),
    startedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (egress) => dateFromNanoseconds(egress.startedAt),
    }),
    endedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (egress) => dateFromNanoseconds(egress.endedAt),
    }),
    error: t.string({
      nullable: true,
      description: 'Why the egress failed; `null` when it did not.',
      resolve: (egress) => (egress.error === '' ? null : egress.error),
    }),
  }),
});
