import type { Template } from '@/lib/schemas/template';
import type { Translator } from '@/lib/i18n/translator';
import { renderMessage } from '@/lib/i18n/local-message';
import { type FieldIssue, fieldIssues } from '@/lib/templates/fields';
import { liquidErrorMessage } from '@/lib/templates/liquid-error';
import { diagnoseBody } from './body-diagnostics';
import { draftProblemText, templateFromDraft, type TemplateDraft } from './template-draft';

/** "fields.0.name: is “x”, but the body never uses fields.x", in the interface's language. */
export function fieldIssueText({ path, code, params }: FieldIssue, t: Translator['t']): string {
  return t('editor.fieldIssueAt', { path: path.join('.'), problem: t(`editor.fieldIssue.${code}`, params) });
}

/**
 * The template a draft saves as, or why it cannot be saved, in the interface's language. A body
 * that does not parse could never be used in the panel (unknown variables only warn, in the
 * preview); fields get the same check a pack import makes, so an exported template imports again.
 */
export function checkedDraft(
  draft: TemplateDraft,
  template: Template | undefined,
  t: Translator['t'],
): { ok: true; template: Template } | { ok: false; problems: string[] } {
  const result = templateFromDraft(draft, template);
  if (!result.ok) return { ok: false, problems: result.problems.map((problem) => draftProblemText(problem, t)) };
  const syntaxError = diagnoseBody(result.template.body).syntaxError;
  if (syntaxError) return { ok: false, problems: [t('editor.notLiquid', { error: renderMessage(liquidErrorMessage(syntaxError), t) })] };
  const fieldProblems = fieldIssues(result.template.body, result.template.fields);
  if (fieldProblems.length)
    return { ok: false, problems: fieldProblems.map((issue) => t('editor.fieldProblem', { problem: fieldIssueText(issue, t) })) };
  return result;
}
