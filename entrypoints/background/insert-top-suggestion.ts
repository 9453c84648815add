import { sendToTab } from '@/lib/messaging';
import { injectPageExtras } from '@/lib/page-extras';
import { readTabTicket } from '@/lib/tab-ticket';
import { suggestReplies } from '@/lib/suggest/suggest';
import { ensureStarterPack } from '@/lib/templates/seed';
import { listTemplates } from '@/lib/templates/repository';
import { warmTemplateSearch } from '@/lib/suggest/index-store';
import { recordInsert } from '@/lib/reports/record-insert';
import { agentSetting, shopFactsSetting } from '@/lib/settings';
import { findOrders } from './find-orders';
import { currentTranslator } from '@/lib/i18n/current-translator';
import { decidedByMessage } from '@/lib/suggest/ai/decided-by-words';
import { readTicketIntent } from '@/lib/suggest/ticket-intent';
import type { MessageKey } from '@/lib/i18n/translator';
import { decideForTicket } from './intent-decision';
import { toolbarButton } from './toolbar-button';

/**
 * The keyboard shortcut: the same pipeline as the panel, then the top suggestion goes into the
 * reply box. A suggestion with unfilled gaps or an error is never inserted silently: the badge
 * tells the agent to open the panel instead. Like the panel (use-suggestion-plan.ts), an unsure
 * reading gets the AI's second opinion when an endpoint is configured, so the shortcut inserts
 * the reply the panel shows on top, not the one the local model's words favour; the decision the
 * panel already got for this ticket is reused (intent-decision.ts), never paid for twice.
 */
/** The toolbar badge while the AI's answer is awaited. */
export const WAITING_BADGE = '…';

export async function insertTopSuggestion(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const read = await readTabTicket(tabId);
  if (read.kind !== 'ticket') return flag(tabId, 'notice.noTicket');
  const { ticket } = read;
  await ensureStarterPack();
  const [orders, templates, shop, agent] = await Promise.all([
    findOrders({ email: ticket.customer.email, orderRefs: ticket.entities.orderRefs }),
    listTemplates(),
    shopFactsSetting.get(),
    agentSetting.get(),
  ]);
  const local = readTicketIntent(ticket);
  // After the orders (their names and addresses are redacted from the request); asks by the rule.
  // A call can take seconds: the badge shows the shortcut is at work until the insert or a flag.
  const decision = await decideForTicket(
    ticket,
    orders.orders,
    local,
    () => void toolbarButton().setBadgeText({ tabId, text: WAITING_BADGE }),
  );
  const decidedIntent = decision.decidedBy === 'ai' ? decision.intent : undefined;
  // A service worker starts cold: the search index is read back from its snapshot, not rebuilt.
  await warmTemplateSearch(templates);
  const suggested = suggestReplies({
    ticket,
    orders: orders.orders,
    templates,
    shop,
    agent,
    local,
    ...(decidedIntent ? { decidedIntent } : {}),
  });
  const top = suggested.suggestions[0];
  if (!top) return flag(tabId, 'notice.noSuggestion');
  if (top.fields.length > 0) return flag(tabId, 'notice.topHasFields');
  if (top.rendered.error !== null || top.rendered.gaps.length > 0) {
    return flag(tabId, 'notice.topHasGaps');
  }
  // Every site's reply box arrives with the page-extras script (lib/content-script/extras-hook.ts).
  await injectPageExtras(tabId);
  await sendToTab(tabId, { type: 'insertReply', text: top.rendered.text });
  const text = top.rendered.text;
  const intent = top.answers[0] ?? suggested.intent.intent;
  await recordInsert({ ticket, intent, source: 'template', template: top.template, offered: text, inserted: text });
  await toolbarButton().setBadgeText({ tabId, text: '' });
  // The title says who decided, as the panel's badge does (the same words, whether the AI was
  // asked now or its decision for this ticket was reused), and replaces an earlier flag's.
  const { t } = await currentTranslator();
  const notice = decision.askedAi
    ? t('notice.insertedDecided', { decidedBy: t(decidedByMessage(decision.decidedBy, decision.confirmed)) })
    : t('notice.inserted');
  await toolbarButton().setTitle({ tabId, title: t('notice.flagged', { notice }) });
}

async function flag(tabId: number, notice: MessageKey): Promise<void> {
  const { t } = await currentTranslator();
  await toolbarButton().setBadgeText({ tabId, text: '!' });
  await toolbarButton().setTitle({ tabId, title: t('notice.flagged', { notice: t(notice) }) });
}
