import { useRef, useState } from 'react';
import { useI18n } from '@/lib/i18n/i18n-context';
import type { MessageKey } from '@/lib/i18n/catalogs';
import { renderMessage } from '@/lib/i18n/local-message';
import { aiUnavailable, type AiProblem } from '@/lib/suggest/ai/errors';
import { rewriteReply, type RewriteAction, type RewriteOutcome } from '@/lib/suggest/ai/rewrite';
import type { TokenUsage } from '@/lib/suggest/ai/usage';
import type { FactDiff } from '@/lib/suggest/fact-diff';
import { RewriteResult } from '@/components/rewrite-result';
import { useAiAssist } from '@/components/ai-assist-context';

type State =
  | { phase: 'idle' }
  | { phase: 'working'; action: RewriteAction }
  | { phase: 'done'; action: RewriteAction; text: string; diff: FactDiff; usage: TokenUsage | null }
  | { phase: 'failed'; problem: AiProblem };

const STYLE_ACTIONS: Array<[RewriteAction, MessageKey]> = [
  ['shorter', 'rewrite.shorter'],
  ['warmer', 'rewrite.warmer'],
  ['firmer', 'rewrite.firmer'],
  ['grammar', 'rewrite.grammar'],
];

/** A language's name in the interface's language ("Spanish", "스페인어"). */
export function languageLabel(code: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Rewrite and translate any reply (template, edited, AI draft), facts kept: the result is shown
 * beside what changed — a number, date, link or promise that changed or appeared is marked — and
 * only replaces the reply when the agent chooses "Use this". "Translate back" is shown for the
 * agent to read and is never inserted.
 */
export function RewriteBar({ text, onUse }: { text: string; onUse: (text: string) => void }) {
  const assist = useAiAssist();
  const { t, locale } = useI18n();
  const language = (code: string) => languageLabel(code, locale);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [readBack, setReadBack] = useState<{ text: string; usage: TokenUsage | null } | null>(null);
  const latest = useRef(0);
  if (!assist) return null;
  const { settings, ticket, orders, shop, voice, agentLanguage } = assist;
  const customerLanguage = ticket.language && ticket.language !== agentLanguage ? ticket.language : null;

  const run = async (action: RewriteAction, source: string): Promise<RewriteOutcome | null> => {
    const mine = ++latest.current;
    const targetLanguage = action === 'translate' ? customerLanguage : action === 'translate_back' ? agentLanguage : null;
    const outcome = await (assist.rewrite ?? rewriteReply)(settings, { action, text: source, targetLanguage, ticket, orders, shop, voice });
    return mine === latest.current ? outcome : null;
  };

  const rewrite = async (action: RewriteAction) => {
    setState({ phase: 'working', action });
    const outcome = await run(action, text);
    if (!outcome) return;
    setState(
      outcome.status === 'done'
        ? { phase: 'done', action, text: outcome.text, diff: outcome.diff, usage: outcome.usage }
        : outcome.status === 'failed'
          ? { phase: 'failed', problem: outcome.problem }
          : { phase: 'idle' },
    );
  };

  const translateBack = async () => {
    setState({ phase: 'working', action: 'translate_back' });
    const outcome = await run('translate_back', state.phase === 'done' ? state.text : text);
    if (!outcome) return;
    if (outcome.status === 'done') {
      setReadBack({ text: outcome.text, usage: outcome.usage });
      setState((current) => (current.phase === 'working' ? { phase: 'idle' } : current));
    } else if (outcome.status === 'failed') setState({ phase: 'failed', problem: outcome.problem });
  };

  const busy = state.phase === 'working';

  return (
    <section className="rewrite" data-testid="rewrite" aria-label={t('rewrite.region')}>
      {/* biome-ignore lint/a11y/useSemanticElements: a row of actions, not form fields */}
      <div className="chips" role="group" aria-label={t('rewrite.group')}>
        {STYLE_ACTIONS.map(([action, label]) => (
          <button key={action} type="button" className="chip" disabled={busy} onClick={() => void rewrite(action)}>
            {t(label)}
          </button>
        ))}
        {customerLanguage && (
          <button type="button" className="chip" disabled={busy} onClick={() => void rewrite('translate')}>
            {t('rewrite.translate', { language: language(customerLanguage) })}
          </button>
        )}
        {customerLanguage && (
          <button type="button" className="chip" disabled={busy} onClick={() => void translateBack()}>
            {t('rewrite.translateBack')}
          </button>
        )}
      </div>
      {busy && (
        <p className="muted" role="status">
          {t('rewrite.working')}
        </p>
      )}
      {state.phase === 'failed' && (
        <p className="error" role="alert" data-testid="rewrite-error">
          {renderMessage(aiUnavailable('rewrite', state.problem), t)}
        </p>
      )}
      {state.phase === 'done' && (
        <RewriteResult
          result={state}
          onUse={() => {
            onUse(state.text);
            setState({ phase: 'idle' });
          }}
          onDiscard={() => setState({ phase: 'idle' })}
        />
      )}
      {readBack && (
        <div className="read-back" data-testid="read-back">
          <p className="muted">{t('rewrite.readBackIn', { language: language(agentLanguage) })}</p>
          <div className="rendered">{readBack.text}</div>
          <button type="button" onClick={() => setReadBack(null)}>
            {t('rewrite.close')}
          </button>
        </div>
      )}
    </section>
  );
}
