/**
 * OpenAI-compatible servers an agent is likely to use, with the base URL each one answers at and
 * what to know about its key and model names (checked against their docs on 2026-11-24).
 */
export interface AiPreset {
  id: string;
  name: string;
  baseUrl: string;
  /** Where the key comes from and what the model field means on this server. */
  hint: string;
}

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
    baseUrl: 'https://YOUR-RESOURCE.openai.azure.com/openai/v1',
    hint: 'Replace YOUR-RESOURCE with your Azure OpenAI resource name. Key: the resource’s key. Model: your deployment’s name.',
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
    id: 'vllm',
    name: 'vLLM',
    baseUrl: 'http://localhost:8000/v1',
    hint: 'Key only if the server was started with --api-key. Model: the served model name (vllm serve <model>).',
  },
  {
    id: 'groq',
    name: 'Groq',
    baseUrl: 'https://api.groq.com/openai/v1',
    hint: 'Create a key at console.groq.com › API Keys. Model: e.g. llama-3.3-70b-versatile.',
  },
];

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
