/**
 * The loopback server's answer to one chat request under the current scenario: streamed as SSE
 * chunks or whole as JSON, an HTTP fault, a stall or silence.
 */
import type { ServerResponse } from 'node:http';
import type { z } from 'zod';
import { answerTask } from './openai-tasks';
import { asText, chunkEvent, pieces, type RecordedChatRequest, type ScenarioSchema, send, sendError, sleep, usageFor } from './openai-wire';

export async function answer(
  response: ServerResponse,
  request: RecordedChatRequest,
  scenario: z.output<typeof ScenarioSchema>,
): Promise<void> {
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
