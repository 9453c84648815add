/**
 * The OpenAI client for any OpenAI-compatible server. Runs in the side panel (an extension page),
 * hence `dangerouslyAllowBrowser`: the key is the user's own and never reaches a web page.
 * The client's own retries are off: a retry after 429 or 5xx would leave the agent waiting with
 * no word; the panel says what happened and shows the templates instead.
 */
import OpenAI, { AzureOpenAI } from 'openai';
import type { AiSettings } from '@/lib/schemas/ai';
import { PRESETS_BY_ID, providerOf } from '@/lib/suggest/ai/presets';

/** Local servers (Ollama, LM Studio, vLLM on the agent's machine or LAN) usually need no key. */
export function isLocalServer(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname;
  return /^(?:localhost|127\.\d+\.\d+\.\d+|\[::1\]|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|.+\.local)$/.test(host);
}

/** A key is needed unless the server is local; checked before any request so the message is exact. */
export function missingKey(settings: AiSettings): boolean {
  return settings.apiKey.length === 0 && !isLocalServer(settings.baseUrl);
}

/**
 * True when the model may be called: switched on, and a key unless the server is a local one.
 * Here, not beside the stored settings (settings-store.ts, Dexie): the second-opinion rule
 * (intent-opinion.ts) needs it and must stay free of storage.
 */
export function aiConfigured(settings: AiSettings): boolean {
  return settings.enabled && !missingKey(settings);
}

export interface ClientOptions {
  timeoutMs: number;
  /** Tests and the CLI may pass Node's fetch; the extension uses the page's. */
  fetch?: typeof fetch;
}

/** Azure's resource endpoint from what the agent typed: the root, also when "/openai/v1" or "/openai" was pasted. */
export function azureEndpoint(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '').replace(/\/openai(?:\/v1)?$/, '');
}

export function createAiClient(settings: AiSettings, { timeoutMs, fetch }: ClientOptions): OpenAI {
  const provider = providerOf(settings);
  const common = {
    dangerouslyAllowBrowser: true,
    maxRetries: 0,
    timeout: timeoutMs,
    defaultHeaders: { ...PRESETS_BY_ID[provider]?.headers },
    ...(fetch ? { fetch } : {}),
  };
  if (provider === 'azure') {
    // The key goes in an `api-key` header, the model (deployment name) in the path, with `api-version`.
    return new AzureOpenAI({
      ...common,
      endpoint: azureEndpoint(settings.baseUrl),
      apiKey: settings.apiKey || 'no-key',
      apiVersion: settings.azureApiVersion,
    });
  }
  // Local servers ignore the key, but the client refuses to start without one.
  return new OpenAI({ ...common, baseURL: settings.baseUrl, apiKey: settings.apiKey || 'no-key' });
}

/**
 * The host permission an extension page needs to call the endpoint ("https://api.openai.com/*").
 * Match patterns carry no port, so one grant covers every port of a local server.
 */
export function aiOriginPattern(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.protocol}//${url.hostname}/*`;
}
