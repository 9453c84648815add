/**
 * The one HTTP path every store connector takes: a time limit, JSON parsed with zod, and every
 * way a call can fail turned into a ConnectorError whose message tells the agent what to check.
 * Messages never carry a secret: the values a request was signed with are cut out of anything a
 * server echoes back.
 */
import type { z } from 'zod';
import { problem, problemMessage, type ConnectorProblem } from './problem';
import { ConnectorError, type ConnectionVerdict, type ConnectorContext } from './types';
import type { StoreName } from './store-name';
import { issueMessage } from '@/lib/i18n/issue-text';
import { localMessage } from '@/lib/i18n/local-message';

export interface JsonRequest<T> {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  schema: z.ZodType<T>;
  /** Names the store in messages, e.g. "Shopify (acme.myshopify.com)", or a message (lib/connectors/store-name.ts). */
  store: StoreName;
  timeoutMs?: number;
  /** Tokens and keys this request carries; removed from every message. */
  secrets?: readonly string[];
  /** What to check, in the platform's words, when the store answers 401, 403 or 404. */
  hints?: Partial<Record<401 | 403 | 404, ConnectorProblem>>;
  /**
   * A platform's own reading of a status (e.g. an OAuth endpoint's 400 means bad credentials);
   * undefined = the usual one. `detail` is what the server said as an English sentence, `said` the bare excerpt.
   */
  onStatus?: (status: number, detail: string, body: string, said: string | undefined) => ConnectorError | undefined;
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

/** Keys and tokens travel in headers: plain http is refused except on the machine itself (tests, local proxies). `service` names whose address it is (a brand, as data). */
export function requireSecureUrl(raw: string, service: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw ConnectorError.of('config', problem('storeError.badAddress', { service, address: raw.slice(0, 300) }));
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) return url;
  throw ConnectorError.of('config', problem('storeError.insecureAddress', { service, address: url.origin.slice(0, 300) }));
}

/** The match pattern for an origin's optional host permission (ports are not part of match patterns). */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

/** A short, tag-free excerpt of what the server said, for the message. */
function serverSaid(body: string, secrets: readonly string[] = []): string | undefined {
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
  const text = redact(
    said
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    secrets,
  );
  if (!text) return undefined;
  return text.length > DETAIL_MAX_CHARS ? `${text.slice(0, DETAIL_MAX_CHARS)}…` : text;
}

function statusError(response: Response, body: string, request: JsonRequest<unknown>): ConnectorError {
  const { status } = response;
  const { store, hints = {} } = request;
  const said = serverSaid(body, request.secrets);
  const detail = said ? ` The store said: "${said}"` : '';
  const own = request.onStatus?.(status, detail, body, said);
  if (own) return own;
  const withStatus = (found: ConnectorProblem, withSaid = true): ConnectorProblem => ({
    ...found,
    status,
    ...(withSaid && said ? { said } : {}),
  });
  if (status === 401) return ConnectorError.of('auth', withStatus(hints[401] ?? problem('storeError.rejectedCredentials', { store })));
  if (status === 403) return ConnectorError.of('permission', withStatus(hints[403] ?? problem('storeError.refusedAccess', { store })));
  if (status === 404)
    return ConnectorError.of('not_found', withStatus(hints[404] ?? problem('storeError.noSuchAddress', { store }), false));
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    const found =
      retryAfterMs === undefined
        ? problem('storeError.rateLimited', { store })
        : problem('storeError.rateLimitedRetry', { store, seconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });
    return ConnectorError.of('rate_limited', withStatus(found, false), retryAfterMs);
  }
  if (status === 402 || status === 423) return ConnectorError.of('permission', withStatus(problem('storeError.locked', { store }), false));
  if (status >= 500) return ConnectorError.of('network', withStatus(problem('storeError.serverError', { store })));
  return ConnectorError.of('bad_response', withStatus(problem('storeError.unexpectedStatus', { store })));
}

async function failedFetch(
  error: unknown,
  url: URL,
  ctx: ConnectorContext,
  request: JsonRequest<unknown>,
  timedOut: boolean,
): Promise<ConnectorError> {
  const { store } = request;
  if (timedOut) {
    const seconds = Math.round((request.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS) / 1000);
    return ConnectorError.of('network', problem('storeError.timeout', { store, seconds }));
  }
  const permitted = await ctx.hasHostPermission?.(url.origin).catch(() => undefined);
  if (permitted === false) {
    return ConnectorError.of('permission', problem('storeError.notAllowed', { origin: url.origin }));
  }
  // Node's fetch says only "fetch failed"; its cause names it (ECONNREFUSED, ENOTFOUND, certificate errors).
  const cause =
    error instanceof Error && error.cause instanceof Error
      ? `: ${(error.cause as Error & { code?: string }).code ?? error.cause.message}`
      : '';
  const reason = error instanceof Error ? redact(`${error.message}${cause}`, request.secrets) : 'unknown error';
  return ConnectorError.of('network', problem('storeError.unreachable', { store, origin: url.origin, reason: reason.slice(0, 200) }));
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
        throw ConnectorError.of(
          'bad_response',
          problem('storeError.tooLarge', { store: request.store, megabytes: MAX_RESPONSE_BYTES / 1024 / 1024 }),
        );
      }
      throw await failedFetch(error, url, ctx, request, timedOut);
    }
    if (!response.ok) throw statusError(response, body, request);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      const start = redact(body.slice(0, 60).replace(/\s+/g, ' '), request.secrets);
      throw ConnectorError.of('bad_response', problem('storeError.notJson', { store: request.store, start }));
    }
    const parsed = request.schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.length ? issue.path.join('.') : '/';
      throw ConnectorError.of(
        'bad_response',
        problem('storeError.badShape', {
          store: request.store,
          path: path.slice(0, 200),
          // zod words its issues in English: the issue's code is worded in the agent's language instead.
          issue: issue ? issueMessage(issue) : localMessage('issue.invalid'),
        }),
      );
    }
    return { data: parsed.data, headers: response.headers };
  } finally {
    clearTimeout(timer);
  }
}

/** A failed "Test connection" in the verdict shape; anything that is not a ConnectorError is a bug worth showing as is. */
export function failedVerdict(error: unknown): ConnectionVerdict {
  const kind = error instanceof ConnectorError ? error.kind : 'bad_response';
  const found =
    error instanceof ConnectorError && error.problem
      ? error.problem
      : problem('storeError.bug', { detail: (error instanceof Error ? error.message : String(error)).slice(0, 300) });
  return { ok: false, kind, message: problemMessage(found), warnings: [] };
}
