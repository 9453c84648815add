import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_AI_BASE_URL, DEFAULT_AI_SETTINGS, DEFAULT_AZURE_API_VERSION } from '@/lib/schemas/ai';
import { aiConfigured } from '@/lib/suggest/ai/client';
import { AI_SECRETS_DB_NAME, aiSettingsSetting, closeAiSettingsDatabase } from '@/lib/suggest/ai/settings-store';

afterEach(async () => {
  closeAiSettingsDatabase();
  await Dexie.delete(AI_SECRETS_DB_NAME);
});

describe('AI settings store', () => {
  it('reads the defaults (disabled, OpenAI, no key) when nothing is stored', async () => {
    expect(await aiSettingsSetting.get()).toEqual(DEFAULT_AI_SETTINGS);
    expect(DEFAULT_AI_SETTINGS).toMatchObject({ baseUrl: DEFAULT_AI_BASE_URL, apiKey: '', enabled: false });
  });

  it('saves, normalises and clears settings in its own database', async () => {
    const saved = await aiSettingsSetting.set({
      baseUrl: 'http://localhost:11434/v1/',
      apiKey: ' sk-local ',
      model: 'llama3.2',
      enabled: true,
    });
    expect(saved).toEqual({
      baseUrl: 'http://localhost:11434/v1',
      apiKey: 'sk-local',
      model: 'llama3.2',
      enabled: true,
      azureApiVersion: DEFAULT_AZURE_API_VERSION,
      prices: {},
    });
    expect(await aiSettingsSetting.get()).toEqual(saved);
    expect((await Dexie.getDatabaseNames()).filter((name) => name === AI_SECRETS_DB_NAME)).toHaveLength(1);
    await aiSettingsSetting.clear();
    expect(await aiSettingsSetting.get()).toEqual(DEFAULT_AI_SETTINGS);
  });

  it('refuses invalid settings without echoing the key, and reads a damaged record as the defaults', async () => {
    const attempt = aiSettingsSetting.set({ baseUrl: 'ftp://example.com', apiKey: 'sk-very-secret', model: 'm', enabled: true });
    await expect(attempt).rejects.toThrow(/http\(s\) URL/);
    await expect(attempt).rejects.not.toThrow(/sk-very-secret/);
    const db = new Dexie(AI_SECRETS_DB_NAME);
    db.version(1).stores({ settings: 'id' });
    await db.table('settings').put({ id: 'ai', value: { baseUrl: 42 } });
    db.close();
    expect(await aiSettingsSetting.get()).toEqual(DEFAULT_AI_SETTINGS);
  });

  it('tells watchers about saved changes', async () => {
    const seen: boolean[] = [];
    const stop = aiSettingsSetting.watch((settings) => seen.push(settings.enabled));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await aiSettingsSetting.set({ ...DEFAULT_AI_SETTINGS, apiKey: 'sk-x', enabled: true });
    await expect.poll(() => seen.at(-1)).toBe(true);
    stop();
    expect(seen[0]).toBe(false);
  });

  it('counts as configured only when enabled and keyed, unless the server is local', () => {
    const hosted = { ...DEFAULT_AI_SETTINGS, enabled: true };
    expect(aiConfigured(hosted)).toBe(false);
    expect(aiConfigured({ ...hosted, apiKey: 'sk-x' })).toBe(true);
    expect(aiConfigured({ ...hosted, baseUrl: 'http://localhost:1234/v1' })).toBe(true);
    expect(aiConfigured({ ...hosted, apiKey: 'sk-x', enabled: false })).toBe(false);
  });
});
