import { sendToTab } from '@/lib/messaging';
import { injectPageExtras } from '@/lib/page-extras';
import { InsertReplyResponseSchema } from '@/lib/schemas/responses';
import type { Translator } from '@/lib/i18n/translator';

export interface InsertOutcome {
  ok: boolean;
  message: string;
}

/**
 * Asks the tab's content script to put the text in the page's reply box. Never sends. The outcome
 * is told in the interface language, the content script's reason code too (it carries no catalogs).
 */
export async function insertReply(tabId: number, text: string, t: Translator['t']): Promise<InsertOutcome> {
  try {
    // Every site's reply box arrives with the page-extras script (lib/content-script/extras-hook.ts).
    await injectPageExtras(tabId);
    const response = InsertReplyResponseSchema.parse(await sendToTab(tabId, { type: 'insertReply', text }));
    if (response.ok) return { ok: true, message: t('insert.done') };
    return { ok: false, message: t(`insert.failure.${response.reason ?? 'no-reply-box'}`) };
  } catch {
    return { ok: false, message: t('insert.noAnswer') };
  }
}
