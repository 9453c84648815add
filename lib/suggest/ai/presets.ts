/**
 * OpenAI-compatible servers an agent is likely to use: the base URL each answers at, the headers
 * it wants, and what to know about its key and model names (checked against their docs on
 * 2026-12-04). A preset fills the form; the client (client.ts) reads the provider to build requests:
 * Azure OpenAI takes the key in an `api-key` header, the deployment in the path and an
 * `api-version` query; OpenRouter asks apps to name themselves in `HTTP-Referer` and `X-Title`.
 */
import type { AiProvider } from '@/lib/schemas/ai';

export type AiPresetId = Exclude<AiProvider, 'custom'>;

export interface AiPreset {
  /** Where the key comes from and what the model field means on this server is the message `ai.preset.<id>`. */
  id: AiPresetId;
  name: string;
  baseUrl: string;
  /** Headers every request to this server carries (never the key: that is the client's). */
  headers?: Readonly<Record<string, string>>;
}

/** How Deskpilot names itself to OpenRouter (its app attribution headers). */
export const OPENROUTER_HEADERS = { 'HTTP-Referer': 'https://deskpilot.app', 'X-Title': 'Deskpilot' } as const;

export const AI_PRESETS: readonly AiPreset[] = [
  {
    id: 'openai',
    name: 'OpenAI',
    baseUrl: 'https://api.openai.com/v1',
  },
  {
    id: 'azure',
    name: 'Azure OpenAI',
    baseUrl: 'https://YOUR-RESOURCE.openai.azure.com',
  },
  {
    id: 'ollama',
    name: 'Ollama',
    baseUrl: 'http://localhost:11434/v1',
  },
  {
    id: 'lm-studio',
    name: 'LM Studio',
    baseUrl: 'http://localhost:1234/v1',
  },
  {
    id: 'openrouter',
    name: 'OpenRouter',
    baseUrl: 'https://openrouter.ai/api/v1',
    headers: OPENROUTER_HEADERS,
  },
  {
    id: 'groq',
    name: 'Groq',
    baseUrl: 'https://api.groq.com/openai/v1',
  },
  {
    id: 'vllm',
    name: 'vLLM',
    baseUrl: 'http://localhost:8000/v1',
  },
];

export const PRESETS_BY_ID: Readonly<Record<string, AiPreset>> = Object.fromEntries(AI_PRESETS.map((preset) => [preset.id, preset]));

/** The preset a base URL belongs to, by host and port, so its hint shows for URLs typed by hand too. */
export function presetFor(baseUrl: string): AiPreset | undefined {
  if (!URL.canParse(baseUrl)) return undefined;
  const url = new URL(baseUrl);
  return AI_PRESETS.find((preset) => {
    const known = new URL(preset.baseUrl);
    if (preset.id === 'azure') return url.hostname.endsWith('.openai.azure.com');
    return known.hostname === url.hostname && known.port === url.port;
  });
}

/** The provider that decides how requests are built: the one chosen, else the one the URL belongs to. */
export function providerOf(settings: { provider?: AiProvider; baseUrl: string }): AiProvider {
  return settings.provider ?? presetFor(settings.baseUrl)?.id ?? 'custom';
}
