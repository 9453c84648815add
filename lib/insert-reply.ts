import { sendToTab } from '@/lib/messaging';
import { InsertReplyResponseSchema } from '@/lib/schemas/responses';

export interface InsertOutcome {
  ok: boolean;
  message: string;
}

/** Asks the tab's content script to put the text in the page's reply box. Never sends. */
export async function insertReply(tabId: number, text: string): Promise<InsertOutcome> {
  try {
    const response = InsertReplyResponseSchema.parse(await sendToTab(tabId, { type: 'insertReply', text }));
    if (response.ok) return { ok: true, message: 'Inserted. Review it in the reply box and send it yourself.' };
    return { ok: false, message: response.message ?? 'The reply box could not be found.' };
  } catch {
    return { ok: false, message: 'The page did not answer. Reload the inbox tab and try again.' };
  }
}
