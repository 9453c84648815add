import { useCallback, useEffect, useState } from 'react';
import { sendToExtension } from '@/lib/messaging';
import { SiteAccessStatusSchema, type SiteAccessStatus } from '@/lib/schemas/messages';
import { originPattern, patternHost } from '@/lib/sites/generic-origin';
import { useT } from '@/lib/i18n/i18n-context';
import { RichMessage } from '@/lib/i18n/rich-message';
import type { MessageKey } from '@/lib/i18n/translator';

export interface SiteAccessState {
  /** The origin's match pattern, or null while the panel may not see the tab's address. */
  pattern: string | null;
  status: SiteAccessStatus | null;
  busy: boolean;
  /** Why the last action did not happen, as a message of Deskpilot's own. */
  message: { key: MessageKey } | null;
  /** Call straight from a click: the browser asks for a permission only during the agent's gesture. */
  allow(): void;
  stop(): void;
}

/**
 * "Always read this site" for the tab's page. The page's address comes from the ticket when there
 * is one; otherwise from the tab, which the browser reveals only once the agent has let Deskpilot
 * at the page (context menu or shortcut).
 */
export function useSiteAccess(tabId: number, ticketUrl?: string): SiteAccessState {
  const tabUrl = useTabUrl(tabId, ticketUrl === undefined);
  const pageUrl = ticketUrl ?? tabUrl;
  const pattern = originPattern(pageUrl);
  const [status, setStatus] = useState<SiteAccessStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<SiteAccessState['message']>(null);

  const send = useCallback(
    async (action: 'status' | 'enable' | 'disable') => {
      if (!pageUrl) return;
      const raw = await sendToExtension({ type: 'siteAccess', action, url: pageUrl, tabId }).catch(() => null);
      const parsed = SiteAccessStatusSchema.safeParse(raw);
      setStatus(parsed.success ? parsed.data : null);
      const reason = parsed.success ? parsed.data.reason : undefined;
      setMessage(parsed.success ? (reason ? { key: `siteAccess.reason.${reason}` } : null) : { key: 'siteAccess.noBackground' });
    },
    [pageUrl, tabId],
  );

  useEffect(() => {
    if (pattern) void send('status');
  }, [pattern, send]);

  const run = (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    void work().finally(() => setBusy(false));
  };

  return {
    pattern,
    status,
    busy,
    message,
    allow() {
      if (!pattern) return;
      // Requested before anything is awaited: later, the click no longer counts as the agent's.
      const asked = requestOrigin(pattern);
      run(async () => {
        if (await asked) await send('enable');
        else setMessage({ key: 'siteAccess.notGiven' });
      });
    },
    stop: () => run(() => send('disable')),
  };
}

export function SiteAccess({ tabId, ticketUrl }: { tabId: number; ticketUrl?: string }) {
  const t = useT();
  const access = useSiteAccess(tabId, ticketUrl);
  if (!access.pattern) {
    return (
      <section className="card site-access" data-testid="site-access">
        <p className="muted">
          <RichMessage
            id="siteAccess.anotherHelpdesk"
            values={{ readPage: <strong>{t('menu.readPage')}</strong>, useSelection: <strong>{t('menu.useSelection')}</strong> }}
          />
        </p>
      </section>
    );
  }
  const host = patternHost(access.pattern);
  const always = access.status?.registered === true && access.status.granted;
  return (
    <section className="card site-access" data-testid="site-access" data-state={always ? 'always' : 'on-demand'}>
      {always ? (
        <p>
          <RichMessage id="siteAccess.readsHost" values={{ host: <strong>{host}</strong> }} />{' '}
          <button type="button" className="link" disabled={access.busy} onClick={access.stop}>
            {t('siteAccess.stop')}
          </button>
        </p>
      ) : (
        <p>
          <button type="button" disabled={access.busy || access.status === null} onClick={access.allow}>
            {t('siteAccess.always', { host })}
          </button>{' '}
          <span className="muted">{t('siteAccess.asksOnce')}</span>
        </p>
      )}
      {access.message && (
        <p className="warning" role="status">
          {t(access.message.key)}
        </p>
      )}
    </section>
  );
}

/** Asks the browser for one origin; a browser that refuses outright (not an optional origin) counts as no. */
function requestOrigin(pattern: string): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [pattern] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** The tab's address, when the browser lets the panel see it. */
function useTabUrl(tabId: number, wanted: boolean): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    const read = () =>
      browser.tabs.get(tabId).then(
        (tab) => current && setUrl(tab?.url ?? null),
        () => current && setUrl(null),
      );
    void read();
    // activeTab arrives with the agent's context-menu click: the address becomes visible then.
    const onUpdated = (updatedId: number) => {
      if (updatedId === tabId) void read();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      current = false;
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, wanted]);
  return url;
}
