import { useState } from 'react';
import { describeWaiting } from '@/lib/triage/describe';
import { useI18n } from '@/lib/i18n/i18n-context';
import { RichMessage } from '@/lib/i18n/rich-message';
import { PrioritySchema } from '@/lib/triage/schema';
import type { RulesOutcome } from '@/lib/triage/rules';
import type { TriageVerdict } from '@/lib/triage/schema';

export interface TagsOutcome {
  ok: boolean;
  message: string;
}

interface Props {
  verdict: TriageVerdict;
  /** What the team's rules added: tags, an agreed priority or owner, conflicts to show. */
  rules: RulesOutcome;
  /** Present where the page has a tags field Deskpilot can fill; Copy is offered everywhere. */
  onApplyTags?: (tags: string[]) => Promise<TagsOutcome>;
}

/**
 * Waiting since (against the marketplace's rule or the shop's target), the priority with every
 * reason in words, the owner and conflicts from team rules, and suggested tags. Nothing changes on
 * the page until the agent clicks Apply tags.
 */
export function TriageCard({ verdict, rules, onApplyTags }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [outcome, setOutcome] = useState<TagsOutcome | null>(null);
  // A rule's priority is a priority id: shown in words; an owner is a name, shown as written.
  const valueWords = (value: string) => {
    const priority = PrioritySchema.safeParse(value);
    return priority.success ? t(`triage.priority.${priority.data}`) : value;
  };
  const late = verdict.reasons.includes('sla_breach');
  const copy = async () => {
    await navigator.clipboard.writeText(verdict.tags.join(', '));
    setOutcome({ ok: true, message: t('triage.tagsCopied') });
  };
  const apply = async () => {
    if (onApplyTags) setOutcome(await onApplyTags(verdict.tags));
  };
  return (
    <section className="card triage" data-testid="triage" data-priority={verdict.priority} aria-label={t('triage.label')}>
      <p className={late ? 'triage-waiting late' : 'triage-waiting'} data-testid="triage-waiting">
        {describeWaiting(verdict, i18n)}
      </p>
      <p className="triage-priority">
        <RichMessage
          id="triage.priority"
          values={{
            priority: (
              <strong className={`priority priority-${verdict.priority}`} data-testid="triage-priority">
                {t(`triage.priority.${verdict.priority}`)}
              </strong>
            ),
          }}
        />
        {rules.priority && <span className="muted">{t('triage.setByRule')}</span>}
      </p>
      <ul className="triage-reasons" data-testid="triage-reasons">
        {verdict.reasons.map((reason) => (
          <li key={reason} data-reason={reason}>
            {t(`triage.reason.${reason}`)}
          </li>
        ))}
        {/* A later request made it a problem (not pre-sale, not thanks; high for a VIP): say which group. */}
        {verdict.problemRequest && (
          <li data-reason="problem_request" data-intent={verdict.problemRequest.intent}>
            {t('triage.problemRequest', { number: verdict.problemRequest.request, intent: t(`intent.${verdict.problemRequest.intent}`) })}
          </li>
        )}
      </ul>
      {rules.owner && (
        <p data-testid="triage-owner">
          <RichMessage id="triage.owner" values={{ owner: <strong>{rules.owner}</strong> }} />
        </p>
      )}
      {rules.matched.length > 0 && (
        <p className="muted" data-testid="triage-rules">
          {t('triage.rules', { rules: rules.matched.map((rule) => rule.name).join(' · ') })}
        </p>
      )}
      {rules.conflicts.map((conflict) => (
        <p key={conflict.field} className="warning" role="alert" data-testid="triage-conflict">
          {t('triage.conflict', {
            field: t(`triage.field.${conflict.field}`),
            values: conflict.values.map((v) => t('triage.conflictValue', { rule: v.ruleName, value: valueWords(v.value) })).join(', '),
          })}
        </p>
      ))}
      {verdict.tags.length > 0 && (
        <div className="triage-tags">
          <ul className="chips" data-testid="triage-tags" aria-label={t('triage.tagsLabel')}>
            {verdict.tags.map((tag) => (
              <li key={tag} className="chip chip-tag">
                {tag}
              </li>
            ))}
          </ul>
          <div className="actions">
            {onApplyTags && (
              <button type="button" onClick={() => void apply()}>
                {t('triage.applyTags')}
              </button>
            )}
            <button type="button" className={onApplyTags ? 'secondary' : undefined} onClick={() => void copy()}>
              {t('triage.copyTags')}
            </button>
          </div>
          {outcome && (
            <p role="status" className={outcome.ok ? 'ok' : 'error'}>
              {outcome.message}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
