// @vitest-environment node
// Node's own fetch against a real loopback HTTP server (happy-dom's fetch would apply page CORS rules).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AiSettingsSchema, type AiSettings } from '@/lib/schemas/ai';
import { DEFAULT_SHOP_FACTS } from '@/lib/schemas/settings';
import { TeamVoiceSchema } from '@/lib/schemas/voice';
import { buildRewritePrompt, rewriteReply, type RewriteRequest } from '@/lib/suggest/ai/rewrite';
import { orderShaped, ticketSaying } from '@/lib/suggest/testing/fixtures';
import { LOOPBACK_MODEL, startOpenAiServer, type OpenAiServer } from '@/tests/servers/openai-server';

const ticket = ticketSaying('Hola, ¿dónde está mi pedido #3107? Mi teléfono es 010-1234-5678. Jonas', {
  language: 'es',
  orderRefs: ['#3107'],
});
const REPLY = 'Hi Jonas,\n\nThank you for your patience. Your order #3107 is on its way with DHL. The total was €64.90.\n\nBest regards';
const request: RewriteRequest = {
  action: 'translate',
  text: REPLY,
  targetLanguage: 'es',
  ticket,
  orders: [orderShaped('in-transit')],
  shop: DEFAULT_SHOP_FACTS,
  voice: [{ source: 'Settings', voice: TeamVoiceSchema.parse({ wordsToAvoid: ['unfortunately'] }) }],
};

let server: OpenAiServer;
let settings: AiSettings;
beforeAll(async () => {
  server = await startOpenAiServer({ scenario: { kind: 'tasks' } });
  settings = AiSettingsSchema.parse({ baseUrl: server.baseUrl, apiKey: server.apiKey, model: LOOPBACK_MODEL, enabled: true });
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
  server.setScenario({ kind: 'tasks' });
});

describe('rewriteReply', () => {
  it('translates with the name kept private and restored, and finds no changed fact when all are kept', async () => {
    const outcome = await rewriteReply(settings, request);
    expect(outcome).toMatchObject({ status: 'done', diff: { changed: [], dropped: [] } });
    if (outcome.status !== 'done') throw new Error('expected a translation');
    expect(outcome.text).toBe(
      'Hola Jonas,\n\nGracias por tu paciencia. Tu pedido #3107 está en camino con DHL. El total fue €64,90.\n\nSaludos cordiales',
    );
    expect(outcome.usage?.totalTokens).toBeGreaterThan(0);
    const sent = JSON.stringify(server.requests[0]!.messages);
    expect(sent).toContain('[CUSTOMER_FIRST_NAME_1]');
    expect(sent).not.toContain('Jonas');
    expect(server.requests[0]!.response_format).toEqual({ type: 'json_object' });
  });

  it('highlights the amount a slipping model changed, with what it was', async () => {
    server.setScenario({ kind: 'tasks', slipAmount: true });
    const outcome = await rewriteReply(settings, request);
    if (outcome.status !== 'done') throw new Error('expected a translation');
    expect(outcome.diff.changed).toMatchObject([{ kind: 'amount', text: '€46,90', was: '€64.90' }]);
  });

  it('keeps the voice out of translations but in style rewrites, and fences the reply', () => {
    const shorter = buildRewritePrompt({ ...request, action: 'shorter' });
    expect(shorter[0]!.content).toContain('TASK: shorter');
    expect(shorter[0]!.content).toContain('"unfortunately"');
    expect(shorter[1]!.content).toMatch(/=====BEGIN REPLY ([0-9a-f]{24})=====\nHi Jonas[\s\S]*=====END REPLY \1=====/);
    expect(buildRewritePrompt(request)[0]!.content).not.toContain('"unfortunately"');
    expect(buildRewritePrompt(request)[1]!.content).toContain('TARGET LANGUAGE: Spanish (es)');
  });

  it('says clearly when the answer is malformed or the server fails, and the reply stays as it was', async () => {
    server.setScenario({ kind: 'answer', content: 'Claro, aquí está: Hola Jonas' });
    expect(await rewriteReply(settings, request)).toMatchObject({
      status: 'failed',
      problem: { code: 'malformed_output' },
      message: "Rewrite unavailable: the model's answer was not in the expected format; your reply is unchanged.",
    });
    server.setScenario({ kind: 'status', status: 500 });
    expect(await rewriteReply(settings, request)).toMatchObject({ status: 'failed', message: expect.stringContaining('(500)') });
  });
});
