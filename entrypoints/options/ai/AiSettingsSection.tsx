import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { aiSettingsQuery, queryKeys } from '@/lib/queries';
import type { AiSettings } from '@/lib/schemas/ai';
import { aiOriginPattern } from '@/lib/suggest/ai/client';
import { aiSettingsSetting } from '@/lib/suggest/ai/settings-store';
import { testAiSettings } from '@/lib/suggest/ai/test-settings';
import { releaseOrigins, requestOrigins } from '../stores/host-permissions';
import { SecretInput } from '../stores/SecretInput';
import { aiFormValues, aiSettingsFromForm, type AiFormValues } from './ai-form';
import { AI_PRESETS, PRESETS_BY_ID, providerOf } from '@/lib/suggest/ai/presets';
import { AI_PROVIDERS, type AiProvider } from '@/lib/schemas/ai';
import { PayloadPreview } from './PayloadPreview';
import { TeamVoiceForm } from './TeamVoiceForm';

/** Settings › AI drafts: optional; without them Deskpilot works fully on templates. */
export function AiSettingsSection() {
  const settings = useQuery(aiSettingsQuery());
  if (!settings.data)
    return (
      <section className="card" aria-busy="true">
        <h2>AI drafts</h2>
        <p className="muted">Loading…</p>
      </section>
    );
  return (
    <>
      <AiSettingsForm saved={settings.data} />
      <TeamVoiceForm />
      <PayloadPreview />
    </>
  );
}

const PROVIDER_NAMES: Record<AiProvider, string> = {
  ...(Object.fromEntries(AI_PROVIDERS.map((id) => [id, PRESETS_BY_ID[id]?.name ?? id])) as Record<AiProvider, string>),
  custom: 'Other OpenAI-compatible server',
};

type Status = { ok: boolean; message: string } | null;

function AiSettingsForm({ saved }: { saved: AiSettings }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<AiFormValues>(() => aiFormValues(saved));
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  // Bumped on save so the key field closes again, showing "Saved".
  const [saves, setSaves] = useState(0);
  const set = (patch: Partial<AiFormValues>) => setValues({ ...values, ...patch });
  const provider = providerOf(values);
  const preset = PRESETS_BY_ID[provider];

  /** Parses the form and asks for the endpoint's origin: the first await of a click handler, for the prompt's user gesture. */
  const readAndAllow = async (): Promise<AiSettings | null> => {
    const result = aiSettingsFromForm(values, saved);
    if (!result.ok) {
      setStatus({ ok: false, message: result.message });
      return null;
    }
    const origin = aiOriginPattern(result.settings.baseUrl);
    if (!(await requestOrigins([origin]))) {
      setStatus({ ok: false, message: `The browser did not allow Deskpilot to reach ${origin}, so it cannot use this server.` });
      return null;
    }
    return result.settings;
  };

  const test = async () => {
    const settings = await readAndAllow();
    if (!settings) return;
    setBusy(true);
    setStatus({ ok: true, message: 'Testing…' });
    setStatus(await testAiSettings(settings));
    setBusy(false);
  };

  /** Switching drafts off needs no access to any server. */
  const readWithoutPrompt = (): AiSettings | null => {
    const result = aiSettingsFromForm(values, saved);
    if (!result.ok) setStatus({ ok: false, message: result.message });
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
      message: written.enabled ? 'Saved. The panel offers “Draft with AI”.' : 'Saved. AI drafts are off; the panel shows templates only.',
    });
    if (aiOriginPattern(saved.baseUrl) !== aiOriginPattern(written.baseUrl) || !written.enabled) {
      await releaseOrigins([aiOriginPattern(saved.baseUrl)]);
    }
  };

  return (
    <form className="card form" data-testid="ai-settings" aria-labelledby="ai-title" onSubmit={(e) => void save(e)}>
      <h2 id="ai-title">AI drafts (optional)</h2>
      <p className="muted">
        Any OpenAI-compatible server can write a draft from the order facts and your templates; every fact in it is checked before you
        insert it. Without this, Deskpilot works fully on templates.
      </p>
      <label>
        <input type="checkbox" checked={values.enabled} onChange={(e) => set({ enabled: e.target.checked })} /> Offer AI drafts in the panel
      </label>
      <div className="field">
        <label htmlFor="ai-base-url">Base URL</label>
        <input id="ai-base-url" value={values.baseUrl} spellCheck={false} onChange={(e) => set({ baseUrl: e.target.value })} />
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a row of preset buttons, not form fields: a fieldset would add a border and a legend */}
      <div className="chips" role="group" aria-label="Servers">
        {AI_PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            className="chip"
            aria-pressed={preset?.id === p.id}
            onClick={() => set({ baseUrl: p.baseUrl, provider: p.id })}
          >
            {p.name}
          </button>
        ))}
      </div>
      {preset && (
        <p className="muted" data-testid="ai-preset-hint">
          {preset.name}: {preset.hint}
        </p>
      )}
      <div className="field">
        <label htmlFor="ai-provider">Server type</label>
        <select id="ai-provider" value={provider} onChange={(e) => set({ provider: e.target.value as AiProvider })}>
          {AI_PROVIDERS.map((id) => (
            <option key={id} value={id}>
              {PROVIDER_NAMES[id]}
            </option>
          ))}
        </select>
      </div>
      {provider === 'azure' && (
        <div className="field">
          <label htmlFor="ai-azure-version">API version</label>
          <input
            id="ai-azure-version"
            value={values.azureApiVersion}
            spellCheck={false}
            onChange={(e) => set({ azureApiVersion: e.target.value })}
          />
        </div>
      )}
      <SecretInput
        key={saves}
        id="ai-api-key"
        label="API key"
        saved={saved.apiKey.length > 0}
        value={values.apiKey}
        onChange={(apiKey) => set({ apiKey })}
        placeholder="sk-…"
      />
      <div className="field">
        <label htmlFor="ai-model">Model</label>
        <input id="ai-model" value={values.model} spellCheck={false} onChange={(e) => set({ model: e.target.value })} />
      </div>
      <fieldset className="price">
        <legend>Price per 1K tokens of this model, in USD (optional: the panel then shows an estimated cost)</legend>
        <div className="field">
          <label htmlFor="ai-price-in">Input</label>
          <input id="ai-price-in" inputMode="decimal" value={values.inputPer1k} onChange={(e) => set({ inputPer1k: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="ai-price-out">Output</label>
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
          Test
        </button>
        <button type="submit" className="primary" disabled={busy}>
          Save
        </button>
      </div>
    </form>
  );
}
