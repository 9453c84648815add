import { describe, expect, it } from 'vitest';
import { DRAFT_JSON_SCHEMA, parseDraftOutput, partialReply } from '@/lib/suggest/ai/draft-output';

const answer = { reply: 'Hi "Jo",\nyour parcel \\ is on its way 📦 — ça marche.', facts_used: [{ kind: 'order_number', value: '#1047' }] };
const raw = JSON.stringify(answer);
const escapedRaw = JSON.stringify(answer).replace('📦', '\\ud83d\\udce6').replace('ç', '\\u00e7');

describe('partialReply', () => {
  it('decodes the reply from every prefix of the JSON, growing monotonically to the full text', () => {
    for (const json of [raw, escapedRaw]) {
      let previous = '';
      for (let end = 0; end <= json.length; end++) {
        const text = partialReply(json.slice(0, end));
        expect(text.startsWith(previous.replace(/[\ud800-\udbff]$/, '')), json.slice(0, end)).toBe(true);
        previous = text;
      }
      expect(previous).toBe(answer.reply);
    }
  });

  it('finds the reply wherever the key is, and nothing before it starts', () => {
    expect(partialReply('{"facts_used": [], "reply": "Hel')).toBe('Hel');
    expect(partialReply('{"facts_used": [{"kind": "other", "value": "reply"}]')).toBe('');
  });
});

describe('parseDraftOutput', () => {
  it('accepts the JSON, also inside a code fence, and maps unknown fact kinds to "other"', () => {
    expect(parseDraftOutput(raw)).toEqual(answer);
    expect(parseDraftOutput(`\`\`\`json\n${raw}\n\`\`\``)).toEqual(answer);
    expect(parseDraftOutput('{"reply": "Hi", "facts_used": [{"kind": "secret", "value": "x"}]}')?.facts_used).toEqual([
      { kind: 'other', value: 'x' },
    ]);
  });

  it('rejects text that is not the answer asked for', () => {
    for (const bad of ['Sure, here you go', '{"reply": ""}', '{"text": "Hi"}', '{"reply": "Hi"', '[]'])
      expect(parseDraftOutput(bad), bad).toBeNull();
  });

  it('has a strict JSON schema whose required fields are those the parser needs', () => {
    expect(DRAFT_JSON_SCHEMA.strict).toBe(true);
    expect(Object.keys(DRAFT_JSON_SCHEMA.schema.properties)[0]).toBe('reply');
    expect(DRAFT_JSON_SCHEMA.schema.required).toEqual(['reply', 'facts_used']);
  });
});
