/**
 * OpenAI-compatible servers an agent is likely to use, with the base URL each one answers at and
 * what to know about its key and model names (checked against their docs on 2026-11-24).
 */
export interface AiPreset {
  /** Where the key comes from and what the model field means on this server is the message `ai.preset.<id>`. */
  id: AiPresetId;
  name: string;
  baseUrl: string;
}

export type AiPresetId = 'openai' | 'azure' | 'ollama' | 'lm-studio' | 'vllm' | 'groq';

export const AI_PRESETS: readonly AiPreset[] = [
  {
    id: 'openai',
    name: 'OpenAI',
    baseUrl: 'https://api.openai.com/v1',
  },
  {
    id: 'azure',
    name: 'Azure OpenAI',
    baseUrl: 'https://YOUR-RESOURCE.openai.azure.com/openai/v1',
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
    id: 'vllm',
    name: 'vLLM',
    baseUrl: 'http://localhost:8000/v1',
  },
  {
    id: 'groq',
    name: 'Groq',
    baseUrl: 'https://api.groq.com/openai/v1',
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
