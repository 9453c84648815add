import type { ReactNode } from 'react';
import type { ChangedFact, FactDiff } from '@/lib/suggest/fact-diff';

const KIND_WORDS: Record<ChangedFact['kind'], string> = {
  order_number: 'order number',
  tracking_number: 'tracking number',
  amount: 'amount',
  date: 'date',
  url: 'link',
  email: 'email address',
  phone: 'phone number',
  promise: 'promise',
};

function explain(fact: ChangedFact): string {
  if (fact.was) return `This ${KIND_WORDS[fact.kind]} changed: it was ${fact.was}.`;
  return `This ${KIND_WORDS[fact.kind]} was not in the reply before the rewrite.`;
}

/**
 * A rewritten reply as text, with every fact that changed or appeared in the rewrite marked (the
 * mark's title says what it was). Text only: the rewrite comes from a model.
 */
export function ChangeHighlight({ text, diff }: { text: string; diff: FactDiff }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const fact of diff.changed) {
    if (fact.start < at || fact.end > text.length) continue;
    if (fact.start > at) parts.push(<span key={`t${at}`}>{text.slice(at, fact.start)}</span>);
    parts.push(
      <mark key={`c${fact.start}`} className="changed" data-kind={fact.kind} title={explain(fact)}>
        {text.slice(fact.start, fact.end)}
      </mark>,
    );
    at = fact.end;
  }
  if (at < text.length) parts.push(<span key={`t${at}`}>{text.slice(at)}</span>);
  return (
    <div className="rendered" data-testid="rewrite-text">
      {parts}
    </div>
  );
}

/** "1 amount changed (was $84.50); 1 tracking number dropped: 1Z…" — or null when the facts are kept. */
export function describeDiff(diff: FactDiff): string | null {
  const changed = diff.changed.map((fact) =>
    fact.was ? `${KIND_WORDS[fact.kind]} ${fact.text} (was ${fact.was})` : `new ${KIND_WORDS[fact.kind]} ${fact.text}`,
  );
  const dropped = diff.dropped.map((fact) => `${KIND_WORDS[fact.kind]} ${fact.text}`);
  const parts = [changed.length ? `Changed or new: ${changed.join('; ')}` : '', dropped.length ? `Missing now: ${dropped.join('; ')}` : ''];
  const said = parts.filter(Boolean).join('. ');
  return said ? `${said}. Check before inserting.` : null;
}
