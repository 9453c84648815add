/**
 * The OpenAI client for any OpenAI-compatible server. Runs in the side panel (an extension page),
 * hence `dangerouslyAllowBrowser`: the key is the user's own and never reaches a web page.
 * The client's own retries are off: a retry after 429 or 5xx would leave the agent waiting with
 * no word; the panel says what happened and shows the templates instead.
 */
import OpenAI from 'openai';
import type { AiSettings } from '@/lib/schemas/ai';

/** Local servers (Ollama, LM Studio, vLLM on the agent's machine or LAN) usually need no key. */
export function isLocalServer(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname;
  return /^(?:localhost|127\.\d+\.\d+\.\d+|\[::1\]|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|.+\.local)$/.test(host);
}

/** A key is needed unless the server is local; checked before any request so the message is exact. */
export function missingKey(settings: AiSettings): boolean {
  return settings.apiKey.length === 0 && !isLocalServer(settings.baseUrl);
}

export interface ClientOptions {
  timeoutMs: number;
  /** Tests and the CLI may pass Node's fetch; the extension uses the page's. */
  fetch?: typeof fetch;
}

export function createAiClient(settings: AiSettings, { timeoutMs, fetch }: ClientOptions): OpenAI {
  return new OpenAI({
    baseURL: settings.baseUrl,
    // Local servers ignore the key, but the client refuses to start without one.
    apiKey: settings.apiKey || 'no-key',
    dangerouslyAllowBrowser: true,
    maxRetries: 0,
    timeout: timeoutMs,
    ...(fetch ? { fetch } : {}),
  });
}

/**
 * The host permission an extension page needs to call the endpoint ("https://api.openai.com/*").
 * Match patterns carry no port, so one grant covers every port of a local server.
 */
export function aiOriginPattern(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.protocol}//${url.hostname}/*`;
}
