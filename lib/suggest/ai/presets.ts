/**
 * OpenAI-compatible servers an agent is likely to use: the base URL each answers at, the headers
 * it wants, and what to know about its key and model names (checked against their docs on
 * 2026-12-04). A preset fills the form; the client (client.ts) reads the provider to build requests:
 * Azure OpenAI takes the key in an `api-key` header, the deployment in the path and an
 * `api-version` query; OpenRouter asks apps to name themselves in `HTTP-Referer` and `X-Title`.
 */
import type { AiProvider } from '@/lib/schemas/ai';

export interface AiPreset {
  id: AiProvider;
  name: string;
  baseUrl: string;
  /** Where the key comes from and what the model field means on this server. */
  hint: string;
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
    hint: 'Create a key at platform.openai.com › API keys. Model: e.g. gpt-5-mini.',
  },
  {
    id: 'azure',
    name: 'Azure OpenAI',
    baseUrl: 'https://YOUR-RESOURCE.openai.azure.com',
    hint: 'Replace YOUR-RESOURCE with your Azure OpenAI resource name. Key: the resource’s key (sent as the api-key header). Model: your deployment’s name (it goes in the path). API version: the api-version query parameter.',
  },
  {
    id: 'ollama',
    name: 'Ollama',
    baseUrl: 'http://localhost:11434/v1',
    hint: 'Runs on this computer; no key needed. Model: a pulled model, e.g. llama3.2. If Ollama refuses the request, start it with OLLAMA_ORIGINS=chrome-extension://*.',
  },
  {
    id: 'lm-studio',
    name: 'LM Studio',
    baseUrl: 'http://localhost:1234/v1',
    hint: 'Start the local server in LM Studio’s Developer tab with "Enable CORS" on; no key needed. Model: the loaded model’s identifier.',
  },
  {
    id: 'openrouter',
    name: 'OpenRouter',
    baseUrl: 'https://openrouter.ai/api/v1',
    hint: 'Create a key at openrouter.ai › Keys. Model: provider/model, e.g. openai/gpt-5-mini. Deskpilot names itself in the HTTP-Referer and X-Title headers.',
    headers: OPENROUTER_HEADERS,
  },
  {
    id: 'groq',
    name: 'Groq',
    baseUrl: 'https://api.groq.com/openai/v1',
    hint: 'Create a key at console.groq.com › API Keys. Model: e.g. llama-3.3-70b-versatile.',
  },
  {
    id: 'vllm',
    name: 'vLLM',
    baseUrl: 'http://localhost:8000/v1',
    hint: 'Key only if the server was started with --api-key. Model: the served model name (vllm serve <model>).',
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
