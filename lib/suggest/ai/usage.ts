/**
 * Tokens a provider reports for one call (`usage`, in the last stream chunk when asked with
 * `stream_options.include_usage`) and the estimated cost from the price the team set per model.
 * Only an estimate: providers round, cache and bill in their own ways.
 */
import { z } from 'zod';
import type { ModelPrice } from '@/lib/schemas/ai';

const UsageSchema = z.object({
  prompt_tokens: z.number().int().nonnegative(),
  completion_tokens: z.number().int().nonnegative(),
  total_tokens: z.number().int().nonnegative().optional(),
});

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

/** The provider's `usage`, or null when it sent none (or something else). */
export function parseUsage(value: unknown): TokenUsage | null {
  const parsed = UsageSchema.safeParse(value);
  if (!parsed.success) return null;
  const { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens } = parsed.data;
  return { promptTokens, completionTokens, totalTokens: total_tokens ?? promptTokens + completionTokens };
}

/** Estimated cost in the price's currency, or null when no price is set for the model. */
export function estimateCost(usage: TokenUsage, price: ModelPrice | undefined): number | null {
  if (!price) return null;
  return (usage.promptTokens / 1000) * price.inputPer1k + (usage.completionTokens / 1000) * price.outputPer1k;
}
