import { useMemo, useState } from 'react';
import type { Order } from '@/lib/schemas/order';
import type { ShopFacts } from '@/lib/schemas/settings';
import type { Ticket } from '@/lib/schemas/ticket';
import { checkFacts } from '@/lib/suggest/fact-check';
import { lintReply, sitePolicy } from '@/lib/suggest/policy-lint';
import { describeUnverified, FactHighlight } from '@/components/fact-highlight';
import { PolicyFindings } from '@/components/policy-findings';

export interface InsertResult {
  ok: boolean;
  message: string;
}

export interface AiDraftReviewProps {
  reply: string;
  ticket: Ticket;
  orders: readonly Order[];
  shop: ShopFacts;
  /** Puts the text in the page's reply box (never sends); may say how it went. */
  onInsert: (text: string) => Promise<InsertResult | void> | InsertResult | void;
  onRedraft: () => void;
}

/**
 * A finished draft under review: facts not found in the data are highlighted, the site's rules
 * are checked, and both are re-checked as the agent edits. Insert asks for confirmation while
 * anything is unverified or flagged.
 */
export function AiDraftReview({ reply, ticket, orders, shop, onInsert, onRedraft }: AiDraftReviewProps) {
  const [text, setText] = useState(reply);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<InsertResult | null>(null);
  const unverified = useMemo(() => checkFacts(text, { ticket, orders, shop }).unverified, [text, ticket, orders, shop]);
  const violations = useMemo(() => lintReply(text, ticket.site).violations, [text, ticket.site]);
  const needsConfirmation = unverified.length > 0 || violations.length > 0;

  const insert = async () => {
    setConfirming(false);
    const outcome = await onInsert(text);
    if (outcome) setResult(outcome);
  };

  return (
    <>
      {editing ? (
        <textarea
          className="editor"
          aria-label="Edit the draft before inserting"
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={Math.min(16, text.split('\n').length + 2)}
        />
      ) : (
        <FactHighlight text={text} unverified={unverified} />
      )}
      {unverified.length > 0 && (
        <p className="warning" data-testid="unverified-summary">
          {describeUnverified(unverified)}. Check {unverified.length === 1 ? 'it' : 'them'} before sending.
        </p>
      )}
      <PolicyFindings text={text} violations={violations} rulesName={sitePolicy(ticket.site)?.name ?? "the site's rules"} />
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-label="Insert anyway?">
          <p>
            {[unverified.length > 0 ? describeUnverified(unverified) : null, violations.length > 0 ? `${violations.length} rule ${violations.length === 1 ? 'finding' : 'findings'}` : null]
              .filter(Boolean)
              .join(' and ')}
            . Insert anyway?
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void insert()}>Insert anyway</button>
            <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => (needsConfirmation ? setConfirming(true) : void insert())}>
            Insert
          </button>
          <button type="button" onClick={() => setEditing(!editing)}>{editing ? 'Done editing' : 'Edit'}</button>
          <button type="button" onClick={onRedraft}>Redraft</button>
        </div>
      )}
      {result && (
        <p className={result.ok ? 'ok' : 'error'} role="status">{result.message}</p>
      )}
    </>
  );
}
