import type { ReactNode } from 'react';
import type { UnverifiedFact } from '@/lib/suggest/fact-check';

const KIND_LABELS: Record<UnverifiedFact['kind'], string> = {
  order_number: 'order number',
  tracking_number: 'tracking number',
  amount: 'amount',
  date: 'date',
  url: 'link',
  email: 'email address',
  phone: 'phone number',
};

/**
 * A reply as text, with every fact that is not in the order, the ticket or the shop's facts
 * marked. Text only: the reply may come from a model and is never rendered as HTML.
 */
export function FactHighlight({ text, unverified }: { text: string; unverified: readonly UnverifiedFact[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const fact of [...unverified].sort((a, b) => a.start - b.start)) {
    if (fact.start < at || fact.end > text.length) continue;
    if (fact.start > at) parts.push(<span key={`t${at}`}>{text.slice(at, fact.start)}</span>);
    parts.push(
      <mark
        key={`f${fact.start}`}
        className="unverified"
        data-kind={fact.kind}
        title={`This ${KIND_LABELS[fact.kind]} is not in the order, the ticket or the shop's facts: check it before sending.`}
      >
        {text.slice(fact.start, fact.end)}
      </mark>,
    );
    at = fact.end;
  }
  if (at < text.length) parts.push(<span key={`t${at}`}>{text.slice(at)}</span>);
  return (
    <div className="rendered" data-testid="fact-highlight">
      {parts}
    </div>
  );
}

export function describeUnverified(unverified: readonly UnverifiedFact[]): string {
  const names = [...new Set(unverified.map((fact) => KIND_LABELS[fact.kind]))];
  return `${unverified.length} ${unverified.length === 1 ? 'fact' : 'facts'} not found in the order or the ticket (${names.join(', ')})`;
}
