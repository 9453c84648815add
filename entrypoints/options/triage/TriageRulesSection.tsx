import { useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys, triageRulesQuery, triageSettingsQuery } from '@/lib/queries';
import { listStoredRules, saveOwnRules } from '@/lib/triage/rule-store';
import { parseRulesDraft, rulesDraftText } from '@/lib/triage/rules-draft';
import { triageTicket } from '@/lib/triage/triage-ticket';
import { TriageRulesPreview } from '@/components/triage-rules-preview';
import { useOpenTicket } from './use-open-ticket';
import { TriageSettingsForm } from './TriageSettingsForm';

const EXAMPLE = rulesDraftText([
  {
    id: 'big-refund',
    name: 'Big refunds go to Returns',
    when: { intent: 'refund', orderTotalAbove: 200 },
    then: { tags: ['escalate'], priority: 'high', owner: 'Returns team' },
  },
]);

/** Settings → Triage: thresholds, the agent's own rules (JSON, checked as typed), packs' rules, and a preview. */
export function TriageRulesSection() {
  const queryClient = useQueryClient();
  const stored = useQuery({ queryKey: queryKeys.triageRulesStored, queryFn: listStoredRules });
  const allRules = useQuery(triageRulesQuery());
  const settings = useQuery(triageSettingsQuery());
  const ticket = useOpenTicket();
  const [text, setText] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const own = stored.data?.filter((r) => !r.packId).map((r) => r.rule) ?? [];
  const fromPacks = stored.data?.filter((r) => r.packId) ?? [];
  const shown = text ?? (own.length ? rulesDraftText(own) : '');
  const draft = parseRulesDraft(shown);

  const preview = useMemo(() => {
    if (!ticket.data || !settings.data || !draft.ok) return null;
    const rules = [...draft.rules, ...fromPacks.map((r) => r.rule)];
    const { base } = triageTicket({
      ticket: ticket.data,
      orders: [],
      chosenOrder: null,
      history: [],
      now: new Date(),
      settings: settings.data,
      rules: [],
    });
    return {
      rules,
      context: {
        intent: base.intent,
        reasons: base.reasons,
        priority: base.priority,
        channel: ticket.data.site,
        marketplace: base.marketplace,
        text: ticket.data.latestCustomerMessage ?? '',
      },
      subject: ticket.data.subject,
    };
  }, [ticket.data, settings.data, draft, fromPacks]);

  const save = async () => {
    if (!draft.ok) return;
    await saveOwnRules(draft.rules);
    await queryClient.invalidateQueries({ queryKey: queryKeys.triageRules });
    setText(null);
    setStatus(`Saved ${draft.rules.length} rule${draft.rules.length === 1 ? '' : 's'}.`);
  };

  return (
    <section className="card" aria-labelledby="triage-rules-title" data-testid="triage-rules">
      <h2 id="triage-rules-title">Triage</h2>
      <TriageSettingsForm />
      <h3>Your team rules</h3>
      <p className="muted">
        A list of rules as in a pack’s <code>rules</code> (lib/packs/README.md). Every matching rule adds its tags; a priority or owner
        applies only when the matching rules agree.
      </p>
      <label className="field">
        <span>Rules (JSON)</span>
        <textarea
          rows={10}
          spellCheck={false}
          value={shown}
          placeholder={EXAMPLE}
          onChange={(e) => {
            setText(e.target.value);
            setStatus(null);
          }}
        />
      </label>
      {!draft.ok && (
        <ul className="error" role="alert" data-testid="rules-problems">
          {draft.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" disabled={!draft.ok || text === null} onClick={() => void save()}>
          Save rules
        </button>
        {status && (
          <span role="status" className="ok">
            {status}
          </span>
        )}
      </div>
      {fromPacks.length > 0 && (
        <>
          <h3>Rules from packs</h3>
          <ul data-testid="pack-rules">
            {fromPacks.map((r) => (
              <li key={r.key}>
                {r.rule.name} <span className="muted">({r.packId})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {preview ? (
        <TriageRulesPreview rules={preview.rules} context={preview.context} subject={preview.subject} />
      ) : (
        <p className="muted">
          {ticket.isPending ? 'Looking for an open ticket…' : 'Open a ticket in an inbox tab to preview the rules on it.'}
        </p>
      )}
      {allRules.isError && <p className="error">Rules could not be loaded: {allRules.error.message}</p>}
    </section>
  );
}
