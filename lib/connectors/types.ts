import type { z } from 'zod';
import type { Order, OrderDetails } from '@/lib/schemas/order';
import type { LocalMessage } from '@/lib/i18n/local-message';
import { englishProblem, type ConnectorProblem } from './problem';

/** What went wrong with a store, in words the panel and the CLI share. */
export type ConnectorErrorKind = 'auth' | 'not_found' | 'rate_limited' | 'network' | 'bad_response' | 'permission' | 'config';

export interface OrderQuery {
  email?: string;
  orderRefs: string[];
}

/**
 * Typed so the panel can say exactly what is wrong (bad token, rate limited, network...). With a
 * `problem` the panel says it in the agent's language; `message` is its English (the CLI's).
 */
export class ConnectorError extends Error {
  constructor(
    readonly kind: ConnectorErrorKind,
    message: string,
    readonly retryAfterMs?: number,
    readonly problem?: ConnectorProblem,
  ) {
    super(message);
    this.name = 'ConnectorError';
  }

  static of(kind: ConnectorErrorKind, problem: ConnectorProblem, retryAfterMs?: number): ConnectorError {
    return new ConnectorError(kind, englishProblem(problem), retryAfterMs, problem);
  }
}

/** A short-lived access token as kept between look-ups (`expiresAt` in ms since the epoch). */
export interface StoredToken {
  value: string;
  expiresAt: number;
}

/** Where access tokens outlive the process that fetched them (the background's session storage). */
export interface TokenStore {
  get(key: string): Promise<StoredToken | undefined>;
  set(key: string, token: StoredToken): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface ConnectorContext {
  fetch: typeof fetch;
  /**
   * The browser stops an idle background after 30 s, and its memory with it: tokens kept here
   * spare the next ticket a token exchange. Memory only when absent (the command line, tests).
   */
  tokenStore?: TokenStore;
  /**
   * Whether the extension may call this origin. A failed fetch cannot tell a missing host
   * permission from a DNS or network failure; the background answers this so the message can.
   */
  hasHostPermission?: (origin: string) => Promise<boolean>;
}

/** One platform. Runs only in the background (or the CLI): host permissions and secrets live there. */
export interface Connector<Config> {
  id: string;
  label: string;
  configSchema: z.ZodType<Config>;
  /** Origins to request as optional host permissions when this store is connected. */
  hostPermissions(config: Config): string[];
  findOrders(config: Config, query: OrderQuery, ctx: ConnectorContext): Promise<Order[]>;
  /**
   * The parts one order's first answer left for later (`order.detailsOnOpen`), read when the
   * agent opens that order: the panel's first answer stays one request per store.
   */
  orderDetails?(config: Config, order: Order, ctx: ConnectorContext): Promise<OrderDetails>;
  /** For the options page's "Test connection": one real call, and what it proved. */
  testConnection?(config: Config, ctx: ConnectorContext): Promise<ConnectionVerdict>;
}

/** What "Test connection" found: the first thing to fix, or that it works (with any limits). */
export interface ConnectionVerdict {
  ok: boolean;
  /** Why it failed (bad token: auth; missing scope, CORS or host permission: permission; wrong domain: not_found). */
  kind?: ConnectorErrorKind;
  /** One or two sentences for the agent: what works, or what to fix (Settings words it; the CLI reads `englishMessage`). */
  message: LocalMessage;
  /** It works, with a limit worth knowing (e.g. only the last 60 days of orders are visible). */
  warnings: LocalMessage[];
}
