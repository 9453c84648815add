/**
 * Streams an AI draft for a ticket. Streaming choice: the model is asked for structured output
 * (JSON `{reply, facts_used}`) and the raw JSON is streamed; the `reply` string is decoded from the
 * partial JSON as it grows (draft-output.ts), so the panel shows plain text as it arrives and the
 * whole answer is still validated with zod at the end. Servers that reject `response_format` are
 * asked for the same JSON in the text instead, remembered per server and model.
 *
 * Never throws: every failure becomes `{status: 'failed', message}` ("AI draft unavailable: …,
 * showing templates."), and an abort by the caller (the ticket changed) becomes `{status: 'aborted'}`.
 */
import type { AiSettings, DraftOutput } from '@/lib/schemas/ai';
import { createAiClient, missingKey } from '@/lib/suggest/ai/client';
import { DRAFT_JSON_SCHEMA, parseDraftOutput, partialReply } from '@/lib/suggest/ai/draft-output';
import { AiFailure, rejectsStructuredOutput, toAiProblem, unavailableMessage, type AiProblem } from '@/lib/suggest/ai/errors';
import { privateMessages, restoreDeep } from '@/lib/suggest/ai/model-call';
import { knownPersonalData } from '@/lib/suggest/ai/personal-data';
import { buildDraftPrompt, type DraftRequest } from '@/lib/suggest/ai/prompt';
import { parseUsage, type TokenUsage } from '@/lib/suggest/ai/usage';

export type { DraftRequest } from '@/lib/suggest/ai/prompt';

export interface DraftOptions {
  signal?: AbortSignal;
  /** Called with the whole reply text so far, each time it grows. */
  onText?: (text: string) => void;
  /** No byte from the server for this long ends the draft (covers a server that stalls mid-stream). */
  idleTimeoutMs?: number;
  totalTimeoutMs?: number;
  fetch?: typeof fetch;
}

export type DraftOutcome =
  | { status: 'done'; reply: string; factsUsed: DraftOutput['facts_used']; structured: boolean; usage: TokenUsage | null }
  | { status: 'failed'; problem: AiProblem; message: string }
  | { status: 'aborted' };

const DEFAULT_IDLE_TIMEOUT_MS = 20_000;
const DEFAULT_TOTAL_TIMEOUT_MS = 90_000;
/** Far above a reply; a runaway model is cut off instead of filling the panel. */
const MAX_RAW_CHARS = 60_000;

/** Servers known (this session) to reject structured outputs, keyed by base URL and model. */
const textJsonServers = new Set<string>();

const malformed = (reason: string) => new AiFailure({ code: 'malformed_output', reason: `the model's answer ${reason}` });

async function runOnce(
  settings: AiSettings,
  request: DraftRequest,
  structured: boolean,
  signal: AbortSignal,
  options: DraftOptions,
  touch: () => void,
) {
  const client = createAiClient(settings, { timeoutMs: options.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS, fetch: options.fetch });
  const { body, redactor } = draftPayload(settings, request, structured);
  const stream = await client.chat.completions.create(body, { signal });
  let raw = '';
  let shown = '';
  let usage: TokenUsage | null = null;
  for await (const chunk of stream) {
    touch();
    usage = parseUsage(chunk.usage) ?? usage;
    raw += chunk.choices[0]?.delta?.content ?? '';
    if (raw.length > MAX_RAW_CHARS) throw malformed('was far too long');
    const text = redactor.restorePartial(partialReply(raw));
    if (text !== shown) {
      shown = text;
      options.onText?.(text);
    }
  }
  const output = parseDraftOutput(raw);
  if (!output) throw malformed('was not in the expected format');
  return { output: restoreDeep(output, redactor), usage };
}

/**
 * The exact body a draft sends, personal data already replaced (Settings → AI previews it), and
 * the redactor that puts the data back into the answer.
 */
export function draftPayload(
  settings: AiSettings,
  request: DraftRequest,
  structured = !textJsonServers.has(`${settings.baseUrl} ${settings.model}`),
) {
  // Personal data leaves the browser only as placeholders; the text shown has it back.
  const { messages, redactor } = privateMessages(
    buildDraftPrompt(request, { jsonInText: !structured }).messages,
    draftPersonalData(request),
  );
  const body = {
    model: settings.model,
    messages,
    stream: true as const,
    // The last chunk then carries `usage` (tokens), for the panel's cost estimate.
    stream_options: { include_usage: true },
    ...(structured ? { response_format: { type: 'json_schema' as const, json_schema: DRAFT_JSON_SCHEMA } } : {}),
  };
  return { body, redactor };
}

/** The personal data a draft's prompt can hold: the ticket's and the order's. */
export function draftPersonalData(request: DraftRequest) {
  return knownPersonalData(request.ticket, request.order ? [request.order] : []);
}

export async function streamDraft(settings: AiSettings, request: DraftRequest, options: DraftOptions = {}): Promise<DraftOutcome> {
  const fail = (problem: AiProblem): DraftOutcome => ({ status: 'failed', problem, message: unavailableMessage(problem) });
  if (missingKey(settings)) return fail({ code: 'no_key', reason: 'no API key is set; add one in Settings' });
  if (options.signal?.aborted) return { status: 'aborted' };

  const controller = new AbortController();
  const abort = () => controller.abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const expire = () => {
    timedOut = true;
    controller.abort();
  };
  let idle = setTimeout(expire, options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS);
  const touch = () => {
    clearTimeout(idle);
    idle = setTimeout(expire, options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS);
  };
  const total = setTimeout(expire, options.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS);

  const serverKey = `${settings.baseUrl} ${settings.model}`;
  try {
    let structured = !textJsonServers.has(serverKey);
    for (;;) {
      try {
        const { output, usage } = await runOnce(settings, request, structured, controller.signal, options, touch);
        return { status: 'done', reply: output.reply, factsUsed: output.facts_used, structured, usage };
      } catch (error) {
        if (!structured || !rejectsStructuredOutput(error)) throw error;
        textJsonServers.add(serverKey);
        structured = false;
      }
    }
  } catch (error) {
    if (options.signal?.aborted) return { status: 'aborted' };
    if (timedOut) return fail({ code: 'timeout', reason: 'the AI service did not answer in time' });
    return fail(toAiProblem(error, settings.model));
  } finally {
    clearTimeout(idle);
    clearTimeout(total);
    options.signal?.removeEventListener('abort', abort);
  }
}
