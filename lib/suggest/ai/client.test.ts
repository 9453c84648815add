import { describe, expect, it } from 'vitest';
import { AiSettingsSchema } from '@/lib/schemas/ai';
import { aiOriginPattern, isLocalServer, missingKey } from '@/lib/suggest/ai/client';

describe('AI client settings helpers', () => {
  it('asks for the host permission of the endpoint, without port or path', () => {
    expect(aiOriginPattern('https://api.openai.com/v1')).toBe('https://api.openai.com/*');
    expect(aiOriginPattern('http://localhost:11434/v1')).toBe('http://localhost/*');
    expect(aiOriginPattern('https://my-res.openai.azure.com/openai/v1')).toBe('https://my-res.openai.azure.com/*');
  });

  it('treats loopback and private-network servers as local (no key needed)', () => {
    for (const url of [
      'http://localhost:11434/v1',
      'http://127.0.0.1:1234/v1',
      'http://192.168.1.20:8000/v1',
      'http://gpu-box.local:8000/v1',
    ]) {
      expect(isLocalServer(url), url).toBe(true);
    }
    for (const url of ['https://api.openai.com/v1', 'https://api.groq.com/openai/v1', 'https://localhost.example.com/v1']) {
      expect(isLocalServer(url), url).toBe(false);
    }
    expect(missingKey(AiSettingsSchema.parse({}))).toBe(true);
    expect(missingKey(AiSettingsSchema.parse({ baseUrl: 'http://localhost:11434/v1' }))).toBe(false);
  });
});
