import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Suggestion } from '@/lib/suggest/suggest';
import { queryKeys } from '@/lib/queries';
import { recordUsage } from '@/lib/templates/repository';
import { recordReplyInserted } from '@/lib/history/history';
import { insertReply, type InsertOutcome } from '@/lib/insert-reply';
import { announce } from '@/components/announce';
import { InsertConfirm } from '@/components/insert-confirm';
import { PolicyFindings } from '@/components/policy-findings';
import { RenderedText } from '@/components/rendered-text';
import { RewriteBar } from '@/components/rewrite-bar';
import { useReplyChecks, type ReplyCheckContext } from '@/components/use-reply-checks';
import { useT } from '@/lib/i18n/i18n-context';

interface Props {
  tabId: number;
  suggestion: Suggestion;
  top: boolean;
  checks: ReplyCheckContext;
}

/**
 * One ranked reply: Insert (into the page's reply box), Copy, or Edit then insert. Never sends.
 * What goes in is checked first, edited or not: facts not in the data and site-rule findings ask
 * for confirmation.
 */
export function SuggestionCard({ tabId, suggestion, top, checks }: Props) {
  const t = useT();
  const { template, rendered } = suggestion;
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<InsertOutcome | null>(null);
  const card = useRef<HTMLElement>(null);
  const text = editing ?? rendered.text;
  const check = useReplyChecks(text, checks);
  const blocked = rendered.error !== null || rendered.gaps.length > 0;

  const insert = async () => {
    setConfirming(false);
    const result = await insertReply(tabId, text, t);
    setOutcome(result);
    announce(result.message);
    // The editor or the confirmation closes: keep focus on this reply, not lost to the page.
    if (card.current?.contains(document.activeElement) || document.activeElement === document.body) card.current?.focus();
    if (result.ok) {
      setEditing(null);
      await recordUsage(template.id).catch(() => undefined);
      if (checks.ticket) await recordReplyInserted(checks.ticket, editing === null ? template.id : 'edited').catch(() => undefined);
      await queryClient.invalidateQueries({ queryKey: queryKeys.templates });
      await queryClient.invalidateQueries({ queryKey: queryKeys.history });
    }
  };
  const requestInsert = () => (check.needsConfirmation ? setConfirming(true) : void insert());
  const copy = async () => {
    await navigator.clipboard.writeText(rendered.text);
    setOutcome({ ok: true, message: t('suggestion.copied') });
    announce(t('suggestion.copied'));
  };

  return (
    <article
      ref={card}
      tabIndex={-1}
      aria-labelledby={`suggestion-${template.id}`}
      className={top ? 'card suggestion top' : 'card suggestion'}
      data-testid="suggestion"
      data-template={template.id}
    >
      <h3 id={`suggestion-${template.id}`}>{template.title}</h3>
      {rendered.error ? (
        <p className="error" role="alert">
          {t('suggestion.templateError', { error: rendered.error })}
        </p>
      ) : editing === null ? (
        <RenderedText segments={rendered.segments} />
      ) : (
        <textarea
          className="editor"
          aria-label={t('suggestion.editLabel')}
          value={editing}
          onChange={(event) => setEditing(event.target.value)}
          rows={Math.min(16, editing.split('\n').length + 2)}
        />
      )}
      {rendered.gaps.length > 0 && editing === null && (
        <p className="warning">{t('suggestion.missing', { gaps: rendered.gaps.join(', ') })}</p>
      )}
      {rendered.error === null && check.unverified.length > 0 && (
        <p className="warning" data-testid="unverified-summary">
          {t('suggestion.checkBeforeSending', { summary: check.summary })}
        </p>
      )}
      {rendered.error === null && <PolicyFindings text={text} violations={check.violations} rulesName={check.rulesName} />}
      {rendered.error === null && !confirming && <RewriteBar text={text} onUse={(rewritten) => setEditing(rewritten)} />}
      {rendered.error === null &&
        (confirming ? (
          <InsertConfirm summary={check.summary} onInsert={() => void insert()} onCancel={() => setConfirming(false)} />
        ) : (
          <div className="actions">
            {editing === null ? (
              <>
                <button
                  type="button"
                  className="primary"
                  data-action="insert"
                  aria-keyshortcuts="Enter"
                  disabled={blocked}
                  onClick={requestInsert}
                >
                  {t('suggestion.insert')}
                </button>
                <button type="button" data-action="copy" aria-keyshortcuts="c" onClick={() => void copy()} disabled={blocked}>
                  {t('suggestion.copy')}
                </button>
                <button type="button" data-action="edit" aria-keyshortcuts="e" onClick={() => setEditing(rendered.text)}>
                  {t('suggestion.edit')}
                </button>
              </>
            ) : (
              <>
                <button type="button" className="primary" data-action="insert" onClick={requestInsert}>
                  {t('suggestion.insertEdited')}
                </button>
                <button type="button" onClick={() => setEditing(null)}>
                  {t('common.cancel')}
                </button>
              </>
            )}
          </div>
        ))}
      {outcome && (
        <p className={outcome.ok ? 'ok' : 'error'} role="status">
          {outcome.message}
        </p>
      )}
    </article>
  );
}
