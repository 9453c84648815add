import { useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queries/keys';
import { triageRulesQuery, triageSettingsQuery } from '@/lib/queries/settings';
import { listStoredRules, saveOwnRules } from '@/lib/triage/rule-store';
import { parseRulesDraft, rulesDraftText, rulesProblemText } from '@/lib/triage/rules-draft';
import { triageTicket } from '@/lib/triage/triage-ticket';
import { TriageRulesPreview } from '@/components/triage-rules-preview';
import { useOpenTicket } from './use-open-ticket';
import { TriageSettingsForm } from './TriageSettingsForm';
import { useT } from '@/lib/i18n/i18n-context';
import { RichMessage } from '@/lib/i18n/rich-message';
import type { Translator } from '@/lib/i18n/translator';
import { quotedError } from '@/lib/i18n/quote';

/** The placeholder: one rule, its name and owner in the agent's language. */
const example = (t: Translator['t']) =>
  rulesDraftText([
    {
      id: 'big-refund',
      name: t('triage.rules.exampleName'),
      when: { intent: 'refund', orderTotalAbove: 200 },
      then: { tags: ['escalate'], priority: 'high', owner: t('triage.rules.exampleOwner') },
    },
  ]);

/** Settings → Triage: thresholds, the agent's own rules (JSON, checked as typed), packs' rules, and a preview. */
export function TriageRulesSection() {
  const t = useT();
  const queryClient = useQueryClient();
  const stored = useQuery({ queryKey: queryKeys.triageRulesStored, queryFn: listStoredRules });
  const allRules = useQuery(triageRulesQuery());
  const settings = useQuery(triageSettingsQuery());
  const ticket = useOpenTicket();
  const [text, setText] = useState<string | null>(null);
  const [savedCount, setSavedCount] = useState<number | null>(null);
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
    setSavedCount(draft.rules.length);
  };

  return (
    <section className="card" aria-labelledby="triage-rules-title" data-testid="triage-rules">
      <h2 id="triage-rules-title">{t('triage.rules.title')}</h2>
      <TriageSettingsForm />
      <h3>{t('triage.rules.team')}</h3>
      <p className="muted">
        <RichMessage id="triage.rules.intro" values={{ rules: <code>rules</code>, readme: <code>lib/packs/README.md</code> }} />
      </p>
      <label className="field">
        <span>{t('triage.rules.json')}</span>
        <textarea
          rows={10}
          spellCheck={false}
          value={shown}
          placeholder={example(t)}
          onChange={(e) => {
            setText(e.target.value);
            setSavedCount(null);
          }}
        />
      </label>
      {!draft.ok && (
        // The alert wraps the list: a list given role="alert" is no longer a list to a screen reader.
        <div role="alert">
          <ul className="error" data-testid="rules-problems">
            {draft.problems.map((problem) => (
              <li key={problem.english}>{rulesProblemText(problem, t)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="button" disabled={!draft.ok || text === null} onClick={() => void save()}>
          {t('triage.rules.save')}
        </button>
        {savedCount !== null && (
          <span role="status" className="ok">
            {t('triage.rules.saved', { count: savedCount })}
          </span>
        )}
      </div>
      {fromPacks.length > 0 && (
        <>
          <h3>{t('triage.rules.fromPacks')}</h3>
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
        <p className="muted">{ticket.isPending ? t('triage.rules.lookingForTicket') : t('triage.rules.openTicket')}</p>
      )}
      {allRules.isError && <p className="error">{t('triage.rules.loadFailed', { message: quotedError(allRules.error, t) })}</p>}
    </section>
  );
}
