import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ticketQuery } from '@/lib/queries/ticket';
import { NoTicket } from '@/components/no-ticket';
import { SiteAccess } from '@/components/site-access';
import { TicketCard } from '@/components/ticket-card';
import { ReportPageButton } from '@/components/report-page-button';
import { requestSnapshot } from './request-snapshot';
import { ReadingCheck } from '@/components/reading-check';
import type { Ticket } from '@/lib/schemas/ticket';
import { correctTicket, NO_CORRECTIONS, type ReadingCorrections } from '@/lib/ticket/correct-ticket';
import { useTheme } from '@/components/use-theme';
import { useT } from '@/lib/i18n/i18n-context';
import { Announcer } from '@/components/announcer';
import { KeyHelp } from '@/components/key-help';
import { usePanelKeys } from '@/components/use-panel-keys';
import { PanelLibrary } from './PanelLibrary';
import { TicketWorkspace } from './TicketWorkspace';
import { QueueView } from './QueueView';
import { useTicketTabId } from './use-ticket-tab';
import { useThreadChanges } from './use-thread-changes';

export function App() {
  const t = useT();
  const tabId = useTicketTabId();
  const [view, setView] = useState<'ticket' | 'templates' | 'queue'>('ticket');
  useThreadChanges(tabId);
  useTheme();
  const [helpOpen, setHelpOpen] = useState(false);
  usePanelKeys({
    helpOpen,
    toggleLibrary: () => setView((v) => (v === 'ticket' ? 'templates' : 'ticket')),
    openLibrarySearch: () => {
      setView('templates');
      setTimeout(() => document.querySelector<HTMLInputElement>('[data-testid=template-library] input[type=search]')?.focus(), 0);
    },
    toggleHelp: () => setHelpOpen((open) => !open),
    closeHelp: () => setHelpOpen(false),
  });
  return (
    <main className="panel" tabIndex={-1}>
      <Announcer />
      <header className="panel-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Deskpilot</h1>
        <button
          type="button"
          className="link"
          aria-pressed={view === 'queue'}
          onClick={() => setView(view === 'queue' ? 'ticket' : 'queue')}
        >
          {view === 'queue' ? t('panel.backToTicket') : t('panel.queue')}
        </button>
        <button
          type="button"
          className="link"
          aria-pressed={view === 'templates'}
          onClick={() => setView(view === 'templates' ? 'ticket' : 'templates')}
        >
          {view === 'templates' ? t('panel.backToTicket') : t('panel.templates')}
        </button>
        <button type="button" className="link" aria-keyshortcuts="?" onClick={() => setHelpOpen(true)}>
          {t('panel.keys')}
        </button>
        <a className="panel-settings" href="/reports.html" target="_blank" rel="noreferrer">
          {t('reports.link')}
        </a>
        <a className="panel-settings" href="/options.html" target="_blank" rel="noreferrer">
          {t('panel.settings')}
        </a>
      </header>
      {view === 'templates' ? (
        <PanelLibrary tabId={tabId} />
      ) : view === 'queue' && tabId !== null ? (
        <QueueView tabId={tabId} onOpened={() => setView('ticket')} />
      ) : tabId === null ? (
        <NoTicket reason="no-tab" />
      ) : (
        <TabTicket tabId={tabId} />
      )}
      {helpOpen && <KeyHelp onClose={() => setHelpOpen(false)} />}
    </main>
  );
}

function TabTicket({ tabId }: { tabId: number }) {
  const t = useT();
  const ticket = useQuery(ticketQuery(tabId));
  if (ticket.isPending)
    return (
      <p className="muted" role="status">
        {t('panel.readingTicket')}
      </p>
    );
  if (ticket.isError) return <NoTicket reason="unreadable" />;
  if (ticket.data.kind === 'none') {
    // A page no adapter knows can still be read by the generic reader, once or always.
    const readable = ['no-content-script', 'unsupported-site', 'nothing-found'].includes(ticket.data.reason);
    return (
      <>
        <NoTicket reason={ticket.data.reason} />
        {readable && <SiteAccess tabId={tabId} />}
      </>
    );
  }
  const read = ticket.data.ticket;
  return <CheckedTicket key={read.url + read.messages.length + (read.source.reader ?? '')} tabId={tabId} read={read} />;
}

/** The ticket as read, with the agent's corrections of a general-reader read applied. */
function CheckedTicket({ tabId, read }: { tabId: number; read: Ticket }) {
  const [corrections, setCorrections] = useState<ReadingCorrections>(NO_CORRECTIONS);
  const ticket = useMemo(() => correctTicket(read, corrections), [read, corrections]);
  return (
    <>
      <TicketCard ticket={ticket} />
      <ReadingCheck ticket={ticket} corrections={corrections} onChange={setCorrections} />
      <ReportPageButton requestSnapshot={() => requestSnapshot(tabId, ticket.site)} />
      {ticket.source.adapter === 'generic' && <SiteAccess tabId={tabId} ticketUrl={ticket.url} />}
      <TicketWorkspace key={JSON.stringify(corrections)} tabId={tabId} ticket={ticket} />
    </>
  );
}
