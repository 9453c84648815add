import type { ReactNode } from 'react';
import type { UnverifiedFact } from '@/lib/suggest/fact-check';
import { useT } from '@/lib/i18n/i18n-context';
import type { Translator } from '@/lib/i18n/translator';

/**
 * A reply as text, with every fact that is not in the order, the ticket or the shop's facts
 * marked. Text only: the reply may come from a model and is never rendered as HTML.
 */
export function FactHighlight({ text, unverified }: { text: string; unverified: readonly UnverifiedFact[] }) {
  const t = useT();
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
        title={t('fact.notInData', { kind: t(`fact.kind.${fact.kind}`) })}
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

export function describeUnverified(unverified: readonly UnverifiedFact[], t: Translator['t']): string {
  const names = [...new Set(unverified.map((fact) => t(`fact.kind.${fact.kind}`)))];
  return t('fact.summary', { count: unverified.length, kinds: names.join(', ') });
}
