import { useEffect, useState } from 'react';
import type { SiteProfile } from '@/lib/sites/profile/types';
import { testProfileInTab, type ProfileTestOutcome } from '@/lib/profiles/test-in-tab';
import { useT } from '@/lib/i18n/i18n-context';

interface TabChoice {
  id: number;
  /** The tab's title or address; null when it has neither. */
  label: string | null;
}

/** "Test on this page": what each selector of the profile finds on an open tab, and the thread it reads. */
export function ProfileTest({ profile }: { profile: SiteProfile | null }) {
  const t = useT();
  const [tabs, setTabs] = useState<TabChoice[]>([]);
  const [tabId, setTabId] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<ProfileTestOutcome | null>(null);

  useEffect(() => {
    void browser.tabs.query({}).then((found) => {
      const choices = found
        .filter((tab) => tab.id !== undefined && /^https?:/.test(tab.url ?? 'https:'))
        .map((tab) => ({ id: tab.id!, label: tab.title || tab.url || null }));
      setTabs(choices);
      setTabId((current) => current ?? choices[0]?.id ?? null);
    });
  }, []);

  const run = async () => {
    if (!profile || tabId === null) return;
    setOutcome(await testProfileInTab(tabId, profile));
  };

  return (
    <div className="subsection" data-testid="profile-test">
      <label className="field">
        <span>{t('profiles.test.page')}</span>
        <select data-testid="profile-tab" value={tabId ?? ''} onChange={(event) => setTabId(Number(event.target.value))}>
          {tabs.map((tab) => (
            <option key={tab.id} value={tab.id}>
              {tab.label ?? t('profiles.test.tab', { id: String(tab.id) })}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={!profile || tabId === null} onClick={() => void run()}>
        {t('profiles.test.run')}
      </button>
      {outcome && !outcome.ok && <p className="error">{t(`profiles.test.${outcome.reason}`)}</p>}
      {outcome?.ok && (
        <>
          <table className="profile-findings">
            <thead>
              <tr>
                <th>{t('profiles.test.field')}</th>
                <th>{t('profiles.test.found')}</th>
                <th>{t('profiles.test.firstMatch')}</th>
              </tr>
            </thead>
            <tbody>
              {outcome.result.findings.map((finding) => (
                <tr key={finding.path} data-testid="profile-finding" data-path={finding.path}>
                  <td>
                    <code>{finding.path}</code>
                  </td>
                  <td>{finding.count}</td>
                  <td className="profile-sample">{finding.sample}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-testid="profile-test-thread">
            {outcome.result.thread
              ? t('profiles.test.reads', {
                  count: outcome.result.thread.messages.length,
                  roles: outcome.result.thread.messages.map((m) => t(`profiles.role.${m.role}`)).join(', '),
                  customer:
                    outcome.result.thread.customer.name ?? outcome.result.thread.customer.email ?? t('profiles.test.unknownCustomer'),
                  percent: Math.round(outcome.result.thread.confidence * 100),
                })
              : t('profiles.test.noThread')}
          </p>
          {outcome.result.thread?.stoppedAfter ? (
            <p className="warning" data-testid="profile-test-stopped">
              {t('reading.stopped', { count: outcome.result.thread.stoppedAfter })}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
