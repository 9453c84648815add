/**
 * A plan's replies read whole and rendered with the chosen order's facts, in the reply's language:
 * the step after ranking (planSuggestions), which the panel takes once it has read the few
 * templates the plan shows.
 */
import type { Template } from '@/lib/schemas/template';
import { renderTemplate } from '@/lib/templates/render';
import { buildTemplateVariables } from '@/lib/templates/variables';
import { effectiveFields } from '@/lib/templates/fields';
import type { RankEntry } from '@/lib/suggest/rank-entry';
import type { SuggestInput, SuggestionGroup, SuggestionPlan, SuggestResult } from '@/lib/suggest/suggestion-types';

/**
 * Renders a plan's replies with the order's facts. `whole` gives the template of a ranked entry;
 * one it cannot give (deleted since the ranking) is left out.
 */
export function renderPlan<T extends RankEntry>(
  plan: SuggestionPlan<T>,
  whole: (entry: T) => Template | undefined,
  { ticket, shop, agent }: Pick<SuggestInput, 'ticket' | 'shop' | 'agent'>,
): SuggestResult {
  const { order, asked } = plan;
  // Dates, money and status words follow the reply's language, not the customer's.
  const scopes = new Map<string, ReturnType<typeof buildTemplateVariables>>();
  const scopeFor = (language: string) => {
    if (!scopes.has(language)) scopes.set(language, buildTemplateVariables({ ticket, order, shop, agent, language }));
    return scopes.get(language)!;
  };
  const groups = plan.groups.map(
    ({ request, ranked }): SuggestionGroup => ({
      request,
      suggestions: ranked.flatMap(({ template: entry, score }) => {
        const template = whole(entry);
        if (!template) return [];
        return [
          {
            template,
            score,
            rendered: renderTemplate(template.body, scopeFor(template.language)),
            // Its own request first: what an insert from this group records as the intent answered.
            answers: [...new Set([request.intent, ...asked].filter((a) => template.intents.includes(a)))],
            fields: effectiveFields(template.body, template.fields),
            scope: scopeFor(template.language),
          },
        ];
      }),
    }),
  );
  return { intent: plan.intent, order, suggestions: groups[0]?.suggestions ?? [], groups, degraded: plan.degraded };
}
