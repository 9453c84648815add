/**
 * A loopback server speaking OpenAI's chat-completions wire format, for unit and end-to-end tests
 * of AI drafts: `GET /v1/models`, `POST /v1/chat/completions` (JSON or SSE streaming with
 * `data: {chunk}` lines and `data: [DONE]`), bearer-key auth, `response_format`, and faults
 * (401, 404 model, 429 with Retry-After, 500, stalls, malformed output). What it answers is the
 * current scenario, set from the test (`setScenario`) or over HTTP (`POST /_control/scenario`,
 * for a browser test that runs in another process).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { answerTask } from './openai-tasks';

export const LOOPBACK_API_KEY = 'sk-loopback-test-key';
export const LOOPBACK_MODEL = 'loopback-mini';

const ScenarioSchema = z.discriminatedUnion('kind', [
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

const ChatRequestSchema = z.object({
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

export interface OpenAiServerOptions {
  models?: string[];
  /** False imitates servers that answer 400 to `response_format: json_schema`. */
  structuredOutputs?: boolean;
  scenario?: OpenAiScenario;
}

export interface OpenAiServer {
  origin: string;
  /** The base URL a client is configured with: origin + "/v1". */
  baseUrl: string;
  apiKey: string;
  requests: RecordedChatRequest[];
  setScenario(scenario: OpenAiScenario): void;
  close(): Promise<void>;
}

/** An answer in the draft's JSON shape. */
export function draftAnswer(
  reply: string,
  factsUsed: Array<{ kind: string; value: string }> = [],
): Extract<OpenAiScenario, { kind: 'answer' }> {
  return { kind: 'answer', content: { reply, facts_used: factsUsed } };
}

const ERRORS: Record<number, { message: string; type: string; code: string | null }> = {
  401: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' },
  429: { message: 'Rate limit reached for requests.', type: 'requests', code: 'rate_limit_exceeded' },
  500: { message: 'The server had an error while processing your request.', type: 'server_error', code: null },
};

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*', ...headers });
  response.end(JSON.stringify(body));
}

function sendError(response: ServerResponse, status: number, error = ERRORS[status], headers: Record<string, string> = {}): void {
  send(
    response,
    status,
    { error: { param: null, ...(error ?? { message: `error ${status}`, type: 'server_error', code: null }) } },
    headers,
  );
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

const asText = (content: unknown) => (typeof content === 'string' ? content : JSON.stringify(content));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function chunkEvent(model: string, delta: Record<string, string>, finish: string | null): string {
  const chunk = {
    id: 'chatcmpl-loopback',
    object: 'chat.completion.chunk',
    created: 1_764_000_000,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  };
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** Tokens as a rough quarter of the characters: enough for the panel's usage line to be checked. */
function usageFor(request: RecordedChatRequest, text: string) {
  const prompt_tokens = Math.ceil(request.messages.reduce((sum, m) => sum + m.content.length, 0) / 4);
  const completion_tokens = Math.ceil(text.length / 4);
  return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens };
}

async function answer(response: ServerResponse, request: RecordedChatRequest, scenario: z.output<typeof ScenarioSchema>): Promise<void> {
  if (scenario.kind === 'silent') return;
  if (scenario.kind === 'tasks') {
    const content = answerTask(request, scenario);
    return answer(response, request, { kind: 'answer', content, chunkSize: 16, delayMs: 2 });
  }
  if (scenario.kind === 'status') {
    const headers: Record<string, string> = scenario.retryAfter ? { 'retry-after': String(scenario.retryAfter) } : {};
    return sendError(response, scenario.status, undefined, headers);
  }
  const text = asText(scenario.content);
  if (!request.stream) {
    const message = { role: 'assistant', content: text };
    return send(response, 200, {
      id: 'chatcmpl-loopback',
      object: 'chat.completion',
      created: 1_764_000_000,
      model: request.model,
      choices: [{ index: 0, message, finish_reason: 'stop' }],
      usage: usageFor(request, text),
    });
  }
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'access-control-allow-origin': '*' });
  response.write(chunkEvent(request.model, { role: 'assistant', content: '' }, null));
  const parts = pieces(text, scenario.kind === 'answer' ? scenario.chunkSize : 16);
  const sent = scenario.kind === 'stall' ? parts.slice(0, scenario.chunks) : parts;
  for (const part of sent) {
    if (response.destroyed) return;
    response.write(chunkEvent(request.model, { content: part }, null));
    await sleep(scenario.kind === 'answer' ? scenario.delayMs : 0);
  }
  if (scenario.kind === 'stall') return; // keep the connection open: the client's timeout must end it
  response.write(chunkEvent(request.model, {}, 'stop'));
  if (request.stream_options?.include_usage) {
    const usage = { id: 'chatcmpl-loopback', object: 'chat.completion.chunk', created: 1_764_000_000, model: request.model, choices: [] };
    response.write(`data: ${JSON.stringify({ ...usage, usage: usageFor(request, text) })}\n\n`);
  }
  response.end('data: [DONE]\n\n');
}

export async function startOpenAiServer(options: OpenAiServerOptions = {}): Promise<OpenAiServer> {
  const models = options.models ?? [LOOPBACK_MODEL];
  let scenario = ScenarioSchema.parse(options.scenario ?? draftAnswer('Hello from the loopback model.'));
  const requests: RecordedChatRequest[] = [];

  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': '*',
        'access-control-allow-methods': 'GET, POST',
      });
      return response.end();
    }
    if (path === '/_control/scenario' && request.method === 'POST') {
      const parsed = ScenarioSchema.safeParse(await readBody(request));
      if (!parsed.success) return send(response, 400, { error: parsed.error.message });
      scenario = parsed.data;
      return send(response, 200, { ok: true });
    }
    if (path === '/_control/requests' && request.method === 'GET') return send(response, 200, requests);
    // Azure OpenAI: the deployment in the path, the key in an `api-key` header, `api-version` required.
    const azure = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/.exec(path);
    if (!path.startsWith('/v1/') && !azure) {
      response.writeHead(404, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
      return response.end('404 page not found');
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (azure ? request.headers['api-key'] !== LOOPBACK_API_KEY || !url.searchParams.get('api-version') : false)
      return sendError(response, 401);
    if (!azure && request.headers.authorization !== `Bearer ${LOOPBACK_API_KEY}`) return sendError(response, 401);
    if (path === '/v1/models' && request.method === 'GET') {
      return send(response, 200, {
        object: 'list',
        data: models.map((id) => ({ id, object: 'model', created: 1_764_000_000, owned_by: 'loopback' })),
      });
    }
    if ((path !== '/v1/chat/completions' && !azure) || request.method !== 'POST')
      return sendError(response, 404, { message: `Unknown request URL: ${path}`, type: 'invalid_request_error', code: 'unknown_url' });
    const body = ChatRequestSchema.safeParse(await readBody(request));
    if (!body.success) return sendError(response, 400, { message: 'Invalid request body.', type: 'invalid_request_error', code: null });
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
    const recorded: RecordedChatRequest = {
      ...body.data,
      ...(azure ? { model: decodeURIComponent(azure[1]!) } : {}),
      http: { path, query: Object.fromEntries(url.searchParams), headers },
    };
    requests.push(recorded);
    if (!models.includes(recorded.model)) {
      return sendError(response, 404, {
        message: `The model \`${recorded.model}\` does not exist or you do not have access to it.`,
        type: 'invalid_request_error',
        code: 'model_not_found',
      });
    }
    if (body.data.response_format?.type === 'json_schema' && options.structuredOutputs === false) {
      return sendError(response, 400, {
        message: "response_format 'json_schema' is not supported by this server",
        type: 'invalid_request_error',
        code: null,
      });
    }
    await answer(response, recorded, scenario);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('openai server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    baseUrl: `${origin}/v1`,
    apiKey: LOOPBACK_API_KEY,
    requests,
    setScenario: (next) => {
      scenario = ScenarioSchema.parse(next);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
