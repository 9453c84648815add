/**
 * The one HTTP path every store connector takes: a time limit, JSON parsed with zod, and every
 * way a call can fail turned into a ConnectorError whose message tells the agent what to check.
 * Messages never carry a secret: the values a request was signed with are cut out of anything a
 * server echoes back.
 */
import type { z } from 'zod';
import { ConnectorError, type ConnectionVerdict, type ConnectorContext } from './types';

export interface JsonRequest<T> {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  schema: z.ZodType<T>;
  /** Names the store in messages, e.g. "Shopify (acme.myshopify.com)". */
  store: string;
  timeoutMs?: number;
  /** Tokens and keys this request carries; removed from every message. */
  secrets?: readonly string[];
  /** What to check, in the platform's words, when the store answers 401, 403 or 404. */
  hints?: Partial<Record<401 | 403 | 404, string>>;
  /** A platform's own reading of a status (e.g. an OAuth endpoint's 400 means bad credentials); undefined = the usual one. */
  onStatus?: (status: number, detail: string, body: string) => ConnectorError | undefined;
}

export interface JsonResponse<T> {
  data: T;
  headers: Headers;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
/** Far above a page of orders (20 orders are a few hundred KB); past it a store is sending something else. */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

class ResponseTooLarge extends Error {}

/** The body as text, refusing to hold more than `limit` bytes of it (checked as it arrives). */
async function boundedText(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) throw new ResponseTooLarge();
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new ResponseTooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
const DETAIL_MAX_CHARS = 160;

/** Cuts every secret out of a text that may echo what was sent (with a floor so "" or "a" cut nothing odd). */
export function redact(text: string, secrets: readonly string[] = []): string {
  return secrets.filter((s) => s.length >= 4).reduce((out, secret) => out.split(secret).join('[redacted]'), text);
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Keys and tokens travel in headers: plain http is refused except on the machine itself (tests, local proxies). */
export function requireSecureUrl(raw: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConnectorError('config', `${what} is not a valid URL.`);
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) return url;
  throw new ConnectorError('config', `${what} must start with https:// (${url.protocol}// would send the keys unencrypted).`);
}

/** The match pattern for an origin's optional host permission (ports are not part of match patterns). */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

/** A short, tag-free excerpt of what the server said, for the message. */
function serverDetail(body: string, secrets: readonly string[] = []): string {
  let said = body;
  try {
    const json: unknown = JSON.parse(body);
    if (json && typeof json === 'object') {
      const record = json as Record<string, unknown>;
      const candidate = record.message ?? record.error_description ?? record.errors ?? record.error;
      said = typeof candidate === 'string' ? candidate : JSON.stringify(candidate ?? json);
    }
  } catch {
    // not JSON: an HTML error page; keep its text
  }
  const text = redact(said.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim(), secrets);
  if (!text) return '';
  return ` The store said: "${text.length > DETAIL_MAX_CHARS ? `${text.slice(0, DETAIL_MAX_CHARS)}…` : text}"`;
}

function statusError(response: Response, body: string, request: JsonRequest<unknown>): ConnectorError {
  const { status } = response;
  const { store, hints = {} } = request;
  const detail = serverDetail(body, request.secrets);
  const own = request.onStatus?.(status, detail, body);
  if (own) return own;
  if (status === 401) return new ConnectorError('auth', `${hints[401] ?? `${store} rejected the credentials.`} (HTTP 401)${detail}`);
  if (status === 403) return new ConnectorError('permission', `${hints[403] ?? `${store} refused access: the key lacks a permission.`} (HTTP 403)${detail}`);
  if (status === 404) return new ConnectorError('not_found', `${hints[404] ?? `${store} has no such address: check the store URL.`} (HTTP 404)`);
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    const wait = retryAfterMs === undefined ? '' : ` Try again in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s.`;
    return new ConnectorError('rate_limited', `${store} is limiting requests (HTTP 429).${wait}`, retryAfterMs);
  }
  if (status === 402 || status === 423) return new ConnectorError('permission', `${store} is unavailable: the shop is frozen, unpaid or locked (HTTP ${status}).`);
  if (status >= 500) return new ConnectorError('network', `${store} had a server error (HTTP ${status}); try again shortly.${detail}`);
  return new ConnectorError('bad_response', `${store} answered HTTP ${status}.${detail}`);
}

async function failedFetch(error: unknown, url: URL, ctx: ConnectorContext, request: JsonRequest<unknown>, timedOut: boolean): Promise<ConnectorError> {
  const { store } = request;
  if (timedOut) {
    const seconds = Math.round((request.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS) / 1000);
    return new ConnectorError('network', `${store} did not answer within ${seconds} s.`);
  }
  const permitted = await ctx.hasHostPermission?.(url.origin).catch(() => undefined);
  if (permitted === false) {
    return new ConnectorError('permission', `Deskpilot may not reach ${url.origin} yet: allow access to this store's site (reconnect it in the options page).`);
  }
  // Node's fetch says only "fetch failed"; its cause names it (ECONNREFUSED, ENOTFOUND, certificate errors).
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${(error.cause as Error & { code?: string }).code ?? error.cause.message}` : '';
  const reason = error instanceof Error ? redact(`${error.message}${cause}`, request.secrets) : 'unknown error';
  return new ConnectorError('network', `Could not reach ${store} at ${url.origin} (${reason}): check the address, your connection, and that the site allows Deskpilot (CORS, firewall).`);
}

export async function requestJson<T>(ctx: ConnectorContext, request: JsonRequest<T>): Promise<JsonResponse<T>> {
  const url = new URL(request.url);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
  try {
    let response: Response;
    let body: string;
    try {
      response = await ctx.fetch(url, {
        method: request.method ?? 'GET',
        headers: { accept: 'application/json', ...request.headers },
        body: request.body,
        signal: controller.signal,
      });
      body = await boundedText(response, MAX_RESPONSE_BYTES);
    } catch (error) {
      if (error instanceof ResponseTooLarge) {
        throw new ConnectorError('bad_response', `${request.store} sent more than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB for one request; Deskpilot stopped reading it (check the store URL: an API answers far less).`);
      }
      throw await failedFetch(error, url, ctx, request, timedOut);
    }
    if (!response.ok) throw statusError(response, body, request);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      const start = redact(body.slice(0, 60).replace(/\s+/g, ' '), request.secrets);
      throw new ConnectorError('bad_response', `${request.store} sent something that is not JSON ("${start}…"): check the store URL (a login or error page answers instead of the API).`);
    }
    const parsed = request.schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      throw new ConnectorError('bad_response', `${request.store} sent data in a shape Deskpilot cannot read${where}: ${issue?.message ?? 'invalid'}.`);
    }
    return { data: parsed.data, headers: response.headers };
  } finally {
    clearTimeout(timer);
  }
}

/** A failed "Test connection" in the verdict shape; anything that is not a ConnectorError is a bug worth showing as is. */
export function failedVerdict(error: unknown): ConnectionVerdict {
  if (error instanceof ConnectorError) return { ok: false, kind: error.kind, message: error.message, warnings: [] };
  return { ok: false, kind: 'bad_response', message: `Unexpected error: ${error instanceof Error ? error.message : String(error)}`, warnings: [] };
}
