import { useEffect, useMemo, useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { recordInsert } from '@/lib/reports/record-insert';
import { aiSettingsQuery, settingsQuery } from '@/lib/queries/settings';
import { orderDetailsQuery, ordersQuery } from '@/lib/queries/ticket';
import { queryKeys } from '@/lib/queries/keys';
import { rankingLibraryQuery, shownTemplatesQuery, teamVoicesQuery } from '@/lib/queries/library';
import type { Ticket } from '@/lib/schemas/ticket';
import { withDetails } from '@/lib/schemas/order';
import { chooseOrder } from '@/lib/suggest/choose-order';
import { renderPlan } from '@/lib/suggest/render-plan';
import { plannedTemplateIds } from '@/lib/suggest/suggest';
import { OrdersSection } from '@/components/orders-section';
import { SuggestionList } from '@/components/suggestion-list';
import { IntentBadge } from '@/components/intent-badge';
import { RankingNotice } from '@/components/ranking-notice';
import { AiDraft } from '@/components/ai-draft';
import { insertReply } from '@/lib/insert-reply';
import { aiConfigured } from '@/lib/suggest/ai/client';
import { draftRequestFor } from '@/lib/suggest/ai/draft-request';
import { AiAssistContext, type AiAssist } from '@/components/ai-assist-context';
import { ThreadSummary } from '@/components/thread-summary';
import { CustomerHistory } from './CustomerHistory';
import { TriageSection } from './TriageSection';
import { useAiSettingsWatch } from './use-ai-settings-watch';
import { useSuggestionPlan } from './use-suggestion-plan';
import { useI18n } from '@/lib/i18n/i18n-context';
import { quotedError } from '@/lib/i18n/quote';

/** Everything below the ticket card: the customer's orders and the ranked, filled-in replies. */
export function TicketWorkspace({ tabId, ticket }: { tabId: number; ticket: Ticket }) {
  const { t, locale } = useI18n();
  const orders = useQuery(ordersQuery(ticket));
  // Ranked from rank entries saved with the search index; only the replies shown are read whole.
  const library = useQuery(rankingLibraryQuery());
  const settings = useQuery(settingsQuery());
  const aiSettings = useQuery(aiSettingsQuery());
  const voices = useQuery(teamVoicesQuery());
  useAiSettingsWatch();
  const [chosenOrder, setChosenOrder] = useState<string | null>(null);
  const queryClient = useQueryClient();
  // The order the replies are about is open in the panel: its parcels and refunds, when its store
  // left them for later, are read now and fill the replies once they arrive.
  const listed = useMemo(() => {
    const found = orders.data?.orders ?? [];
    return found.find((order) => order.number === chosenOrder) ?? chooseOrder(ticket, found);
  }, [orders.data, chosenOrder, ticket]);
  const listedDetails = useQuery(orderDetailsQuery(listed)).data?.details;
  const found = useMemo(
    () => (orders.data?.orders ?? []).map((order) => (order === listed && listedDetails ? withDetails(order, listedDetails) : order)),
    [orders.data, listed, listedDetails],
  );

  useEffect(() => {
    performance.mark('deskpilot:ticket-shown');
  }, []);

  const { decision, opinion, plan, reading } = useSuggestionPlan({
    ticket,
    aiSettings: aiSettings.data,
    orders: orders.data?.orders,
    ordersPending: orders.isPending,
    found,
    library: library.data,
    chosenOrder,
  });
  const shownIds = useMemo(() => (plan ? plannedTemplateIds(plan) : []), [plan]);
  // The previous replies stay on screen while a new ranking's are read.
  const shown = useQuery({ ...shownTemplatesQuery(shownIds), enabled: plan !== null, placeholderData: keepPreviousData });

  const result = useMemo(() => {
    if (!plan || !shown.data || !settings.data) return null;
    const byId = new Map(shown.data.map((template) => [template.id, template]));
    return renderPlan(plan, (entry) => byId.get(entry.id), { ticket, shop: settings.data.shop, agent: settings.data.agent });
  }, [plan, shown.data, settings.data, ticket]);

  const assist = useMemo((): AiAssist | null => {
    const ai = aiSettings.data;
    if (!ai || !aiConfigured(ai) || !settings.data) return null;
    // The agent reads "Translate back" in the panel's own language.
    const agentLanguage = locale.slice(0, 2);
    return { settings: ai, ticket, orders: found, shop: settings.data.shop, voice: voices.data ?? [], agentLanguage };
  }, [aiSettings.data, settings.data, ticket, found, voices.data, locale]);

  return (
    <AiAssistContext.Provider value={assist}>
      {result && (
        <IntentBadge
          intent={result.intent}
          decidedBy={decision.data?.askedAi ? decision.data.decidedBy : undefined}
          confirmed={decision.data?.confirmed}
          opinion={opinion}
        />
      )}
      {result && <TriageSection tabId={tabId} ticket={ticket} orders={found} chosenOrder={result.order ?? null} reading={reading} />}
      <OrdersSection query={orders} chosenNumber={result?.order?.number ?? null} onChoose={setChosenOrder} />
      {library.isError && <p className="error">{t('workspace.templatesFailed', { message: quotedError(library.error, t) })}</p>}
      {shown.isError && <p className="error">{t('workspace.templatesFailed', { message: quotedError(shown.error, t) })}</p>}
      {result && settings.data ? (
        <>
          <RankingNotice degraded={result.degraded} />
          <SuggestionList
            tabId={tabId}
            groups={result.groups}
            checks={{ site: ticket.site, ticket, orders: found, shop: settings.data.shop }}
          />
          <ThreadSummary ticket={ticket} />
          <AiDraft
            settings={aiSettings.data ?? null}
            request={draftRequestFor(ticket, result, { shop: settings.data.shop, agent: settings.data.agent, voice: voices.data ?? [] })}
            orders={found}
            onInsert={async (text, offered) => {
              const outcome = await insertReply(tabId, text, t);
              if (outcome.ok) {
                const warning = await recordInsert({ ticket, intent: result.intent.intent, source: 'ai', offered, inserted: text });
                await queryClient.invalidateQueries({ queryKey: queryKeys.history });
                if (warning) return { ...outcome, message: `${outcome.message} ${t(warning)}` };
              }
              return outcome;
            }}
          />
          <CustomerHistory ticket={ticket} intent={result.intent.intent} templates={library.data ?? []} />
        </>
      ) : (
        <p className="muted" role="status">
          {t('workspace.preparing')}
        </p>
      )}
    </AiAssistContext.Provider>
  );
}
