import { useEffect } from 'react';
import type { Suggestion, SuggestionGroup } from '@/lib/suggest/suggestion-types';
import { SuggestionCard } from '@/components/suggestion-card';
import type { ReplyCheckContext } from '@/components/use-reply-checks';
import { useI18n, useT } from '@/lib/i18n/i18n-context';

interface Props {
  tabId: number;
  /** One group per request of the message: the lead request's first (lib/suggest/lead-first.ts). */
  groups: SuggestionGroup[];
  checks: ReplyCheckContext;
}

function Cards({
  tabId,
  suggestions,
  checks,
  several,
}: {
  tabId: number;
  suggestions: Suggestion[];
  checks: ReplyCheckContext;
  several: boolean;
}) {
  const { t, list } = useI18n();
  return suggestions.map((suggestion, index) => (
    <div key={suggestion.template.id}>
      {several && suggestion.answers.length > 1 && (
        <p className="muted" data-testid="answers-several">
          {t('suggestions.answers', { intents: list(suggestion.answers.map((intent) => t(`intent.${intent}`))) })}
        </p>
      )}
      <SuggestionCard tabId={tabId} suggestion={suggestion} top={index === 0} checks={checks} />
    </div>
  ));
}

export function SuggestionList({ tabId, groups, checks }: Props) {
  const t = useT();
  // Read by `npm run bench`: ticket shown → suggestions on screen; set each time new groups are on screen.
  useEffect(() => {
    performance.mark('deskpilot:suggestions-shown');
  }, [groups]);

  if (groups.every((group) => group.suggestions.length === 0)) {
    return <p className="card empty">{t('suggestions.none')}</p>;
  }
  if (groups.length === 1) {
    return (
      <section className="suggestions" data-testid="suggestions">
        <h2 className="section-title">{t('suggestions.title')}</h2>
        <Cards tabId={tabId} suggestions={groups[0]!.suggestions} checks={checks} several={false} />
      </section>
    );
  }
  return (
    <section className="suggestions" data-testid="suggestions">
      <h2 className="section-title">{t('suggestions.titleGroups')}</h2>
      {groups.map((group, index) => (
        <section
          key={`${group.request.start}-${group.request.intent}`}
          className="suggestion-group"
          data-testid="suggestion-group"
          data-intent={group.request.intent}
        >
          <h3 className="group-title">
            {index + 1}. {t(`intent.${group.request.intent}`)}
            <span className="muted" data-testid="request-text">
              {' '}
              “{group.request.text}”
            </span>
          </h3>
          {group.suggestions.length > 0 ? (
            <Cards tabId={tabId} suggestions={group.suggestions} checks={checks} several />
          ) : (
            <p className="muted">{t('suggestions.answeredAbove')}</p>
          )}
        </section>
      ))}
    </section>
  );
}
