import { describe, expect, it } from 'vitest';
import { AiSettingsSchema } from '@/lib/schemas/ai';
import { aiFormValues, aiSettingsFromForm } from './ai-form';
import { AI_PRESETS, presetFor } from './ai-presets';

const saved = AiSettingsSchema.parse({ baseUrl: 'https://api.openai.com/v1/', apiKey: 'sk-saved', model: 'gpt-5-mini', enabled: true });

describe('the AI settings form', () => {
  it('never puts the saved key back in the form, and keeps it when the key field stays empty', () => {
    const values = aiFormValues(saved);
    expect(values.apiKey).toBe('');
    expect(aiSettingsFromForm(values, saved)).toEqual({ ok: true, settings: { ...saved, baseUrl: 'https://api.openai.com/v1' } });
    expect(aiSettingsFromForm({ ...values, apiKey: ' sk-new ' }, saved)).toMatchObject({ ok: true, settings: { apiKey: 'sk-new' } });
  });

  it('says which field is wrong', () => {
    expect(aiSettingsFromForm({ ...aiFormValues(saved), baseUrl: 'localhost:11434' }, saved)).toEqual({
      ok: false,
      message: 'Base URL must be an http(s) URL such as https://api.openai.com/v1.',
    });
    expect(aiSettingsFromForm({ ...aiFormValues(saved), model: ' ' }, saved)).toEqual({ ok: false, message: 'Model is required.' });
  });

  it('recognises each preset’s server from a typed URL, Azure by its domain', () => {
    for (const preset of AI_PRESETS.filter((p) => p.id !== 'azure')) expect(presetFor(preset.baseUrl)?.id).toBe(preset.id);
    expect(presetFor('https://contoso-eu.openai.azure.com/openai/v1')?.id).toBe('azure');
    expect(presetFor('http://localhost:11434/api')?.id).toBe('ollama');
    expect(presetFor('http://localhost:9999/v1')).toBeUndefined();
    expect(presetFor('not a url')).toBeUndefined();
  });
});
