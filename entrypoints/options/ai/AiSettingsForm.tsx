import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queries/keys';
import type { AiSettings } from '@/lib/schemas/ai';
import { aiOriginPattern } from '@/lib/suggest/ai/client';
import { aiSettingsSetting } from '@/lib/suggest/ai/settings-store';
import { testAiSettings } from '@/lib/suggest/ai/test-settings';
import { releaseOrigins, requestOrigins } from '../stores/host-permissions';
import { SecretInput } from '../stores/SecretInput';
import { aiFormValues, aiSettingsFromForm, type AiFormValues } from './ai-form';
import { AiServerFields } from './AiServerFields';
import { useT } from '@/lib/i18n/i18n-context';
import { renderMessage } from '@/lib/i18n/local-message';

type Status = { ok: boolean; message: string } | null;

/** The AI server, key, model and prices: tested and saved only with the server's origin granted. */
export function AiSettingsForm({ saved }: { saved: AiSettings }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<AiFormValues>(() => aiFormValues(saved));
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  // Bumped on save so the key field closes again, showing "Saved".
  const [saves, setSaves] = useState(0);
  const set = (patch: Partial<AiFormValues>) => setValues({ ...values, ...patch });

  /** Parses the form and asks for the endpoint's origin: the first await of a click handler, for the prompt's user gesture. */
  const readAndAllow = async (): Promise<AiSettings | null> => {
    const result = aiSettingsFromForm(values, saved);
    if (!result.ok) {
      setStatus({ ok: false, message: renderMessage(result.message, t) });
      return null;
    }
    const origin = aiOriginPattern(result.settings.baseUrl);
    if (!(await requestOrigins([origin]))) {
      setStatus({ ok: false, message: t('ai.settings.originRefused', { origin }) });
      return null;
    }
    return result.settings;
  };

  const test = async () => {
    const settings = await readAndAllow();
    if (!settings) return;
    setBusy(true);
    setStatus({ ok: true, message: t('ai.settings.testing') });
    const checked = await testAiSettings(settings);
    setStatus({ ok: checked.ok, message: renderMessage(checked.message, t) });
    setBusy(false);
  };

  /** Switching drafts off needs no access to any server. */
  const readWithoutPrompt = (): AiSettings | null => {
    const result = aiSettingsFromForm(values, saved);
    if (!result.ok) setStatus({ ok: false, message: renderMessage(result.message, t) });
    return result.ok ? result.settings : null;
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const settings = values.enabled ? await readAndAllow() : readWithoutPrompt();
    if (!settings) return;
    const written = await aiSettingsSetting.set(settings);
    queryClient.setQueryData(queryKeys.aiSettings, written);
    setValues({ ...values, apiKey: '' });
    setSaves((n) => n + 1);
    setStatus({
      ok: true,
      message: written.enabled ? t('ai.settings.savedOn') : t('ai.settings.savedOff'),
    });
    if (aiOriginPattern(saved.baseUrl) !== aiOriginPattern(written.baseUrl) || !written.enabled) {
      await releaseOrigins([aiOriginPattern(saved.baseUrl)]);
    }
  };

  return (
    <form className="card form" data-testid="ai-settings" aria-labelledby="ai-title" onSubmit={(e) => void save(e)}>
      <h2 id="ai-title">{t('ai.settings.title')}</h2>
      <p className="muted">{t('ai.settings.intro')}</p>
      <label>
        <input type="checkbox" checked={values.enabled} onChange={(e) => set({ enabled: e.target.checked })} /> {t('ai.settings.offer')}
      </label>
      <AiServerFields values={values} set={set} />
      <SecretInput
        key={saves}
        id="ai-api-key"
        label={t('ai.settings.apiKey')}
        saved={saved.apiKey.length > 0}
        value={values.apiKey}
        onChange={(apiKey) => set({ apiKey })}
        placeholder="sk-…"
      />
      <div className="field">
        <label htmlFor="ai-model">{t('ai.settings.model')}</label>
        <input id="ai-model" value={values.model} spellCheck={false} onChange={(e) => set({ model: e.target.value })} />
      </div>
      <fieldset className="price">
        <legend>{t('ai.settings.price')}</legend>
        <div className="field">
          <label htmlFor="ai-price-in">{t('ai.settings.priceIn')}</label>
          <input id="ai-price-in" inputMode="decimal" value={values.inputPer1k} onChange={(e) => set({ inputPer1k: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="ai-price-out">{t('ai.settings.priceOut')}</label>
          <input id="ai-price-out" inputMode="decimal" value={values.outputPer1k} onChange={(e) => set({ outputPer1k: e.target.value })} />
        </div>
      </fieldset>
      {status && (
        <p className={status.ok ? 'ok' : 'error'} role={status.ok ? 'status' : 'alert'} data-testid="ai-settings-status">
          {status.message}
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void test()}>
          {t('ai.settings.test')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
