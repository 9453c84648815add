/**
 * "Report a page read wrong": the panel asks the tab's content script for a redacted snapshot of
 * the page and its expected ticket, with the agent's corrections. zod's core schemas
 * (./core-schemas.ts), as every content-script request. The content script
 * checks the request's shape and hands it on to the page-snapshot script, which parses it in full
 * (./snapshot-request.ts): the full schema's regex check would cost every content script for a
 * request made once in a while. The response is parsed by the panel.
 */
import { array, type Infer, literal, object, optional, string } from './core-schemas';

// Shapes and lengths only, with the kinds of check the content script has anyway (no regex).
export const GetSnapshotEnvelopeSchema = object({
  type: literal('getSnapshot'),
  what: string(80),
  date: string(10),
  roles: optional(array(string(10), 1000)),
});
export type GetSnapshotEnvelope = Infer<typeof GetSnapshotEnvelopeSchema>;

export type { GetSnapshotRequest } from './snapshot-request';
// The response's schema is the panel's (./snapshot-response.ts): the content script only builds one.
export type { SnapshotFailure, SnapshotResponse } from './snapshot-response';
