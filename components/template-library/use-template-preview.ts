import { useDeferredValue, useMemo } from 'react';
import type { Agent, ShopFacts } from '@/lib/schemas/settings';
import type { Template } from '@/lib/schemas/template';
import { useI18n } from '@/lib/i18n/i18n-context';
import { effectiveFields, fieldIssues, renderFilled, sampleFieldValues } from '@/lib/templates/fields';
import { diagnoseBody } from './body-diagnostics';
import { fieldIssueText } from './draft-checks';
import { previewScope, type PreviewContext } from './sample-context';

/**
 * The editor's live preview of a body being typed: rendered with the open ticket's (or a sample's)
 * facts, its fill-in fields given sample answers so every yes/no paragraph shows, and the body's
 * problems. The body is deferred so typing stays quick on a long template.
 */
export function useTemplatePreview(
  draftBody: string,
  language: string,
  declared: Template['fields'],
  context: { preview?: PreviewContext; shop?: ShopFacts; agent?: Agent },
) {
  const { t } = useI18n();
  const body = useDeferredValue(draftBody);
  const { preview, shop, agent } = context;
  const scope = useMemo(() => previewScope(preview, shop, agent, language), [preview, shop, agent, language]);
  return useMemo(() => {
    const fields = effectiveFields(body, declared);
    const result = renderFilled(body, scope, fields, sampleFieldValues(fields), language).rendered;
    const fieldProblems = fieldIssues(body, declared).map((issue) => fieldIssueText(issue, t));
    return { result, fields, diagnostics: { ...diagnoseBody(body), fieldProblems } };
  }, [body, scope, declared, language, t]);
}
