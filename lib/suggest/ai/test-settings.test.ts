// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AiSettingsSchema } from '@/lib/schemas/ai';
import { testAiSettings } from '@/lib/suggest/ai/test-settings';
import { LOOPBACK_MODEL, startOpenAiServer, type OpenAiServer } from '@/tests/servers/openai-server';

let server: OpenAiServer;
beforeAll(async () => {
  server = await startOpenAiServer({ models: [LOOPBACK_MODEL, 'listed-model'] });
});
afterAll(() => server.close());

const settings = (overrides: Record<string, unknown> = {}) =>
  AiSettingsSchema.parse({ baseUrl: server.baseUrl, apiKey: server.apiKey, model: LOOPBACK_MODEL, enabled: true, ...overrides });

describe('testAiSettings', () => {
  it('confirms working settings from the model list, without a chat request', async () => {
    const before = server.requests.length;
    expect(await testAiSettings(settings())).toEqual({ ok: true, message: `Connected. Model "${LOOPBACK_MODEL}" is available.` });
    expect(server.requests.length).toBe(before);
  });

  it('says which setting is wrong', async () => {
    expect(await testAiSettings(settings({ apiKey: 'sk-wrong' }))).toMatchObject({
      ok: false,
      problem: { code: 'bad_key' },
      message: 'The API key was rejected (401); check it in Settings.',
    });
    expect(await testAiSettings(settings({ baseUrl: server.origin }))).toMatchObject({ ok: false, problem: { code: 'wrong_url' } });
    expect(await testAiSettings(settings({ model: 'gpt-nope' }))).toMatchObject({ ok: false, problem: { code: 'model_not_found' } });
    expect(await testAiSettings(settings({ apiKey: '', baseUrl: 'https://api.openai.com/v1' }))).toMatchObject({
      ok: false,
      problem: { code: 'no_key' },
    });
  });

  it('reports a server that cannot be reached', async () => {
    const gone = await startOpenAiServer();
    const baseUrl = gone.baseUrl;
    await gone.close();
    expect(await testAiSettings(settings({ baseUrl }))).toMatchObject({ ok: false, problem: { code: 'unreachable' } });
  });
});
