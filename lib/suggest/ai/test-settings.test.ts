// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AiSettingsSchema } from '@/lib/schemas/ai';
import { englishMessage, renderMessage } from '@/lib/i18n/local-message';
import { translator } from '@/lib/i18n/translator';
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
    const check = await testAiSettings(settings());
    expect(check).toEqual({ ok: true, message: { key: 'ai.test.listed', values: { model: LOOPBACK_MODEL } } });
    expect(englishMessage(check.message)).toBe(`Connected. Model "${LOOPBACK_MODEL}" is available.`);
    expect(server.requests.length).toBe(before);
  });

  it('says which setting is wrong', async () => {
    const refused = await testAiSettings(settings({ apiKey: 'sk-wrong' }));
    expect(refused).toMatchObject({ ok: false, problem: { code: 'bad_key', values: { status: 401 } } });
    expect(englishMessage(refused.message)).toBe('Test failed: the API key was rejected (401); check it in Settings.');
    expect(renderMessage(refused.message, translator('ko').t)).toBe(
      '테스트에 실패했습니다: API 키가 거부되었습니다(401). 설정에서 키를 확인하십시오.',
    );
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
