/**
 * Who decided a ticket's intent, in the catalog's words: the panel's badge and the shortcut's
 * toolbar title say the same thing about the same decision.
 */
import type { MessageKey } from '@/lib/i18n/translator';

export function decidedByMessage(decidedBy: 'local' | 'ai', confirmed = false): MessageKey {
  return confirmed ? 'intentBadge.confirmedByAi' : `intentBadge.decidedBy.${decidedBy}`;
}
