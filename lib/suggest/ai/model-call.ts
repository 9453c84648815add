/**
 * The one way a prompt reaches a model. Every AI call — draft, rewrite, translation, summary, and
 * the payload preview in Settings — builds its messages, then passes them through `privateMessages`
 * here, which redacts the customer's personal data (lib/suggest/ai/redact.ts) and hands back the
 * redactor that restores the answer. `completeJson` is the non-streaming call with a zod-checked
 * JSON answer; the streaming draft (draft.ts) uses `privateMessages` the same way.
 */
import type { z } from 'zod';
import type { AiSettings } from '@/lib/schemas/ai';
import { createAiClient, missingKey } from '@/lib/suggest/ai/client';
import { AiFailure, toAiProblem, type AiProblem } from '@/lib/suggest/ai/errors';
import type { KnownPersonalData } from '@/lib/suggest/ai/personal-data';
import { Redactor } from '@/lib/suggest/ai/redact';
import { parseUsage, type TokenUsage } from '@/lib/suggest/ai/usage';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export interface PrivateMessages {
  messages: ChatMessage[];
  redactor: Redactor;
}

/** The messages as they leave the browser: personal data replaced, in every message (system too). */
export function privateMessages(messages: readonly ChatMessage[], known: KnownPersonalData): PrivateMessages {
  const redactor = new Redactor(known);
  return { messages: messages.map((m) => ({ role: m.role, content: redactor.redact(m.content) })), redactor };
}

/** Every string inside a parsed answer with the originals put back. */
export function restoreDeep<T>(value: T, redactor: Redactor): T {
  if (typeof value === 'string') return redactor.restore(value) as T;
  if (Array.isArray(value)) return value.map((item) => restoreDeep(item, redactor)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, restoreDeep(item, redactor)])) as T;
  }
  return value;
}

/** The JSON object in a model's text: servers without structured outputs often wrap it in a code fence. */
export function jsonObjectIn(raw: string): unknown {
  const start = raw.indexOf('{');
  const end = raw.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    return JSON.parse(raw.slice(start, end + 1));
  } catch {
    return undefined;
  }
}

export type JsonCallOutcome<T> =
  | { status: 'done'; value: T; usage: TokenUsage | null; sent: ChatMessage[] }
  | { status: 'failed'; problem: AiProblem; raw?: string };

export interface JsonCallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_RAW_CHARS = 60_000;

/**
 * One chat completion asking for a JSON object (in the text: every OpenAI-compatible server can do
 * that), parsed with `schema`. A malformed answer is a `malformed_output` failure that keeps the
 * raw text, so nothing the agent had is lost and the panel can say what happened.
 */
export async function completeJson<S extends z.ZodType>(
  settings: AiSettings,
  messages: readonly ChatMessage[],
  schema: S,
  known: KnownPersonalData,
  options: JsonCallOptions = {},
): Promise<JsonCallOutcome<z.output<S>>> {
  if (missingKey(settings)) return { status: 'failed', problem: { code: 'no_key', reason: 'no API key is set; add one in Settings' } };
  const { messages: sent, redactor } = privateMessages(messages, known);
  let raw = '';
  try {
    const client = createAiClient(settings, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, fetch: options.fetch });
    const response = await client.chat.completions.create(
      { model: settings.model, messages: sent, response_format: { type: 'json_object' } },
      { signal: options.signal },
    );
    raw = response.choices[0]?.message?.content ?? '';
    if (raw.length > MAX_RAW_CHARS) throw new AiFailure({ code: 'malformed_output', reason: "the model's answer was far too long" });
    const parsed = schema.safeParse(jsonObjectIn(raw));
    if (!parsed.success) throw new AiFailure({ code: 'malformed_output', reason: "the model's answer was not in the expected format" });
    return { status: 'done', value: restoreDeep(parsed.data, redactor), usage: parseUsage(response.usage), sent };
  } catch (error) {
    return { status: 'failed', problem: toAiProblem(error, settings.model), ...(raw ? { raw: redactor.restore(raw) } : {}) };
  }
}
