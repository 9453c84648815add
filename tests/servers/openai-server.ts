/**
 * A loopback server speaking OpenAI's chat-completions wire format, for unit and end-to-end tests
 * of AI drafts: `GET /v1/models`, `POST /v1/chat/completions` (JSON or SSE streaming with
 * `data: {chunk}` lines and `data: [DONE]`), bearer-key auth, `response_format`, and faults
 * (401, 404 model, 429 with Retry-After, 500, stalls, malformed output). What it answers is the
 * current scenario, set from the test (`setScenario`) or over HTTP (`POST /_control/scenario`,
 * for a browser test that runs in another process).
 */
import { createServer } from 'node:http';
import { answer } from './openai-answer';
import {
  ChatRequestSchema,
  draftAnswer,
  type OpenAiScenario,
  type RecordedChatRequest,
  readBody,
  ScenarioSchema,
  send,
  sendError,
} from './openai-wire';

export { draftAnswer };

export const LOOPBACK_API_KEY = 'sk-loopback-test-key';
export const LOOPBACK_MODEL = 'loopback-mini';

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
