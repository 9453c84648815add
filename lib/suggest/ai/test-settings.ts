/**
 * The "Test" button of the AI settings: says what is wrong (no key, bad key, wrong URL, model not
 * found, unreachable) before the agent relies on drafts. First lists the models (cheap, checks
 * URL and key); when the model is not listed — Azure deployments and some proxies do not list
 * them — one tiny chat completion decides.
 */
import { z } from 'zod';
import type { AiSettings } from '@/lib/schemas/ai';
import { createAiClient, missingKey } from '@/lib/suggest/ai/client';
import { toAiProblem, type AiProblem } from '@/lib/suggest/ai/errors';
import { providerOf } from '@/lib/suggest/ai/presets';

export type AiSettingsCheck = { ok: true; message: string } | { ok: false; problem: AiProblem; message: string };

const ModelListSchema = z.object({ data: z.array(z.object({ id: z.string() })) });

const DEFAULT_TIMEOUT_MS = 15_000;

function failed(problem: AiProblem): AiSettingsCheck {
  const text = problem.reason.charAt(0).toUpperCase() + problem.reason.slice(1);
  return { ok: false, problem, message: `${text}.` };
}

export async function testAiSettings(
  settings: AiSettings,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<AiSettingsCheck> {
  if (missingKey(settings)) return failed({ code: 'no_key', reason: 'no API key is set' });
  const client = createAiClient(settings, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, fetch: options.fetch });

  // Azure lists base models, not the deployments the model field names: one tiny chat decides.
  if (providerOf(settings) === 'azure') return chatCheck(client, settings);
  let listed: string[];
  try {
    const parsed = ModelListSchema.safeParse(await client.get('/models'));
    if (!parsed.success) {
      return failed({ code: 'wrong_url', reason: 'that base URL does not answer like an OpenAI-compatible API; it usually ends in /v1' });
    }
    listed = parsed.data.data.map((model) => model.id);
  } catch (error) {
    const problem = toAiProblem(error, settings.model);
    // No /models at all means the URL is wrong, whatever the server said about models.
    return failed(
      problem.code === 'model_not_found'
        ? { code: 'wrong_url', reason: 'nothing answers at that base URL (404); it usually ends in /v1' }
        : problem,
    );
  }
  if (listed.includes(settings.model)) return { ok: true, message: `Connected. Model "${settings.model}" is available.` };
  return chatCheck(client, settings);
}

async function chatCheck(client: ReturnType<typeof createAiClient>, settings: AiSettings): Promise<AiSettingsCheck> {
  try {
    await client.chat.completions.create({ model: settings.model, messages: [{ role: 'user', content: 'Reply with the word OK.' }] });
    return { ok: true, message: `Connected. Model "${settings.model}" answered.` };
  } catch (error) {
    return failed(toAiProblem(error, settings.model));
  }
}
