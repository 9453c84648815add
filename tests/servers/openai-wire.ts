/**
 * OpenAI's chat-completions wire format as the loopback server (openai-server.ts) speaks it: the
 * request body it accepts, the scenarios a test sets, error bodies, SSE chunks and usage.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';

export const ScenarioSchema = z.discriminatedUnion('kind', [
  /** Streams `content` (a string as is, anything else as JSON) in chunks of `chunkSize` characters. */
  z.object({
    kind: z.literal('answer'),
    content: z.unknown(),
    chunkSize: z.number().int().positive().default(16),
    delayMs: z.number().nonnegative().default(2),
  }),
  z.object({ kind: z.literal('status'), status: z.number().int(), retryAfter: z.number().optional() }),
  /** Sends `chunks` chunks of the answer, then nothing, keeping the connection open. */
  z.object({ kind: z.literal('stall'), content: z.unknown(), chunks: z.number().int().nonnegative().default(2) }),
  /** Never answers at all, not even headers. */
  z.object({ kind: z.literal('silent') }),
  /**
   * Answers rewrite, translation and summary prompts from the request itself (openai-tasks.ts):
   * deterministic, so a browser test can predict the text; drafts get `draft`.
   */
  z.object({
    kind: z.literal('tasks'),
    draft: z.unknown().optional(),
    /** Changes the first amount of a translation (84.50 → 48.50), as a model that slips would. */
    slipAmount: z.boolean().default(false),
  }),
]);
export type OpenAiScenario = z.input<typeof ScenarioSchema>;

export const ChatRequestSchema = z.object({
  model: z.string(),
  messages: z.array(z.object({ role: z.string(), content: z.string() })),
  stream: z.boolean().optional(),
  response_format: z.looseObject({ type: z.string() }).optional(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).optional(),
});
/** A chat request as received: its body, and where and with which headers it came (for presets). */
export type RecordedChatRequest = z.infer<typeof ChatRequestSchema> & {
  http: { path: string; query: Record<string, string>; headers: Record<string, string | undefined> };
};

/** An answer in the draft's JSON shape. */
export function draftAnswer(
  reply: string,
  factsUsed: Array<{ kind: string; value: string }> = [],
): Extract<OpenAiScenario, { kind: 'answer' }> {
  return { kind: 'answer', content: { reply, facts_used: factsUsed } };
}

export const ERRORS: Record<number, { message: string; type: string; code: string | null }> = {
  401: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' },
  429: { message: 'Rate limit reached for requests.', type: 'requests', code: 'rate_limit_exceeded' },
  500: { message: 'The server had an error while processing your request.', type: 'server_error', code: null },
};

export function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*', ...headers });
  response.end(JSON.stringify(body));
}

export function sendError(response: ServerResponse, status: number, error = ERRORS[status], headers: Record<string, string> = {}): void {
  send(
    response,
    status,
    { error: { param: null, ...(error ?? { message: `error ${status}`, type: 'server_error', code: null }) } },
    headers,
  );
}

export async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

export const asText = (content: unknown) => (typeof content === 'string' ? content : JSON.stringify(content));
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function chunkEvent(model: string, delta: Record<string, string>, finish: string | null): string {
  const chunk = {
    id: 'chatcmpl-loopback',
    object: 'chat.completion.chunk',
    created: 1_764_000_000,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  };
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

export function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** Tokens as a rough quarter of the characters: enough for the panel's usage line to be checked. */
export function usageFor(request: RecordedChatRequest, text: string) {
  const prompt_tokens = Math.ceil(request.messages.reduce((sum, m) => sum + m.content.length, 0) / 4);
  const completion_tokens = Math.ceil(text.length / 4);
  return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens };
}
