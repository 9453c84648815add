import { type RefObject, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Suggestion } from '@/lib/suggest/suggestion-types';
import { queryKeys } from '@/lib/queries/keys';
import { recordUsage } from '@/lib/templates/repository';
import { recordInsert, type STORAGE_FULL_AFTER_INSERT } from '@/lib/reports/record-insert';
import { insertReply, type InsertOutcome } from '@/lib/insert-reply';
import { announce } from '@/components/announce';
import type { ReplyCheckContext } from '@/components/use-reply-checks';
import { useT } from '@/lib/i18n/i18n-context';

interface Options {
  tabId: number;
  suggestion: Suggestion;
  checks: ReplyCheckContext;
  /** The card: focus comes back to it when the editor or the confirmation closes. */
  card: RefObject<HTMLElement | null>;
  /** Called as soon as the reply is in the page, before it is recorded (the editor closes). */
  onInserted: () => void;
}

/**
 * Inserting one suggestion's reply into the page's reply box, and what follows a successful
 * insert: the use count, the customer's history and Reports (lib/reports/record-insert.ts), and the
 * template list and history queries refreshed. `outcome` is what the card says about the insert,
 * `recordWarning` why recording it failed (storage full) — the reply is in the page either way.
 */
export function useInsertSuggestion({ tabId, suggestion, checks, card, onInserted }: Options) {
  const t = useT();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<InsertOutcome | null>(null);
  const [recordWarning, setRecordWarning] = useState<typeof STORAGE_FULL_AFTER_INSERT | null>(null);
  const { template, rendered } = suggestion;

  /**
   * Inserts `reply`. `shown` is the text the card showed (offered or as the
   * agent edited it): Reports count an edit against it, so fill-in answers are not an edit.
   */
  const insert = async (reply: string, shown: string): Promise<void> => {
    const result = await insertReply(tabId, reply, t);
    setOutcome(result);
    announce(result.message);
    if (card.current?.contains(document.activeElement) || document.activeElement === document.body) card.current?.focus();
    if (!result.ok) return;
    onInserted();
    setRecordWarning(
      checks.ticket
        ? await recordInsert({
            ticket: checks.ticket,
            intent: suggestion.answers[0] ?? template.intents[0],
            source: 'template',
            template,
            offered: rendered.text,
            inserted: shown,
          })
        : await recordUsage(template.id).then(
            () => null,
            () => null,
          ),
    );
    await queryClient.invalidateQueries({ queryKey: queryKeys.templates });
    await queryClient.invalidateQueries({ queryKey: queryKeys.history });
  };

  /** Copy is an outcome too: the card says so and a screen reader hears it. */
  const said = (message: string) => {
    setOutcome({ ok: true, message });
    announce(message);
  };

  return { insert, said, outcome, recordWarning };
}
