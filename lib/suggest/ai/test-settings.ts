/**
 * The "Test" button of the AI settings: says what is wrong (no key, bad key, wrong URL, model not
 * found, unreachable) before the agent relies on drafts. First lists the models (cheap, checks
 * URL and key); when the model is not listed — Azure deployments and some proxies do not list
 * them — one tiny chat completion decides.
 */
import { z } from 'zod';
import type { AiSettings } from '@/lib/schemas/ai';
import { createAiClient, missingKey } from '@/lib/suggest/ai/client';
import { localMessage, type LocalMessage } from '@/lib/i18n/local-message';
import { aiProblem, aiUnavailable, toAiProblem, type AiProblem } from '@/lib/suggest/ai/errors';
import { providerOf } from '@/lib/suggest/ai/presets';

/** `message` is worded by Settings in the agent's language. */
export type AiSettingsCheck = { ok: true; message: LocalMessage } | { ok: false; problem: AiProblem; message: LocalMessage };

const ModelListSchema = z.object({ data: z.array(z.object({ id: z.string() })) });

const DEFAULT_TIMEOUT_MS = 15_000;

function failed(problem: AiProblem): AiSettingsCheck {
  return { ok: false, problem, message: aiUnavailable('test', problem) };
}

export async function testAiSettings(
  settings: AiSettings,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<AiSettingsCheck> {
  if (missingKey(settings)) return failed(aiProblem('no_key'));
  const client = createAiClient(settings, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, fetch: options.fetch });

  // Azure lists base models, not the deployments the model field names: one tiny chat decides.
  if (providerOf(settings) === 'azure') return chatCheck(client, settings);
  let listed: string[];
  try {
    const parsed = ModelListSchema.safeParse(await client.get('/models'));
    if (!parsed.success) {
      return failed(aiProblem('wrong_url'));
    }
    listed = parsed.data.data.map((model) => model.id);
  } catch (error) {
    const problem = toAiProblem(error, settings.model);
    // No /models at all means the URL is wrong, whatever the server said about models.
    return failed(problem.code === 'model_not_found' ? aiProblem('wrong_url', problem.values) : problem);
  }
  if (listed.includes(settings.model)) return { ok: true, message: localMessage('ai.test.listed', { model: settings.model }) };
  return chatCheck(client, settings);
}

async function chatCheck(client: ReturnType<typeof createAiClient>, settings: AiSettings): Promise<AiSettingsCheck> {
  try {
    await client.chat.completions.create({ model: settings.model, messages: [{ role: 'user', content: 'Reply with the word OK.' }] });
    return { ok: true, message: localMessage('ai.test.answered', { model: settings.model }) };
  } catch (error) {
    return failed(toAiProblem(error, settings.model));
  }
}
