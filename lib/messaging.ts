/**
 * The one message protocol between contexts. Requests are parsed on arrival with the schemas in
 * lib/schemas/messages.ts; responses are parsed by the sender with the full schemas.
 * Type-only imports of the big schemas keep the content script free of zod classic.
 */
import type { ContentRequest, ExtensionRequest, GenericReadRequest, GenericReadResponse, SiteAccessStatus } from '@/lib/schemas/messages';
import type { SiteId, Thread } from '@/lib/schemas/ticket';
import type { SnapshotResponse } from '@/lib/schemas/snapshot-messages';
import type { ListRow } from '@/lib/sites/lists/types';
import type { Order, OrderDetails } from '@/lib/schemas/order';
import type { ConnectionVerdict, ConnectorErrorKind } from '@/lib/connectors/types';
import type { ConnectorProblem } from '@/lib/connectors/problem';
import type { ProfileTestResult } from '@/lib/sites/profile/test-on-page';
import type { InsertFailure, TagsFailure } from '@/lib/schemas/responses';

export type { ConnectorErrorKind };

export type NoThreadReason = 'unsupported-site' | 'not-a-ticket-page' | 'nothing-found';

export interface GetThreadResponse {
  thread: Thread | null;
  reason?: NoThreadReason;
}

export interface InsertReplyResponse {
  ok: boolean;
  /** Why the text could not be inserted: a code the panel words in the agent's language. */
  reason?: InsertFailure;
}

export interface ApplyTagsResponse {
  ok: boolean;
  /** The tags the page's field shows afterwards. */
  applied: string[];
  /** Why some or all were not added: a code the panel words in the agent's language. */
  reason?: TagsFailure;
  /** The tags the page did not take. */
  missing?: string[];
}

export interface GetListResponse {
  /** The site whose reader read the list (its marketplace rule applies). */
  site: SiteId | null;
  /** Null when the page shows no inbox list this site's reader knows. */
  rows: ListRow[] | null;
}

export interface OpenListRowResponse {
  ok: boolean;
}

export interface ConnectorFailure {
  connectorId: string;
  label: string;
  kind: ConnectorErrorKind;
  message: string;
  /** What went wrong as a message key and values: the panel says it in the agent's language (`message` is its English). */
  problem?: ConnectorProblem;
  /** A rate-limited store's Retry-After: the panel asks it again no sooner. */
  retryAfterMs?: number;
}

export interface FindOrdersResponse {
  orders: Order[];
  errors: ConnectorFailure[];
}

/** What opening an order added (its `detailsOnOpen` parts), or why its store could not say. */
export interface OrderDetailsResponse {
  details?: OrderDetails;
  failure?: ConnectorFailure;
}

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
  findOrders: FindOrdersResponse;
  orderDetails: OrderDetailsResponse;
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
