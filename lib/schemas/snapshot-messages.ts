/**
 * "Report a page read wrong": the panel asks the tab's content script for a redacted snapshot of
 * the page and its expected ticket, with the agent's corrections. zod/mini. The content script
 * checks only the request's type and hands the rest on unread to the page-snapshot script, which
 * parses it in full (./snapshot-request.ts): the full schema's regex check would cost every content
 * script for a request made once in a while. The response is parsed by the panel.
 */
import * as z from 'zod/mini';

export const GetSnapshotEnvelopeSchema = z.looseObject({ type: z.literal('getSnapshot') });
export type GetSnapshotEnvelope = z.infer<typeof GetSnapshotEnvelopeSchema>;

export type { GetSnapshotRequest } from './snapshot-request';
// The response's schema is the panel's (./snapshot-response.ts): the content script only builds one.
export type { SnapshotResponse } from './snapshot-response';
