/**
 * The one HTTP path every store connector takes: a time limit, JSON parsed with zod, and every
 * way a call can fail turned into a ConnectorError whose message tells the agent what to check.
 * Messages never carry a secret: the values a request was signed with are cut out of anything a
 * server echoes back.
 */
import { boundedText, MAX_RESPONSE_BYTES, ResponseTooLarge } from '@/lib/connectors/bounded-body';
import type { JsonRequest, JsonResponse } from '@/lib/connectors/json-request';
import { problem } from '@/lib/connectors/problem';
import { redact } from '@/lib/connectors/server-said';
import { statusError } from '@/lib/connectors/status-error';
import { ConnectorError, type ConnectorContext } from '@/lib/connectors/types';
import { issueMessage } from '@/lib/i18n/issue-text';
import { localMessage } from '@/lib/i18n/local-message';

export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

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
