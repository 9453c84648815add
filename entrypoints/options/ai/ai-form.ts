import { AiSettingsSchema, type AiSettings } from '@/lib/schemas/ai';

export interface AiFormValues {
  baseUrl: string;
  /** Empty: keep the saved key (it is never put back in the form). */
  apiKey: string;
  model: string;
  enabled: boolean;
}

export function aiFormValues(settings: AiSettings): AiFormValues {
  return { baseUrl: settings.baseUrl, apiKey: '', model: settings.model, enabled: settings.enabled };
}

export type AiFormResult = { ok: true; settings: AiSettings } | { ok: false; message: string };

const FIELD_NAMES: Record<string, string> = { baseUrl: 'Base URL', apiKey: 'API key', model: 'Model' };

/** The settings the form describes, the saved key standing in for an empty key field. */
export function aiSettingsFromForm(values: AiFormValues, saved: AiSettings): AiFormResult {
  const parsed = AiSettingsSchema.safeParse({
    baseUrl: values.baseUrl.trim(),
    apiKey: values.apiKey.trim() || saved.apiKey,
    model: values.model.trim(),
    enabled: values.enabled,
  });
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issue = parsed.error.issues[0];
  const field = FIELD_NAMES[String(issue?.path[0])] ?? 'A field';
  const message = issue?.code === 'too_small' ? 'is required' : (issue?.message ?? 'is invalid');
  return { ok: false, message: `${field} ${message}.` };
}
