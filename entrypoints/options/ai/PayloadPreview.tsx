import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { aiSettingsQuery, settingsQuery } from '@/lib/queries/settings';
import { ordersQuery } from '@/lib/queries/ticket';
import { teamVoicesQuery, templatesQuery } from '@/lib/queries/library';
import type { Ticket } from '@/lib/schemas/ticket';
import { draftPayload } from '@/lib/suggest/ai/draft';
import { draftRequestFor } from '@/lib/suggest/ai/draft-request';
import { suggestReplies } from '@/lib/suggest/suggest';
import { useOpenTicket } from '../triage/use-open-ticket';
import { useT } from '@/lib/i18n/i18n-context';

/**
 * Settings › AI › "What would be sent": the exact request body an AI draft would send for the
 * ticket open in the inbox, built by the same code as the panel's draft, personal data already
 * replaced by placeholders — and the list of what was replaced (shown here only, never sent).
 * The fence boundary is random on every request, so it differs from the one actually sent.
 */
export function PayloadPreview() {
  const ticket = useOpenTicket();
  const t = useT();
  return (
    <details className="card" data-testid="ai-payload-preview">
      <summary>{t('payload.summary')}</summary>
      {ticket.isPending && <p className="muted">{t('payload.looking')}</p>}
      {ticket.data === null && <p className="muted">{t('payload.none')}</p>}
      {ticket.data && <PreviewFor ticket={ticket.data} />}
    </details>
  );
}

function PreviewFor({ ticket }: { ticket: Ticket }) {
  const t = useT();
  const ai = useQuery(aiSettingsQuery());
  const settings = useQuery(settingsQuery());
  const templates = useQuery(templatesQuery());
  const orders = useQuery(ordersQuery(ticket));
  const voices = useQuery(teamVoicesQuery());
  const preview = useMemo(() => {
    if (!ai.data || !settings.data || !templates.data || orders.isPending || !voices.data) return null;
    const { shop, agent } = settings.data;
    const result = suggestReplies({ ticket, orders: orders.data?.orders ?? [], templates: templates.data, shop, agent });
    const { body, redactor } = draftPayload(ai.data, draftRequestFor(ticket, result, { shop, agent, voice: voices.data }));
    return { json: JSON.stringify(body, null, 2), replaced: redactor.replacements };
  }, [ai.data, settings.data, templates.data, orders.isPending, orders.data, voices.data, ticket]);
  if (!preview) return <p className="muted">{t('payload.preparing')}</p>;
  return (
    <>
      <p className="muted">{t('payload.for', { subject: ticket.subject, count: preview.replaced.length })}</p>
      {preview.replaced.length > 0 && (
        <ul data-testid="ai-payload-replaced">
          {preview.replaced.map((r) => (
            <li key={r.placeholder}>
              <code>{r.placeholder}</code> ← {r.original}
            </li>
          ))}
        </ul>
      )}
      <pre className="payload" data-testid="ai-payload">
        {preview.json}
      </pre>
    </>
  );
}
