import type { TriageRule } from '@/lib/triage/rule-schema';
import { applyRules, type RuleContext } from '@/lib/triage/rules';

/** What the rules being edited would do to the open ticket: matches, tags, priority, owner, conflicts. */
export function TriageRulesPreview({ rules, context, subject }: { rules: readonly TriageRule[]; context: RuleContext; subject: string }) {
  const outcome = applyRules(rules, context);
  return (
    <div className="card" data-testid="rules-preview">
      <h3>Preview on the open ticket: “{subject}”</h3>
      <p className="muted">
        Request {context.intent.replaceAll('_', ' ')} · triage priority {context.priority} · reasons {context.reasons.join(', ')}
      </p>
      {outcome.matched.length === 0 ? (
        <p>No rule matches this ticket.</p>
      ) : (
        <ul>
          <li>Matching rules: {outcome.matched.map((rule) => rule.name).join(' · ')}</li>
          {outcome.tags.length > 0 && <li>Tags: {outcome.tags.join(', ')}</li>}
          {outcome.priority && <li>Priority: {outcome.priority}</li>}
          {outcome.owner && <li>Owner: {outcome.owner}</li>}
        </ul>
      )}
      {outcome.conflicts.map((conflict) => (
        <p key={conflict.field} className="warning" role="alert" data-testid="rules-conflict">
          Conflict on the {conflict.field}: {conflict.values.map((v) => `“${v.ruleName}” says ${v.value}`).join(', ')}. Neither is applied.
        </p>
      ))}
    </div>
  );
}
