import { useI18n } from '@/lib/i18n/i18n-context';
import type { AiSettings } from '@/lib/schemas/ai';
import { estimateCost, type TokenUsage } from '@/lib/suggest/ai/usage';

/**
 * "412 tokens (380 in, 32 out), about $0.0004 (estimate)" in the panel's language, from the
 * provider's usage and the price per 1K tokens set for the model; null when no usage came back.
 */
export function useUsageLine(): (usage: TokenUsage | null, settings: AiSettings) => string | null {
  const { t, number, locale } = useI18n();
  return (usage, settings) => {
    if (!usage) return null;
    const tokens = t('ai.usage.tokens', {
      total: number(usage.totalTokens),
      input: number(usage.promptTokens),
      output: number(usage.completionTokens),
    });
    const price = settings.prices[settings.model];
    const cost = estimateCost(usage, price);
    if (cost === null || !price) return t('ai.usage.noPrice', { tokens });
    const amount = new Intl.NumberFormat(locale, { style: 'currency', currency: price.currency, maximumSignificantDigits: 2 }).format(cost);
    return t('ai.usage.cost', { tokens, cost: amount });
  };
}
