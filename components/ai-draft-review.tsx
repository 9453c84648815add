import { useState } from 'react';
import type { Order } from '@/lib/schemas/order';
import type { ShopFacts } from '@/lib/schemas/settings';
import type { Ticket } from '@/lib/schemas/ticket';
import { describeUnverified, FactHighlight } from '@/components/fact-highlight';
import { InsertConfirm } from '@/components/insert-confirm';
import { PolicyFindings } from '@/components/policy-findings';
import { useReplyChecks } from '@/components/use-reply-checks';
import { useAiAssist } from '@/components/ai-assist-context';
import { RewriteBar } from '@/components/rewrite-bar';
import { useUsageLine } from '@/components/usage-line';
import { describeVoiceFindings, lintVoice, mergeVoices } from '@/lib/suggest/ai/team-voice';
import type { TokenUsage } from '@/lib/suggest/ai/usage';
import { useT } from '@/lib/i18n/i18n-context';

export interface InsertResult {
  ok: boolean;
  message: string;
}

export interface AiDraftReviewProps {
  reply: string;
  /** Tokens the provider reported for the draft, when it did. */
  usage?: TokenUsage | null;
  ticket: Ticket;
  orders: readonly Order[];
  shop: ShopFacts;
  /** Puts the text in the page's reply box (never sends); may say how it went. `offered` is the draft as written, for Reports. */
  onInsert: (text: string, offered: string) => Promise<InsertResult | undefined> | InsertResult | undefined;
  onRedraft: () => void;
}

/**
 * A finished draft under review: facts not found in the data are highlighted, the site's rules
 * are checked, and both are re-checked as the agent edits. Insert asks for confirmation while
 * anything is unverified or flagged.
 */
export function AiDraftReview({ reply, usage = null, ticket, orders, shop, onInsert, onRedraft }: AiDraftReviewProps) {
  const t = useT();
  const assist = useAiAssist();
  const usageLine = useUsageLine();
  const [text, setText] = useState(reply);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<InsertResult | null>(null);
  const { unverified, violations, rulesName, needsConfirmation, summary } = useReplyChecks(text, {
    site: ticket.site,
    ticket,
    orders,
    shop,
  });

  // The team's words to avoid and never-promise list, checked on the model's text as edited.
  const voiceFindings = assist ? lintVoice(text, mergeVoices(assist.voice, shop)) : [];
  const cost = assist ? usageLine(usage, assist.settings) : null;
  const needsConfirm = needsConfirmation || voiceFindings.length > 0;
  const confirmSummary = [
    summary,
    voiceFindings.length ? t('ai.voice.draftFindings', { findings: describeVoiceFindings(voiceFindings) }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  const insert = async () => {
    setConfirming(false);
    const outcome = await onInsert(text, reply);
    if (outcome) setResult(outcome);
  };

  return (
    <>
      {editing ? (
        <textarea
          className="editor"
          aria-label={t('ai.editLabel')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={Math.min(16, text.split('\n').length + 2)}
        />
      ) : (
        <FactHighlight text={text} unverified={unverified} />
      )}
      {unverified.length > 0 && (
        <p className="warning" data-testid="unverified-summary">
          {t('ai.checkThem', { summary: describeUnverified(unverified, t), count: unverified.length })}
        </p>
      )}
      <PolicyFindings text={text} violations={violations} rulesName={rulesName} />
      {voiceFindings.length > 0 && (
        <p className="warning" data-testid="voice-findings">
          {t('ai.voice.draftFindings', { findings: describeVoiceFindings(voiceFindings) })}
        </p>
      )}
      {cost && (
        <p className="muted" data-testid="ai-usage">
          {cost}
        </p>
      )}
      {!confirming && <RewriteBar text={text} onUse={setText} />}
      {confirming ? (
        <InsertConfirm summary={confirmSummary} onInsert={() => void insert()} onCancel={() => setConfirming(false)} />
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => (needsConfirm ? setConfirming(true) : void insert())}>
            {t('suggestion.insert')}
          </button>
          <button type="button" onClick={() => setEditing(!editing)}>
            {editing ? t('ai.doneEditing') : t('suggestion.edit')}
          </button>
          <button type="button" onClick={onRedraft}>
            {t('ai.redraft')}
          </button>
        </div>
      )}
      {result && (
        <p className={result.ok ? 'ok' : 'error'} role="status">
          {result.message}
        </p>
      )}
    </>
  );
}
