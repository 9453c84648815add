// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AiSettingsSchema, DEFAULT_AZURE_API_VERSION } from '@/lib/schemas/ai';
import { azureEndpoint } from '@/lib/suggest/ai/client';
import { AI_PRESETS, OPENROUTER_HEADERS, presetFor, providerOf } from '@/lib/suggest/ai/presets';
import { rewriteReply } from '@/lib/suggest/ai/rewrite';
import { testAiSettings } from '@/lib/suggest/ai/test-settings';
import { estimateCost, parseUsage } from '@/lib/suggest/ai/usage';
import { DEFAULT_SHOP_FACTS } from '@/lib/schemas/settings';
import { LOOPBACK_MODEL, startOpenAiServer, type OpenAiServer } from '@/tests/servers/openai-server';

let server: OpenAiServer;
beforeAll(async () => {
  server = await startOpenAiServer({ scenario: { kind: 'tasks' } });
});
afterAll(() => server.close());

const rewrite = (settings: ReturnType<typeof AiSettingsSchema.parse>) =>
  rewriteReply(settings, {
    action: 'shorter',
    text: 'Hello,\nyour order ships today.\nBest',
    ticket: null,
    orders: [],
    shop: DEFAULT_SHOP_FACTS,
  });

describe('usage and cost', () => {
  it('reads the provider usage and estimates the cost from the price per 1K tokens', () => {
    const usage = parseUsage({ prompt_tokens: 1200, completion_tokens: 300 });
    expect(usage).toEqual({ promptTokens: 1200, completionTokens: 300, totalTokens: 1500 });
    expect(parseUsage({ prompt_tokens: 'many' })).toBeNull();
    const price = { inputPer1k: 0.0005, outputPer1k: 0.002, currency: 'USD' };
    expect(estimateCost(usage!, price)).toBeCloseTo(0.0012, 10);
    expect(estimateCost(usage!, undefined)).toBeNull();
  });
});

describe('provider presets', () => {
  it('offers the six named providers (and vLLM), each recognised again from its own URL', () => {
    expect(AI_PRESETS.map((p) => p.name)).toEqual(['OpenAI', 'Azure OpenAI', 'Ollama', 'LM Studio', 'OpenRouter', 'Groq', 'vLLM']);
    for (const preset of AI_PRESETS.filter((p) => p.id !== 'azure')) expect(presetFor(preset.baseUrl)?.id).toBe(preset.id);
    expect(providerOf({ baseUrl: 'https://contoso.openai.azure.com/openai/v1' })).toBe('azure');
    expect(providerOf({ baseUrl: 'http://127.0.0.1:9/v1', provider: 'openrouter' })).toBe('openrouter');
    expect(providerOf({ baseUrl: 'http://127.0.0.1:9/v1' })).toBe('custom');
    expect(azureEndpoint('https://contoso.openai.azure.com/openai/v1/')).toBe('https://contoso.openai.azure.com');
  });

  it('calls Azure OpenAI with the api-key header, the deployment in the path and the api-version query', async () => {
    const settings = AiSettingsSchema.parse({
      baseUrl: server.origin,
      apiKey: server.apiKey,
      model: LOOPBACK_MODEL,
      enabled: true,
      provider: 'azure',
    });
    expect(await rewrite(settings)).toMatchObject({ status: 'done' });
    const { http } = server.requests.at(-1)!;
    expect(http.path).toBe(`/openai/deployments/${LOOPBACK_MODEL}/chat/completions`);
    expect(http.query).toEqual({ 'api-version': DEFAULT_AZURE_API_VERSION });
    expect(http.headers['api-key']).toBe(server.apiKey);
    expect(http.headers.authorization).toBeUndefined();
    expect(await testAiSettings(settings)).toEqual({ ok: true, message: { key: 'ai.test.answered', values: { model: LOOPBACK_MODEL } } });
    expect(await testAiSettings({ ...settings, apiKey: 'wrong' })).toMatchObject({ ok: false, problem: { code: 'bad_key' } });
  });

  it("sends OpenRouter's attribution headers, and none to other servers", async () => {
    const settings = AiSettingsSchema.parse({
      baseUrl: server.baseUrl,
      apiKey: server.apiKey,
      model: LOOPBACK_MODEL,
      enabled: true,
      provider: 'openrouter',
    });
    await rewrite(settings);
    expect(server.requests.at(-1)!.http.headers).toMatchObject({
      'http-referer': OPENROUTER_HEADERS['HTTP-Referer'],
      'x-title': 'Deskpilot',
    });
    await rewrite({ ...settings, provider: 'groq' });
    expect(server.requests.at(-1)!.http.headers['x-title']).toBeUndefined();
    expect(server.requests.at(-1)!.http.headers.authorization).toBe(`Bearer ${server.apiKey}`);
  });
});
