import { z } from 'zod';
import { OrderSchema } from '@/lib/schemas/order';
import { ShopFactsSchema } from '@/lib/schemas/settings';
import { TicketSchema } from '@/lib/schemas/ticket';

export const DEFAULT_AI_BASE_URL = 'https://api.openai.com/v1';
/**
 * A small, current OpenAI model that supports streaming and structured outputs (json_schema).
 * Any other server (Azure OpenAI, Ollama, LM Studio, vLLM, Groq) names its own models.
 */
export const DEFAULT_AI_MODEL = 'gpt-5-mini';

export const AI_PROVIDERS = ['openai', 'azure', 'ollama', 'lm-studio', 'openrouter', 'groq', 'vllm', 'custom'] as const;
export type AiProvider = (typeof AI_PROVIDERS)[number];
/** Azure OpenAI's GA data-plane API version (checked 2026-12-04). */
export const DEFAULT_AZURE_API_VERSION = '2024-10-21';

export const ModelPriceSchema = z.object({
  inputPer1k: z.number().nonnegative().max(1000),
  outputPer1k: z.number().nonnegative().max(1000),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('USD'),
});
export type ModelPrice = z.infer<typeof ModelPriceSchema>;

const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://api.openai.com/v1' });

/**
 * Settings of the optional AI draft. The key is a secret: these settings live in the extension's
 * own IndexedDB (lib/suggest/ai/settings-store.ts), never in storage.local, and are never logged.
 */
export const AiSettingsSchema = z.object({
  baseUrl: HttpUrl.transform((url) => url.replace(/\/+$/, '')).default(DEFAULT_AI_BASE_URL),
  apiKey: z.string().trim().max(1000).default(''),
  model: z.string().trim().min(1).max(200).default(DEFAULT_AI_MODEL),
  enabled: z.boolean().default(false),
  /** Which preset filled the form (lib/suggest/ai/presets.ts): decides headers, Azure's path and query. */
  provider: z.enum(AI_PROVIDERS).optional(),
  /** Azure OpenAI's `api-version` query parameter. */
  azureApiVersion: z.string().trim().min(1).max(40).default(DEFAULT_AZURE_API_VERSION),
  /** Price per 1K tokens by model name, set by the team; the panel's cost is an estimate from it. */
  prices: z.record(z.string().max(200), ModelPriceSchema).default({}),
});
export type AiSettings = z.infer<typeof AiSettingsSchema>;
export type AiSettingsInput = z.input<typeof AiSettingsSchema>;
export const DEFAULT_AI_SETTINGS: AiSettings = AiSettingsSchema.parse({});

/** The facts a reply can state that the fact check verifies (DESIGN.md, check-facts). */
export const FACT_KINDS = ['order_number', 'tracking_number', 'amount', 'date', 'url', 'email', 'phone'] as const;
export const FactKindSchema = z.enum(FACT_KINDS);
export type FactKind = z.infer<typeof FactKindSchema>;

/** What the model may say it used; wider than FACT_KINDS because it also uses shop policy and item facts. */
export const DRAFT_FACT_KINDS = [...FACT_KINDS, 'carrier', 'status', 'item', 'shop_policy', 'other'] as const;

/**
 * The model's answer. The model is untrusted: a kind it invents becomes "other" rather than
 * failing the whole draft, but a missing or empty reply is malformed.
 */
export const DraftOutputSchema = z.object({
  reply: z.string().trim().min(1).max(20_000),
  facts_used: z
    .array(z.object({ kind: z.enum(DRAFT_FACT_KINDS).catch('other'), value: z.string().max(2000) }))
    .max(100)
    .default([]),
});
export type DraftOutput = z.infer<typeof DraftOutputSchema>;

/** What a reply's facts are checked against (check-facts --context). */
export const FactContextSchema = z.object({
  ticket: TicketSchema.optional(),
  orders: z.array(OrderSchema).optional(),
  shop: ShopFactsSchema.partial().optional(),
});
export type FactContextInput = z.infer<typeof FactContextSchema>;
