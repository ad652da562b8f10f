import type { TrackInfo } from '@livekit/protocol';
import { builder } from './builder.js';
import { TrackSourceEnum, TrackTypeEnum } from './enums.js';

export const TrackRef = builder.objectRef<TrackInfo>('Track').implement({
  description: 'A media track published by a participant.',
  fields: (t) => ({
    sid: t.exposeID('sid', { description: 'Server-assigned track id (`TR_…`).' }),
    name: t.exposeString('name'),
    type: t.field({ type: TrackTypeEnum, resolve: (track) => track.type }),
    source: t.field({ type: TrackSourceEnum, resolve: (track) => track.source }),
    muted: t.exposeBoolean('muted'),
    mimeType: t.exposeString('mimeType', { description: 'Codec MIME type, e.g. `audio/opus`.' }),
    width: t.exposeInt('width', { description: 'Video width in pixels; 0 for audio.' }),
    height: t.exposeInt('height', { description: 'Video height in pixels; 0 for audio.' }),
    simulcast: t.exposeBoolean('simulcast'),
    stream: t.exposeString('stream', { description: 'Stream name the track belongs to.' }),
  }),
});
