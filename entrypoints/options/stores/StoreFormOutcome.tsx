import type { ConnectionVerdict } from '@/lib/connectors/types';
import { issueText } from '@/lib/i18n/issue-text';
import { useT } from '@/lib/i18n/i18n-context';
import { renderMessage } from '@/lib/i18n/local-message';
import { quoted } from '@/lib/i18n/quote';
import type { Translator } from '@/lib/i18n/translator';
import { ConnectionVerdictView } from './ConnectionVerdictView';
import type { FormResult } from './store-form-values';

type Invalid = Extract<FormResult, { ok: false }>;

/** What the last click of the store form came to, shown under its fields. */
export type StoreFormOutcome =
  | { kind: 'invalid'; field: string | null; problem: Invalid }
  | { kind: 'refused'; origins: string[] }
  | { kind: 'failed'; detail: string }
  | { kind: 'verdict'; verdict: ConnectionVerdict };

/**
 * "Consumer key: is required", in the agent's language. What a value should look like is a check
 * of lib/schemas/store.ts worded through `stores.issue.*`; an address the connector refuses
 * carries its own message.
 */
function invalidText(problem: Invalid, t: Translator['t']): string {
  const { issue } = problem;
  // A select's values are codes (`na`, `eu`): asking to choose says more.
  const choose = issue?.code === 'invalid_value' ? t('stores.chooseOne') : undefined;
  const refused = problem.refusal ? renderMessage(problem.refusal, t) : quoted(problem.message, t);
  const detail = problem.missing ? t('issue.required') : issue ? (choose ?? issueText(issue, t)) : refused;
  return problem.label ? `${t('common.labelled', { label: t(problem.label) })} ${detail}` : detail;
}

/** The form's problem as an alert, or the connection test's verdict. */
export function StoreFormOutcomeView({ outcome }: { outcome: StoreFormOutcome }) {
  const t = useT();
  switch (outcome.kind) {
    case 'invalid':
      return (
        <p className="error" role="alert">
          {invalidText(outcome.problem, t)}
        </p>
      );
    case 'refused':
      return (
        <p className="error" role="alert">
          {t('stores.form.refused', { origins: outcome.origins.join(', ') })}
        </p>
      );
    case 'failed':
      return (
        <p className="error" role="alert">
          {t('stores.form.notSaved', { detail: outcome.detail })}
        </p>
      );
    case 'verdict':
      return <ConnectionVerdictView verdict={outcome.verdict} />;
  }
}
