import type { MessageKey } from '@/lib/i18n/catalogs';
import { issueMessage } from '@/lib/i18n/issue-text';
import { localMessage, type LocalMessage } from '@/lib/i18n/local-message';
import { AiSettingsSchema, type AiProvider, type AiSettings } from '@/lib/schemas/ai';

export interface AiFormValues {
  baseUrl: string;
  /** Empty: keep the saved key (it is never put back in the form). */
  apiKey: string;
  model: string;
  enabled: boolean;
  /** Set by a preset button; undefined: told by the URL. */
  provider?: AiProvider;
  azureApiVersion: string;
  /** Price per 1K tokens for the model in the form, as typed; both empty: no price (no cost shown). */
  inputPer1k: string;
  outputPer1k: string;
}

export function aiFormValues(settings: AiSettings): AiFormValues {
  const price = settings.prices[settings.model];
  return {
    baseUrl: settings.baseUrl,
    apiKey: '',
    model: settings.model,
    enabled: settings.enabled,
    ...(settings.provider ? { provider: settings.provider } : {}),
    azureApiVersion: settings.azureApiVersion,
    inputPer1k: price ? String(price.inputPer1k) : '',
    outputPer1k: price ? String(price.outputPer1k) : '',
  };
}

/** `message` is worded by Settings in the agent's language. */
export type AiFormResult = { ok: true; settings: AiSettings } | { ok: false; message: LocalMessage };

const FIELD_LABELS: Record<string, MessageKey> = {
  baseUrl: 'ai.settings.baseUrl',
  apiKey: 'ai.settings.apiKey',
  model: 'ai.settings.model',
  azureApiVersion: 'ai.settings.apiVersion',
  prices: 'ai.settings.priceIn',
};

/** The prices with the form's model priced as typed (or unpriced when both fields are empty). */
function pricesFrom(values: AiFormValues, saved: AiSettings): AiSettings['prices'] | null {
  const model = values.model.trim();
  const { [model]: _old, ...others } = saved.prices;
  const [input, output] = [values.inputPer1k.trim(), values.outputPer1k.trim()];
  if (!input && !output) return others;
  const [inputPer1k, outputPer1k] = [Number(input || '0'), Number(output || '0')];
  if (!Number.isFinite(inputPer1k) || !Number.isFinite(outputPer1k) || inputPer1k < 0 || outputPer1k < 0) {
    return null;
  }
  return { ...others, [model]: { inputPer1k, outputPer1k, currency: 'USD' } };
}

/** The settings the form describes, the saved key standing in for an empty key field. */
export function aiSettingsFromForm(values: AiFormValues, saved: AiSettings): AiFormResult {
  const prices = pricesFrom(values, saved);
  if (!prices) return { ok: false, message: localMessage('ai.settings.priceInvalid') };
  const parsed = AiSettingsSchema.safeParse({
    baseUrl: values.baseUrl.trim(),
    apiKey: values.apiKey.trim() || saved.apiKey,
    model: values.model.trim(),
    enabled: values.enabled,
    ...(values.provider ? { provider: values.provider } : {}),
    azureApiVersion: values.azureApiVersion.trim(),
    prices,
  });
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issue = parsed.error.issues[0];
  const label = FIELD_LABELS[String(issue?.path[0])];
  const problem = !issue
    ? localMessage('issue.invalid')
    : issue.code === 'too_small'
      ? localMessage('issue.required')
      : issueMessage(issue);
  return { ok: false, message: label ? localMessage('ai.settings.fieldIssue', { field: localMessage(label), issue: problem }) : problem };
}
