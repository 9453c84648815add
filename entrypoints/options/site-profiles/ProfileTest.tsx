import { useEffect, useState } from 'react';
import type { SiteProfile } from '@/lib/sites/profile/types';
import { testProfileInTab, type ProfileTestOutcome } from '@/lib/profiles/test-in-tab';

interface TabChoice {
  id: number;
  label: string;
}

/** "Test on this page": what each selector of the profile finds on an open tab, and the thread it reads. */
export function ProfileTest({ profile }: { profile: SiteProfile | null }) {
  const [tabs, setTabs] = useState<TabChoice[]>([]);
  const [tabId, setTabId] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<ProfileTestOutcome | null>(null);

  useEffect(() => {
    void browser.tabs.query({}).then((found) => {
      const choices = found
        .filter((tab) => tab.id !== undefined && /^https?:/.test(tab.url ?? 'https:'))
        .map((tab) => ({ id: tab.id!, label: tab.title || tab.url || `Tab ${tab.id}` }));
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
        <span>Page to test on</span>
        <select value={tabId ?? ''} onChange={(event) => setTabId(Number(event.target.value))}>
          {tabs.map((tab) => (
            <option key={tab.id} value={tab.id}>
              {tab.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={!profile || tabId === null} onClick={() => void run()}>
        Test on this page
      </button>
      {outcome && !outcome.ok && <p className="error">{outcome.message}</p>}
      {outcome?.ok && (
        <>
          <table className="profile-findings">
            <thead>
              <tr>
                <th>Field</th>
                <th>Found</th>
                <th>First match</th>
              </tr>
            </thead>
            <tbody>
              {outcome.result.findings.map((finding) => (
                <tr key={finding.path} data-testid="profile-finding" data-path={finding.path}>
                  <td>
                    <code>{finding.path}</code>
                  </td>
                  <td>{finding.count}</td>
                  <td>{finding.sample}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-testid="profile-test-thread">
            {outcome.result.thread
              ? `Reads ${outcome.result.thread.messages.length} messages (${outcome.result.thread.messages.map((m) => m.role).join(', ')}); customer ${outcome.result.thread.customer.name ?? outcome.result.thread.customer.email ?? 'unknown'}; ${Math.round(outcome.result.thread.confidence * 100)}% sure.`
              : 'Reads no conversation on this page.'}
          </p>
        </>
      )}
    </div>
  );
}
