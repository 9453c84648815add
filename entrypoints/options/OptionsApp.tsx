import { useQuery } from '@tanstack/react-query';
import { settingsQuery } from '@/lib/queries';
import { ShopFactsForm } from './ShopFactsForm';

/** Settings. Stores other than the demo, AI drafts and template packs arrive in later releases. */
export function OptionsApp() {
  const settings = useQuery(settingsQuery());
  return (
    <main className="panel">
      <header className="panel-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Deskpilot settings</h1>
      </header>
      <section className="card">
        <h2>Stores</h2>
        <p>
          The embedded <strong>demo store</strong> is connected, so the panel works without an account. Its customers match
          the demo inbox pages (`npm run demo`).
        </p>
      </section>
      {settings.data ? (
        <ShopFactsForm shop={settings.data.shop} agent={settings.data.agent} />
      ) : (
        <p className="muted">Loading…</p>
      )}
    </main>
  );
}
