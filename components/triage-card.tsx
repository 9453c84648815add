import { useState } from 'react';
import { describeWaiting, PRIORITY_LABELS, REASON_LABELS } from '@/lib/triage/describe';
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
  const [outcome, setOutcome] = useState<TagsOutcome | null>(null);
  const late = verdict.reasons.includes('sla_breach');
  const copy = async () => {
    await navigator.clipboard.writeText(verdict.tags.join(', '));
    setOutcome({ ok: true, message: 'Tags copied to the clipboard.' });
  };
  const apply = async () => {
    if (onApplyTags) setOutcome(await onApplyTags(verdict.tags));
  };
  return (
    <section className="card triage" data-testid="triage" data-priority={verdict.priority} aria-label="Triage">
      <p className={late ? 'triage-waiting late' : 'triage-waiting'} data-testid="triage-waiting">
        {describeWaiting(verdict)}
      </p>
      <p className="triage-priority">
        Priority:{' '}
        <strong className={`priority priority-${verdict.priority}`} data-testid="triage-priority">
          {PRIORITY_LABELS[verdict.priority]}
        </strong>
        {rules.priority && <span className="muted"> (set by team rule)</span>}
      </p>
      <ul className="triage-reasons" data-testid="triage-reasons">
        {verdict.reasons.map((reason) => (
          <li key={reason} data-reason={reason}>
            {REASON_LABELS[reason]}
          </li>
        ))}
      </ul>
      {rules.owner && (
        <p data-testid="triage-owner">
          Suggested owner: <strong>{rules.owner}</strong>
        </p>
      )}
      {rules.matched.length > 0 && (
        <p className="muted" data-testid="triage-rules">
          Team rules: {rules.matched.map((rule) => rule.name).join(' · ')}
        </p>
      )}
      {rules.conflicts.map((conflict) => (
        <p key={conflict.field} className="warning" role="alert" data-testid="triage-conflict">
          Team rules disagree on the {conflict.field}: {conflict.values.map((v) => `“${v.ruleName}” says ${v.value}`).join(', ')}. None was
          applied; decide yourself.
        </p>
      ))}
      {verdict.tags.length > 0 && (
        <div className="triage-tags">
          <ul className="chips" data-testid="triage-tags" aria-label="Suggested tags">
            {verdict.tags.map((tag) => (
              <li key={tag} className="chip chip-tag">
                {tag}
              </li>
            ))}
          </ul>
          <div className="actions">
            {onApplyTags && (
              <button type="button" onClick={() => void apply()}>
                Apply tags
              </button>
            )}
            <button type="button" className={onApplyTags ? 'secondary' : undefined} onClick={() => void copy()}>
              Copy tags
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
