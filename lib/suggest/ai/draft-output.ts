/**
 * The model answers with JSON `{reply, facts_used}`. While it streams, the panel shows the part of
 * the `reply` string received so far, decoded from the raw JSON; when the stream ends, the whole
 * answer is parsed with zod. One code path serves servers with structured outputs and those that
 * are only asked for JSON in the text.
 */
import { DRAFT_FACT_KINDS, DraftOutputSchema, type DraftOutput } from '@/lib/schemas/ai';

/** For `response_format: {type: "json_schema"}`; `reply` first so it streams before the fact list. */
export const DRAFT_JSON_SCHEMA = {
  name: 'support_reply',
  strict: true,
  schema: {
    type: 'object',
    properties: {
      reply: { type: 'string', description: 'The reply to the customer, plain text, ready to send.' },
      facts_used: {
        type: 'array',
        description: 'Every fact from the given data that the reply states.',
        items: {
          type: 'object',
          properties: { kind: { type: 'string', enum: [...DRAFT_FACT_KINDS] }, value: { type: 'string' } },
          required: ['kind', 'value'],
          additionalProperties: false,
        },
      },
    },
    required: ['reply', 'facts_used'],
    additionalProperties: false,
  },
} as const;

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const REPLY_KEY = /"reply"\s*:\s*"/;

/**
 * The `reply` string as far as it has arrived in a partial JSON text, decoded; '' before it starts.
 * Stops before an escape sequence that is cut off, so the text only ever grows.
 */
export function partialReply(raw: string): string {
  const key = REPLY_KEY.exec(raw);
  if (!key) return '';
  let out = '';
  for (let i = key.index + key[0].length; i < raw.length; i++) {
    const char = raw[i]!;
    if (char === '"') break;
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = raw[i + 1];
    if (next === undefined) break;
    if (next === 'u') {
      const hex = raw.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) break;
      out += String.fromCharCode(parseInt(hex, 16));
      i += 5;
      continue;
    }
    out += SIMPLE_ESCAPES[next] ?? next;
    i += 1;
  }
  return out;
}

/** The JSON object in a model's text: servers without structured outputs often wrap it in a code fence. */
function jsonObjectIn(raw: string): string | null {
  const start = raw.indexOf('{');
  const end = raw.lastIndexOf('}');
  return start >= 0 && end > start ? raw.slice(start, end + 1) : null;
}

/** The parsed answer, or null when it is not the JSON we asked for. */
export function parseDraftOutput(raw: string): DraftOutput | null {
  const json = jsonObjectIn(raw);
  if (!json) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = DraftOutputSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
