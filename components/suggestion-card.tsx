import { useRef, useState } from 'react';
import type { Suggestion } from '@/lib/suggest/suggestion-types';
import { InsertConfirm } from '@/components/insert-confirm';
import { PolicyFindings } from '@/components/policy-findings';
import { RenderedText } from '@/components/rendered-text';
import { RewriteBar } from '@/components/rewrite-bar';
import { SuggestionActions } from '@/components/suggestion-actions';
import { useInsertSuggestion } from '@/components/use-insert-suggestion';
import { replyFindings, useReplyChecks, type ReplyCheckContext } from '@/components/use-reply-checks';
import { FillInForm } from '@/components/fill-in-form';
import { useFillIn } from '@/components/use-fill-in';
import type { FieldValues } from '@/lib/templates/fields';
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
 * for confirmation. A template with fill-in fields asks for them first, and what is checked and
 * inserted is the reply with the answers in it.
 */
export function SuggestionCard({ tabId, suggestion, top, checks }: Props) {
  const t = useT();
  const { template, rendered } = suggestion;
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const card = useRef<HTMLElement>(null);
  const fillIn = useFillIn(suggestion);
  const text = editing ?? fillIn.current.text;
  const check = useReplyChecks(text, checks, fillIn.filled?.stated);
  const blocked = rendered.error !== null || fillIn.dataGaps.length > 0;
  const unanswered = fillIn.hasFields && !fillIn.filled;
  const inserting = useInsertSuggestion({ tabId, suggestion, checks, card, onInserted: () => setEditing(null) });
  const { outcome, recordWarning } = inserting;

  const insert = async (reply: string) => {
    setConfirming(false);
    await inserting.insert(reply, text);
  };
  const requestInsert = () => {
    if (editing === null && fillIn.hasFields) return fillIn.ask();
    return check.needsConfirmation ? setConfirming(true) : void insert(text);
  };
  // Checked here, not by the hook: the answers are in this reply before React renders it.
  const submitFields = (values: FieldValues) => {
    const filled = fillIn.fill(values);
    if (filled.rendered.error !== null || filled.rendered.gaps.length > 0) return card.current?.focus();
    if (replyFindings(filled.rendered.text, checks, filled.stated).needsConfirmation) setConfirming(true);
    else void insert(filled.rendered.text);
  };
  const cancelFields = () => {
    fillIn.cancel();
    card.current?.focus();
  };
  const copy = async () => {
    await navigator.clipboard.writeText(fillIn.current.text);
    inserting.said(t('suggestion.copied'));
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
        <RenderedText segments={fillIn.current.segments} />
      ) : (
        <textarea
          className="editor"
          aria-label={t('suggestion.editLabel')}
          value={editing}
          onChange={(event) => setEditing(event.target.value)}
          rows={Math.min(16, editing.split('\n').length + 2)}
        />
      )}
      {fillIn.dataGaps.length > 0 && editing === null && (
        <p className="warning">{t('suggestion.missing', { gaps: fillIn.dataGaps.join(', ') })}</p>
      )}
      {unanswered && editing === null && (
        <p className="muted" data-testid="fields-asked">
          {t('suggestion.fieldsAsked', { fields: suggestion.fields.map((field) => field.label).join(', ') })}
        </p>
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
          <InsertConfirm summary={check.summary} onInsert={() => void insert(text)} onCancel={() => setConfirming(false)} />
        ) : fillIn.open ? (
          <FillInForm
            fields={suggestion.fields}
            language={template.language}
            initial={fillIn.values}
            onSubmit={submitFields}
            onCancel={cancelFields}
          />
        ) : (
          <SuggestionActions
            editing={editing !== null}
            blocked={blocked}
            unanswered={unanswered}
            onInsert={requestInsert}
            onCopy={() => void copy()}
            onEdit={() => setEditing(fillIn.current.text)}
            onCancelEdit={() => setEditing(null)}
          />
        ))}
      {outcome && (
        <p className={outcome.ok ? 'ok' : 'error'} role="status">
          {outcome.message}
        </p>
      )}
      {recordWarning && (
        <p className="warning" data-testid="record-warning">
          {t(recordWarning)}
        </p>
      )}
    </article>
  );
}
