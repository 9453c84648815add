import type { ReactNode } from 'react';
import type { Translator } from '@/lib/i18n/translator';
import { useT } from '@/lib/i18n/i18n-context';
import type { ChangedFact, FactDiff } from '@/lib/suggest/fact-diff';

type T = Translator['t'];

export function kindWord(t: T, kind: ChangedFact['kind']): string {
  return kind === 'promise' ? t('rewrite.promise') : t(`fact.kind.${kind}`);
}

function explain(t: T, fact: ChangedFact): string {
  const kind = kindWord(t, fact.kind);
  return fact.was ? t('rewrite.markWas', { kind, was: fact.was }) : t('rewrite.markNew', { kind });
}

/**
 * A rewritten reply as text, with every fact that changed or appeared in the rewrite marked (the
 * mark's title says what it was). Text only: the rewrite comes from a model.
 */
export function ChangeHighlight({ text, diff }: { text: string; diff: FactDiff }) {
  const t = useT();
  const parts: ReactNode[] = [];
  let at = 0;
  for (const fact of diff.changed) {
    if (fact.start < at || fact.end > text.length) continue;
    if (fact.start > at) parts.push(<span key={`t${at}`}>{text.slice(at, fact.start)}</span>);
    parts.push(
      <mark key={`c${fact.start}`} className="changed" data-kind={fact.kind} title={explain(t, fact)}>
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

/** "Changed or new: amount 48,50 $ (was $84.50). Missing now: … Check before inserting." — or null when the facts are kept. */
export function describeDiff(t: T, diff: FactDiff): string | null {
  const changed = diff.changed.map((fact) =>
    fact.was
      ? t('rewrite.changedWas', { kind: kindWord(t, fact.kind), text: fact.text, was: fact.was })
      : t('rewrite.changedNew', { kind: kindWord(t, fact.kind), text: fact.text }),
  );
  const dropped = diff.dropped.map((fact) => `${kindWord(t, fact.kind)} ${fact.text}`);
  const parts = [
    changed.length ? t('rewrite.changes', { list: changed.join('; ') }) : '',
    dropped.length ? t('rewrite.dropped', { list: dropped.join('; ') }) : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join(' ')} ${t('rewrite.check')}` : null;
}
