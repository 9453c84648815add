import { describe, expect, it } from 'vitest';
import { AiSettingsSchema } from '@/lib/schemas/ai';
import { aiFormValues, aiSettingsFromForm, type AiFormValues } from './ai-form';
import { renderMessage } from '@/lib/i18n/local-message';
import type { UiLocale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import { AI_PRESETS, presetFor } from '@/lib/suggest/ai/presets';

const saved = AiSettingsSchema.parse({ baseUrl: 'https://api.openai.com/v1/', apiKey: 'sk-saved', model: 'gpt-5-mini', enabled: true });

describe('the AI settings form', () => {
  it('never puts the saved key back in the form, and keeps it when the key field stays empty', () => {
    const values = aiFormValues(saved);
    expect(values.apiKey).toBe('');
    expect(aiSettingsFromForm(values, saved)).toEqual({ ok: true, settings: { ...saved, baseUrl: 'https://api.openai.com/v1' } });
    expect(aiSettingsFromForm({ ...values, apiKey: ' sk-new ' }, saved)).toMatchObject({ ok: true, settings: { apiKey: 'sk-new' } });
  });

  it('prices the model in the form per 1K tokens, keeps other models’ prices, and unprices it when both fields are empty', () => {
    const priced = { ...saved, prices: { 'other-model': { inputPer1k: 1, outputPer1k: 2, currency: 'USD' } } };
    const values = { ...aiFormValues(priced), inputPer1k: '0.00025', outputPer1k: '0.002' };
    const result = aiSettingsFromForm(values, priced);
    expect(result).toMatchObject({
      ok: true,
      settings: {
        prices: { 'other-model': { inputPer1k: 1 }, 'gpt-5-mini': { inputPer1k: 0.00025, outputPer1k: 0.002, currency: 'USD' } },
      },
    });
    if (!result.ok) throw new Error('expected valid');
    expect(aiFormValues(result.settings)).toMatchObject({ inputPer1k: '0.00025', outputPer1k: '0.002' });
    expect(aiSettingsFromForm({ ...values, inputPer1k: '', outputPer1k: '' }, result.settings)).toMatchObject({
      ok: true,
      settings: { prices: { 'other-model': { inputPer1k: 1 } } },
    });
    expect(aiSettingsFromForm({ ...values, inputPer1k: 'cheap' }, priced)).toEqual({
      ok: false,
      message: { key: 'ai.settings.priceInvalid' },
    });
  });

  it('says which field is wrong', () => {
    const said = (values: AiFormValues, locale: UiLocale = 'en') => {
      const result = aiSettingsFromForm(values, saved);
      return result.ok ? 'valid' : renderMessage(result.message, translator(locale).t);
    };
    expect(said({ ...aiFormValues(saved), baseUrl: 'localhost:11434' })).toBe(
      'Base URL: must be a web address such as https://example.com.',
    );
    expect(said({ ...aiFormValues(saved), model: ' ' })).toBe('Model: is required.');
    expect(said({ ...aiFormValues(saved), model: ' ' }, 'ko')).toBe('모델: 필수 항목입니다.');
    expect(said({ ...aiFormValues(saved), baseUrl: 'localhost:11434' }, 'de')).toBe(
      'Basis-URL: muss eine Webadresse wie https://example.com sein.',
    );
  });

  it('recognises each preset’s server from a typed URL, Azure by its domain', () => {
    for (const preset of AI_PRESETS.filter((p) => p.id !== 'azure')) expect(presetFor(preset.baseUrl)?.id).toBe(preset.id);
    expect(presetFor('https://contoso-eu.openai.azure.com/openai/v1')?.id).toBe('azure');
    expect(presetFor('http://localhost:11434/api')?.id).toBe('ollama');
    expect(presetFor('http://localhost:9999/v1')).toBeUndefined();
    expect(presetFor('not a url')).toBeUndefined();
  });
});
