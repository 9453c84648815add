import { PrioritySchema } from '@/lib/triage/schema';
import type { TriageRule } from '@/lib/triage/rule-schema';
import { applyRules, type RuleContext } from '@/lib/triage/rules';
import { useI18n } from '@/lib/i18n/i18n-context';

/** What the rules being edited would do to the open ticket: matches, tags, priority, owner, conflicts. */
export function TriageRulesPreview({ rules, context, subject }: { rules: readonly TriageRule[]; context: RuleContext; subject: string }) {
  const { t, list } = useI18n();
  const outcome = applyRules(rules, context);
  // A rule's priority is one of the triage priorities, shown in the agent's language; an owner is the team's own word.
  const valueWords = (value: string) => {
    const priority = PrioritySchema.safeParse(value);
    return priority.success ? t(`triage.priority.${priority.data}`) : value;
  };
  return (
    <div className="card" data-testid="rules-preview">
      <h3>{t('triage.preview.title', { subject })}</h3>
      <p className="muted">
        {t('triage.preview.context', {
          intent: t(`intent.${context.intent}`),
          priority: t(`triage.priority.${context.priority}`),
          reasons: list(context.reasons.map((reason) => t(`triage.reason.${reason}`))),
        })}
      </p>
      {outcome.matched.length === 0 ? (
        <p>{t('triage.preview.noMatch')}</p>
      ) : (
        <ul>
          <li>{t('triage.preview.matching', { rules: outcome.matched.map((rule) => rule.name).join(' · ') })}</li>
          {outcome.tags.length > 0 && <li>{t('triage.preview.tags', { tags: outcome.tags.join(', ') })}</li>}
          {outcome.priority && <li>{t('triage.preview.priority', { priority: valueWords(outcome.priority) })}</li>}
          {outcome.owner && <li>{t('triage.preview.owner', { owner: outcome.owner })}</li>}
        </ul>
      )}
      {outcome.conflicts.map((conflict) => (
        <p key={conflict.field} className="warning" role="alert" data-testid="rules-conflict">
          {t('triage.preview.conflict', {
            field: t(`triage.field.${conflict.field}`),
            values: conflict.values.map((v) => t('triage.conflictValue', { rule: v.ruleName, value: valueWords(v.value) })).join(', '),
          })}
        </p>
      ))}
    </div>
  );
}
