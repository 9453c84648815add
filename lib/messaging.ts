/**
 * The one message protocol between contexts. Requests are parsed on arrival with the schemas in
 * lib/schemas/messages.ts; responses are parsed by the sender with the full schemas.
 * Type-only imports of the big schemas keep the content script free of zod classic.
 */
import type { ContentRequest, ExtensionRequest, GenericReadRequest, GenericReadResponse, SiteAccessStatus } from '@/lib/schemas/messages';
import type { z } from 'zod';
import type { ReaderWords } from '@/lib/schemas/reader-words';
import type { SnapshotResponse } from '@/lib/schemas/snapshot-messages';
import type { GetListResponseSchema } from '@/lib/queue/schema';
import type { ConnectionVerdict, ConnectorErrorKind } from '@/lib/connectors/types';
import type { ProfileTestResult } from '@/lib/sites/profile/test-on-page';
import type { IntentDecision } from '@/lib/suggest/ai/intent-opinion';
import type {
  ApplyTagsResponseSchema,
  ConnectorFailureSchema,
  FindOrdersResponseSchema,
  GetThreadResponseSchema,
  InsertReplyResponseSchema,
  NoThreadReasonSchema,
  OpenListRowResponseSchema,
  OrderDetailsResponseSchema,
} from '@/lib/schemas/responses';

export type { ConnectorErrorKind };

/**
 * The responses' types come from their schemas (one definition; the receiver parses with the
 * schema). Type-only: a content script that imports these types bundles no zod.
 */
export type NoThreadReason = z.infer<typeof NoThreadReasonSchema>;
export type GetThreadResponse = z.infer<typeof GetThreadResponseSchema>;
export type InsertReplyResponse = z.infer<typeof InsertReplyResponseSchema>;
export type ApplyTagsResponse = z.infer<typeof ApplyTagsResponseSchema>;
export type GetListResponse = z.infer<typeof GetListResponseSchema>;
export type OpenListRowResponse = z.infer<typeof OpenListRowResponseSchema>;
export type ConnectorFailure = z.infer<typeof ConnectorFailureSchema>;
export type FindOrdersResponse = z.infer<typeof FindOrdersResponseSchema>;
export type OrderDetailsResponse = z.infer<typeof OrderDetailsResponseSchema>;

/** Maps each request type to the response its receiver sends back. */
export interface ResponseMap {
  getThread: GetThreadResponse;
  insertReply: InsertReplyResponse;
  getSnapshot: SnapshotResponse;
  testProfile: ProfileTestResult;
  applyTags: ApplyTagsResponse;
  getList: GetListResponse;
  openListRow: OpenListRowResponse;
  threadChanged: undefined;
  readerWords: ReaderWords;
  structuralReader: boolean;
  findOrders: FindOrdersResponse;
  orderDetails: OrderDetailsResponse;
  decideIntent: IntentDecision;
  genericRead: GenericReadResponse;
  siteAccess: SiteAccessStatus;
  testStoreConnection: ConnectionVerdict;
}

type Req<T extends keyof ResponseMap> = Extract<ContentRequest | ExtensionRequest, { type: T }>;

/** Panel or background → the content script of one tab. */
export function sendToTab<T extends ContentRequest['type']>(tabId: number, request: Req<T>): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request);
}

/** Background → the generic reader in a tab's top frame, injected on demand. */
export function sendToGenericReader(tabId: number, request: GenericReadRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request, { frameId: 0 });
}

/** Any context → background and extension pages. The receiver parses the response. */
export function sendToExtension<T extends ExtensionRequest['type']>(request: Req<T>): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}
