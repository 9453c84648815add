import { useEffect } from 'react';
import type { Suggestion } from '@/lib/suggest/suggest';
import { SuggestionCard } from '@/components/suggestion-card';
import type { ReplyCheckContext } from '@/components/use-reply-checks';

interface Props {
  tabId: number;
  suggestions: Suggestion[];
  checks: ReplyCheckContext;
}

export function SuggestionList({ tabId, suggestions, checks }: Props) {
  // Read by `npm run bench`: ticket shown → suggestions on screen.
  useEffect(() => {
    performance.mark('deskpilot:suggestions-shown');
  }, [suggestions]);

  if (suggestions.length === 0) {
    return <p className="card empty">No template fits this ticket. Add one in Settings → Templates.</p>;
  }
  return (
    <section className="suggestions" data-testid="suggestions">
      <h2 className="section-title">Suggested replies</h2>
      {suggestions.map((suggestion, index) => (
        <SuggestionCard key={suggestion.template.id} tabId={tabId} suggestion={suggestion} top={index === 0} checks={checks} />
      ))}
    </section>
  );
}
