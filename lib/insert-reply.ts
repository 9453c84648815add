import type { MessageKey } from '@/lib/i18n/catalogs';
import { type InsertFailure, sendToTab } from '@/lib/messaging';
import { InsertReplyResponseSchema } from '@/lib/schemas/responses';
import type { Translator } from '@/lib/i18n/translator';

export interface InsertOutcome {
  ok: boolean;
  message: string;
}

const FAILURE: Record<InsertFailure, MessageKey> = {
  'unknown-page': 'insert.unknownPage',
  'no-reply-box': 'insert.boxNotOpened',
  refused: 'insert.refused',
};

/**
 * Asks the tab's content script to put the text in the page's reply box. Never sends. The outcome
 * is told in the interface language, the content script's reason included (it sends a code).
 */
export async function insertReply(tabId: number, text: string, t: Translator['t']): Promise<InsertOutcome> {
  try {
    const response = InsertReplyResponseSchema.parse(await sendToTab(tabId, { type: 'insertReply', text }));
    if (response.ok) return { ok: true, message: t('insert.done') };
    return { ok: false, message: t(response.reason ? FAILURE[response.reason] : 'insert.noBox') };
  } catch {
    return { ok: false, message: t('insert.noAnswer') };
  }
}
