import type { AiFormValues } from './ai-form';
import { AI_PRESETS, PRESETS_BY_ID, providerOf } from '@/lib/suggest/ai/presets';
import { AI_PROVIDERS, type AiProvider } from '@/lib/schemas/ai';
import { useT } from '@/lib/i18n/i18n-context';

/** Brand names; "custom" is a message. */
const providerName = (id: AiProvider): string | null => PRESETS_BY_ID[id]?.name ?? null;

interface Props {
  values: AiFormValues;
  set: (patch: Partial<AiFormValues>) => void;
}

/** Which server answers: its base URL (typed or from a preset), the API flavour, Azure's API version. */
export function AiServerFields({ values, set }: Props) {
  const t = useT();
  const provider = providerOf(values);
  const preset = PRESETS_BY_ID[provider];
  return (
    <>
      <div className="field">
        <label htmlFor="ai-base-url">{t('ai.settings.baseUrl')}</label>
        <input id="ai-base-url" value={values.baseUrl} spellCheck={false} onChange={(e) => set({ baseUrl: e.target.value })} />
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a row of preset buttons, not form fields: a fieldset would add a border and a legend */}
      <div className="chips" role="group" aria-label={t('ai.settings.servers')}>
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
          {preset.name}: {t(`ai.preset.${preset.id}`)}
        </p>
      )}
      <div className="field">
        <label htmlFor="ai-provider">{t('ai.settings.provider')}</label>
        <select id="ai-provider" value={provider} onChange={(e) => set({ provider: e.target.value as AiProvider })}>
          {AI_PROVIDERS.map((id) => (
            <option key={id} value={id}>
              {providerName(id) ?? t('ai.settings.custom')}
            </option>
          ))}
        </select>
      </div>
      {provider === 'azure' && (
        <div className="field">
          <label htmlFor="ai-azure-version">{t('ai.settings.apiVersion')}</label>
          <input
            id="ai-azure-version"
            value={values.azureApiVersion}
            spellCheck={false}
            onChange={(e) => set({ azureApiVersion: e.target.value })}
          />
        </div>
      )}
    </>
  );
}
